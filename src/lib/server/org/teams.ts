import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { returned, write, type Db, type Tx, exec, one } from '../db';
import { prepared } from '../db/statements';
import {
	kudos,
	learningCases,
	pulseEntries,
	suggestions,
	teamMembers,
	teams,
	users
} from '../db/schema';
import { DomainError } from '../errors';
import { audit } from './users';
import { changeLead, hadClosedAnswers } from './lead';
import { joinTeamAssignments } from '../cockpit/assignments';
import type { ContentIndex } from '../content';

export const TEAM_NAME_MAX = 80;

function buildTeamList(db: Db, ledBy: boolean) {
	return db
		.select({
			id: teams.id,
			name: teams.name,
			leadId: teams.leadId,
			leadName: users.name,
			members: sql<number>`(select count(*) from ${teamMembers} where ${teamMembers.teamId} = ${teams.id})`
		})
		.from(teams)
		.leftJoin(users, eq(users.id, teams.leadId))
		.where(ledBy ? eq(teams.leadId, sql.placeholder('lead')) : undefined)
		.orderBy(asc(teams.name))
		.prepare();
}
const allTeams = prepared((db) => buildTeamList(db, false));
const teamsLedBy = prepared((db) => buildTeamList(db, true));

/** Every team (or those `onlyLedBy` leads), by name, with its lead and member count. */
export async function listTeams(db: Db, onlyLedBy?: number) {
	return onlyLedBy === undefined
		? await allTeams(db).all()
		: await teamsLedBy(db).all({ lead: onlyLedBy });
}

export async function getTeam(db: Db | Tx, id: number) {
	return await one(db.select().from(teams).where(eq(teams.id, id)));
}

export async function teamMembersOf(db: Db, teamIds: number[]) {
	if (teamIds.length === 0) return [];
	return await db
		.select({
			teamId: teamMembers.teamId,
			id: users.id,
			name: users.name,
			email: users.email,
			status: users.status,
			startedOn: users.startedOn
		})
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(inArray(teamMembers.teamId, teamIds))
		.orderBy(asc(users.name));
}

const teamsOfUserQuery = prepared((db) =>
	db
		.select({ id: teams.id, name: teams.name })
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.where(eq(teamMembers.userId, sql.placeholder('user')))
		.orderBy(asc(teams.name))
		.prepare()
);

export async function teamsOfUser(db: Db, userId: number) {
	return await teamsOfUserQuery(db).all({ user: userId });
}

async function nameIsFree(db: Pick<Db, 'select'>, name: string, exceptId?: number) {
	const row = await one(
		db
			.select({ id: teams.id })
			.from(teams)
			.where(sql`lower(${teams.name}) = lower(${name})`)
	);
	return !row || row.id === exceptId;
}

export async function createTeam(db: Db, name: string, actorId: number) {
	return await write(db, async (tx) => {
		if (!(await nameIsFree(tx, name))) throw new DomainError('team_name_taken', 409);
		const team = await returned(tx.insert(teams).values({ name }).returning());
		await audit(tx, actorId, 'team.create', `team:${team.id}`);
		return team;
	});
}

export async function renameTeam(db: Db, teamId: number, name: string, actorId: number) {
	await write(db, async (tx) => {
		if (!(await nameIsFree(tx, name, teamId))) throw new DomainError('team_name_taken', 409);
		const r = await exec(tx.update(teams).set({ name }).where(eq(teams.id, teamId)));
		if (r.changes === 0) throw new DomainError('team_not_found', 404);
		await audit(tx, actorId, 'team.rename', `team:${teamId}`);
	});
}

/** A team's lead must hold the lead role; null removes the lead. */
export async function setTeamLead(db: Db, teamId: number, leadId: number | null, actorId: number) {
	await write(db, async (tx) => {
		if (leadId !== null) {
			const lead = await one(tx.select().from(users).where(eq(users.id, leadId)));
			if (!lead) throw new DomainError('user_not_found', 404);
			if (lead.role !== 'lead') throw new DomainError('lead_must_be_lead');
		}
		if (!(await changeLead(tx, teamId, leadId, actorId)))
			throw new DomainError('team_not_found', 404);
	});
}

/**
 * Adds a learner to a team. The team's assignments marked for newcomers are given to them in the
 * same transaction (`content` names them in the notification); returns how many.
 */
export async function addMember(
	db: Db,
	teamId: number,
	userId: number,
	actorId: number,
	content: ContentIndex | null = null,
	now = Date.now()
) {
	return await write(db, async (tx) => {
		if (!(await one(tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)))))
			throw new DomainError('team_not_found', 404);
		const user = await one(tx.select().from(users).where(eq(users.id, userId)));
		if (!user) throw new DomainError('user_not_found', 404);
		if (user.role !== 'learner') throw new DomainError('member_must_be_learner');
		const r = await exec(tx.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing());
		if (r.changes === 0) throw new DomainError('already_member', 409);
		await audit(tx, actorId, 'team.add_member', `team:${teamId}`, { userId });
		return await joinTeamAssignments(tx, content, teamId, userId, now);
	});
}

export async function removeMember(db: Db, teamId: number, userId: number, actorId: number) {
	await write(db, async (tx) => {
		const r = await exec(
			tx
				.delete(teamMembers)
				.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
		);
		if (r.changes === 0) throw new DomainError('not_a_member', 404);
		await audit(tx, actorId, 'team.remove_member', `team:${teamId}`, { userId });
	});
}

/** What deleting a team takes with it: its members' places (not their accounts) and its room. */
export type TeamFootprint = {
	name: string;
	members: number;
	kudos: number;
	suggestions: number;
	cases: number;
	answers: number;
};

const countWhere = async (
	db: Db | Tx,
	table:
		| typeof teamMembers
		| typeof kudos
		| typeof suggestions
		| typeof learningCases
		| typeof pulseEntries,
	teamId: number
) =>
	(await one(
		db
			.select({ n: sql<number>`count(*)` })
			.from(table)
			.where(eq(table.teamId, teamId))
	))!.n;

/** What a team holds, for the question before deleting it; null for no such team. */
export async function teamFootprint(db: Db | Tx, teamId: number): Promise<TeamFootprint | null> {
	const team = await one(db.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)));
	if (!team) return null;
	return {
		name: team.name,
		members: await countWhere(db, teamMembers, teamId),
		kudos: await countWhere(db, kudos, teamId),
		suggestions: await countWhere(db, suggestions, teamId),
		cases: await countWhere(db, learningCases, teamId),
		answers: await countWhere(db, pulseEntries, teamId)
	};
}

/**
 * Deletes a team: its memberships and its room (kudos, suggestions, learning cases, mood answers)
 * go with it; its people keep their accounts and records. Returns what went, counted in the
 * same transaction.
 */
export async function deleteTeam(db: Db, teamId: number, actorId: number): Promise<TeamFootprint> {
	return await write(db, async (tx) => {
		const footprint = await teamFootprint(tx, teamId);
		if (!footprint) throw new DomainError('team_not_found', 404);
		const { leadId } = (await getTeam(tx, teamId))!;
		const now = Date.now();
		const answered = await hadClosedAnswers(tx, teamId, now);
		await exec(tx.delete(teams).where(eq(teams.id, teamId)));
		// Its lead and whether it had answers: a roll-up it was part of changes (lead.ts).
		await audit(tx, actorId, 'team.delete', `team:${teamId}`, { from: leadId, answered }, now);
		return footprint;
	});
}

/** What the record and team pages show about a person: no secrets, no password state. */
const profileQuery = prepared((db) =>
	db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			status: users.status,
			startedOn: users.startedOn
		})
		.from(users)
		.where(eq(users.id, sql.placeholder('user')))
		.prepare()
);

export async function profileOf(db: Db, userId: number) {
	const user = await profileQuery(db).get({ user: userId });
	return user ? { ...user, teams: await teamsOfUser(db, userId) } : undefined;
}
/** Data for the Profile component. */
export type Profile = NonNullable<Awaited<ReturnType<typeof profileOf>>>;
