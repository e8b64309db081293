import Database from 'better-sqlite3';
import { sql } from 'drizzle-orm';
import { DrizzleQueryError } from 'drizzle-orm/errors';
import { describe, expect, it } from 'vitest';
import {
	isStorageFull,
	migrateDb,
	openDb,
	unlessFull,
	write,
	type Db,
	one
} from '../../src/lib/server/db';
import { DomainError } from '../../src/lib/server/errors';
import { sessions } from '../../src/lib/server/db/schema';
import {
	createSession,
	LAST_SEEN_RESOLUTION_MS,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { addPerson } from './db';

const T0 = Date.UTC(2026, 0, 5, 9, 0);

/** A migrated in-memory database under DATABASE_MAX_MB=1, with a table to fill it with. */
function smallDb(): Db {
	const db = openDb(':memory:', '1');
	migrateDb(db, 'drizzle');
	db.$client.exec('create table filler (body text)');
	return db;
}

const pages = (db: Db) => db.$client.pragma('page_count', { simple: true }) as number;
const fillerRows = async (db: Db) =>
	((await db.$client.prepare('select count(*) as n from filler').get()) as { n: number }).n;

/** Writes 100 KB rows through write() until the storage is full; the refusal it got. */
async function fill(db: Db): Promise<unknown> {
	for (let i = 0; i < 50; i++) {
		try {
			await write(db, async (tx) =>
				tx.run(sql`insert into filler values (${'x'.repeat(100_000)})`)
			);
		} catch (e) {
			return e;
		}
	}
	throw new Error('never full');
}

describe('DATABASE_MAX_MB', () => {
	it('caps the database: past it, write() refuses with storage_full (503) and writes nothing', async () => {
		const db = smallDb();
		const refusal = await fill(db);
		expect(refusal).toBeInstanceOf(DomainError);
		expect(refusal).toMatchObject({ key: 'storage_full', status: 503 });
		const size = pages(db) * (db.$client.pragma('page_size', { simple: true }) as number);
		expect(size).toBeLessThanOrEqual(1024 * 1024);

		// The refused transaction left nothing behind; reads and small writes that fit go on.
		const rows = await fillerRows(db);
		await expect(
			write(db, async (tx) => {
				tx.run(sql`insert into filler values ('small, first')`);
				tx.run(sql`insert into filler values (${'x'.repeat(200_000)})`);
			})
		).rejects.toThrow(DomainError);
		expect(await fillerRows(db)).toBe(rows);
		expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
	});

	it('is off when unset or empty, and refuses a value that is not a positive number', () => {
		for (const none of [undefined, '', ' ']) {
			const db = openDb(':memory:', none);
			expect(db.$client.pragma('max_page_count', { simple: true })).toBeGreaterThan(1e9);
		}
		for (const bad of ['abc', '0', '-5', 'Infinity'])
			expect(() => openDb(':memory:', bad)).toThrow(
				/DATABASE_MAX_MB must be a positive number of megabytes/
			);
		const db = openDb(':memory:', '2.5');
		expect(db.$client.pragma('max_page_count', { simple: true })).toBe(
			Math.floor((2.5 * 1024 * 1024) / (db.$client.pragma('page_size', { simple: true }) as number))
		);
	});
});

describe('isStorageFull', () => {
	it('knows SQLITE_FULL, also inside drizzle’s query error, and nothing else', () => {
		const full = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
		expect(isStorageFull(full)).toBe(true);
		expect(isStorageFull(new DrizzleQueryError('insert …', [], full))).toBe(true);
		expect(isStorageFull(new Database.SqliteError('busy', 'SQLITE_BUSY'))).toBe(false);
		expect(isStorageFull(new Error('database or disk is full'))).toBe(false);
		expect(isStorageFull(null)).toBe(false);
	});

	it('unlessFull skips a side write when full and rethrows anything else', async () => {
		const full = new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
		expect(
			await unlessFull(() => {
				throw full;
			})
		).toBe(false);
		expect(
			await unlessFull(() => {
				throw new DomainError('storage_full', 503);
			})
		).toBe(false);
		expect(await unlessFull(() => 1)).toBe(true);
		await expect(
			unlessFull(() => {
				throw new Error('a bug');
			})
		).rejects.toThrow('a bug');
	});
});

describe('reading a session on a full storage', () => {
	/** The database as it behaves when full: every update and delete fails with SQLITE_FULL. */
	function full(db: Db): Db {
		const error = () => {
			throw new Database.SqliteError('database or disk is full', 'SQLITE_FULL');
		};
		const chain = { set: () => chain, where: () => chain, run: error };
		return new Proxy(db, {
			get: (target, name) =>
				name === 'update' || name === 'delete' ? () => chain : Reflect.get(target, name)
		});
	}

	it('still signs the person in; the last-seen time waits for room', async () => {
		const db = smallDb();
		const user = await addPerson(db);
		const { token } = await createSession(db, user.id, T0);
		const later = T0 + LAST_SEEN_RESOLUTION_MS + 1;
		const result = await validateSessionToken(full(db), token, later);
		expect(result.user?.id).toBe(user.id);
		expect(result.session?.lastSeenAt).toBe(T0);
		expect(result.session && result.refreshed).toBe(false);
		expect((await one(db.select().from(sessions)))?.lastSeenAt).toBe(T0);
		// With room again, the refresh happens.
		expect(await validateSessionToken(db, token, later)).toMatchObject({ refreshed: true });
	});

	it('still refuses an expired session it cannot delete', async () => {
		const db = smallDb();
		const user = await addPerson(db);
		const { token } = await createSession(db, user.id, T0);
		const result = await validateSessionToken(full(db), token, T0 + 30 * 86_400_000);
		expect(result).toEqual({ session: null, user: null });
	});
});
