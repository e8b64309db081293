import Database from 'better-sqlite3';
import { AsyncLocalStorage } from 'node:async_hooks';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import * as schema from './schema';
import { DomainError } from '../errors';
import { cacheStatements } from './statements';

/**
 * The database, as domain code sees it: drizzle's query builder over the tables of schema.ts.
 * Queries are awaited (`await db.select()…`, `await one(…)`, `await exec(…)`), so the same code
 * runs on SQLite, where they finish at once, and on PostgreSQL, where they go over the network.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** What a `write` callback gets: the database inside the transaction. */
export type Tx = Db;

export const DEFAULT_DATABASE = 'data/coachline.db';

/**
 * Opens (creating if needed) a SQLite database with the pragmas Coachline relies on.
 * WAL lets readers proceed during a write; NORMAL sync is safe under WAL (a power cut can lose
 * the last commits, never corrupt); busy_timeout makes a second writer wait instead of failing.
 * `maxMb` (DATABASE_MAX_MB) caps the file's size: past it, writes fail as on a full disk.
 */
export function openDb(
	url: string = DEFAULT_DATABASE,
	maxMb: string | undefined = process.env.DATABASE_MAX_MB
): Db {
	checkDatabaseUrl(url);
	const limit = megabytes(maxMb);
	if (url !== ':memory:') mkdirSync(dirname(resolve(url)), { recursive: true });
	const sqlite = cacheStatements(new Database(url));
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	// SQLite's lower() and LIKE fold A–Z only: fold(x) folds every script's case (Élodie, ŁUKASZ),
	// so a search finds a name however it was typed. Chinese has no case and is left as it is.
	sqlite.function('fold', { deterministic: true }, (s: unknown) =>
		typeof s === 'string' ? s.normalize('NFKC').toLowerCase() : null
	);
	if (limit !== null) {
		const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
		// SQLite keeps at least the pages the file already has.
		sqlite.pragma(`max_page_count = ${Math.max(1, Math.floor((limit * 1024 * 1024) / pageSize))}`);
	}
	return drizzle({ client: sqlite, schema }) as Db;
}

/**
 * DATABASE_URL is a file path (or `:memory:`). An address such as `postgres://…` is refused
 * with a clear message instead of becoming a file named after it: this version keeps its data
 * in SQLite only. The message never repeats a password the address may hold.
 */
export function checkDatabaseUrl(url: string) {
	if (url.trim() === '')
		throw new DatabaseConfigError('DATABASE_URL is empty: give the path of a SQLite file.');
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1];
	if (!scheme) return;
	const shown = url.replace(/\/\/[^/@]*@/, '//…@');
	throw new DatabaseConfigError(
		`DATABASE_URL "${shown}" is a ${scheme} address, and this version of Coachline keeps its data in a SQLite file: set DATABASE_URL to the file's path (default ${DEFAULT_DATABASE}).`
	);
}

/** DATABASE_MAX_MB as a number of megabytes; unset or empty is no limit. */
function megabytes(value: string | undefined): number | null {
	if (value === undefined || value.trim() === '') return null;
	const n = Number(value);
	if (!Number.isFinite(n) || n <= 0)
		throw new DatabaseConfigError(
			`DATABASE_MAX_MB must be a positive number of megabytes, not "${value}"`
		);
	return n;
}

/**
 * SQLite found no room to write: the disk is full, or the database reached DATABASE_MAX_MB
 * (SQLITE_FULL, also when drizzle wraps it in a query error).
 */
export function isStorageFull(e: unknown): boolean {
	for (let c = e, depth = 0; c instanceof Error && depth < 5; c = c.cause, depth++)
		if (c instanceof Database.SqliteError && c.code === 'SQLITE_FULL') return true;
	return false;
}

/** A migration failed; the message names it and says what became of the database. */
export class MigrationError extends Error {
	override name = 'MigrationError';
}

/** DATABASE_URL or DATABASE_MAX_MB cannot be used: the server says so and does not start. */
export class DatabaseConfigError extends Error {
	override name = 'DatabaseConfigError';
}

/** How long a start waits for another process's migrations to finish. */
const MIGRATION_WAIT_MS = 120_000;

/** A migration statement that failed, with the statement (migrationFailure names its file). */
class MigrationStatementError extends Error {
	constructor(
		readonly query: string,
		cause: unknown
	) {
		super(cause instanceof Error ? cause.message : String(cause), { cause });
	}
}

/**
 * Applies the pending migrations, as drizzle's migrator does (its files, its
 * `__drizzle_migrations` table), all in one transaction, so one that fails leaves the database
 * as it was: the MigrationError says which migration failed, why (the original error's
 * message), and whether the database is indeed unchanged (checked).
 *
 * The transaction takes the write lock before it reads which migrations are applied. Several
 * processes starting together over one database (app nodes, a CLI beside the server) then run
 * the migrations once: the others wait for the lock (up to two minutes) and find nothing left to
 * do. drizzle's own migrator reads first and locks later, so the second process ran the same
 * migrations again and stopped on "table already exists".
 */
export function migrateDb(db: Db, migrationsFolder = process.env.MIGRATIONS_DIR ?? 'drizzle') {
	const sqlite = db.$client;
	const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
	sqlite.pragma(`busy_timeout = ${MIGRATION_WAIT_MS}`);
	try {
		sqlite.exec('BEGIN IMMEDIATE');
	} catch (e) {
		throw new MigrationError(
			`The database upgrade could not start: another process kept the database locked for ${MIGRATION_WAIT_MS / 1000} s (${(e as Error).message}). Nothing was changed; start again once it has finished.`,
			{ cause: e }
		);
	} finally {
		sqlite.pragma(`busy_timeout = ${timeout}`);
	}
	const before = migrationState(db);
	try {
		const migrations = readMigrationFiles({ migrationsFolder });
		sqlite.exec(`CREATE TABLE IF NOT EXISTS __drizzle_migrations (
			id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric)`);
		const last = sqlite
			.prepare('SELECT created_at FROM __drizzle_migrations ORDER BY created_at DESC LIMIT 1')
			.pluck()
			.get() as number | string | undefined;
		for (const migration of migrations) {
			if (last !== undefined && Number(last) >= migration.folderMillis) continue;
			for (const statement of migration.sql) {
				try {
					sqlite.prepare(statement).run();
				} catch (e) {
					throw new MigrationStatementError(statement, e);
				}
			}
			sqlite
				.prepare('INSERT INTO __drizzle_migrations ("hash", "created_at") VALUES (?, ?)')
				.run(migration.hash, migration.folderMillis);
		}
		sqlite.exec('COMMIT');
	} catch (e) {
		throw new MigrationError(migrationFailure(db, migrationsFolder, before, e), { cause: e });
	}
}

/** The migrations applied (drizzle's table) and the schema, to compare after a failure. */
function migrationState(db: Db) {
	const sqlite = db.$client;
	const hasTable = sqlite
		.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
		.get();
	const applied = hasTable
		? (sqlite.prepare('select hash, created_at from __drizzle_migrations order by id').all() as {
				hash: string;
				created_at: number | string;
			}[])
		: [];
	// The migrations table may be made by the failed transaction itself: only its rows count.
	const schema = sqlite
		.prepare(
			"select type, name, sql from sqlite_master where name <> '__drizzle_migrations' order by type, name"
		)
		.all()
		.map((r) => JSON.stringify(r))
		.join('\n');
	return { applied: applied.map((m) => `${m.hash}@${m.created_at}`), last: applied.at(-1), schema };
}

function migrationFailure(
	db: Db,
	folder: string,
	before: ReturnType<typeof migrationState>,
	e: unknown
): string {
	const sqlite = db.$client;
	if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
	const after = migrationState(db);
	const unchanged =
		after.schema === before.schema && after.applied.join() === before.applied.join();

	let journal: { tag: string; when: number }[] = [];
	try {
		journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')).entries;
	} catch {
		// drizzle's own message says what is wrong with the folder
	}
	const pending = journal.filter((j) => !before.last || j.when > Number(before.last.created_at));
	const statements = (tag: string) => {
		const file = join(folder, `${tag}.sql`);
		return existsSync(file) ? readFileSync(file, 'utf8').split('--> statement-breakpoint') : [];
	};
	// Which statement failed: the one drizzle names (async drivers), or, replayed one by one in a
	// transaction that is rolled back, the first that fails again.
	let failed: { tag: string; statement: string } | undefined;
	const query = e instanceof Error && 'query' in e ? String(e.query) : null;
	if (query !== null) {
		const tag = pending.find((j) => statements(j.tag).includes(query))?.tag;
		if (tag) failed = { tag, statement: query };
	} else if (unchanged) {
		sqlite.exec('BEGIN');
		try {
			replay: for (const j of pending)
				for (const statement of statements(j.tag))
					try {
						sqlite.prepare(statement).run();
					} catch {
						failed = { tag: j.tag, statement };
						break replay;
					}
		} finally {
			if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
		}
	}
	const tag = failed?.tag ?? (pending.length === 1 ? pending[0].tag : undefined);

	const cause = e instanceof Error && e.cause instanceof Error ? e.cause : e;
	const reason = cause instanceof Error ? cause.message : String(cause);
	const statement = failed?.statement.trim().replace(/\s+/g, ' ');
	const at = before.last
		? `migration ${journal.find((j) => j.when === Number(before.last!.created_at))?.tag ?? `of ${before.last.created_at}`}`
		: 'no migration';
	return (
		`The database upgrade failed at ${tag ? `migration ${tag} (${join(folder, `${tag}.sql`)})` : `the migrations in ${folder}`}: ${reason}` +
		(statement
			? ` (in: ${statement.length > 200 ? statement.slice(0, 200) + '…' : statement})`
			: '') +
		'. ' +
		(unchanged
			? `The database was left unchanged, at ${at}: ${failed ? 'pending migrations run in one transaction, which was rolled back' : 'no migration was applied'}. `
			: 'The database may have been changed (its migrations or schema differ from before): restore it from a backup. ') +
		`Fix ${tag ? 'that migration' : 'the migrations'}, or go back to the previous version of Coachline, then start again.`
	);
}

/**
 * Runs a write that a read makes on the side (a session's last-seen time, a lesson's "viewed"):
 * when the storage is full it is skipped, so reading keeps working. Says whether it ran.
 */
export async function unlessFull(fn: () => unknown): Promise<boolean> {
	try {
		await fn();
		return true;
	} catch (e) {
		if (isStorageFull(e) || (e instanceof DomainError && e.key === 'storage_full')) return false;
		throw e;
	}
}

/** The first row of a query, or undefined (SQLite steps once; elsewhere the rows are read). */
export async function one<T>(query: PromiseLike<T[]>): Promise<T | undefined> {
	const q = query as PromiseLike<T[]> & { get?: () => T | undefined };
	if (typeof q.get === 'function') return q.get();
	return (await query)[0];
}

/** Runs an insert, update or delete and says how many rows it changed, on either database. */
export async function exec(query: PromiseLike<unknown>): Promise<{ changes: number }> {
	const q = query as PromiseLike<unknown> & { run?: () => { changes: number } };
	if (typeof q.run === 'function') return { changes: q.run().changes };
	const result = (await query) as { rowCount?: number | null };
	return { changes: result.rowCount ?? 0 };
}

/** The write transaction the current async chain is in, so a nested `write` joins it. */
const current = new AsyncLocalStorage<Db>();
/** Per connection, the end of the queue of write transactions waiting for it. */
const queues = new WeakMap<Db, Promise<unknown>>();

/** Set by `strictWrites`: a transaction that waits for I/O fails instead of being warned about. */
let strict = process.env.NODE_ENV === 'test' || !!process.env.VITEST;
export function strictWrites(on: boolean) {
	strict = on;
}

/**
 * One user action is one transaction. On SQLite, writers take the lock up front (BEGIN
 * IMMEDIATE), one at a time per connection: the others wait their turn in a queue, without
 * blocking the event loop. A transaction's callback may await queries (they finish at once on
 * SQLite) but no other I/O: it holds the only connection, so anything slow belongs before it
 * (hashing a password, reading a file). A transaction that lets the event loop run anyway is
 * caught: an error in tests, a warning in production. A `write` inside a `write` joins it.
 * When the storage is full the transaction rolls back and the person is told nothing was saved
 * (a 503 through the route's usual DomainError handling).
 */
export async function write<T>(db: Db, fn: (tx: Tx) => T | Promise<T>): Promise<T> {
	if (current.getStore() === db) return fn(db);
	const previous = queues.get(db);
	let release!: () => void;
	const mine = new Promise<void>((resolve) => (release = resolve));
	queues.set(db, previous ? previous.then(() => mine) : mine);
	try {
		if (previous) await previous;
		return await current.run(db, () => transaction(db, fn));
	} finally {
		release();
		if (queues.get(db) === mine) queues.delete(db);
	}
}

async function transaction<T>(db: Db, fn: (tx: Tx) => T | Promise<T>): Promise<T> {
	const sqlite = db.$client;
	let yielded = false;
	const tick = setImmediate(() => (yielded = true));
	try {
		sqlite.exec('BEGIN IMMEDIATE');
		try {
			const result = await fn(db);
			if (yielded) {
				const message =
					'A write transaction waited for I/O while it held the database: do that work before write().';
				if (strict) throw new Error(message);
				console.warn(message);
			}
			sqlite.exec('COMMIT');
			return result;
		} catch (e) {
			if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
			throw e;
		}
	} catch (e) {
		if (isStorageFull(e)) throw new DomainError('storage_full', 503);
		throw e;
	} finally {
		clearImmediate(tick);
	}
}

/** The row an insert, update or delete `.returning()` gave, which the caller knows exists. */
export async function returned<T>(query: PromiseLike<T[]>): Promise<T> {
	const row = await one(query);
	if (row === undefined) throw new Error('The statement returned no row');
	return row;
}

/**
 * `items.map(fn)` for an async `fn`, one item at a time: the reads of one request take turns
 * rather than racing for connections, and results keep the items' order.
 */
export async function serially<T, R>(
	items: readonly T[],
	fn: (item: T, index: number) => Promise<R>
): Promise<R[]> {
	const out: R[] = [];
	for (const [i, item] of items.entries()) out.push(await fn(item, i));
	return out;
}
