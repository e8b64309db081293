import type { PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { scenarioForLeads } from '$lib/server/roleplay/access';
import { replyCandidates } from '$lib/server/roleplay/rescore';

/**
 * Contested and re-scored replies of a scenario, without names: what authors need to improve
 * the rules and their labelled examples. For leads and admins; agents get a 404.
 */
export const load: PageServerLoad = async (event) => {
	const { scenario } = scenarioForLeads(event);
	const pct = (n: number | null) => (n === null ? null : Math.round(n * 100));
	return {
		scenario: { id: scenario.id, title: scenario.title },
		candidates: (await replyCandidates(useDb(), scenario.id)).map((c) => ({
			...c,
			scoreBefore: pct(c.scoreBefore)!,
			scoreAfter: pct(c.scoreAfter)
		}))
	};
};
