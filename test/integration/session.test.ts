import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { exec, one, type Db } from '../../src/lib/server/db';
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

const sessionRow = async (id: string) =>
	await one(db.select().from(sessions).where(eq(sessions.id, id)));

describe('createSession', () => {
	it('stores only the SHA-256 of the token, never the token', async () => {
		const user = await addPerson(db);
		const { token, session, expiresAt } = await createSession(db, user.id, T0);
		expect(session.id).toBe(hashToken(token));
		expect(session.id).not.toBe(token);
		expect(expiresAt).toBe(T0 + IDLE_TIMEOUT_MS);

		const dump = JSON.stringify(await db.$client.prepare('select * from sessions').all());
		expect(dump).toContain(hashToken(token));
		expect(dump).not.toContain(token);
	});
});

describe('validateSessionToken', () => {
	it('finds the user of a live session', async () => {
		const user = await addPerson(db, { role: 'lead' });
		const { token } = await createSession(db, user.id, T0);
		const v = await validateSessionToken(db, token, T0 + MINUTE);
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

	it('answers null for an unknown token', async () => {
		await addPerson(db);
		expect(await validateSessionToken(db, 'a'.repeat(32), T0)).toEqual({
			session: null,
			user: null
		});
	});

	it('does not accept the stored hash as a token', async () => {
		const { session } = await createSession(db, (await addPerson(db)).id, T0);
		expect((await validateSessionToken(db, session.id, T0)).user).toBeNull();
	});

	it('ends a session idle for IDLE_TIMEOUT_MS and deletes its row', async () => {
		const { token, session } = await createSession(db, (await addPerson(db)).id, T0);
		expect((await validateSessionToken(db, token, T0 + IDLE_TIMEOUT_MS - 1)).user).not.toBeNull();
		// That validation moved last_seen_at on; put it back to test the idle edge exactly.
		await exec(db.update(sessions).set({ lastSeenAt: T0 }).where(eq(sessions.id, session.id)));

		expect((await validateSessionToken(db, token, T0 + IDLE_TIMEOUT_MS)).user).toBeNull();
		expect(await sessionRow(session.id)).toBeUndefined();
	});

	it('ends an active session at its absolute lifetime', async () => {
		const { token, session } = await createSession(db, (await addPerson(db)).id, T0);
		const end = T0 + ABSOLUTE_LIFETIME_MS;
		// Seen an hour before the end: the idle timeout alone would keep it for days more.
		await exec(
			db
				.update(sessions)
				.set({ lastSeenAt: end - 60 * MINUTE })
				.where(eq(sessions.id, session.id))
		);
		const before = await validateSessionToken(db, token, end - 1);
		expect(before.user).not.toBeNull();
		expect(before.session && before.expiresAt).toBe(end);

		expect((await validateSessionToken(db, token, end)).user).toBeNull();
		expect(await sessionRow(session.id)).toBeUndefined();
	});

	it('stays alive past the idle timeout while requests keep coming', async () => {
		const { token } = await createSession(db, (await addPerson(db)).id, T0);
		for (let day = 1; day <= 10; day++)
			expect(
				(await validateSessionToken(db, token, T0 + day * 24 * 60 * MINUTE)).user
			).not.toBeNull();
	});

	it('writes last_seen_at at most once per LAST_SEEN_RESOLUTION_MS', async () => {
		expect(LAST_SEEN_RESOLUTION_MS).toBe(60 * MINUTE);
		const { token, session } = await createSession(db, (await addPerson(db)).id, T0);

		const early = await validateSessionToken(db, token, T0 + 10 * MINUTE);
		expect(early.session && early.refreshed).toBe(false);
		expect(await sessionRow(session.id)).toEqual({ ...session, lastSeenAt: T0 });

		const later = T0 + 61 * MINUTE;
		const late = await validateSessionToken(db, token, later);
		expect(late.session && late.refreshed).toBe(true);
		expect(late.session && late.expiresAt).toBe(later + IDLE_TIMEOUT_MS);
		expect((await sessionRow(session.id))?.lastSeenAt).toBe(later);
	});

	it("rejects and deletes a disabled user's session", async () => {
		const admin = await addPerson(db, { role: 'admin' });
		const user = await addPerson(db);
		const { token, session } = await createSession(db, user.id, T0);
		// Bypass setUserStatus (which deletes sessions itself) to test the check on validation.
		await db.$client.prepare("update users set status = 'disabled' where id = ?").run(user.id);

		expect((await validateSessionToken(db, token, T0 + MINUTE)).user).toBeNull();
		expect(await sessionRow(session.id)).toBeUndefined();

		// Enabling again does not bring the session back.
		await setUserStatus(db, user.id, 'active', admin.id);
		expect((await validateSessionToken(db, token, T0 + 2 * MINUTE)).user).toBeNull();
	});
});

describe('invalidating sessions', () => {
	it('invalidateSession ends one session only', async () => {
		const user = await addPerson(db);
		const a = await createSession(db, user.id, T0);
		const b = await createSession(db, user.id, T0);
		await invalidateSession(db, a.session.id);
		expect((await validateSessionToken(db, a.token, T0)).user).toBeNull();
		expect((await validateSessionToken(db, b.token, T0)).user).not.toBeNull();
	});

	it('invalidateUserSessions removes every session of one user and no one else', async () => {
		const alice = await addPerson(db);
		const bob = await addPerson(db);
		const aliceTokens = [
			await createSession(db, alice.id, T0),
			await createSession(db, alice.id, T0)
		];
		const bobToken = (await createSession(db, bob.id, T0)).token;

		await invalidateUserSessions(db, alice.id);

		for (const { token } of aliceTokens)
			expect((await validateSessionToken(db, token, T0)).user).toBeNull();
		expect((await validateSessionToken(db, bobToken, T0)).user?.id).toBe(bob.id);
		expect((await db.select().from(sessions)).map((s) => s.userId)).toEqual([bob.id]);
	});
});
