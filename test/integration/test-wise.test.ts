import { describe, expect, it } from 'vitest';
import { gradeQuestion } from '../../src/lib/server/quiz/grade';
import { ABSOLUTE } from '../../src/lib/server/quiz/lint';
import type { Question, Response } from '../../src/lib/server/quiz/types';
import { realContent } from './real-content';

// A test-wise learner who never opened a lesson: the longest option; "false" when a statement
// has an absolute word, else "true"; in select-all, every option longer than average; orderings
// and matchings at random (seeded). They must pass no quiz, and get at most 40 % of the
// single-choice and best-response questions right.
const index = realContent();

let seed = 7;
const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
const shuffle = <T>(list: T[]) => {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(random() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
};

export function testWise(q: Question): Response {
	switch (q.type) {
		case 'single':
		case 'best-response': {
			const lengths = q.options.map((o) => o.text.length);
			return { type: 'choice', selected: [q.options[lengths.indexOf(Math.max(...lengths))].id] };
		}
		case 'truefalse':
			return { type: 'choice', selected: [ABSOLUTE.test(q.prompt) ? 'false' : 'true'] };
		case 'multiple': {
			const mean = q.options.reduce((s, o) => s + o.text.length, 0) / q.options.length;
			return {
				type: 'choice',
				selected: q.options.filter((o) => o.text.length > mean).map((o) => o.id)
			};
		}
		case 'ordering':
			return { type: 'ordering', order: shuffle(q.options.map((o) => o.id)) };
		case 'matching': {
			const rights = shuffle(q.pairs.map((p) => p.id));
			return {
				type: 'matching',
				pairs: Object.fromEntries(q.pairs.map((p, i) => [p.id, rights[i]]))
			};
		}
	}
}

describe('a test-wise learner', () => {
	const lessonQuizzes = index.quizzes.filter((q) => q.kind === 'lesson');
	it('passes no lesson quiz', () => {
		const passed = lessonQuizzes.filter((quiz) => {
			const score = quiz.questions.reduce((s, q) => s + gradeQuestion(q, testWise(q)), 0);
			return score / quiz.questions.length >= quiz.passMark;
		});
		expect(passed.map((q) => q.id)).toEqual([]);
	});
	it('gets at most 40 % of single-choice and best-response questions right', () => {
		const choice = lessonQuizzes.flatMap((quiz) =>
			quiz.questions.filter((q) => q.type === 'single' || q.type === 'best-response')
		);
		const right = choice.filter((q) => gradeQuestion(q, testWise(q)) === 1).length;
		expect(right / choice.length).toBeLessThanOrEqual(0.4);
	});
});
