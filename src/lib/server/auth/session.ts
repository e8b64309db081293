import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { eq, sql } from 'drizzle-orm';
import { unlessFull, type Db, exec } from '../db';
import { prepared } from '../db/statements';
import { sessions, users, type Session, type User } from '../db/schema';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A session ends after this long without a request. */
export const IDLE_TIMEOUT_MS = 3 * DAY;
/** A session ends this long after sign-in, however active. */
export const ABSOLUTE_LIFETIME_MS = 14 * DAY;
/** last_seen_at is written at most this often, so reads stay reads. */
export const LAST_SEEN_RESOLUTION_MS = HOUR;

export const SESSION_COOKIE = 'coachline_session';

/** 160 bits of randomness, base32: the secret that goes into the cookie. */
export function generateToken(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(20));
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** Only this hash is stored: a leaked database does not leak live sessions. */
export function hashToken(token: string): string {
	return createHash('sha256').update(token).digest('hex');
}

export function sessionExpiry(session: Pick<Session, 'createdAt' | 'lastSeenAt'>): number {
	return Math.min(session.lastSeenAt + IDLE_TIMEOUT_MS, session.createdAt + ABSOLUTE_LIFETIME_MS);
}

export async function createSession(db: Db, userId: number, now = Date.now()) {
	const token = generateToken();
	const session: Session = { id: hashToken(token), userId, createdAt: now, lastSeenAt: now };
	await exec(db.insert(sessions).values(session));
	return { token, session, expiresAt: sessionExpiry(session) };
}

export type SessionUser = Pick<
	User,
	'id' | 'email' | 'name' | 'role' | 'language' | 'timeZone' | 'startedOn'
>;
export type Validated =
	| { session: Session; user: SessionUser; expiresAt: number; refreshed: boolean }
	| { session: null; user: null };

/** The session and its person, by the token's hash: built and prepared once per database. */
const sessionById = prepared((db) =>
	db
		.select({
			session: sessions,
			user: {
				id: users.id,
				email: users.email,
				name: users.name,
				role: users.role,
				language: users.language,
				timeZone: users.timeZone,
				startedOn: users.startedOn,
				status: users.status
			}
		})
		.from(sessions)
		.innerJoin(users, eq(users.id, sessions.userId))
		.where(eq(sessions.id, sql.placeholder('id')))
		.prepare()
);

/**
 * Looks a cookie token up. Expired sessions and sessions of disabled users are deleted on sight.
 * `refreshed` says last_seen_at moved, so the cookie's expiry should be sent again.
 */
export async function validateSessionToken(
	db: Db,
	token: string,
	now = Date.now()
): Promise<Validated> {
	const id = hashToken(token);
	const row = await sessionById(db).get({ id });
	if (!row) return { session: null, user: null };
	const { session, user } = row;
	if (user.status !== 'active' || now >= sessionExpiry(session)) {
		await unlessFull(async () => await exec(db.delete(sessions).where(eq(sessions.id, id))));
		return { session: null, user: null };
	}
	let refreshed = false;
	if (
		now - session.lastSeenAt >= LAST_SEEN_RESOLUTION_MS &&
		(await unlessFull(
			async () =>
				await exec(db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id)))
		))
	) {
		session.lastSeenAt = now;
		refreshed = true;
	}
	const { status: _status, ...sessionUser } = user;
	return { session, user: sessionUser, expiresAt: sessionExpiry(session), refreshed };
}

export async function invalidateSession(db: Db, sessionId: string) {
	await exec(db.delete(sessions).where(eq(sessions.id, sessionId)));
}

export async function invalidateUserSessions(db: Pick<Db, 'delete'>, userId: number) {
	await exec(db.delete(sessions).where(eq(sessions.userId, userId)));
}
