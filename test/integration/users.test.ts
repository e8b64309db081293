import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { returned, write, type Db, one, exec } from '../../src/lib/server/db';
import { auditLog, invitations, teams, users } from '../../src/lib/server/db/schema';
import { createSession, hashToken, validateSessionToken } from '../../src/lib/server/auth/session';
import {
	acceptInvitation,
	createUser,
	findInvitation,
	getUser,
	INVITATION_LIFETIME_MS,
	invitationExpiry,
	reissueInvitation,
	resetPassword,
	setUserStatus,
	updateUser
} from '../../src/lib/server/org/users';
import { userInputSchema } from '../../src/lib/server/org/validation';
import { addPerson, counts, domainErrorOf, domainFailureOf, testDb } from './db';

let db: Db;
let admin: Awaited<ReturnType<typeof addPerson>>;
beforeEach(async () => {
	db = testDb();
	admin = await addPerson(db, { role: 'admin' });
});

const input = (email: string, role = 'learner') =>
	userInputSchema.parse({ name: 'Ann Lee', email, role, startedOn: '2026-01-05' });
const invitationsOf = async (userId: number) =>
	await db.select().from(invitations).where(eq(invitations.userId, userId));
const actions = async () => await db.select({ action: auditLog.action }).from(auditLog);
/** A user who has accepted an invitation and has one live session. */
async function signedIn(role: 'learner' | 'lead' = 'learner') {
	const user = await addPerson(db, { role, passwordHash: 'x' });
	return { user, session: await createSession(db, user.id) };
}
const isLive = async (token: string) => (await validateSessionToken(db, token)).user !== null;

describe('createUser', () => {
	it('creates a person without a password and one invitation valid for 7 days', async () => {
		const before = Date.now();
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);

		expect(await getUser(db, user.id)).toMatchObject({
			email: 'ann@example.com',
			passwordHash: null,
			status: 'active',
			startedOn: '2026-01-05'
		});
		const invites = await invitationsOf(user.id);
		expect(invites).toHaveLength(1);
		expect(invites[0].id).toBe(hashToken(token));
		expect(invites[0].createdBy).toBe(admin.id);
		expect(invites[0].expiresAt - invites[0].createdAt).toBe(INVITATION_LIFETIME_MS);
		expect(INVITATION_LIFETIME_MS).toBe(7 * 24 * 60 * 60 * 1000);
		expect(invites[0].createdAt).toBeGreaterThanOrEqual(before);
		expect(await actions()).toEqual([{ action: 'user.create' }]);
	});

	it('refuses a taken email, whatever its case, and writes nothing', async () => {
		await createUser(db, input('ann@example.com'), null, admin.id);
		const before = await counts(db);
		expect(
			await domainErrorOf(
				async () => await createUser(db, input('ANN@Example.com'), null, admin.id)
			)
		).toBe('email_taken');
		expect(await counts(db)).toEqual(before);
	});

	it('writes nothing when the team place fails after the user row was inserted', async () => {
		const before = await counts(db);
		expect(
			await domainErrorOf(async () => await createUser(db, input('ann@example.com'), 999, admin.id))
		).toBe('team_not_found');
		expect(await counts(db)).toEqual(before);
	});
});

describe('findInvitation', () => {
	it('finds the person for a real token', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		expect(await findInvitation(db, token)).toEqual({
			id: user.id,
			name: 'Ann Lee',
			email: 'ann@example.com',
			status: 'active'
		});
	});

	it.each([
		['forged (well-formed, unknown)', 'a'.repeat(32)],
		['too short', 'abc'],
		['upper case', 'A'.repeat(32)],
		['not base32', '0'.repeat(32)],
		['empty', '']
	])('answers null for a %s token', async (_, token) => {
		await createUser(db, input('ann@example.com'), null, admin.id);
		expect(await findInvitation(db, token)).toBeNull();
	});

	it('answers null for the hash of a real token', async () => {
		const { token } = await createUser(db, input('ann@example.com'), null, admin.id);
		expect(await findInvitation(db, hashToken(token))).toBeNull();
	});

	it('answers null once the invitation has expired', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		const { expiresAt } = (await invitationsOf(user.id))[0];
		expect(await findInvitation(db, token, expiresAt - 1)).not.toBeNull();
		expect(await findInvitation(db, token, expiresAt)).toBeNull();
	});

	it('answers null for a disabled person', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		await setUserStatus(db, user.id, 'disabled', admin.id);
		expect(await findInvitation(db, token)).toBeNull();
	});
});

describe('acceptInvitation', () => {
	it('sets the password hash, spends the invitation and refuses a replay', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		await acceptInvitation(db, token, 'hash-1');

		expect((await getUser(db, user.id))?.passwordHash).toBe('hash-1');
		expect(await invitationsOf(user.id)).toEqual([]);
		expect(await domainErrorOf(async () => await acceptInvitation(db, token, 'hash-2'))).toBe(
			'invitation_invalid'
		);
		expect((await getUser(db, user.id))?.passwordHash).toBe('hash-1');
	});

	it('ends the sessions the person already had, and only theirs', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		const old = await createSession(db, user.id);
		const other = await signedIn();
		await acceptInvitation(db, token, 'hash-1');
		expect(await isLive(old.token)).toBe(false);
		expect(await isLive(other.session.token)).toBe(true);
	});

	it('refuses an expired invitation without touching the password', async () => {
		const { user, token } = await createUser(db, input('ann@example.com'), null, admin.id);
		const { expiresAt } = (await invitationsOf(user.id))[0];
		expect(
			await domainErrorOf(async () => await acceptInvitation(db, token, 'hash-1', expiresAt))
		).toBe('invitation_invalid');
		expect((await getUser(db, user.id))?.passwordHash).toBeNull();
	});
});

describe('resetPassword', () => {
	it('clears the password, replaces the invitation and ends sessions', async () => {
		const { user, token: first } = await createUser(db, input('ann@example.com'), null, admin.id);
		await acceptInvitation(db, first, 'hash-1');
		const session = await createSession(db, user.id);

		const second = await resetPassword(db, user.id, admin.id);

		expect((await getUser(db, user.id))?.passwordHash).toBeNull();
		expect(await isLive(session.token)).toBe(false);
		expect((await invitationsOf(user.id)).map((i) => i.id)).toEqual([hashToken(second)]);
		expect((await findInvitation(db, second))?.id).toBe(user.id);
		expect((await actions()).at(-1)).toEqual({ action: 'user.reset_password' });
	});

	it('makes an earlier, unused invitation link stop working', async () => {
		const { user, token: first } = await createUser(db, input('ann@example.com'), null, admin.id);
		const second = await resetPassword(db, user.id, admin.id);
		expect(await findInvitation(db, first)).toBeNull();
		expect(await domainErrorOf(async () => await acceptInvitation(db, first, 'hash-1'))).toBe(
			'invitation_invalid'
		);
		expect((await findInvitation(db, second))?.id).toBe(user.id);
	});

	it('refuses an unknown user', async () => {
		expect(await domainErrorOf(async () => await resetPassword(db, 999, admin.id))).toBe(
			'user_not_found'
		);
	});
});

describe('reissueInvitation', () => {
	it('gives someone whose link expired a new one, valid for 7 days, in one audited step', async () => {
		const created = Date.now() - 8 * 24 * 60 * 60 * 1000;
		const { user, token: old } = await createUser(db, input('ann@example.com'), null, admin.id);
		await exec(
			db
				.update(invitations)
				.set({ createdAt: created, expiresAt: created + INVITATION_LIFETIME_MS })
				.where(eq(invitations.userId, user.id))
		);
		expect(await findInvitation(db, old)).toBeNull();

		const now = Date.now();
		const again = await reissueInvitation(db, user.id, admin.id, now);

		expect(again.user).toEqual({ id: user.id, name: 'Ann Lee', email: 'ann@example.com' });
		expect(again.expiresAt).toBe(now + INVITATION_LIFETIME_MS);
		expect(await invitationExpiry(db, user.id)).toBe(again.expiresAt);
		expect((await invitationsOf(user.id)).map((i) => i.id)).toEqual([hashToken(again.token)]);
		expect((await invitationsOf(user.id))[0].createdBy).toBe(admin.id);
		expect((await findInvitation(db, again.token))?.id).toBe(user.id);
		expect((await actions()).at(-1)).toEqual({ action: 'user.reinvite' });
		const audit = (await db.select().from(auditLog)).at(-1)!;
		expect(audit).toMatchObject({ actorId: admin.id, target: `user:${user.id}` });
	});

	it('gives a link to someone who never had one, and replaces a link still open', async () => {
		const never = await addPerson(db);
		expect(await invitationExpiry(db, never.id)).toBeNull();
		const first = await reissueInvitation(db, never.id, admin.id);
		const second = await reissueInvitation(db, never.id, admin.id);
		expect(await findInvitation(db, first.token)).toBeNull();
		expect((await findInvitation(db, second.token))?.id).toBe(never.id);
		expect(await invitationsOf(never.id)).toHaveLength(1);
	});

	it('refuses someone who has set a password, a disabled account and an unknown id, writing nothing', async () => {
		const accepted = await addPerson(db, { passwordHash: 'x' });
		const disabled = await addPerson(db, { status: 'disabled' });
		const before = await counts(db);
		expect(
			await domainFailureOf(async () => await reissueInvitation(db, accepted.id, admin.id))
		).toEqual({
			key: 'invitation_already_accepted',
			status: 409
		});
		expect(
			await domainFailureOf(async () => await reissueInvitation(db, disabled.id, admin.id))
		).toEqual({
			key: 'invitation_account_disabled',
			status: 409
		});
		expect(
			await domainFailureOf(async () => await reissueInvitation(db, 999_999, admin.id))
		).toEqual({
			key: 'user_not_found',
			status: 404
		});
		expect(await counts(db)).toEqual(before);
	});
});

describe('setUserStatus', () => {
	it('disabling ends every session of the person and is audited', async () => {
		const { user, session } = await signedIn();
		const second = await createSession(db, user.id);
		const other = await signedIn();

		await setUserStatus(db, user.id, 'disabled', admin.id);

		expect((await getUser(db, user.id))?.status).toBe('disabled');
		expect(await isLive(session.token)).toBe(false);
		expect(await isLive(second.token)).toBe(false);
		expect(await isLive(other.session.token)).toBe(true);
		expect(await db.select().from(auditLog)).toMatchObject([
			{ actorId: admin.id, action: 'user.disable', target: `user:${user.id}` }
		]);
	});

	it('enabling is audited too', async () => {
		const { user } = await signedIn();
		await setUserStatus(db, user.id, 'disabled', admin.id);
		await setUserStatus(db, user.id, 'active', admin.id);
		expect((await getUser(db, user.id))?.status).toBe('active');
		expect(await actions()).toEqual([{ action: 'user.disable' }, { action: 'user.enable' }]);
	});

	it('an admin cannot disable themselves', async () => {
		const before = await counts(db);
		expect(
			await domainErrorOf(async () => await setUserStatus(db, admin.id, 'disabled', admin.id))
		).toBe('cannot_disable_self');
		expect((await getUser(db, admin.id))?.status).toBe('active');
		expect(await counts(db)).toEqual(before);
	});

	it('refuses an unknown user', async () => {
		expect(
			await domainErrorOf(async () => await setUserStatus(db, 999, 'disabled', admin.id))
		).toBe('user_not_found');
	});
});

describe('updateUser', () => {
	it('an admin cannot change their own role', async () => {
		const edit = { name: 'Still Admin', role: 'lead' as const, startedOn: null };
		expect(await domainErrorOf(async () => await updateUser(db, admin.id, edit, admin.id))).toBe(
			'cannot_change_own_role'
		);
		expect(await getUser(db, admin.id)).toMatchObject({ role: 'admin', name: admin.name });
	});

	it('an admin can change their own name', async () => {
		await updateUser(db, admin.id, { name: 'Renamed', role: 'admin', startedOn: null }, admin.id);
		expect((await getUser(db, admin.id))?.name).toBe('Renamed');
	});

	it('lead to learner clears the lead of their teams and ends their sessions', async () => {
		const { user: lead, session } = await signedIn('lead');
		const led = await returned(
			db.insert(teams).values({ name: 'Phone', leadId: lead.id }).returning()
		);
		const otherLead = await addPerson(db, { role: 'lead' });
		const notLed = await returned(
			db.insert(teams).values({ name: 'Chat', leadId: otherLead.id }).returning()
		);

		await updateUser(db, lead.id, { name: lead.name, role: 'learner', startedOn: null }, admin.id);

		expect((await getUser(db, lead.id))?.role).toBe('learner');
		expect((await one(db.select().from(teams).where(eq(teams.id, led.id))))?.leadId).toBeNull();
		expect((await one(db.select().from(teams).where(eq(teams.id, notLed.id))))?.leadId).toBe(
			otherLead.id
		);
		expect(await isLive(session.token)).toBe(false);
		// The team they led notes its change of lead (to none), as every change of lead does.
		expect(await actions()).toEqual([{ action: 'team.lead' }, { action: 'user.role' }]);
	});

	it('keeps sessions when the role does not change', async () => {
		const { user, session } = await signedIn();
		await updateUser(db, user.id, { name: 'New Name', role: 'learner', startedOn: null }, admin.id);
		expect((await getUser(db, user.id))?.name).toBe('New Name');
		expect(await isLive(session.token)).toBe(true);
	});
});

describe('write', () => {
	it('rolls back everything when the callback throws', async () => {
		const before = await counts(db);
		await expect(
			write(db, async (tx) => {
				const user = await returned(
					tx.insert(users).values({ name: 'Ghost', email: 'ghost@example.com' }).returning()
				);
				await exec(tx.insert(teams).values({ name: 'Ghost team', leadId: null }));
				await exec(tx.insert(auditLog).values({ actorId: user.id, action: 'x', target: 'y' }));
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(await counts(db)).toEqual(before);
		expect(
			await one(db.select().from(users).where(eq(users.email, 'ghost@example.com')))
		).toBeUndefined();
	});

	it('commits and returns the callback result when it succeeds', async () => {
		const id = await write(
			db,
			async (tx) =>
				(
					await returned(
						tx.insert(users).values({ name: 'Real', email: 'real@example.com' }).returning()
					)
				).id
		);
		expect((await getUser(db, id))?.email).toBe('real@example.com');
	});
});
