import { describe, expect, it } from 'vitest';
import { gradeAttempt, gradeQuestion } from './grade';
import type { Option, Question, Response } from './types';

const base = {
	prompt: 'Prompt',
	explanation: 'Because.',
	section: null,
	competencies: ['listening'],
	difficulty: 2 as const,
	lessonId: 'course/lesson'
};

const opts = (...ids: string[]): Option[] =>
	ids.map((id) => ({ id, text: `Text ${id}`, feedback: `Feedback ${id}` }));

const single: Question = {
	...base,
	id: 'single',
	type: 'single',
	options: opts('a', 'b', 'c'),
	answer: 'b'
};
const truefalse: Question = {
	...base,
	id: 'tf',
	type: 'truefalse',
	options: opts('true', 'false'),
	answer: 'false'
};
const bestResponse: Question = {
	...base,
	id: 'best',
	type: 'best-response',
	customer: 'Where is my parcel?',
	options: opts('a', 'b', 'c'),
	answer: 'c'
};
const multiple: Question = {
	...base,
	id: 'multi',
	type: 'multiple',
	options: opts('r1', 'r2', 'r3', 'w1', 'w2', 'w3'),
	answer: ['r1', 'r2', 'r3']
};
const ordering: Question = {
	...base,
	id: 'order',
	type: 'ordering',
	options: opts('s1', 's2', 's3', 's4'),
	answer: ['s1', 's2', 's3', 's4']
};
const matching: Question = {
	...base,
	id: 'match',
	type: 'matching',
	pairs: ['p1', 'p2', 'p3', 'p4'].map((id) => ({
		id,
		left: `Left ${id}`,
		right: `Right ${id}`,
		feedback: `Feedback ${id}`
	}))
};

const choice = (...selected: string[]): Response => ({ type: 'choice', selected });
const order = (...ids: string[]): Response => ({ type: 'ordering', order: ids });
const pairs = (p: Record<string, string>): Response => ({ type: 'matching', pairs: p });

describe('gradeQuestion: one right option', () => {
	for (const q of [single, truefalse, bestResponse])
		it(`${q.type}: 1 for the right option, else 0`, () => {
			const answer = (q as { answer: string }).answer;
			expect(gradeQuestion(q, choice(answer))).toBe(1);
			const wrong = (q as { options: Option[] }).options.find((o) => o.id !== answer)!.id;
			expect(gradeQuestion(q, choice(wrong))).toBe(0);
			expect(gradeQuestion(q, choice())).toBe(0);
			// Two options, even if one is right, is not an answer.
			expect(gradeQuestion(q, choice(answer, wrong))).toBe(0);
			expect(gradeQuestion(q, choice('unknown'))).toBe(0);
		});

	it('scores a response of the wrong shape 0', () => {
		expect(gradeQuestion(single, order('b'))).toBe(0);
		expect(gradeQuestion(truefalse, pairs({ false: 'false' }))).toBe(0);
		expect(gradeQuestion(bestResponse, order('c'))).toBe(0);
	});
});

describe('gradeQuestion: multiple', () => {
	it('gives full credit for exactly the right options', () => {
		expect(gradeQuestion(multiple, choice('r1', 'r2', 'r3'))).toBe(1);
		expect(gradeQuestion(multiple, choice('r3', 'r1', 'r2'))).toBe(1);
	});

	it('gives (right chosen − wrong chosen) ÷ right options', () => {
		expect(gradeQuestion(multiple, choice('r1', 'r2'))).toBeCloseTo(2 / 3, 10);
		expect(gradeQuestion(multiple, choice('r1', 'r2', 'w1'))).toBeCloseTo(1 / 3, 10);
		expect(gradeQuestion(multiple, choice('r1', 'r2', 'r3', 'w2'))).toBeCloseTo(2 / 3, 10);
		expect(gradeQuestion(multiple, choice('r1'))).toBeCloseTo(1 / 3, 10);
	});

	it('never goes below 0: choosing everything scores 0', () => {
		expect(gradeQuestion(multiple, choice('r1', 'r2', 'r3', 'w1', 'w2', 'w3'))).toBe(0);
		expect(gradeQuestion(multiple, choice('r1', 'w1', 'w2'))).toBe(0);
		expect(gradeQuestion(multiple, choice('w1', 'w2', 'w3'))).toBe(0);
		expect(gradeQuestion(multiple, choice())).toBe(0);
	});

	it('counts an option chosen twice once', () => {
		expect(gradeQuestion(multiple, choice('r1', 'r1', 'r1'))).toBeCloseTo(1 / 3, 10);
	});

	it('scores a response of the wrong shape 0', () => {
		expect(gradeQuestion(multiple, order('r1', 'r2', 'r3'))).toBe(0);
		expect(gradeQuestion(multiple, pairs({ r1: 'r1' }))).toBe(0);
	});
});

describe('gradeQuestion: ordering', () => {
	it('gives the share of items in their right position', () => {
		expect(gradeQuestion(ordering, order('s1', 's2', 's3', 's4'))).toBe(1);
		expect(gradeQuestion(ordering, order('s1', 's2', 's4', 's3'))).toBe(0.5);
		expect(gradeQuestion(ordering, order('s1', 's3', 's2', 's4'))).toBe(0.5);
		expect(gradeQuestion(ordering, order('s4', 's2', 's3', 's1'))).toBe(0.5);
		expect(gradeQuestion(ordering, order('s2', 's1', 's3', 's4'))).toBe(0.5);
		expect(gradeQuestion(ordering, order('s4', 's1', 's2', 's3'))).toBe(0);
		expect(gradeQuestion(ordering, order('s1', 's3', 's4', 's2'))).toBe(0.25);
	});

	it('scores a response of the wrong shape 0', () => {
		expect(gradeQuestion(ordering, choice('s1', 's2', 's3', 's4'))).toBe(0);
	});
});

describe('gradeQuestion: matching', () => {
	it('gives the share of pairs matched', () => {
		expect(gradeQuestion(matching, pairs({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' }))).toBe(1);
		expect(gradeQuestion(matching, pairs({ p1: 'p1', p2: 'p2', p3: 'p4', p4: 'p3' }))).toBe(0.5);
		expect(gradeQuestion(matching, pairs({ p1: 'p2', p2: 'p3', p3: 'p4', p4: 'p1' }))).toBe(0);
		expect(gradeQuestion(matching, pairs({ p1: 'p1', p2: 'p3', p3: 'p4', p4: 'p2' }))).toBe(0.25);
		expect(gradeQuestion(matching, pairs({ p1: 'p1', p2: 'p2', p3: 'p3' }))).toBe(0.75);
	});

	it('scores a response of the wrong shape 0', () => {
		expect(gradeQuestion(matching, choice('p1', 'p2', 'p3', 'p4'))).toBe(0);
		expect(gradeQuestion(matching, order('p1', 'p2', 'p3', 'p4'))).toBe(0);
	});
});

describe('gradeAttempt', () => {
	const all = [single, truefalse, bestResponse, multiple, ordering, matching];
	const right: Record<string, Response> = {
		single: choice('b'),
		tf: choice('false'),
		best: choice('c'),
		multi: choice('r1', 'r2', 'r3'),
		order: order('s1', 's2', 's3', 's4'),
		match: pairs({ p1: 'p1', p2: 'p2', p3: 'p3', p4: 'p4' })
	};
	const given = (entries: Record<string, Response>, sure: boolean | null = null) =>
		new Map(Object.entries(entries).map(([id, response]) => [id, { response, sure }]));

	it('gives 1 and a pass when everything is right', () => {
		const result = gradeAttempt(all, given(right, true), 0.8);
		expect(result.scaled).toBe(1);
		expect(result.passed).toBe(true);
		expect(result.graded.map((g) => g.questionId)).toEqual(all.map((q) => q.id));
		expect(result.graded.every((g) => g.correct && g.score === 1 && !g.flagged)).toBe(true);
	});

	it('scales the mean credit to four decimals', () => {
		const result = gradeAttempt(
			all,
			given({ ...right, multi: choice('r1', 'r2'), order: order('s1', 's2', 's4', 's3') }),
			0.8
		);
		// (4 + 2/3 + 1/2) / 6
		expect(result.scaled).toBe(Math.round(((4 + 2 / 3 + 0.5) / 6) * 10_000) / 10_000);
		expect(result.scaled).toBe(0.8611);
		expect(result.passed).toBe(true);
		const multi = result.graded.find((g) => g.questionId === 'multi')!;
		expect(multi.score).toBeCloseTo(2 / 3, 10);
		expect(multi.correct).toBe(false);
	});

	it('passes at exactly the pass mark and fails just below it', () => {
		const five = [single, truefalse, bestResponse, multiple, ordering];
		const fourRight = given({ ...right, order: order('s4', 's1', 's2', 's3') });
		const exactly = gradeAttempt(five, fourRight, 0.8);
		expect(exactly.scaled).toBe(0.8);
		expect(exactly.passed).toBe(true);
		expect(gradeAttempt(five, fourRight, 0.81).passed).toBe(false);
		// 2 of 3 is 0.6667 after rounding: a pass mark of 2/3 is met.
		const twoOfThree = gradeAttempt(
			[single, truefalse, bestResponse],
			given({ single: choice('b'), tf: choice('false'), best: choice('a') }),
			2 / 3
		);
		expect(twoOfThree.scaled).toBe(0.6667);
		expect(twoOfThree.passed).toBe(true);
	});

	it('scores missing responses 0', () => {
		const result = gradeAttempt(all, given({ single: choice('b'), tf: choice('false') }), 0.5);
		expect(result.graded.map((g) => g.score)).toEqual([1, 1, 0, 0, 0, 0]);
		expect(result.graded.find((g) => g.questionId === 'match')).toMatchObject({
			score: 0,
			correct: false,
			sure: null,
			flagged: false
		});
		expect(result.scaled).toBe(0.3333);
		expect(result.passed).toBe(false);
	});

	it('scores an attempt without questions 0', () => {
		expect(gradeAttempt([], new Map(), 0.8)).toEqual({ graded: [], scaled: 0, passed: false });
	});

	it('flags a question answered "sure" and not fully right, and nothing else', () => {
		const responses = new Map<string, { response: Response; sure: boolean | null }>([
			// sure and right: not flagged
			['single', { response: choice('b'), sure: true }],
			// sure and wrong: flagged
			['tf', { response: choice('true'), sure: true }],
			// unsure and wrong: not flagged
			['best', { response: choice('a'), sure: false }],
			// sure and partly right: flagged
			['multi', { response: choice('r1', 'r2'), sure: true }],
			// no confidence given and wrong: not flagged
			['order', { response: order('s4', 's1', 's2', 's3'), sure: null }],
			// unsure and right: not flagged
			['match', { response: right.match, sure: false }]
		]);
		const { graded } = gradeAttempt(all, responses, 0.8);
		const flags = Object.fromEntries(graded.map((g) => [g.questionId, g.flagged]));
		expect(flags).toEqual({
			single: false,
			tf: true,
			best: false,
			multi: true,
			order: false,
			match: false
		});
		expect(graded.map((g) => g.sure)).toEqual([true, true, false, true, null, false]);
	});
});
