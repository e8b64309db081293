import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** The transaction handle drizzle passes to `write` callbacks. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export const DEFAULT_DATABASE = 'data/coachline.db';

/**
 * Opens (creating if needed) a SQLite database with the pragmas Coachline relies on.
 * WAL lets readers proceed during a write; NORMAL sync is safe under WAL (a power cut can lose
 * the last commits, never corrupt); busy_timeout makes a second writer wait instead of failing.
 */
export function openDb(url: string = DEFAULT_DATABASE): Db {
	if (url !== ':memory:') mkdirSync(dirname(resolve(url)), { recursive: true });
	const sqlite = new Database(url);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	return drizzle({ client: sqlite, schema }) as Db;
}

export function migrateDb(db: Db, migrationsFolder = process.env.MIGRATIONS_DIR ?? 'drizzle') {
	migrate(db, { migrationsFolder });
}

/** One user action is one transaction, and writers take the lock up front (BEGIN IMMEDIATE). */
export function write<T>(db: Db, fn: (tx: Tx) => T): T {
	return db.transaction(fn, { behavior: 'immediate' });
}
