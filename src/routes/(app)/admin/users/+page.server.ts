import { asc, eq } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { teamMembers, teams, users } from '$lib/server/db/schema';

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
	// One pass over memberships, not one per person: an imported organisation has thousands.
	const byUser = new Map<number, string[]>();
	for (const m of [...memberships, ...led])
		if (m.userId !== null) byUser.set(m.userId, [...(byUser.get(m.userId) ?? []), m.name]);
	const teamsOf = (id: number) => byUser.get(id) ?? [];
	return {
		people: people.map(({ invited, ...p }) => ({
			...p,
			pending: invited === null,
			teams: teamsOf(p.id)
		}))
	};
};
