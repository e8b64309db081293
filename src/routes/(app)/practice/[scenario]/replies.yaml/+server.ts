import { stringify } from 'yaml';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { scenarioForLeads } from '$lib/server/roleplay/access';
import { bandOf } from '$lib/server/roleplay/reply';
import { replyCandidates } from '$lib/server/roleplay/rescore';

/**
 * The contested and re-scored replies as YAML an author can paste under a step's `examples:`
 * (after checking each band): the lead's score decides the band where there is one.
 */
export const GET: RequestHandler = async (event) => {
	const { scenario } = scenarioForLeads(event);
	const byStep: Record<string, { band: string; reply: string; note: string }[]> = {};
	for (const c of await replyCandidates(useDb(), scenario.id)) {
		const score = c.scoreAfter ?? c.scoreBefore;
		(byStep[c.step] ??= []).push({
			band: bandOf(score),
			reply: c.reply,
			note: [
				`rules read ${Math.round(c.scoreBefore * 100)}%`,
				c.status === 'rescored' ? `a lead re-scored it ${Math.round(c.scoreAfter! * 100)}%` : null,
				c.status === 'upheld' ? 'a lead let the score stand' : null,
				c.status === 'contested' ? 'contested, not answered yet' : null,
				c.reviewReason ?? c.contestReason
			]
				.filter(Boolean)
				.join('; ')
		});
	}
	const body = `# Example candidates for ${scenario.id}: check each band before adding it to the step's examples.\n${stringify(byStep)}`;
	return new Response(body, {
		headers: {
			'Content-Type': 'text/yaml; charset=utf-8',
			'Content-Disposition': `attachment; filename="${scenario.id}-reply-candidates.yaml"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
