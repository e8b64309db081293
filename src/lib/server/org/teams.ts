import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { write, type Db, type Tx } from '../db';
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
export function listTeams(db: Db, onlyLedBy?: number) {
	return onlyLedBy === undefined ? allTeams(db).all() : teamsLedBy(db).all({ lead: onlyLedBy });
}

export function getTeam(db: Db | Tx, id: number) {
	return db.select().from(teams).where(eq(teams.id, id)).get();
}

export function teamMembersOf(db: Db, teamIds: number[]) {
	if (teamIds.length === 0) return [];
	return db
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
		.orderBy(asc(users.name))
		.all();
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

export function teamsOfUser(db: Db, userId: number) {
	return teamsOfUserQuery(db).all({ user: userId });
}

function nameIsFree(db: Pick<Db, 'select'>, name: string, exceptId?: number) {
	const row = db
		.select({ id: teams.id })
		.from(teams)
		.where(sql`lower(${teams.name}) = lower(${name})`)
		.get();
	return !row || row.id === exceptId;
}

export function createTeam(db: Db, name: string, actorId: number) {
	return write(db, (tx) => {
		if (!nameIsFree(tx, name)) throw new DomainError('team_name_taken', 409);
		const team = tx.insert(teams).values({ name }).returning().get();
		audit(tx, actorId, 'team.create', `team:${team.id}`);
		return team;
	});
}

export function renameTeam(db: Db, teamId: number, name: string, actorId: number) {
	write(db, (tx) => {
		if (!nameIsFree(tx, name, teamId)) throw new DomainError('team_name_taken', 409);
		const r = tx.update(teams).set({ name }).where(eq(teams.id, teamId)).run();
		if (r.changes === 0) throw new DomainError('team_not_found', 404);
		audit(tx, actorId, 'team.rename', `team:${teamId}`);
	});
}

/** A team's lead must hold the lead role; null removes the lead. */
export function setTeamLead(db: Db, teamId: number, leadId: number | null, actorId: number) {
	write(db, (tx) => {
		if (leadId !== null) {
			const lead = tx.select().from(users).where(eq(users.id, leadId)).get();
			if (!lead) throw new DomainError('user_not_found', 404);
			if (lead.role !== 'lead') throw new DomainError('lead_must_be_lead');
		}
		if (!changeLead(tx, teamId, leadId, actorId)) throw new DomainError('team_not_found', 404);
	});
}

/**
 * Adds a learner to a team. The team's assignments marked for newcomers are given to them in the
 * same transaction (`content` names them in the notification); returns how many.
 */
export function addMember(
	db: Db,
	teamId: number,
	userId: number,
	actorId: number,
	content: ContentIndex | null = null,
	now = Date.now()
) {
	return write(db, (tx) => {
		if (!tx.select({ id: teams.id }).from(teams).where(eq(teams.id, teamId)).get())
			throw new DomainError('team_not_found', 404);
		const user = tx.select().from(users).where(eq(users.id, userId)).get();
		if (!user) throw new DomainError('user_not_found', 404);
		if (user.role !== 'learner') throw new DomainError('member_must_be_learner');
		const r = tx.insert(teamMembers).values({ teamId, userId }).onConflictDoNothing().run();
		if (r.changes === 0) throw new DomainError('already_member', 409);
		audit(tx, actorId, 'team.add_member', `team:${teamId}`, { userId });
		return joinTeamAssignments(tx, content, teamId, userId, now);
	});
}

export function removeMember(db: Db, teamId: number, userId: number, actorId: number) {
	write(db, (tx) => {
		const r = tx
			.delete(teamMembers)
			.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, userId)))
			.run();
		if (r.changes === 0) throw new DomainError('not_a_member', 404);
		audit(tx, actorId, 'team.remove_member', `team:${teamId}`, { userId });
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

const countWhere = (
	db: Db | Tx,
	table:
		| typeof teamMembers
		| typeof kudos
		| typeof suggestions
		| typeof learningCases
		| typeof pulseEntries,
	teamId: number
) =>
	db
		.select({ n: sql<number>`count(*)` })
		.from(table)
		.where(eq(table.teamId, teamId))
		.get()!.n;

/** What a team holds, for the question before deleting it; null for no such team. */
export function teamFootprint(db: Db | Tx, teamId: number): TeamFootprint | null {
	const team = db.select({ name: teams.name }).from(teams).where(eq(teams.id, teamId)).get();
	if (!team) return null;
	return {
		name: team.name,
		members: countWhere(db, teamMembers, teamId),
		kudos: countWhere(db, kudos, teamId),
		suggestions: countWhere(db, suggestions, teamId),
		cases: countWhere(db, learningCases, teamId),
		answers: countWhere(db, pulseEntries, teamId)
	};
}

/**
 * Deletes a team: its memberships and its room (kudos, suggestions, learning cases, mood answers)
 * go with it; its people keep their accounts and records. Returns what went, counted in the
 * same transaction.
 */
export function deleteTeam(db: Db, teamId: number, actorId: number): TeamFootprint {
	return write(db, (tx) => {
		const footprint = teamFootprint(tx, teamId);
		if (!footprint) throw new DomainError('team_not_found', 404);
		const { leadId } = getTeam(tx, teamId)!;
		const now = Date.now();
		const answered = hadClosedAnswers(tx, teamId, now);
		tx.delete(teams).where(eq(teams.id, teamId)).run();
		// Its lead and whether it had answers: a roll-up it was part of changes (lead.ts).
		audit(tx, actorId, 'team.delete', `team:${teamId}`, { from: leadId, answered }, now);
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

export function profileOf(db: Db, userId: number) {
	const user = profileQuery(db).get({ user: userId });
	return user ? { ...user, teams: teamsOfUser(db, userId) } : undefined;
}
/** Data for the Profile component. */
export type Profile = NonNullable<ReturnType<typeof profileOf>>;
