import { describe, expect, it } from 'vitest';
import { ConceptMatcher } from './concepts';
import { analyse } from '../language';
import { loadLexicon } from './lexicon';
import { bandOf, readReply } from './reply';
import type { FreeStep, Rule, Scenario } from './types';

// The shipped lexicon, as content:check and the server load it.
const lexicon = loadLexicon(
	'content/lexicon',
	(file, line, message) => {
		throw new Error(`${file}:${line}: ${message}`);
	},
	(error) => {
		throw error;
	}
);
const found = (concept: string, text: string) =>
	new ConceptMatcher(analyse(text), lexicon)
		.hits(concept)
		.filter((h) => !h.negated)
		.map((h) => h.text);

describe('the shared lexicon', () => {
	it('finds apologies in every form, and "ten o\'clock" as a concrete time', () => {
		for (const text of ['I apologise.', 'We apologized for it.', 'My apologies.', "I'm so sorry."])
			expect(found('apology', text)).not.toEqual([]);
		expect(found('concrete-time', "I'll ring at ten o'clock.")).toEqual(["ten o'clock"]);
		expect(found('concrete-time', 'by half past seven tonight')).toEqual([
			'half past seven',
			'tonight'
		]);
		expect(found('concrete-time', 'as soon as possible')).toEqual([]);
		expect(found('vague-time', 'as soon as possible')).toContain('as soon as possible');
	});
	it.each([
		['Stop moaning and let me work.', 'rude'],
		['Please calm down, sir.', 'rude'],
		['Listen to yourself.', 'rude'],
		["I suppose I'll look into it.", 'dismissive'],
		["That's not my problem.", 'dismissive'],
		['Whatever, it will be fixed.', 'dismissive'],
		['Whenever I get round to it.', 'dismissive'],
		['You should have read the terms.', 'blaming'],
		["It's your own fault.", 'blaming'],
		['As I already said, the engineer comes Thursday.', 'sarcastic'],
		['Oh great, another complaint.', 'sarcastic']
	])('the tone screen catches %j (%s)', (text, category) => {
		expect(found(category, text)).not.toEqual([]);
	});
	it.each([
		["It's not your fault, and I'm sorry it happened."],
		["Look, it's not you, it's the system, and I will fix it."],
		["You shouldn't have had to call three times."],
		['I know how frustrating this is; I will call you at 10.'],
		['Thank you for your patience, I will sort this out today.']
	])('and leaves kind wording alone: %j', (text) => {
		for (const category of ['rude', 'dismissive', 'blaming', 'sarcastic'])
			expect(found(category, text)).toEqual([]);
	});
});

// A step like the ones scenarios ship: give a time, own it, no vague promises.
const rule = (id: string, r: Partial<Rule>): Rule => ({
	id,
	explain: id,
	any: [],
	all: [],
	within: 'reply',
	negated: false,
	conditional: true,
	effects: {},
	...r
});
const step: FreeStep = {
	id: 'reply-time',
	prompt: 'Tell Mr Zhou exactly what happens next and when he will hear from you.',
	model: "I'll call you myself tomorrow by 10 am with the result.",
	minWords: 5,
	examples: [],
	rules: [
		rule('gives-time', {
			all: ['contact', 'concrete-time'],
			within: 'sentence',
			effects: { own: 2 }
		}),
		rule('names-self', { any: ['owner-self', 'i-will-contact'], effects: { own: 1 } }),
		rule('vague', { any: ['vague-time', 'hand-off'], effects: { own: -1 } }),
		rule('caves', {
			all: ['offer-verb', 'money'],
			within: 'sentence',
			effects: { fair: -2, caved: 1 }
		})
	]
};
const money = new Map(lexicon);
money.set('money', {
	id: 'money',
	means: 'the sum he demands',
	phrases: {
		en: [{ source: '@number>=5000', items: [{ kind: 'value', span: 'number', op: '>=', n: 5000 }] }]
	}
});
const scenario = {
	language: 'en',
	criteria: [
		{ id: 'own', label: 'Own', competency: 'ownership', weight: 2, strong: '' },
		{ id: 'fair', label: 'Fair', competency: 'boundaries', weight: 1, strong: '' }
	],
	concepts: money,
	tone: { own: -1, mood: -2 },
	flags: new Set()
} as unknown as Scenario;
const read = (text: string) => readReply(scenario, step, text);

describe('readReply', () => {
	it('scores what the reply does, in any wording', () => {
		for (const text of [
			"I'll call you myself tomorrow by 10 am with the result.",
			'You will hear from me before ten tomorrow morning, I promise.',
			"I'm going to ring you at half past seven tonight with an update."
		])
			expect(bandOf(read(text).score), text).toBe('strong');
	});
	it('counts a time only together with getting in touch, in one sentence', () => {
		expect(read('The engineer is busy tomorrow. I will call you.').rules[0].matched).toBe(false);
		expect(read('I will call you tomorrow.').rules[0].matched).toBe(true);
	});
	it('does not count what the reply says it will not do', () => {
		const r = read("I can't offer you ten thousand, but I'll call you by 5 tomorrow.");
		expect(r.rules.find((x) => x.id === 'caves')!.matched).toBe(false);
		const caving = read("Fine, we'll pay you ten thousand, I'll call you by 5 tomorrow.");
		expect(caving.rules.find((x) => x.id === 'caves')!.matched).toBe(true);
		expect(caving.points.caved).toBe(1);
	});
	it('a rude reply with the right facts is weak, costs mood, and tells the story', () => {
		const r = read("I'll call you tomorrow at 10 if you stop moaning.");
		expect(r.tone.map((t) => t.category)).toEqual(['rude']);
		expect(bandOf(r.score)).toBe('weak');
		expect(r.points.mood).toBe(-2);
		expect(r.flags).toMatchObject({ reply_rude: true, said_gives_time: true });
	});
	it('a keyword list earns at most a small share, and the story hears nothing was said', () => {
		const r = read('callback tomorrow 10am personally');
		expect(r.form).toContain('keywords');
		expect(r.score).toBeLessThanOrEqual(0.2);
		expect(r.flags).toMatchObject({ reply_unclear: true, said_gives_time: false });
	});
	it('a rude, caving reply still counts the caving in full', () => {
		const r = read('Whatever, we will pay you 10,000. Happy now?');
		expect(r.points).toMatchObject({ caved: 1, fair: -2, mood: -2 });
	});
	it('survives anything typed', () => {
		for (const text of [
			'😀',
			'x'.repeat(1000),
			'<img src=x onerror=alert(1)>',
			'مرحبا',
			'我明天给您回电话',
			' '
		])
			expect(() => read(text)).not.toThrow();
		expect(read('我明天上午十点给您回电话').form).toEqual(['other-language']);
	});
});
