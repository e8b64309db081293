import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { listTeams, teamMembersOf } from '$lib/server/org/teams';

/** A lead's own teams with their members; an admin sees every team. */
export const load: PageServerLoad = (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const db = useDb();
	const teams = listTeams(db, viewer.role === 'admin' ? undefined : viewer.id);
	const members = teamMembersOf(
		db,
		teams.map((team) => team.id)
	);
	return {
		isAdmin: viewer.role === 'admin',
		teams: teams.map((team) => ({
			...team,
			members: members.filter((m) => m.teamId === team.id)
		}))
	};
};
