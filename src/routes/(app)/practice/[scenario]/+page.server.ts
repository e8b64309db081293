import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { scenarioFor } from '$lib/server/roleplay/access';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { openRun, runsOf, startRun } from '$lib/server/roleplay/runs';
import { scenarioCard } from '$lib/server/roleplay/present';
import { utcMinute } from '$lib/time';

export const load: PageServerLoad = (event) => {
	const { user, scenario } = scenarioFor(event);
	const db = useDb();
	const open = openRun(db, user.id, scenario.id);
	return {
		scenario: scenarioCard(scenario, useContent()),
		open:
			open && open.scenarioVersion === scenario.version ? { id: open.id, step: open.step } : null,
		canObserve: user.role !== 'learner',
		typed: scenario.free.size > 0,
		history: runsOf(db, user.id, scenario.id)
			.filter((r) => r.status === 'finished')
			.map((r) => ({
				id: r.id,
				at: utcMinute(r.finishedAt!),
				score: Math.round((r.score ?? 0) * 100),
				passed: !!r.passed,
				shared: r.sharedAt !== null
			}))
	};
};

export const actions = {
	/** Starts a run, or resumes the open one. */
	start: (event) => {
		const { user, scenario } = scenarioFor(event);
		const run = startRun(useDb(), user.id, scenario);
		redirect(303, `/practice/runs/${run.id}`);
	},
	/** Abandons the open run (if any) and starts afresh. */
	restart: (event) => {
		const { user, scenario } = scenarioFor(event);
		const run = startRun(useDb(), user.id, scenario, { restart: true });
		redirect(303, `/practice/runs/${run.id}`);
	}
} satisfies Actions;
