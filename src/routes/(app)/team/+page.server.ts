import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { parseId } from '$lib/server/org/validation';
import { dashboardTeams, teamDashboard } from '$lib/server/cockpit/dashboard';
import { needsYou } from '$lib/server/cockpit/needs';
import { hasScope } from '$lib/server/morale/rollup';
import { scenarioIn } from '$lib/server/roleplay/editions';
import { assignAction, doneNotice } from '$lib/server/cockpit/actions';
import { t } from '$lib/i18n';
import { dayIn } from '$lib/format';

const WEEK = 7 * 86_400_000;

/**
 * The lead's dashboard: their teams (an admin's first team, or the one chosen), each member's
 * assignments, course completion, a competency heat map, shared role-plays, "sure but wrong" quiz
 * answers, quiet members and one-action suggestions.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const raw = event.url.searchParams.get('team');
	const wanted = raw === null || raw === '' ? null : parseId(raw);
	if (raw && wanted === null) error(404, { message: t('team_not_found') });
	const db = useDb();
	const { teams, selected, unknown } = await dashboardTeams(db, viewer, wanted);
	if (unknown) error(404, { message: t('team_not_found') });
	const now = Date.now();
	const content = useContent();
	const dashboard = await teamDashboard(
		db,
		content,
		selected.map((team) => team.id),
		now
	);
	const scenarioTitle = (id: string) => {
		const scenario = content.scenario(id);
		return scenario ? scenarioIn(scenario, event.locals.locale).title : id;
	};
	return {
		isAdmin: viewer.role === 'admin',
		teams: teams.map((team) => ({ id: team.id, name: team.name, members: team.members })),
		selected: selected.map((team) => ({ id: team.id, name: team.name })),
		filtered: wanted !== null,
		dashboard,
		// What waits on the lead, first: each with a link to where it is done.
		needs: await needsYou(db, dashboard.members, selected, dayIn(now), scenarioTitle, now),
		suggestDue: dayIn(now + WEEK),
		// Whether the viewer may see several teams' mood together (a lead of two teams or more).
		rollup: hasScope(teams),
		done: doneNotice(event.url, { assign: 'assign_done' })
	};
};

export const actions = {
	// Back to the same filter: the form names the team shown, as a number or nothing.
	assign: (event) =>
		assignAction(event, (form) => {
			const team = parseId(form.get('view') ?? '');
			return team === null ? '/team' : `/team?team=${team}`;
		})
} satisfies Actions;
