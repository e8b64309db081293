import { eq } from 'drizzle-orm';
import { returned, write, type Db, type Tx, one, exec } from '../db';
import { auditLog, invitations, teamMembers, teams, users, type Role } from '../db/schema';
import { joinTeamAssignments } from '../cockpit/assignments';
import type { ContentIndex } from '../content';
import { generateToken, hashToken, invalidateUserSessions } from '../auth/session';
import { DomainError } from '../errors';
import { queueInvitation } from '../mail/outbox';
import { changeLead } from './lead';
import type { UserInput } from './validation';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export async function audit(
	tx: Tx | Db,
	actorId: number | null,
	action: string,
	target: string,
	detail?: unknown,
	at?: number
) {
	await exec(tx.insert(auditLog).values({ actorId, action, target, detail: detail ?? null, at }));
}

/**
 * Replaces any open invitation of the user with a fresh one and, when email is on, queues it to
 * them in the same transaction; returns the secret token.
 */
export async function issueInvitation(
	tx: Tx,
	userId: number,
	actorId: number | null,
	now = Date.now()
) {
	const token = generateToken();
	await exec(tx.delete(invitations).where(eq(invitations.userId, userId)));
	await exec(
		tx.insert(invitations).values({
			id: hashToken(token),
			userId,
			createdBy: actorId,
			createdAt: now,
			expiresAt: now + INVITATION_LIFETIME_MS
		})
	);
	await queueInvitation(tx, userId, token, now + INVITATION_LIFETIME_MS, now);
	return token;
}

export async function emailTaken(tx: Tx | Db, email: string) {
	return !!(await one(tx.select({ id: users.id }).from(users).where(eq(users.email, email))));
}

/** Inserts one person (and their team place) without a transaction of its own. */
export async function insertUser(
	tx: Tx,
	input: UserInput,
	teamId: number | null,
	/** `content` names the team's standing assignments a new member is given (placeInTeam). */
	opts: { demo?: boolean; content?: ContentIndex | null; actorId?: number | null } = {}
) {
	if (await emailTaken(tx, input.email)) throw new DomainError('email_taken', 409);
	const user = await returned(
		tx
			.insert(users)
			.values({
				name: input.name,
				email: input.email,
				role: input.role,
				startedOn: input.startedOn,
				demo: !!opts.demo
			})
			.returning()
	);
	if (teamId !== null)
		await placeInTeam(tx, user.id, input.role, teamId, opts.content ?? null, opts.actorId ?? null);
	return user;
}

/**
 * Learners join a team as members (and are given its assignments marked for newcomers); a lead
 * becomes the team's lead.
 */
export async function placeInTeam(
	tx: Tx,
	userId: number,
	role: Role,
	teamId: number,
	content: ContentIndex | null = null,
	actorId: number | null = null
) {
	const team = await one(tx.select().from(teams).where(eq(teams.id, teamId)));
	if (!team) throw new DomainError('team_not_found', 404);
	if (role === 'lead') await changeLead(tx, teamId, userId, actorId);
	else if (role === 'learner') {
		const joined = await exec(
			tx.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing()
		);
		if (joined.changes) await joinTeamAssignments(tx, content, teamId, userId, Date.now());
	} else throw new DomainError('admin_no_team');
}

export async function createUser(
	db: Db,
	input: UserInput,
	teamId: number | null,
	actorId: number | null,
	content: ContentIndex | null = null
) {
	return await write(db, async (tx) => {
		const user = await insertUser(tx, input, teamId, { content, actorId });
		const token = await issueInvitation(tx, user.id, actorId);
		await audit(tx, actorId, 'user.create', `user:${user.id}`, { role: user.role });
		return { user, token };
	});
}

export async function resetPassword(db: Db, userId: number, actorId: number) {
	return await write(db, async (tx) => {
		const user = await one(tx.select().from(users).where(eq(users.id, userId)));
		if (!user) throw new DomainError('user_not_found', 404);
		await exec(tx.update(users).set({ passwordHash: null }).where(eq(users.id, userId)));
		await invalidateUserSessions(tx, userId);
		const token = await issueInvitation(tx, userId, actorId);
		await audit(tx, actorId, 'user.reset_password', `user:${userId}`);
		return token;
	});
}

/**
 * A new invitation link for someone who has not accepted theirs (it expired, was lost, or never
 * existed): any older link stops working. The one place a new invitation is issued for an
 * existing person, in one transaction with its audit line, so sending it by email can be added
 * here. Someone who has set a password needs a reset instead (it also ends their sessions), and
 * a disabled account could not use a link.
 */
export async function reissueInvitation(db: Db, userId: number, actorId: number, now = Date.now()) {
	return await write(db, async (tx) => {
		const user = await one(tx.select().from(users).where(eq(users.id, userId)));
		if (!user) throw new DomainError('user_not_found', 404);
		if (user.status === 'disabled') throw new DomainError('invitation_account_disabled', 409);
		if (user.passwordHash !== null) throw new DomainError('invitation_already_accepted', 409);
		const token = await issueInvitation(tx, userId, actorId, now);
		await audit(tx, actorId, 'user.reinvite', `user:${userId}`);
		return {
			user: { id: user.id, name: user.name, email: user.email },
			token,
			expiresAt: now + INVITATION_LIFETIME_MS
		};
	});
}

/** The person an invitation token belongs to, if the token is real, unexpired and they are active. */
export async function findInvitation(db: Db | Tx, token: string, now = Date.now()) {
	if (!/^[a-z2-7]{32}$/.test(token)) return null;
	const row = await one(
		db
			.select({
				user: { id: users.id, name: users.name, email: users.email, status: users.status },
				expiresAt: invitations.expiresAt
			})
			.from(invitations)
			.innerJoin(users, eq(users.id, invitations.userId))
			.where(eq(invitations.id, hashToken(token)))
	);
	if (!row || row.expiresAt <= now || row.user.status !== 'active') return null;
	return row.user;
}

/**
 * Sets the password and spends the invitation in one transaction, so a replayed link finds
 * nothing and every older session of the person ends.
 */
export async function acceptInvitation(
	db: Db,
	token: string,
	passwordHash: string,
	now = Date.now()
) {
	return await write(db, async (tx) => {
		const user = await findInvitation(tx, token, now);
		if (!user) throw new DomainError('invitation_invalid', 404);
		await exec(tx.delete(invitations).where(eq(invitations.userId, user.id)));
		await exec(tx.update(users).set({ passwordHash }).where(eq(users.id, user.id)));
		await invalidateUserSessions(tx, user.id);
		await audit(tx, user.id, 'user.accept_invitation', `user:${user.id}`);
		return user;
	});
}

export async function updateUser(
	db: Db,
	userId: number,
	input: Pick<UserInput, 'name' | 'role' | 'startedOn'>,
	actorId: number
) {
	await write(db, async (tx) => {
		const user = await one(tx.select().from(users).where(eq(users.id, userId)));
		if (!user) throw new DomainError('user_not_found', 404);
		if (userId === actorId && input.role !== user.role)
			throw new DomainError('cannot_change_own_role', 403);
		await exec(tx.update(users).set(input).where(eq(users.id, userId)));
		if (user.role !== input.role) {
			// A role change moves the person out of the places the old role gave them.
			if (user.role === 'lead')
				for (const team of await tx
					.select({ id: teams.id })
					.from(teams)
					.where(eq(teams.leadId, userId)))
					await changeLead(tx, team.id, null, actorId);
			if (input.role !== 'learner')
				await exec(tx.delete(teamMembers).where(eq(teamMembers.userId, userId)));
			await invalidateUserSessions(tx, userId);
			await audit(tx, actorId, 'user.role', `user:${userId}`, { from: user.role, to: input.role });
		}
	});
}

/** Disabling ends every session of the person at once. */
export async function setUserStatus(
	db: Db,
	userId: number,
	status: 'active' | 'disabled',
	actorId: number
) {
	await write(db, async (tx) => {
		if (userId === actorId && status === 'disabled')
			throw new DomainError('cannot_disable_self', 403);
		const changed = await exec(tx.update(users).set({ status }).where(eq(users.id, userId)));
		if (changed.changes === 0) throw new DomainError('user_not_found', 404);
		if (status === 'disabled') await invalidateUserSessions(tx, userId);
		await audit(
			tx,
			actorId,
			status === 'disabled' ? 'user.disable' : 'user.enable',
			`user:${userId}`
		);
	});
}

export async function findUserByEmail(db: Db, email: string) {
	return await one(db.select().from(users).where(eq(users.email, email.trim().toLowerCase())));
}

export async function getUser(db: Db, id: number) {
	return await one(db.select().from(users).where(eq(users.id, id)));
}

/** When the person's invitation link stops (or stopped) working; null if they have none. */
export async function invitationExpiry(db: Db, userId: number): Promise<number | null> {
	return (
		(
			await one(
				db
					.select({ expiresAt: invitations.expiresAt })
					.from(invitations)
					.where(eq(invitations.userId, userId))
			)
		)?.expiresAt ?? null
	);
}
