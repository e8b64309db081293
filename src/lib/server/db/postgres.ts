import pg from 'pg';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseConfigError, MigrationError } from './index';

/** `postgres://…` or `postgresql://…`: DATABASE_URL names a PostgreSQL database. */
export function isPostgresUrl(url: string): boolean {
	return /^postgres(ql)?:\/\//i.test(url.trim());
}

/** The address as it may be printed: without a password. */
export function shownUrl(url: string): string {
	return url.replace(
		/\/\/([^/@:]*)(:[^/@]*)?@/,
		(_, user: string, password?: string) => `//${user}${password ? ':…' : ''}@`
	);
}

/**
 * bigint (int8) as a JS number: Coachline's bigints are ids, counts and times in milliseconds,
 * all far below 2^53. One past it is refused rather than rounded.
 */
function int8(value: string): number {
	const n = Number(value);
	if (!Number.isSafeInteger(n))
		throw new RangeError(`${value} is beyond the integers JavaScript holds exactly`);
	return n;
}

const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === pg.types.builtins.INT8) return int8;
		return pg.types.getTypeParser(oid, format);
	}
};

/** A pool of connections to PostgreSQL; it connects lazily, and `checkPostgres` proves it can. */
export function openPostgres(url: string, max = 10): pg.Pool {
	if (!isPostgresUrl(url))
		throw new DatabaseConfigError(`"${shownUrl(url)}" is not a postgres:// address`);
	try {
		new URL(url);
	} catch {
		throw new DatabaseConfigError(`"${shownUrl(url)}" is not a valid PostgreSQL address`);
	}
	const pool = new pg.Pool({
		connectionString: url,
		max,
		types,
		connectionTimeoutMillis: 10_000,
		application_name: 'coachline'
	});
	// An idle connection the server drops (restart, failover) is an error on the pool: the pool
	// replaces it, and the next query reports whatever is still wrong.
	pool.on('error', () => {});
	return pool;
}

/** Connects once, so a wrong address or a server that is down is said at once, clearly. */
export async function checkPostgres(pool: pg.Pool, url: string) {
	try {
		const client = await pool.connect();
		client.release();
	} catch (e) {
		throw new DatabaseConfigError(
			`PostgreSQL at ${shownUrl(url)} cannot be reached: ${(e as Error).message || (e as { code?: string }).code}. Check that the server runs and that the address, user and password are right.`,
			{ cause: e }
		);
	}
}

/** Migrations of several processes starting together take turns on this advisory lock. */
const MIGRATION_LOCK = 0x636f6163; // "coac"

/**
 * Applies PostgreSQL's pending migrations (drizzle/pg), all in one transaction, under an
 * advisory lock: a second process starting at the same time waits, then finds nothing to do.
 * A migration that fails rolls the whole upgrade back (PostgreSQL's DDL is transactional), and
 * the error names it.
 */
export async function migratePostgres(
	pool: pg.Pool,
	migrationsFolder = process.env.PG_MIGRATIONS_DIR ?? 'drizzle/pg'
) {
	const migrations = readMigrationFiles({ migrationsFolder });
	const client = await pool.connect();
	let tag = '';
	try {
		await client.query('BEGIN');
		await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
		await client.query(`CREATE TABLE IF NOT EXISTS "__drizzle_migrations" (
			id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`);
		const { rows } = await client.query<{ last: string | null }>(
			'SELECT max(created_at)::text AS last FROM "__drizzle_migrations"'
		);
		const last = rows[0].last === null ? null : Number(rows[0].last);
		for (const migration of migrations) {
			if (last !== null && last >= migration.folderMillis) continue;
			tag = migrationTag(migrationsFolder, migration.folderMillis);
			for (const statement of migration.sql) if (statement.trim()) await client.query(statement);
			await client.query('INSERT INTO "__drizzle_migrations" (hash, created_at) VALUES ($1, $2)', [
				migration.hash,
				migration.folderMillis
			]);
		}
		await client.query('COMMIT');
	} catch (e) {
		await client.query('ROLLBACK').catch(() => {});
		throw new MigrationError(
			`The PostgreSQL upgrade failed${tag ? ` at migration ${tag}` : ''}: ${(e as Error).message}. It ran in one transaction, which was rolled back: the database is as it was.`,
			{ cause: e }
		);
	} finally {
		client.release();
	}
}

/** A migration's file, from drizzle's journal, for messages. */
function migrationTag(folder: string, when: number): string {
	try {
		const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8'));
		const entry = journal.entries.find((e: { when: number }) => e.when === when);
		if (entry) return join(folder, `${entry.tag}.sql`);
	} catch {
		// the folder's journal is read by readMigrationFiles first, which says what is wrong
	}
	return `of ${when} in ${folder}`;
}
