import { describe, expect, it } from 'vitest';
import { compileConcept } from './lexicon';
import { choiceDecision, freeDecision, rubricValue, scoreRun } from './scoring';
import type { FreeStep, Rule, Scenario } from './types';

const concept = (id: string, en: string[], tone?: 'rude') =>
	[
		id,
		compileConcept(
			id,
			{ means: id, en, ...(tone ? { tone, explain: 'rude' } : {}) },
			() => 1,
			(_, m) => {
				throw new Error(m);
			}
		)
	] as const;

// A two-criterion rubric: empathy counts twice as much as ownership.
const scenario = {
	passMark: 0.7,
	language: 'en',
	criteria: [
		{ id: 'empathy', label: 'E', competency: 'empathy', weight: 2, strong: '' },
		{ id: 'ownership', label: 'O', competency: 'ownership', weight: 1, strong: '' }
	],
	concepts: new Map([
		concept('time', ['by @clock']),
		concept('feeling', ['frustrat*']),
		concept('closed', ['nothing we can do']),
		concept('rude', ['calm down'], 'rude')
	]),
	tone: { empathy: -1, mood: -2 },
	flags: new Set()
} as unknown as Scenario;

const choice = (text: string, points: Record<string, number>, note?: string) => ({
	text,
	target: text,
	effects: { points, note }
});
const offered = [
	choice('Strong', { empathy: 2, mood: 1 }, 'named the feeling'),
	choice('Middling', { empathy: 1, ownership: 1 }),
	choice('Weak', { empathy: -1, mood: -2 }, 'cold')
];
const rule = (id: string, any: string[], effects: Record<string, number>, explain = id): Rule => ({
	id,
	explain,
	any,
	all: [],
	within: 'reply',
	negated: false,
	conditional: true,
	effects
});
const step: FreeStep = {
	id: 'reply',
	prompt: 'Tell her when she will hear from you.',
	model: 'm',
	minWords: 5,
	examples: [],
	rules: [
		rule('time', ['time'], { ownership: 2 }, 'gave a time'),
		rule('feel', ['feeling'], { empathy: 1 }, 'named it'),
		rule('no', ['closed'], { ownership: -2, mood: -1 })
	]
};

describe('choiceDecision', () => {
	it('values each choice by weighted rubric points and takes the best per criterion as the opportunity', () => {
		expect(offered.map((c) => rubricValue(scenario, c.effects.points))).toEqual([4, 3, -2]);
		const d = choiceDecision(scenario, offered, 1, 1, 5);
		expect(d).toMatchObject({
			response: 'Middling',
			points: { empathy: 1, ownership: 1 },
			// empathy: max(2, 1, 0) = 2; ownership: max(0, 1, 0) = 1. Variables never count.
			opportunity: { empathy: 2, ownership: 1 },
			value: 3,
			best: 4
		});
	});
});

describe('freeDecision', () => {
	it('applies every matching rule once; the opportunity is the sum of what the earning rules give', () => {
		const d = freeDecision(scenario, step, "I know it's frustrating. I'll call you by 5pm.", 2, 7);
		expect(d.points).toEqual({ ownership: 2, empathy: 1 });
		expect(d.opportunity).toEqual({ empathy: 1, ownership: 2 });
		expect([d.value, d.best]).toEqual([4, 4]);
		expect(d.rules!.map((r) => r.matched)).toEqual([true, true, false]);
	});
	it('counts costing rules against the reply', () => {
		const d = freeDecision(scenario, step, "I'm sorry, but there's nothing we can do here.", 2, 7);
		expect(d.points).toEqual({ ownership: -2, mood: -1 });
		expect(d.value).toBe(-2);
	});
	it('a rude reply keeps at most a fifth of what it earned and pays the tone cost', () => {
		const d = freeDecision(
			scenario,
			step,
			"Calm down, it's frustrating, I'll call you by 5pm.",
			2,
			7
		);
		expect(d.tone!.map((t) => t.text)).toEqual(['Calm down']);
		// earned 4 of 4, kept 0.8 (ownership 2 → 0.4, empathy 1 → 0.2), then empathy −1 and mood −2
		expect(d.points).toEqual({ ownership: 0.4, empathy: -0.8, mood: -2 });
		expect(d.flags).toMatchObject({ reply_rude: true, reply_unclear: false });
	});
});

describe('scoreRun (worked example)', () => {
	// Step 1 picks "Middling" (empathy 1 of 2, ownership 1 of 1); step 2 types a reply that gives
	// a time but does not name the feeling (empathy 0 of 1, ownership 2 of 2).
	const decisions = [
		choiceDecision(scenario, offered, 1, 1, 2),
		freeDecision(scenario, step, 'I will call you back by 4 pm.', 2, 4)
	];

	it('scores each criterion as earned ÷ opportunity and the run as their weighted mean', () => {
		const result = scoreRun(scenario, decisions, true);
		// empathy 1/3, ownership 3/3 → (2·⅓ + 1·1) / 3 = 0.556
		expect(result.criteria.map((c) => [c.id, c.earned, c.opportunity, c.score])).toEqual([
			['empathy', 1, 3, 1 / 3],
			['ownership', 3, 3, 1]
		]);
		expect(result.score).toBe(0.556);
		expect(result.passed).toBe(false);
		// Step 1 fell 1 short of the best choice, step 2 fell 2 short (it missed "feel", worth 2).
		expect(result.weakest).toBe(2);
	});

	it('needs a success ending as well as the pass mark', () => {
		// Strong and Weak on offer: empathy 2 of 2; ownership was never at stake.
		const best = [choiceDecision(scenario, [offered[0], offered[2]], 0, 1, 2)];
		expect(scoreRun(scenario, best, true)).toMatchObject({ score: 1, passed: true, weakest: null });
		expect(scoreRun(scenario, best, false)).toMatchObject({ score: 1, passed: false });
	});

	it('clamps losses to 0 and leaves a criterion never at stake unassessed', () => {
		const result = scoreRun(scenario, [choiceDecision(scenario, offered, 2, 1, 2)], true);
		expect(result.criteria.map((c) => [c.id, c.score])).toEqual([
			['empathy', 0],
			['ownership', 0]
		]);
		const onlyEmpathy = [choiceDecision(scenario, [offered[0], offered[2]], 0, 1, 2)];
		expect(scoreRun(scenario, onlyEmpathy, true).criteria.map((c) => c.score)).toEqual([1, null]);
		expect(scoreRun(scenario, onlyEmpathy, true).score).toBe(1);
	});

	it('lists the evidence behind each criterion with the reason', () => {
		const result = scoreRun(scenario, decisions, true);
		expect(result.criteria[1].evidence).toEqual([
			{ step: 1, line: 2, response: 'Middling', points: 1, why: '' },
			{ step: 2, line: 4, response: 'I will call you back by 4 pm.', points: 2, why: 'gave a time' }
		]);
	});
});

describe('pointsOf (the simulation of a typed reply)', () => {
	it('classes a rule by its rubric value and keeps its flags with it', async () => {
		const { pointsOf } = await import('./explore');
		const withFlag: FreeStep = {
			...step,
			rules: [
				...step.rules,
				// Costs rubric points and raises a flag: part of the worst reply only.
				rule('promise', ['closed'], { ownership: -2, promised: 1 }),
				// Only a variable, raised: part of the best reply.
				rule('warm', ['feeling'], { trust: 1 })
			]
		};
		expect(pointsOf(scenario, withFlag, 1)).toEqual({ ownership: 2, empathy: 1, trust: 1 });
		expect(pointsOf(scenario, withFlag, -1)).toEqual({ ownership: -4, mood: -1, promised: 1 });
	});
});
