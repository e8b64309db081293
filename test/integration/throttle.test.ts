// Sign-in throttles in the database (#22): what the in-memory limiters did, now shared by every
// connection to the database (each app node has its own) and kept across restarts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb, write, type Db } from '../../src/lib/server/db';
import {
	ACCOUNT_MEMORY_MS,
	ADDRESS,
	accountFailed,
	accountSucceeded,
	accountWaitMs,
	addressAllowed,
	addressFailed
} from '../../src/lib/server/auth/throttle';
import { attemptLogin } from '../../src/lib/server/auth/login';
import { hashPassword } from '../../src/lib/server/auth/password';
import { addPerson, testDb } from './db';

const T0 = Date.UTC(2026, 0, 5, 9, 0);
const dir = mkdtempSync(join(tmpdir(), 'coachline-throttle-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rows = async (db: Db) =>
	((await db.$client.prepare('select count(*) as n from sign_in_throttles').get()) as { n: number })
		.n;

describe('per address', () => {
	it('allows 30 failures at once, then one per 4 seconds', async () => {
		const db = testDb();
		for (let i = 0; i < ADDRESS.capacity; i++) {
			expect(await addressAllowed(db, '192.0.2.1', T0)).toBe(true);
			await addressFailed(db, '192.0.2.1', T0);
		}
		expect(await addressAllowed(db, '192.0.2.1', T0)).toBe(false);
		expect(await addressAllowed(db, '192.0.2.1', T0 + ADDRESS.refillMs - 1)).toBe(false);
		expect(await addressAllowed(db, '192.0.2.1', T0 + ADDRESS.refillMs)).toBe(true);
		await addressFailed(db, '192.0.2.1', T0 + ADDRESS.refillMs);
		expect(await addressAllowed(db, '192.0.2.1', T0 + ADDRESS.refillMs)).toBe(false);
		// Another address is not held back.
		expect(await addressAllowed(db, '192.0.2.2', T0)).toBe(true);
	});

	it('refills only up to its capacity, however long the address was quiet', async () => {
		const db = testDb();
		await addressFailed(db, '192.0.2.3', T0);
		const later = T0 + 365 * 86_400_000;
		for (let i = 0; i < ADDRESS.capacity; i++) await addressFailed(db, '192.0.2.3', later);
		expect(await addressAllowed(db, '192.0.2.3', later)).toBe(false);
	});
});

describe('per account', () => {
	const fails = async (db: Db, n: number, at = T0) => {
		for (let i = 0; i < n; i++) await accountFailed(db, 'mei@example.test', at);
		return await accountWaitMs(db, 'mei@example.test', at);
	};

	it('lets four failures go, then waits 5 s, growing to 5 minutes', async () => {
		const db = testDb();
		expect(await fails(db, 4)).toBe(0);
		expect(await fails(db, 1)).toBe(5000);
		expect(await fails(db, 1)).toBe(15_000);
		expect(await fails(db, 10)).toBe(300_000);
		expect(await accountWaitMs(db, 'tom@example.test', T0)).toBe(0);
	});

	it('counts the wait down, and a success forgets the failures', async () => {
		const db = testDb();
		await fails(db, 5);
		expect(await accountWaitMs(db, 'mei@example.test', T0 + 2000)).toBe(3000);
		expect(await accountWaitMs(db, 'mei@example.test', T0 + 5000)).toBe(0);
		await accountSucceeded(db, 'mei@example.test');
		expect(await fails(db, 4, T0 + 6000)).toBe(0);
	});

	it('forgets failures a day after the last one', async () => {
		const db = testDb();
		await fails(db, 5);
		const nextDay = T0 + ACCOUNT_MEMORY_MS + 1;
		expect(await fails(db, 1, nextDay)).toBe(0);
	});
});

describe('shared and kept', () => {
	it('two nodes (two connections to one database) count the same failures', async () => {
		const file = join(dir, 'two-nodes.db');
		const a = openDb(file);
		migrateDb(a, 'drizzle');
		const b = openDb(file);
		for (let i = 0; i < ADDRESS.capacity / 2; i++) {
			await addressFailed(a, '198.51.100.7', T0);
			await addressFailed(b, '198.51.100.7', T0);
		}
		expect(await addressAllowed(a, '198.51.100.7', T0)).toBe(false);
		expect(await addressAllowed(b, '198.51.100.7', T0)).toBe(false);
		for (let i = 0; i < 3; i++) await accountFailed(a, 'lead@example.test', T0);
		for (let i = 0; i < 2; i++) await accountFailed(b, 'lead@example.test', T0);
		expect(await accountWaitMs(a, 'lead@example.test', T0)).toBe(5000);
		a.$client.close();
		b.$client.close();
	});

	it('a restart forgets nothing', async () => {
		const file = join(dir, 'restart.db');
		const before = openDb(file);
		migrateDb(before, 'drizzle');
		for (let i = 0; i < 5; i++) await accountFailed(before, 'mei@example.test', T0);
		before.$client.close();
		const after = openDb(file);
		expect(await accountWaitMs(after, 'mei@example.test', T0 + 1000)).toBe(4000);
		after.$client.close();
	});
});

describe('bounded', () => {
	it('rows that no longer hold anything back go as later failures come in', async () => {
		const db = testDb();
		for (let i = 0; i < 250; i++) await addressFailed(db, `203.0.113.${i}`, T0);
		expect(await rows(db)).toBe(250);
		// Every bucket is full again two minutes later; each new failure clears up to 100.
		const later = T0 + ADDRESS.capacity * ADDRESS.refillMs + 1;
		await addressFailed(db, '203.0.113.250', later);
		await addressFailed(db, '203.0.113.251', later);
		await addressFailed(db, '203.0.113.252', later);
		expect(await rows(db)).toBe(3);
		// A bucket still refilling is kept.
		await addressFailed(db, '203.0.113.253', later);
		await addressFailed(db, '203.0.113.253', later + 1000);
		expect(await rows(db)).toBe(4);
		expect(await addressAllowed(db, '203.0.113.253', later + 1000)).toBe(true);
	});
});

describe('a full disk', () => {
	it('does not stop anyone signing in: the failure is just not counted', async () => {
		const db = openDb(':memory:', '1');
		migrateDb(db, 'drizzle');
		const passwordHash = await hashPassword('correct horse battery staple');
		const person = await addPerson(db, { email: 'full@example.test', passwordHash });
		// Filled to the last bytes, the throttle table's own pages included: rows of every size
		// down to the smallest, so no page has room for one more.
		let n = 0;
		for (const size of [3000, 300, 30, 1])
			for (;;) {
				try {
					await write(db, async (tx) =>
						tx.run(sql`insert into sign_in_throttles (scope, key, at, expires_at)
							values ('account', ${`${n++}`.padEnd(size, 'x')}, 0, ${T0 * 2})`)
					);
				} catch {
					break;
				}
			}
		const before = await rows(db);
		expect(await attemptLogin(db, 'full@example.test', 'wrong', '192.0.2.99')).toEqual({
			ok: false,
			reason: 'failed'
		});
		expect(await rows(db)).toBe(before);
		const outcome = await attemptLogin(
			db,
			'full@example.test',
			'correct horse battery staple',
			'192.0.2.99'
		);
		expect(outcome).toMatchObject({ ok: true, user: { id: person.id } });
	});
});
