import { and, eq } from 'drizzle-orm';
import { canSee } from '../auth/guard';
import { one, type Db, type Tx } from '../db';
import { teams, users } from '../db/schema';
import { DomainError } from '../errors';

export type Viewer = { id: number; role: 'learner' | 'lead' | 'admin' };

/**
 * The viewer coaches `agentId`: leads the agent's team, or is an admin. Anyone else, and anyone
 * acting on themselves, gets 403 (so nothing is written); a person who does not exist gets 404.
 */
export async function requireCoachOf(db: Db | Tx, viewer: Viewer, agentId: number) {
	if (viewer.role === 'learner' || viewer.id === agentId) throw new DomainError('forbidden', 403);
	const agent = await one(
		db
			.select({ id: users.id, name: users.name, status: users.status })
			.from(users)
			.where(eq(users.id, agentId))
	);
	if (!agent)
		throw new DomainError(
			viewer.role === 'admin' ? 'user_not_found' : 'forbidden',
			viewer.role === 'admin' ? 404 : 403
		);
	if (!(await canSee(db as Db, viewer, agentId))) throw new DomainError('forbidden', 403);
	return agent;
}

/** The viewer leads `teamId` (or is an admin and the team exists). */
export async function requireLeadOfTeam(db: Db | Tx, viewer: Viewer, teamId: number) {
	if (viewer.role === 'learner') throw new DomainError('forbidden', 403);
	const team = await one(
		db
			.select({ id: teams.id, name: teams.name, leadId: teams.leadId })
			.from(teams)
			.where(
				viewer.role === 'admin'
					? eq(teams.id, teamId)
					: and(eq(teams.id, teamId), eq(teams.leadId, viewer.id))
			)
	);
	if (!team)
		throw new DomainError(
			viewer.role === 'admin' ? 'team_not_found' : 'forbidden',
			viewer.role === 'admin' ? 404 : 403
		);
	return team;
}
