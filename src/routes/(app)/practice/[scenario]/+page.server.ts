import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { scenarioFor } from '$lib/server/roleplay/access';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { openRun, runsOf, startRun } from '$lib/server/roleplay/runs';
import { scenarioCard } from '$lib/server/roleplay/present';
import { editionOf, inReadersLanguage } from '$lib/server/roleplay/editions';
import { formatMoment } from '$lib/format';

export const load: PageServerLoad = async (event) => {
	const { user, original, scenario } = scenarioFor(event);
	const db = useDb();
	const open = await openRun(db, user.id, scenario.id);
	return {
		scenario: scenarioCard(scenario, useContent(), event.locals.locale),
		untranslated: !inReadersLanguage(scenario, event.locals.locale),
		// An open run continues in the language it began in.
		open:
			open && editionOf(original, open.scenarioVersion) ? { id: open.id, step: open.step } : null,
		canObserve: user.role !== 'learner',
		typed: scenario.free.size > 0,
		history: (await runsOf(db, user.id, scenario.id))
			.filter((r) => r.status === 'finished')
			.map((r) => ({
				id: r.id,
				at: formatMoment(r.finishedAt!),
				score: Math.round((r.score ?? 0) * 100),
				passed: !!r.passed,
				shared: r.sharedAt !== null
			}))
	};
};

export const actions = {
	/** Starts a run, or resumes the open one. */
	start: async (event) => {
		const { user, original, scenario } = scenarioFor(event);
		const db = useDb();
		const open = await openRun(db, user.id, scenario.id);
		const edition = (open && editionOf(original, open.scenarioVersion)) || scenario;
		const run = await startRun(db, user.id, edition);
		redirect(303, `/practice/runs/${run.id}`);
	},
	/** Abandons the open run (if any) and starts afresh. */
	restart: async (event) => {
		const { user, scenario } = scenarioFor(event);
		const run = await startRun(useDb(), user.id, scenario, { restart: true });
		redirect(303, `/practice/runs/${run.id}`);
	}
} satisfies Actions;
