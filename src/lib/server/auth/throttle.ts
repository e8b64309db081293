/**
 * Sign-in throttles, kept in the database (sign_in_throttles) rather than in one process's memory:
 * several app nodes behind a load balancer count the same failures, and a restart does not give
 * an attacker a fresh start.
 *
 * - Per client address, a token bucket: ADDRESS.capacity failed attempts at once, then one per
 *   ADDRESS.refillMs. Only failures take a token, so a whole call centre signing in at the start
 *   of a shift from one office address is never held back.
 * - Per account (the email as typed, folded), growing waits after failures in a row
 *   (ACCOUNT_DELAYS_S); a success clears them.
 *
 * Each change is one transaction that reads the row and writes it back, so two nodes failing at
 * the same moment both count (SQLite's single writer; PostgreSQL will need the row locked). Rows
 * go once they no longer matter: a bucket that has filled up again, an account without failures
 * for ACCOUNT_MEMORY_MS. Each failure clears up to CLEANUP_BATCH such rows, so a stream of
 * invented addresses or emails cannot grow the table without bound. A full disk does not stop
 * anyone signing in: the throttle then just does not learn of that failure.
 */
import { and, eq, lt, sql } from 'drizzle-orm';
import { unlessFull, write, type Db, exec, one } from '../db';
import { signInThrottles } from '../db/schema';

export const ADDRESS = { capacity: 30, refillMs: 4000 } as const;
/** The wait after the n-th failure in a row (n = 1, 2 …), in seconds; the last one repeats. */
export const ACCOUNT_DELAYS_S = [0, 0, 0, 0, 5, 15, 30, 60, 120, 300] as const;
/** An account's failures are forgotten this long after the last one. */
export const ACCOUNT_MEMORY_MS = 24 * 60 * 60 * 1000;
const CLEANUP_BATCH = 100;

type Bucket = { capacity: number; refillMs: number };

/** Tokens in a bucket at `now`: what was left at `at`, refilled, at most the capacity. */
export function tokensAt(
	row: { tokens: number; at: number } | undefined,
	now: number,
	bucket: Bucket = ADDRESS
): number {
	if (!row) return bucket.capacity;
	return Math.min(bucket.capacity, row.tokens + Math.max(0, now - row.at) / bucket.refillMs);
}

/** The wait after `failures` failures in a row, in milliseconds. */
export function accountDelayMs(failures: number): number {
	if (failures <= 0) return 0;
	return ACCOUNT_DELAYS_S[Math.min(failures, ACCOUNT_DELAYS_S.length) - 1] * 1000;
}

type Scope = 'address' | 'account';
type Row = typeof signInThrottles.$inferSelect;

const row = async (db: Pick<Db, 'select'>, scope: Scope, key: string): Promise<Row | undefined> =>
	await one(
		db
			.select()
			.from(signInThrottles)
			.where(and(eq(signInThrottles.scope, scope), eq(signInThrottles.key, key)))
	);

/**
 * Records a failure in one transaction: reads the key's row, writes what `next` makes of it, and
 * clears rows that hold nothing back. On a full disk it records nothing (see the module comment).
 */
async function recordFailure(
	db: Db,
	scope: Scope,
	key: string,
	now: number,
	next: (found: Row | undefined) => Partial<Pick<Row, 'tokens' | 'failures' | 'until'>> & {
		expiresAt: number;
	}
) {
	await unlessFull(
		async () =>
			await write(db, async (tx) => {
				const values = { ...next(await row(tx, scope, key)), at: now };
				await exec(
					tx
						.insert(signInThrottles)
						.values({ scope, key, ...values })
						.onConflictDoUpdate({
							target: [signInThrottles.scope, signInThrottles.key],
							set: values
						})
				);
				forgetExpired(tx, now);
			})
	);
}

/** Whether an address may try again now (a token is there), without taking one. */
export async function addressAllowed(db: Db, address: string, now = Date.now()): Promise<boolean> {
	return tokensAt(await row(db, 'address', address), now) >= 1;
}

/** An address failed a sign-in: it takes a token. */
export async function addressFailed(db: Db, address: string, now = Date.now()) {
	await recordFailure(db, 'address', address, now, (found) => {
		const tokens = tokensAt(found, now) - 1;
		// Full again (and so forgettable) once the missing tokens have dripped back.
		return { tokens, expiresAt: now + Math.ceil((ADDRESS.capacity - tokens) * ADDRESS.refillMs) };
	});
}

/** Milliseconds before this account may be tried again (0: go ahead). */
export async function accountWaitMs(db: Db, account: string, now = Date.now()): Promise<number> {
	const found = await row(db, 'account', account);
	return found && found.expiresAt > now ? Math.max(0, found.until - now) : 0;
}

/** A sign-in to this account failed: one more in a row, and the wait that goes with it. */
export async function accountFailed(db: Db, account: string, now = Date.now()) {
	await recordFailure(db, 'account', account, now, (found) => {
		const failures = (found && found.expiresAt > now ? found.failures : 0) + 1;
		return {
			failures,
			until: now + accountDelayMs(failures),
			expiresAt: now + ACCOUNT_MEMORY_MS
		};
	});
}

/** A sign-in to this account succeeded: its failures are forgotten. */
export async function accountSucceeded(db: Db, account: string) {
	await unlessFull(
		async () =>
			await exec(
				db
					.delete(signInThrottles)
					.where(and(eq(signInThrottles.scope, 'account'), eq(signInThrottles.key, account)))
			)
	);
}

/** Deletes up to `limit` rows that no longer hold anything back; returns how many. */
export function forgetExpired(
	db: Pick<Db, 'run'>,
	now = Date.now(),
	limit = CLEANUP_BATCH
): number {
	return db.run(sql`delete from ${signInThrottles} where rowid in (
		select rowid from ${signInThrottles} where ${lt(signInThrottles.expiresAt, now)} limit ${limit})`)
		.changes;
}
