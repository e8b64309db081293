import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { isoWeek, MIN_ANSWERS } from '$lib/server/morale/pulse';
import { rollupScopes, scopeKey, scopeMood } from '$lib/server/morale/rollup';
import { listTeams } from '$lib/server/org/teams';
import { t } from '$lib/i18n';

/**
 * Several teams' mood together: a lead's teams (an admin chooses whose, or the teams without a
 * lead), for the closed weeks and answers no team can show on its own. Which teams a viewer may
 * combine is decided here, on the server; another lead's teams answer 404 like unknown ones.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const db = useDb();
	const scopes = await rollupScopes(db, viewer);
	const raw = event.url.searchParams.get('lead');
	const chosen = raw ? scopes.find((s) => scopeKey(s) === raw) : scopes[0];
	if (raw && !chosen) error(404, { message: t('team_not_found') });
	const now = new Date();
	return {
		isAdmin: viewer.role === 'admin',
		min: MIN_ANSWERS,
		current: isoWeek(now),
		scopes: scopes.map((s) => ({
			key: scopeKey(s),
			lead: s.lead?.name ?? null,
			teams: s.teams.map((team) => team.name)
		})),
		/** The roll-up shown: its teams and its closed weeks (newest first) and blocks. */
		selected: chosen
			? {
					key: scopeKey(chosen),
					lead: chosen.lead?.name ?? null,
					teams: chosen.teams,
					...(await scopeMood(db, chosen, now))
				}
			: null,
		// A lead with one team: where that team's own mood is.
		own:
			viewer.role === 'lead'
				? (await listTeams(db, viewer.id)).map((x) => ({ id: x.id, name: x.name }))
				: []
	};
};
