import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { sessions } from '../../src/lib/server/db/schema';
import {
	ABSOLUTE_LIFETIME_MS,
	createSession,
	hashToken,
	IDLE_TIMEOUT_MS,
	invalidateSession,
	invalidateUserSessions,
	LAST_SEEN_RESOLUTION_MS,
	validateSessionToken
} from '../../src/lib/server/auth/session';
import { setUserStatus } from '../../src/lib/server/org/users';
import { addPerson, testDb } from './db';

const MINUTE = 60 * 1000;
const T0 = Date.UTC(2026, 0, 5, 9, 0);

let db: Db;
beforeEach(() => {
	db = testDb();
});

const sessionRow = (id: string) => db.select().from(sessions).where(eq(sessions.id, id)).get();

describe('createSession', () => {
	it('stores only the SHA-256 of the token, never the token', () => {
		const user = addPerson(db);
		const { token, session, expiresAt } = createSession(db, user.id, T0);
		expect(session.id).toBe(hashToken(token));
		expect(session.id).not.toBe(token);
		expect(expiresAt).toBe(T0 + IDLE_TIMEOUT_MS);

		const dump = JSON.stringify(db.$client.prepare('select * from sessions').all());
		expect(dump).toContain(hashToken(token));
		expect(dump).not.toContain(token);
	});
});

describe('validateSessionToken', () => {
	it('finds the user of a live session', () => {
		const user = addPerson(db, { role: 'lead' });
		const { token } = createSession(db, user.id, T0);
		const v = validateSessionToken(db, token, T0 + MINUTE);
		expect(v.user).toEqual({
			id: user.id,
			email: user.email,
			name: user.name,
			role: 'lead',
			language: null,
			timeZone: null,
			startedOn: null
		});
		expect(v.session?.userId).toBe(user.id);
	});

	it('answers null for an unknown token', () => {
		addPerson(db);
		expect(validateSessionToken(db, 'a'.repeat(32), T0)).toEqual({ session: null, user: null });
	});

	it('does not accept the stored hash as a token', () => {
		const { session } = createSession(db, addPerson(db).id, T0);
		expect(validateSessionToken(db, session.id, T0).user).toBeNull();
	});

	it('ends a session idle for IDLE_TIMEOUT_MS and deletes its row', () => {
		const { token, session } = createSession(db, addPerson(db).id, T0);
		expect(validateSessionToken(db, token, T0 + IDLE_TIMEOUT_MS - 1).user).not.toBeNull();
		// That validation moved last_seen_at on; put it back to test the idle edge exactly.
		db.update(sessions).set({ lastSeenAt: T0 }).where(eq(sessions.id, session.id)).run();

		expect(validateSessionToken(db, token, T0 + IDLE_TIMEOUT_MS).user).toBeNull();
		expect(sessionRow(session.id)).toBeUndefined();
	});

	it('ends an active session at its absolute lifetime', () => {
		const { token, session } = createSession(db, addPerson(db).id, T0);
		const end = T0 + ABSOLUTE_LIFETIME_MS;
		// Seen an hour before the end: the idle timeout alone would keep it for days more.
		db.update(sessions)
			.set({ lastSeenAt: end - 60 * MINUTE })
			.where(eq(sessions.id, session.id))
			.run();
		const before = validateSessionToken(db, token, end - 1);
		expect(before.user).not.toBeNull();
		expect(before.session && before.expiresAt).toBe(end);

		expect(validateSessionToken(db, token, end).user).toBeNull();
		expect(sessionRow(session.id)).toBeUndefined();
	});

	it('stays alive past the idle timeout while requests keep coming', () => {
		const { token } = createSession(db, addPerson(db).id, T0);
		for (let day = 1; day <= 10; day++)
			expect(validateSessionToken(db, token, T0 + day * 24 * 60 * MINUTE).user).not.toBeNull();
	});

	it('writes last_seen_at at most once per LAST_SEEN_RESOLUTION_MS', () => {
		expect(LAST_SEEN_RESOLUTION_MS).toBe(60 * MINUTE);
		const { token, session } = createSession(db, addPerson(db).id, T0);

		const early = validateSessionToken(db, token, T0 + 10 * MINUTE);
		expect(early.session && early.refreshed).toBe(false);
		expect(sessionRow(session.id)).toEqual({ ...session, lastSeenAt: T0 });

		const later = T0 + 61 * MINUTE;
		const late = validateSessionToken(db, token, later);
		expect(late.session && late.refreshed).toBe(true);
		expect(late.session && late.expiresAt).toBe(later + IDLE_TIMEOUT_MS);
		expect(sessionRow(session.id)?.lastSeenAt).toBe(later);
	});

	it("rejects and deletes a disabled user's session", () => {
		const admin = addPerson(db, { role: 'admin' });
		const user = addPerson(db);
		const { token, session } = createSession(db, user.id, T0);
		// Bypass setUserStatus (which deletes sessions itself) to test the check on validation.
		db.$client.prepare("update users set status = 'disabled' where id = ?").run(user.id);

		expect(validateSessionToken(db, token, T0 + MINUTE).user).toBeNull();
		expect(sessionRow(session.id)).toBeUndefined();

		// Enabling again does not bring the session back.
		setUserStatus(db, user.id, 'active', admin.id);
		expect(validateSessionToken(db, token, T0 + 2 * MINUTE).user).toBeNull();
	});
});

describe('invalidating sessions', () => {
	it('invalidateSession ends one session only', () => {
		const user = addPerson(db);
		const a = createSession(db, user.id, T0);
		const b = createSession(db, user.id, T0);
		invalidateSession(db, a.session.id);
		expect(validateSessionToken(db, a.token, T0).user).toBeNull();
		expect(validateSessionToken(db, b.token, T0).user).not.toBeNull();
	});

	it('invalidateUserSessions removes every session of one user and no one else', () => {
		const alice = addPerson(db);
		const bob = addPerson(db);
		const aliceTokens = [createSession(db, alice.id, T0), createSession(db, alice.id, T0)];
		const bobToken = createSession(db, bob.id, T0).token;

		invalidateUserSessions(db, alice.id);

		for (const { token } of aliceTokens)
			expect(validateSessionToken(db, token, T0).user).toBeNull();
		expect(validateSessionToken(db, bobToken, T0).user?.id).toBe(bob.id);
		expect(
			db
				.select()
				.from(sessions)
				.all()
				.map((s) => s.userId)
		).toEqual([bob.id]);
	});
});
