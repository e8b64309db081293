import { migrateDb, openDb, type Db } from './index';

let instance: Db | undefined;

/**
 * The server's database, opened by `init` in hooks.server.ts (never at import time, so that
 * `vite build` does not touch a database).
 */
export function useDb(): Db {
	if (!instance) throw new Error('Database not initialised: call startDb() first');
	return instance;
}

export function startDb(url: string): Db {
	instance ??= openDb(url);
	migrateDb(instance);
	return instance;
}
