import { describe, expect, it } from 'vitest';
import { lintCourseQuizzes, trueRange } from './lint';
import type { Question, Quiz } from './types';

const option = (id: string, text: string) => ({ id, text, feedback: `Because ${id}.` });
const base = {
	difficulty: 1,
	competencies: ['listening'],
	explanation: 'x',
	section: null,
	lessonId: 'c/l'
};

const single = (id: string, key: string, texts: string[]): Question =>
	({
		...base,
		id,
		type: 'single',
		prompt: `Question ${id}?`,
		options: texts.map((t, i) => option(String.fromCharCode(97 + i), t)),
		answer: key
	}) as Question;
const tf = (id: string, answer: boolean, prompt = `Statement ${id}.`): Question =>
	({
		...base,
		id,
		type: 'truefalse',
		prompt,
		options: [option('true', 'True'), option('false', 'False')],
		answer: String(answer)
	}) as Question;
const quiz = (questions: Question[]): Quiz =>
	({ id: 'c/l', kind: 'lesson', questions }) as unknown as Quiz;

describe('trueRange', () => {
	it('is 40–60 % where a whole count fits, else the nearest counts either side', () => {
		expect(trueRange(10)).toEqual([4, 6]);
		expect(trueRange(12)).toEqual([5, 7]);
		expect(trueRange(5)).toEqual([2, 3]);
		expect(trueRange(2)).toEqual([1, 1]);
		expect(trueRange(3)).toEqual([1, 2]);
		expect(trueRange(1)).toEqual([0, 1]);
	});
});

describe('lintCourseQuizzes', () => {
	it('reports a course where the longest option is the key too often', () => {
		const questions = [
			single('a', 'a', ['The long and careful right answer here', 'Short', 'Also short']),
			single('b', 'a', ['The long and careful right answer too', 'Short', 'Also short']),
			single('c', 'b', ['A long and careful wrong answer here', 'Right one', 'Short']),
			single('d', 'b', ['A long and careful wrong answer here', 'Right one', 'Short']),
			single('e', 'b', ['A long and careful wrong answer here', 'Right one', 'Short'])
		];
		// 2 of 5 = 40 %: allowed. One more key that is the longest: 3 of 6, reported.
		expect(lintCourseQuizzes('c', [quiz(questions)])).toEqual([]);
		const more = [...questions, single('f', 'a', ['Yet another long right answer', 'No', 'Nah'])];
		expect(lintCourseQuizzes('c', [quiz(more)]).map((p) => p.message)).toEqual([
			expect.stringMatching(
				/^the key is the longest option in 3 of 6 .*\(a, b, f\); at most 2 may be/
			)
		]);
	});

	it('keeps true/false keys balanced, counted over the whole course', () => {
		const five = [tf('1', true), tf('2', true), tf('3', false), tf('4', false), tf('5', false)];
		expect(lintCourseQuizzes('c', [quiz(five.slice(0, 2)), quiz(five.slice(2))])).toEqual([]);
		const skewed = [tf('1', true), tf('2', false), tf('3', false), tf('4', false), tf('5', false)];
		expect(lintCourseQuizzes('c', [quiz(skewed)]).map((p) => p.message)).toEqual([
			'1 of 5 true/false keys are "true" (20%); keep them between 40% and 60% (2 to 3 of 5)'
		]);
	});

	it('flags a false statement that an absolute word gives away, not a true one', () => {
		const problems = lintCourseQuizzes('c', [
			quiz([
				tf('a', false, 'You should always offer a refund first.'),
				tf('b', true, 'Never promise a time you cannot keep.')
			])
		]);
		expect(problems).toEqual([
			{ quiz: 'c/l', question: 'a', message: expect.stringContaining('"always" gives itself away') }
		]);
	});
});
