import { describe, expect, it } from 'vitest';
import type { PublicQuestion } from '$lib/server/quiz/present';
import { answeredOf, isAnswered, type Field } from './answered';

const form = (entries: [string, string][]): Field => {
	const data = new FormData();
	for (const [k, v] of entries) data.append(k, v);
	return (name) => data.getAll(name);
};

const choice: PublicQuestion = {
	id: 'a',
	type: 'multiple',
	prompt: 'Which?',
	options: [
		{ token: 't1', text: 'One' },
		{ token: 't2', text: 'Two' }
	]
};
const ordering: PublicQuestion = {
	id: 'b',
	type: 'ordering',
	prompt: 'Order',
	items: [
		{ token: 'x', text: 'X' },
		{ token: 'y', text: 'Y' },
		{ token: 'z', text: 'Z' }
	]
};
const matching: PublicQuestion = {
	id: 'c',
	type: 'matching',
	prompt: 'Match',
	lefts: [
		{ token: 'l1', text: 'L1' },
		{ token: 'l2', text: 'L2' }
	],
	rights: [
		{ token: 'r1', text: 'R1' },
		{ token: 'r2', text: 'R2' }
	]
};

describe('isAnswered', () => {
	it('a choice question is answered once any option is chosen', () => {
		expect(isAnswered(choice, form([]))).toBe(false);
		expect(isAnswered(choice, form([['q.a', 't2']]))).toBe(true);
		// The confidence chips are not an answer.
		expect(isAnswered(choice, form([['q.a.sure', 'sure']]))).toBe(false);
	});

	it('an ordering counts only when every step has a position, not as the page first shows it', () => {
		// What an untouched ordering posts: every position empty.
		const untouched = form([
			['q.b.pos.x', ''],
			['q.b.pos.y', ''],
			['q.b.pos.z', '']
		]);
		expect(isAnswered(ordering, untouched)).toBe(false);
		const partly = form([
			['q.b.pos.x', '2'],
			['q.b.pos.y', ''],
			['q.b.pos.z', '1']
		]);
		expect(isAnswered(ordering, partly)).toBe(false);
		const done = form([
			['q.b.pos.x', '2'],
			['q.b.pos.y', '3'],
			['q.b.pos.z', '1']
		]);
		expect(isAnswered(ordering, done)).toBe(true);
	});

	it('a matching counts only when every left item has a partner', () => {
		expect(isAnswered(matching, form([['q.c.match.l1', 'r2']]))).toBe(false);
		expect(
			isAnswered(
				matching,
				form([
					['q.c.match.l1', 'r2'],
					['q.c.match.l2', 'r1']
				])
			)
		).toBe(true);
	});

	it('reads a refused form’s echo the same way', () => {
		const echo: Record<string, string[]> = { 'q.a': ['t1'], 'q.b.pos.x': ['1'] };
		expect(answeredOf([choice, ordering, matching], (n) => echo[n] ?? [])).toEqual([
			true,
			false,
			false
		]);
	});
});
