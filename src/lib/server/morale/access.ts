import { and, asc, eq, or } from 'drizzle-orm';
import { one, type Db, type Tx } from '../db';
import { teamMembers, teams } from '../db/schema';
import type { SessionUser } from '../auth/session';

export type TeamRole = 'member' | 'lead' | 'admin';

/** How `user` belongs to a team: a member, its lead, an admin (who sees every team), or not at all. */
export async function teamRole(
	db: Db | Tx,
	user: Pick<SessionUser, 'id' | 'role'>,
	teamId: number
): Promise<TeamRole | null> {
	const team = await one(
		db.select({ leadId: teams.leadId }).from(teams).where(eq(teams.id, teamId))
	);
	if (!team) return null;
	if (team.leadId === user.id) return 'lead';
	const member = await one(
		db
			.select({ userId: teamMembers.userId })
			.from(teamMembers)
			.where(and(eq(teamMembers.teamId, teamId), eq(teamMembers.userId, user.id)))
	);
	if (member) return 'member';
	return user.role === 'admin' ? 'admin' : null;
}

/** Whether a person is part of a team (a member or its lead): who can be thanked there. */
export async function inTeam(db: Db | Tx, userId: number, teamId: number) {
	return (await teamRole(db, { id: userId, role: 'learner' }, teamId)) !== null;
}

/** The teams a person belongs to or leads; an admin gets every team. */
export async function teamsFor(db: Db, user: Pick<SessionUser, 'id' | 'role'>) {
	if (user.role === 'admin')
		return await db.select({ id: teams.id, name: teams.name }).from(teams).orderBy(asc(teams.name));
	return await db
		.selectDistinct({ id: teams.id, name: teams.name })
		.from(teams)
		.leftJoin(teamMembers, eq(teamMembers.teamId, teams.id))
		.where(or(eq(teams.leadId, user.id), eq(teamMembers.userId, user.id)))
		.orderBy(asc(teams.name));
}
