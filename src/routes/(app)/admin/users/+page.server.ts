import { asc } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { teamMembers, teams, users } from '$lib/server/db/schema';
import { eq } from 'drizzle-orm';

/** Everyone in the organisation with their teams (as member or as lead). */
export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	const people = db
		.select({
			id: users.id,
			name: users.name,
			email: users.email,
			role: users.role,
			status: users.status,
			invited: users.passwordHash
		})
		.from(users)
		.orderBy(asc(users.name))
		.all();
	const memberships = db
		.select({ userId: teamMembers.userId, name: teams.name })
		.from(teamMembers)
		.innerJoin(teams, eq(teams.id, teamMembers.teamId))
		.all();
	const led = db.select({ userId: teams.leadId, name: teams.name }).from(teams).all();
	const teamsOf = (id: number) =>
		[...memberships, ...led].filter((m) => m.userId === id).map((m) => m.name);
	return {
		people: people.map(({ invited, ...p }) => ({
			...p,
			pending: invited === null,
			teams: teamsOf(p.id)
		}))
	};
};
