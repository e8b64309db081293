import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';

/** A new, empty database on the run's PostgreSQL server, and its address. */
export async function newPostgresDatabase(): Promise<string> {
	const admin = inject('postgresUrl');
	const name = `t_${randomBytes(6).toString('hex')}`;
	const client = new pg.Client({ connectionString: admin });
	await client.connect();
	try {
		await client.query(`CREATE DATABASE ${name}`);
	} finally {
		await client.end();
	}
	return admin.replace(/\/[^/]*$/, `/${name}`);
}

declare module 'vitest' {
	export interface ProvidedContext {
		/** The run's PostgreSQL server (test/integration/postgres.setup.ts). */
		postgresUrl: string;
	}
}
