import { describe, expect, it } from 'vitest';
import { gradeQuestion } from './grade';
import {
	AnswerError,
	drawQuestions,
	presentQuestion,
	readAnswers,
	type PublicQuestion
} from './present';
import { prng, shuffle, token } from './random';
import type { Option, Question, Quiz } from './types';

const base = {
	prompt: 'Prompt',
	explanation: 'EXPLANATION-SECRET',
	section: 'a-heading',
	competencies: ['listening'],
	difficulty: 2 as const,
	lessonId: 'course/lesson'
};

const opts = (prefix: string, ...ids: string[]): Option[] =>
	ids.map((id) => ({
		id: `${prefix}-${id}`,
		text: `Text ${id}`,
		feedback: `FEEDBACK-SECRET ${prefix} ${id}`
	}));

const single: Question = {
	...base,
	id: 'single',
	type: 'single',
	options: opts('opt-secret', 'a', 'b', 'c', 'd'),
	answer: 'opt-secret-c'
};
const multiple: Question = {
	...base,
	id: 'multi',
	type: 'multiple',
	options: opts('opt-secret', 'a', 'b', 'c', 'd', 'e'),
	answer: ['opt-secret-a', 'opt-secret-d']
};
const truefalse: Question = {
	...base,
	id: 'tf',
	type: 'truefalse',
	options: [
		{ id: 'true', text: 'True', feedback: 'FEEDBACK-SECRET true' },
		{ id: 'false', text: 'False', feedback: 'FEEDBACK-SECRET false' }
	],
	answer: 'false'
};
const bestResponse: Question = {
	...base,
	id: 'best',
	type: 'best-response',
	customer: 'My order never came.',
	options: opts('opt-secret', 'x', 'y', 'z'),
	answer: 'opt-secret-y'
};
const ordering: Question = {
	...base,
	id: 'order',
	type: 'ordering',
	options: opts('opt-secret', 'first', 'second', 'third', 'fourth'),
	answer: ['opt-secret-first', 'opt-secret-second', 'opt-secret-third', 'opt-secret-fourth']
};
const matching: Question = {
	...base,
	id: 'match',
	type: 'matching',
	pairs: ['1', '2', '3'].map((n) => ({
		id: `pair-secret-${n}`,
		left: `Left ${n}`,
		right: `Right ${n}`,
		feedback: `FEEDBACK-SECRET pair ${n}`
	}))
};
const ALL = [single, multiple, truefalse, bestResponse, ordering, matching];

const SEED = 'seed-one';

function quiz(questions: Question[], draw: number): Quiz {
	return {
		id: 'course/lesson',
		kind: 'lesson',
		title: 'Quiz',
		courseSlug: 'course',
		version: 'v1',
		passMark: 0.8,
		draw,
		cooldownMinutes: 0,
		attemptsPerDay: null,
		questions
	};
}

const seeds = (n: number) => Array.from({ length: n }, (_, i) => `seed-${i}`);

/** Every token a public question shows. */
function tokensOf(p: PublicQuestion): string[] {
	if (p.type === 'matching') return [...p.lefts, ...p.rights].map((o) => o.token);
	if (p.type === 'ordering') return p.items.map((o) => o.token);
	return p.options.map((o) => o.token);
}

/**
 * Fills a form the way the page would: from the public question only, picking options by their
 * text. `choose` gives the texts to pick (choices), the texts in order (ordering), or
 * left → right texts (matching).
 */
function answer(
	form: FormData,
	seed: string,
	q: Question,
	choose: string[] | Record<string, string>,
	sure?: 'sure' | 'unsure'
) {
	const p = presentQuestion(q, seed);
	if (p.type === 'matching') {
		const rights = new Map(p.rights.map((r) => [r.text, r.token]));
		for (const l of p.lefts) {
			const right = (choose as Record<string, string>)[l.text];
			form.append(`q.${q.id}.match.${l.token}`, rights.get(right)!);
		}
	} else if (p.type === 'ordering') {
		const texts = choose as string[];
		for (const item of p.items)
			form.append(`q.${q.id}.pos.${item.token}`, String(texts.indexOf(item.text) + 1));
	} else {
		for (const text of choose as string[])
			form.append(`q.${q.id}`, p.options.find((o) => o.text === text)!.token);
	}
	if (sure) form.append(`q.${q.id}.sure`, sure);
	return form;
}

function rightAnswers(seed: string) {
	const form = new FormData();
	answer(form, seed, single, ['Text c']);
	answer(form, seed, multiple, ['Text a', 'Text d']);
	answer(form, seed, truefalse, ['False']);
	answer(form, seed, bestResponse, ['Text y']);
	answer(
		form,
		seed,
		ordering,
		['first', 'second', 'third', 'fourth'].map((s) => `Text ${s}`)
	);
	answer(form, seed, matching, { 'Left 1': 'Right 1', 'Left 2': 'Right 2', 'Left 3': 'Right 3' });
	return form;
}

function answerErrorOf(fn: () => unknown): { reason: string; questionId: string } {
	try {
		fn();
	} catch (e) {
		if (e instanceof AnswerError) return { reason: e.reason, questionId: e.questionId };
		throw e;
	}
	throw new Error('expected an AnswerError, but nothing was thrown');
}

describe('prng and shuffle', () => {
	it('are deterministic per seed', () => {
		const a = prng('abc');
		const b = prng('abc');
		const first = Array.from({ length: 20 }, () => a());
		expect(Array.from({ length: 20 }, () => b())).toEqual(first);
		expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
		const items = Array.from({ length: 30 }, (_, i) => i);
		expect(shuffle(items, 'abc')).toEqual(shuffle(items, 'abc'));
	});

	it('differ across seeds', () => {
		const a = prng('abc');
		const b = prng('abd');
		expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
		const items = Array.from({ length: 30 }, (_, i) => i);
		expect(shuffle(items, 'abc')).not.toEqual(shuffle(items, 'abd'));
		const shuffles = new Set(seeds(20).map((s) => shuffle(items, s).join()));
		expect(shuffles.size).toBe(20);
	});

	it('returns a permutation and leaves the input alone', () => {
		const items = ['a', 'b', 'c', 'd', 'e'];
		const out = shuffle(items, 'x');
		expect(items).toEqual(['a', 'b', 'c', 'd', 'e']);
		expect([...out].sort()).toEqual(items);
	});

	it('makes tokens that depend on the seed, the question and the option', () => {
		expect(token('s', 'q', 'a')).toBe(token('s', 'q', 'a'));
		expect(token('s', 'q', 'a')).not.toBe(token('t', 'q', 'a'));
		expect(token('s', 'q', 'a')).not.toBe(token('s', 'r', 'a'));
		expect(token('s', 'q', 'a')).not.toBe(token('s', 'q', 'b'));
		expect(token('s', 'q', 'a')).toMatch(/^[a-z2-7]+$/);
	});
});

describe('drawQuestions', () => {
	const pool = Array.from({ length: 12 }, (_, i) => ({ ...single, id: `q${i}` }) as Question);

	it('takes `draw` distinct questions of the pool', () => {
		const drawn = drawQuestions(quiz(pool, 5), SEED);
		expect(drawn).toHaveLength(5);
		expect(new Set(drawn.map((q) => q.id)).size).toBe(5);
		for (const q of drawn) expect(pool).toContain(q);
	});

	it('draws the same questions in the same order for the same seed', () => {
		const ids = (seed: string) => drawQuestions(quiz(pool, 5), seed).map((q) => q.id);
		expect(ids(SEED)).toEqual(ids(SEED));
		expect(new Set(seeds(10).map((s) => ids(s).join())).size).toBeGreaterThan(1);
	});

	it('takes the whole pool when `draw` is larger', () => {
		const drawn = drawQuestions(quiz(pool, 50), SEED);
		expect(drawn.map((q) => q.id).sort()).toEqual(pool.map((q) => q.id).sort());
	});
});

describe('presentQuestion', () => {
	it('never shows the answer, feedback, explanation or author ids', () => {
		for (const seed of seeds(20))
			for (const q of ALL) {
				const json = JSON.stringify(presentQuestion(q, seed));
				for (const secret of [
					'opt-secret',
					'pair-secret',
					'FEEDBACK-SECRET',
					'EXPLANATION-SECRET',
					'a-heading',
					'listening',
					'"answer"',
					'"feedback"',
					'"explanation"'
				])
					expect(json, `${q.type} with ${seed}`).not.toContain(secret);
			}
	});

	it('shows every option text, and the customer line of a best-response question', () => {
		const p = presentQuestion(single, SEED);
		expect(p.type === 'single' && p.options.map((o) => o.text).sort()).toEqual(
			single.options.map((o) => o.text).sort()
		);
		const b = presentQuestion(bestResponse, SEED);
		expect(b.type === 'best-response' && b.customer).toBe('My order never came.');
		const m = presentQuestion(matching, SEED);
		expect(m.type === 'matching' && m.lefts.map((l) => l.text).sort()).toEqual([
			'Left 1',
			'Left 2',
			'Left 3'
		]);
		expect(m.type === 'matching' && m.rights.map((r) => r.text).sort()).toEqual([
			'Right 1',
			'Right 2',
			'Right 3'
		]);
	});

	it('names options with tokens that differ between attempts', () => {
		for (const q of ALL) {
			const a = tokensOf(presentQuestion(q, 'attempt-a'));
			const b = tokensOf(presentQuestion(q, 'attempt-b'));
			expect(new Set(a).size).toBe(a.length);
			expect(a.filter((t) => b.includes(t))).toEqual([]);
			expect(tokensOf(presentQuestion(q, 'attempt-a'))).toEqual(a);
		}
	});

	it('never shows the steps of an ordering question already in the right order', () => {
		const three: Question = {
			...ordering,
			options: ordering.options.slice(0, 3),
			answer: ordering.answer.slice(0, 3)
		};
		const texts = (q: Question) => (q.type === 'ordering' ? q.options.map((o) => o.text) : []);
		let shuffledIntoPlace = 0;
		for (const seed of seeds(300)) {
			for (const q of [three, ordering]) {
				const p = presentQuestion(q, seed);
				if (p.type !== 'ordering') throw new Error('not an ordering');
				expect(p.items.map((i) => i.text)).not.toEqual(texts(q));
				expect([...p.items.map((i) => i.text)].sort()).toEqual([...texts(q)].sort());
			}
			if (
				shuffle(three.options, `${seed}:${three.id}:items`).every((o, i) => o === three.options[i])
			)
				shuffledIntoPlace++;
		}
		// The seeds did hit the case where the shuffle alone would have given the answer away.
		expect(shuffledIntoPlace).toBeGreaterThan(0);
	});

	it('keeps True before False', () => {
		for (const seed of seeds(50)) {
			const p = presentQuestion(truefalse, seed);
			expect(p.type === 'truefalse' && p.options.map((o) => o.text)).toEqual(['True', 'False']);
		}
	});

	it('shuffles the options of a choice question per attempt', () => {
		const orders = new Set(
			seeds(20).map((s) => {
				const p = presentQuestion(single, s);
				return p.type === 'single' ? p.options.map((o) => o.text).join() : '';
			})
		);
		expect(orders.size).toBeGreaterThan(1);
	});
});

describe('readAnswers', () => {
	it('reads every type back into option ids', () => {
		const form = rightAnswers(SEED);
		form.append(`q.${single.id}.sure`, 'sure');
		form.append(`q.${multiple.id}.sure`, 'unsure');
		form.append('csrf', 'ignored');
		const read = readAnswers(ALL, SEED, form);
		expect(Object.fromEntries(read)).toEqual({
			single: { response: { type: 'choice', selected: ['opt-secret-c'] }, sure: true },
			multi: {
				response: {
					type: 'choice',
					selected: expect.arrayContaining(['opt-secret-a', 'opt-secret-d'])
				},
				sure: false
			},
			tf: { response: { type: 'choice', selected: ['false'] }, sure: null },
			best: { response: { type: 'choice', selected: ['opt-secret-y'] }, sure: null },
			order: { response: { type: 'ordering', order: ordering.answer }, sure: null },
			match: {
				response: {
					type: 'matching',
					pairs: {
						'pair-secret-1': 'pair-secret-1',
						'pair-secret-2': 'pair-secret-2',
						'pair-secret-3': 'pair-secret-3'
					}
				},
				sure: null
			}
		});
		const multi = read.get('multi')!.response;
		expect(multi.type === 'choice' && multi.selected).toHaveLength(2);
		for (const q of ALL) expect(gradeQuestion(q, read.get(q.id)!.response)).toBe(1);
	});

	it('reads wrong answers as they were given', () => {
		const form = new FormData();
		answer(form, SEED, single, ['Text a'], 'sure');
		answer(form, SEED, multiple, ['Text a', 'Text b', 'Text b']);
		answer(form, SEED, truefalse, ['True']);
		answer(form, SEED, bestResponse, ['Text x']);
		answer(
			form,
			SEED,
			ordering,
			['fourth', 'first', 'second', 'third'].map((s) => `Text ${s}`)
		);
		answer(form, SEED, matching, { 'Left 1': 'Right 2', 'Left 2': 'Right 1', 'Left 3': 'Right 3' });
		const read = readAnswers(ALL, SEED, form);
		expect(read.get('single')).toEqual({
			response: { type: 'choice', selected: ['opt-secret-a'] },
			sure: true
		});
		// A choice sent twice counts once.
		const multi = read.get('multi')!.response;
		expect(multi.type === 'choice' && [...multi.selected].sort()).toEqual([
			'opt-secret-a',
			'opt-secret-b'
		]);
		expect(read.get('tf')!.response).toEqual({ type: 'choice', selected: ['true'] });
		expect(read.get('order')!.response).toEqual({
			type: 'ordering',
			order: ['opt-secret-fourth', 'opt-secret-first', 'opt-secret-second', 'opt-secret-third']
		});
		expect(read.get('match')!.response).toEqual({
			type: 'matching',
			pairs: {
				'pair-secret-1': 'pair-secret-2',
				'pair-secret-2': 'pair-secret-1',
				'pair-secret-3': 'pair-secret-3'
			}
		});
	});

	it("refuses another attempt's tokens as forged", () => {
		const other = rightAnswers('another-seed');
		for (const q of [single, multiple, truefalse, bestResponse]) {
			const form = new FormData();
			for (const v of other.getAll(`q.${q.id}`)) form.append(`q.${q.id}`, v);
			expect(answerErrorOf(() => readAnswers([q], SEED, form))).toEqual({
				reason: 'forged',
				questionId: q.id
			});
		}
		// The whole form of another attempt fails at its first question.
		expect(answerErrorOf(() => readAnswers(ALL, SEED, other))).toEqual({
			reason: 'forged',
			questionId: 'single'
		});
	});

	it('refuses a token that names no option as forged', () => {
		for (const q of [single, multiple, truefalse, bestResponse]) {
			const form = new FormData();
			form.append(`q.${q.id}`, 'opt-secret-a');
			expect(answerErrorOf(() => readAnswers([q], SEED, form))).toEqual({
				reason: 'forged',
				questionId: q.id
			});
		}
		const form = new FormData();
		answer(form, SEED, multiple, ['Text a']);
		form.append('q.multi', 'made-up');
		expect(answerErrorOf(() => readAnswers([multiple], SEED, form)).reason).toBe('forged');
	});

	it('calls a question without an answer missing', () => {
		const full = rightAnswers(SEED);
		for (const q of ALL) {
			const form = new FormData();
			for (const [k, v] of full)
				if (!k.startsWith(`q.${q.id}.`) && k !== `q.${q.id}`) form.append(k, v);
			form.append(`q.${q.id}.sure`, 'sure');
			expect(answerErrorOf(() => readAnswers(ALL, SEED, form))).toEqual({
				reason: 'missing',
				questionId: q.id
			});
		}
		// One step of an ordering without a position, one left of a matching without a right.
		const partial = new FormData();
		const p = presentQuestion(ordering, SEED);
		if (p.type !== 'ordering') throw new Error('not an ordering');
		p.items
			.slice(1)
			.forEach((item, i) => partial.append(`q.order.pos.${item.token}`, String(i + 1)));
		expect(answerErrorOf(() => readAnswers([ordering], SEED, partial)).reason).toBe('missing');
		const m = presentQuestion(matching, SEED);
		if (m.type !== 'matching') throw new Error('not a matching');
		const half = new FormData();
		half.append(`q.match.match.${m.lefts[0].token}`, m.rights[0].token);
		half.append(`q.match.match.${m.lefts[1].token}`, '');
		expect(answerErrorOf(() => readAnswers([matching], SEED, half)).reason).toBe('missing');
	});

	it('refuses a field for a question outside the attempt', () => {
		const form = rightAnswers(SEED);
		form.append('q.not-drawn', 'anything');
		expect(answerErrorOf(() => readAnswers(ALL, SEED, form))).toEqual({
			reason: 'unknown-question',
			questionId: 'not-drawn'
		});
		// Even an answer that is valid, for a question of the pool that was not drawn.
		const drawn = ALL.filter((q) => q !== single);
		expect(answerErrorOf(() => readAnswers(drawn, SEED, rightAnswers(SEED)))).toEqual({
			reason: 'unknown-question',
			questionId: 'single'
		});
		const sureOnly = rightAnswers(SEED);
		sureOnly.append('q.elsewhere.sure', 'sure');
		expect(answerErrorOf(() => readAnswers(ALL, SEED, sureOnly)).reason).toBe('unknown-question');
	});

	it('refuses two choices for a one-answer question as forged', () => {
		for (const [q, texts] of [
			[single, ['Text a', 'Text c']],
			[truefalse, ['True', 'False']],
			[bestResponse, ['Text y', 'Text y']]
		] as const) {
			const form = answer(new FormData(), SEED, q, [...texts]);
			expect(answerErrorOf(() => readAnswers([q], SEED, form))).toEqual({
				reason: 'forged',
				questionId: q.id
			});
		}
	});

	it('refuses an ordering that gives two steps the same position', () => {
		const p = presentQuestion(ordering, SEED);
		if (p.type !== 'ordering') throw new Error('not an ordering');
		const form = new FormData();
		p.items.forEach((item, i) =>
			form.append(`q.order.pos.${item.token}`, String(i === 3 ? 1 : i + 1))
		);
		expect(answerErrorOf(() => readAnswers([ordering], SEED, form))).toEqual({
			reason: 'duplicate-position',
			questionId: 'order'
		});
	});

	it('refuses an ordering position out of range as forged', () => {
		const p = presentQuestion(ordering, SEED);
		if (p.type !== 'ordering') throw new Error('not an ordering');
		for (const bad of ['0', '5', '-1', '1.5', 'first', '2e0x']) {
			const form = new FormData();
			p.items.forEach((item, i) =>
				form.append(`q.order.pos.${item.token}`, i === 2 ? bad : String(i + 1))
			);
			expect(
				answerErrorOf(() => readAnswers([ordering], SEED, form)),
				bad
			).toEqual({
				reason: 'forged',
				questionId: 'order'
			});
		}
	});

	it('refuses a matching with an unknown right token as forged', () => {
		const m = presentQuestion(matching, SEED);
		if (m.type !== 'matching') throw new Error('not a matching');
		for (const bad of [
			'made-up',
			m.lefts[0].token,
			token('another-seed', 'match', 'R:pair-secret-1')
		]) {
			const form = new FormData();
			m.lefts.forEach((l, i) =>
				form.append(`q.match.match.${l.token}`, i === 1 ? bad : m.rights[i].token)
			);
			expect(answerErrorOf(() => readAnswers([matching], SEED, form))).toEqual({
				reason: 'forged',
				questionId: 'match'
			});
		}
	});
});
