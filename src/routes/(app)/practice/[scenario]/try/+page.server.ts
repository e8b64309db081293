import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { scenarioForLeads } from '$lib/server/roleplay/access';
import { readForm, text } from '$lib/server/form';
import { bandOf, readReply } from '$lib/server/roleplay/reply';
import { MAX_REPLY } from '$lib/server/roleplay/runs';
import { t } from '$lib/i18n';

/**
 * "Try a reply", for leads and admins (authors, coaches): how Coachline reads a typed reply at one
 * of the scenario's steps, through the same code as a practice run. Agents get a 404: the rules
 * are for the people who write and coach them, never for the people scored by them.
 */
export const load: PageServerLoad = (event) => {
	const { scenario } = scenarioForLeads(event);
	return {
		scenario: { id: scenario.id, title: scenario.title },
		steps: [...scenario.free.values()].map((s) => ({ id: s.id, prompt: s.prompt, model: s.model })),
		max: MAX_REPLY
	};
};

export const actions = {
	default: async (event) => {
		const { scenario } = scenarioForLeads(event);
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		const stepId = text(form, 'step');
		const reply = text(form, 'reply');
		const step = scenario.free.get(stepId);
		if (!step) return fail(400, { message: t('try_unknown_step'), reply: reply.slice(0, 5000) });
		if (!reply.trim())
			return fail(400, { message: t('roleplay_reply_empty'), step: stepId, reply });
		if (reply.length > MAX_REPLY)
			return fail(400, {
				message: t('roleplay_reply_too_long', { max: MAX_REPLY }),
				step: stepId,
				reply: reply.slice(0, 5000)
			});
		const r = readReply(scenario, step, reply.trim());
		return {
			step: stepId,
			reply,
			reading: {
				score: Math.round(r.score * 100),
				band: bandOf(r.score),
				rules: r.rules.map((rule) => ({
					id: rule.id,
					explain: rule.explain,
					matched: rule.matched,
					earns: Object.values(rule.points).some((n) => n > 0),
					found: rule.found,
					missing: rule.missing
				})),
				tone: r.tone,
				form: r.form
			}
		};
	}
} satisfies Actions;
