import { fail, redirect } from '@sveltejs/kit';
import { and, asc, eq, ne } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { canSee } from '$lib/server/auth/guard';
import { users } from '$lib/server/db/schema';
import { listTeams, teamMembersOf } from '$lib/server/org/teams';
import { parseId } from '$lib/server/org/validation';
import { scenarioForLeads } from '$lib/server/roleplay/access';
import {
	MAX_OBSERVED_COMMENT,
	RATING_MAX,
	readRatings,
	recordObserved
} from '$lib/server/roleplay/observed';
import { domainFailure, readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import type { Db } from '$lib/server/db';
import { t } from '$lib/i18n';

/** Whom the viewer may observe: a lead their teams' members, an admin every active person. */
async function observable(db: Db, viewer: { id: number; role: string }) {
	if (viewer.role === 'admin')
		return await db
			.select({ id: users.id, name: users.name })
			.from(users)
			.where(and(eq(users.status, 'active'), ne(users.id, viewer.id)))
			.orderBy(asc(users.name));
	const members = (
		await teamMembersOf(
			db,
			(await listTeams(db, viewer.id)).map((team) => team.id)
		)
	).filter((m) => m.status === 'active' && m.id !== viewer.id);
	return [...new Map(members.map((m) => [m.id, { id: m.id, name: m.name }])).values()];
}

export const load: PageServerLoad = async (event) => {
	const { user, scenario } = scenarioForLeads(event);
	return {
		scenario: {
			id: scenario.id,
			title: scenario.title,
			channel: scenario.channel,
			persona: scenario.persona,
			passMark: Math.round(scenario.passMark * 100),
			criteria: scenario.criteria.map((c) => ({ id: c.id, label: c.label, strong: c.strong })),
			endings: [...scenario.endings.values()].map((e) => ({ id: e.id, title: e.title }))
		},
		agents: await observable(useDb(), user),
		ratingMax: RATING_MAX,
		maxComment: MAX_OBSERVED_COMMENT,
		recorded: event.url.searchParams.get('recorded')
	};
};

export const actions = {
	record: async (event) => {
		const { user, scenario } = scenarioForLeads(event);
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		const echo = {
			agent: text(form, 'agent').slice(0, 20),
			ending: text(form, 'ending').slice(0, 80),
			comment: text(form, 'comment').slice(0, 5000),
			ratings: Object.fromEntries(
				scenario.criteria.map((c) => [c.id, text(form, `rating-${c.id}`).slice(0, 2)])
			)
		};
		try {
			const agentId = parseId(echo.agent);
			if (agentId === null) throw new DomainError('observed_unknown_agent', 400);
			// Whom you may observe is decided before anything about the ratings is said.
			if (!(await canSee(useDb(), user, agentId))) throw new DomainError('forbidden', 403);
			const ending = echo.ending ? echo.ending : null;
			await recordObserved(useDb(), user, agentId, scenario, {
				ratings: readRatings(scenario, form),
				ending,
				comment: echo.comment
			});
		} catch (e) {
			return domainFailure(e, echo);
		}
		redirect(303, `/practice/${scenario.id}/observe?recorded=1`);
	}
} satisfies Actions;
