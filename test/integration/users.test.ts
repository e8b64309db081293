import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { write, type Db } from '../../src/lib/server/db';
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
let admin: ReturnType<typeof addPerson>;
beforeEach(() => {
	db = testDb();
	admin = addPerson(db, { role: 'admin' });
});

const input = (email: string, role = 'learner') =>
	userInputSchema.parse({ name: 'Ann Lee', email, role, startedOn: '2026-01-05' });
const invitationsOf = (userId: number) =>
	db.select().from(invitations).where(eq(invitations.userId, userId)).all();
const actions = () => db.select({ action: auditLog.action }).from(auditLog).all();
/** A user who has accepted an invitation and has one live session. */
function signedIn(role: 'learner' | 'lead' = 'learner') {
	const user = addPerson(db, { role, passwordHash: 'x' });
	return { user, session: createSession(db, user.id) };
}
const isLive = (token: string) => validateSessionToken(db, token).user !== null;

describe('createUser', () => {
	it('creates a person without a password and one invitation valid for 7 days', () => {
		const before = Date.now();
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);

		expect(getUser(db, user.id)).toMatchObject({
			email: 'ann@example.com',
			passwordHash: null,
			status: 'active',
			startedOn: '2026-01-05'
		});
		const invites = invitationsOf(user.id);
		expect(invites).toHaveLength(1);
		expect(invites[0].id).toBe(hashToken(token));
		expect(invites[0].createdBy).toBe(admin.id);
		expect(invites[0].expiresAt - invites[0].createdAt).toBe(INVITATION_LIFETIME_MS);
		expect(INVITATION_LIFETIME_MS).toBe(7 * 24 * 60 * 60 * 1000);
		expect(invites[0].createdAt).toBeGreaterThanOrEqual(before);
		expect(actions()).toEqual([{ action: 'user.create' }]);
	});

	it('refuses a taken email, whatever its case, and writes nothing', () => {
		createUser(db, input('ann@example.com'), null, admin.id);
		const before = counts(db);
		expect(domainErrorOf(() => createUser(db, input('ANN@Example.com'), null, admin.id))).toBe(
			'email_taken'
		);
		expect(counts(db)).toEqual(before);
	});

	it('writes nothing when the team place fails after the user row was inserted', () => {
		const before = counts(db);
		expect(domainErrorOf(() => createUser(db, input('ann@example.com'), 999, admin.id))).toBe(
			'team_not_found'
		);
		expect(counts(db)).toEqual(before);
	});
});

describe('findInvitation', () => {
	it('finds the person for a real token', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		expect(findInvitation(db, token)).toEqual({
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
	])('answers null for a %s token', (_, token) => {
		createUser(db, input('ann@example.com'), null, admin.id);
		expect(findInvitation(db, token)).toBeNull();
	});

	it('answers null for the hash of a real token', () => {
		const { token } = createUser(db, input('ann@example.com'), null, admin.id);
		expect(findInvitation(db, hashToken(token))).toBeNull();
	});

	it('answers null once the invitation has expired', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		const { expiresAt } = invitationsOf(user.id)[0];
		expect(findInvitation(db, token, expiresAt - 1)).not.toBeNull();
		expect(findInvitation(db, token, expiresAt)).toBeNull();
	});

	it('answers null for a disabled person', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		setUserStatus(db, user.id, 'disabled', admin.id);
		expect(findInvitation(db, token)).toBeNull();
	});
});

describe('acceptInvitation', () => {
	it('sets the password hash, spends the invitation and refuses a replay', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		acceptInvitation(db, token, 'hash-1');

		expect(getUser(db, user.id)?.passwordHash).toBe('hash-1');
		expect(invitationsOf(user.id)).toEqual([]);
		expect(domainErrorOf(() => acceptInvitation(db, token, 'hash-2'))).toBe('invitation_invalid');
		expect(getUser(db, user.id)?.passwordHash).toBe('hash-1');
	});

	it('ends the sessions the person already had, and only theirs', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		const old = createSession(db, user.id);
		const other = signedIn();
		acceptInvitation(db, token, 'hash-1');
		expect(isLive(old.token)).toBe(false);
		expect(isLive(other.session.token)).toBe(true);
	});

	it('refuses an expired invitation without touching the password', () => {
		const { user, token } = createUser(db, input('ann@example.com'), null, admin.id);
		const { expiresAt } = invitationsOf(user.id)[0];
		expect(domainErrorOf(() => acceptInvitation(db, token, 'hash-1', expiresAt))).toBe(
			'invitation_invalid'
		);
		expect(getUser(db, user.id)?.passwordHash).toBeNull();
	});
});

describe('resetPassword', () => {
	it('clears the password, replaces the invitation and ends sessions', () => {
		const { user, token: first } = createUser(db, input('ann@example.com'), null, admin.id);
		acceptInvitation(db, first, 'hash-1');
		const session = createSession(db, user.id);

		const second = resetPassword(db, user.id, admin.id);

		expect(getUser(db, user.id)?.passwordHash).toBeNull();
		expect(isLive(session.token)).toBe(false);
		expect(invitationsOf(user.id).map((i) => i.id)).toEqual([hashToken(second)]);
		expect(findInvitation(db, second)?.id).toBe(user.id);
		expect(actions().at(-1)).toEqual({ action: 'user.reset_password' });
	});

	it('makes an earlier, unused invitation link stop working', () => {
		const { user, token: first } = createUser(db, input('ann@example.com'), null, admin.id);
		const second = resetPassword(db, user.id, admin.id);
		expect(findInvitation(db, first)).toBeNull();
		expect(domainErrorOf(() => acceptInvitation(db, first, 'hash-1'))).toBe('invitation_invalid');
		expect(findInvitation(db, second)?.id).toBe(user.id);
	});

	it('refuses an unknown user', () => {
		expect(domainErrorOf(() => resetPassword(db, 999, admin.id))).toBe('user_not_found');
	});
});

describe('reissueInvitation', () => {
	it('gives someone whose link expired a new one, valid for 7 days, in one audited step', () => {
		const created = Date.now() - 8 * 24 * 60 * 60 * 1000;
		const { user, token: old } = createUser(db, input('ann@example.com'), null, admin.id);
		db.update(invitations)
			.set({ createdAt: created, expiresAt: created + INVITATION_LIFETIME_MS })
			.where(eq(invitations.userId, user.id))
			.run();
		expect(findInvitation(db, old)).toBeNull();

		const now = Date.now();
		const again = reissueInvitation(db, user.id, admin.id, now);

		expect(again.user).toEqual({ id: user.id, name: 'Ann Lee', email: 'ann@example.com' });
		expect(again.expiresAt).toBe(now + INVITATION_LIFETIME_MS);
		expect(invitationExpiry(db, user.id)).toBe(again.expiresAt);
		expect(invitationsOf(user.id).map((i) => i.id)).toEqual([hashToken(again.token)]);
		expect(invitationsOf(user.id)[0].createdBy).toBe(admin.id);
		expect(findInvitation(db, again.token)?.id).toBe(user.id);
		expect(actions().at(-1)).toEqual({ action: 'user.reinvite' });
		const audit = db.select().from(auditLog).all().at(-1)!;
		expect(audit).toMatchObject({ actorId: admin.id, target: `user:${user.id}` });
	});

	it('gives a link to someone who never had one, and replaces a link still open', () => {
		const never = addPerson(db);
		expect(invitationExpiry(db, never.id)).toBeNull();
		const first = reissueInvitation(db, never.id, admin.id);
		const second = reissueInvitation(db, never.id, admin.id);
		expect(findInvitation(db, first.token)).toBeNull();
		expect(findInvitation(db, second.token)?.id).toBe(never.id);
		expect(invitationsOf(never.id)).toHaveLength(1);
	});

	it('refuses someone who has set a password, a disabled account and an unknown id, writing nothing', () => {
		const accepted = addPerson(db, { passwordHash: 'x' });
		const disabled = addPerson(db, { status: 'disabled' });
		const before = counts(db);
		expect(domainFailureOf(() => reissueInvitation(db, accepted.id, admin.id))).toEqual({
			key: 'invitation_already_accepted',
			status: 409
		});
		expect(domainFailureOf(() => reissueInvitation(db, disabled.id, admin.id))).toEqual({
			key: 'invitation_account_disabled',
			status: 409
		});
		expect(domainFailureOf(() => reissueInvitation(db, 999_999, admin.id))).toEqual({
			key: 'user_not_found',
			status: 404
		});
		expect(counts(db)).toEqual(before);
	});
});

describe('setUserStatus', () => {
	it('disabling ends every session of the person and is audited', () => {
		const { user, session } = signedIn();
		const second = createSession(db, user.id);
		const other = signedIn();

		setUserStatus(db, user.id, 'disabled', admin.id);

		expect(getUser(db, user.id)?.status).toBe('disabled');
		expect(isLive(session.token)).toBe(false);
		expect(isLive(second.token)).toBe(false);
		expect(isLive(other.session.token)).toBe(true);
		expect(db.select().from(auditLog).all()).toMatchObject([
			{ actorId: admin.id, action: 'user.disable', target: `user:${user.id}` }
		]);
	});

	it('enabling is audited too', () => {
		const { user } = signedIn();
		setUserStatus(db, user.id, 'disabled', admin.id);
		setUserStatus(db, user.id, 'active', admin.id);
		expect(getUser(db, user.id)?.status).toBe('active');
		expect(actions()).toEqual([{ action: 'user.disable' }, { action: 'user.enable' }]);
	});

	it('an admin cannot disable themselves', () => {
		const before = counts(db);
		expect(domainErrorOf(() => setUserStatus(db, admin.id, 'disabled', admin.id))).toBe(
			'cannot_disable_self'
		);
		expect(getUser(db, admin.id)?.status).toBe('active');
		expect(counts(db)).toEqual(before);
	});

	it('refuses an unknown user', () => {
		expect(domainErrorOf(() => setUserStatus(db, 999, 'disabled', admin.id))).toBe(
			'user_not_found'
		);
	});
});

describe('updateUser', () => {
	it('an admin cannot change their own role', () => {
		const edit = { name: 'Still Admin', role: 'lead' as const, startedOn: null };
		expect(domainErrorOf(() => updateUser(db, admin.id, edit, admin.id))).toBe(
			'cannot_change_own_role'
		);
		expect(getUser(db, admin.id)).toMatchObject({ role: 'admin', name: admin.name });
	});

	it('an admin can change their own name', () => {
		updateUser(db, admin.id, { name: 'Renamed', role: 'admin', startedOn: null }, admin.id);
		expect(getUser(db, admin.id)?.name).toBe('Renamed');
	});

	it('lead to learner clears the lead of their teams and ends their sessions', () => {
		const { user: lead, session } = signedIn('lead');
		const led = db.insert(teams).values({ name: 'Phone', leadId: lead.id }).returning().get();
		const otherLead = addPerson(db, { role: 'lead' });
		const notLed = db
			.insert(teams)
			.values({ name: 'Chat', leadId: otherLead.id })
			.returning()
			.get();

		updateUser(db, lead.id, { name: lead.name, role: 'learner', startedOn: null }, admin.id);

		expect(getUser(db, lead.id)?.role).toBe('learner');
		expect(db.select().from(teams).where(eq(teams.id, led.id)).get()?.leadId).toBeNull();
		expect(db.select().from(teams).where(eq(teams.id, notLed.id)).get()?.leadId).toBe(otherLead.id);
		expect(isLive(session.token)).toBe(false);
		// The team they led notes its change of lead (to none), as every change of lead does.
		expect(actions()).toEqual([{ action: 'team.lead' }, { action: 'user.role' }]);
	});

	it('keeps sessions when the role does not change', () => {
		const { user, session } = signedIn();
		updateUser(db, user.id, { name: 'New Name', role: 'learner', startedOn: null }, admin.id);
		expect(getUser(db, user.id)?.name).toBe('New Name');
		expect(isLive(session.token)).toBe(true);
	});
});

describe('write', () => {
	it('rolls back everything when the callback throws', () => {
		const before = counts(db);
		expect(() =>
			write(db, (tx) => {
				const user = tx
					.insert(users)
					.values({ name: 'Ghost', email: 'ghost@example.com' })
					.returning()
					.get();
				tx.insert(teams).values({ name: 'Ghost team', leadId: null }).run();
				tx.insert(auditLog).values({ actorId: user.id, action: 'x', target: 'y' }).run();
				throw new Error('boom');
			})
		).toThrow('boom');
		expect(counts(db)).toEqual(before);
		expect(
			db.select().from(users).where(eq(users.email, 'ghost@example.com')).get()
		).toBeUndefined();
	});

	it('commits and returns the callback result when it succeeds', () => {
		const id = write(
			db,
			(tx) =>
				tx.insert(users).values({ name: 'Real', email: 'real@example.com' }).returning().get().id
		);
		expect(getUser(db, id)?.email).toBe('real@example.com');
	});
});
