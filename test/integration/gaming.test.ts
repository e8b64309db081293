import { describe, expect, it } from 'vitest';
import { playWith } from '../../src/lib/server/roleplay/explore';
import { realContent } from './real-content';

// A learner who games the role-plays: always clicks the longest reply (or the shortest), and
// types one all-purpose apology-and-callback sentence at every typed step. None of the shipped scenarios
// may let them pass (issue: "choices that cannot be gamed"). The templates are the kind of
// sentence a learner would reuse everywhere, not tuned to any one step.
const index = realContent();
const TEMPLATES = [
	"I'm so sorry about this, I completely understand how frustrating it is. I will personally call you back tomorrow at 10am with an update.",
	'I apologise for the inconvenience. I understand your frustration and I will make sure this is sorted. You will hear from me by 5 pm today.',
	"Thank you for your patience, I'm really sorry. Let me look into it and I'll get back to you within 24 hours."
];

describe('a gaming learner', () => {
	it('loads the shipped scenarios', () => {
		expect(index.scenarios.length).toBeGreaterThanOrEqual(17);
	});
	for (const pick of [Math.max, Math.min])
		for (const template of TEMPLATES)
			it(`passes no scenario with the ${pick === Math.max ? 'longest' : 'shortest'} choice and "${template.slice(0, 40)}…"`, () => {
				const passed = index.scenarios.filter((scenario) => {
					const run = playWith(scenario, (offer) => {
						if (offer.kind === 'free') return { text: template };
						const lengths = offer.choices.map((c) => c.text.length);
						return { index: lengths.indexOf(pick(...lengths)) };
					});
					return run.result.passed;
				});
				expect(passed.map((s) => s.id)).toEqual([]);
			});
});
