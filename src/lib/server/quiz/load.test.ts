import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { z } from 'zod';
import { parseYaml } from '../content/yaml-lines';
import { buildLessonQuiz, checkQuestion, DEFAULT_PASS_MARK } from './load';

const ctx = {
	lessonId: 'service/listening',
	title: 'Listening',
	courseSlug: 'service',
	version: 'abc123',
	competencies: new Set(['listening', 'empathy']),
	anchors: new Set(['why-it-matters', 'the-steps'])
};

type Raw = Record<string, unknown>;

/** Messages may go on to explain (e.g. list the lesson's headings); the start is fixed. */
const startsWith = (text: string) =>
	expect.stringMatching(new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));

const common = {
	prompt: 'What do you do?',
	explanation: 'Because the lesson says so.',
	competencies: ['listening'],
	difficulty: 'medium'
};
const opt = (id: string | boolean) => ({
	id,
	text: `Option ${id}`,
	feedback: `Feedback ${id}`
});

const single = (props: Raw = {}): Raw => ({
	id: 'pick-one',
	type: 'single',
	...common,
	options: [opt('a'), opt('b'), opt('c')],
	answer: 'b',
	...props
});
const multiple = (props: Raw = {}): Raw => ({
	id: 'pick-some',
	type: 'multiple',
	...common,
	options: [opt('a'), opt('b'), opt('c'), opt('d')],
	answer: ['a', 'c'],
	...props
});
const truefalse = (props: Raw = {}): Raw => ({
	id: 'true-or-not',
	type: 'truefalse',
	...common,
	options: [opt(true), opt(false)],
	answer: false,
	...props
});
const bestResponse = (props: Raw = {}): Raw => ({
	id: 'best-line',
	type: 'best-response',
	...common,
	customer: 'This is the third time I call!',
	options: [opt('a'), opt('b'), opt('c')],
	answer: 'a',
	...props
});
const ordering = (props: Raw = {}): Raw => ({
	id: 'steps',
	type: 'ordering',
	...common,
	options: [opt('greet'), opt('listen'), opt('solve'), opt('close')],
	answer: ['greet', 'listen', 'solve', 'close'],
	...props
});
const matching = (props: Raw = {}): Raw => ({
	id: 'pairs',
	type: 'matching',
	...common,
	pairs: [1, 2, 3].map((n) => ({
		id: `p${n}`,
		left: `Left ${n}`,
		right: `Right ${n}`,
		feedback: `Feedback ${n}`
	})),
	...props
});

interface Problem {
	path: (string | number)[];
	line: number;
	message: string;
}

/** Builds a lesson quiz from YAML text, collecting every problem with its path and line. */
function build(doc: Raw | string) {
	const text = typeof doc === 'string' ? doc : stringify(doc);
	const yaml = parseYaml(text);
	expect(yaml.errors).toEqual([]);
	const problems: Problem[] = [];
	const schema: z.ZodError[] = [];
	const quiz = buildLessonQuiz(
		yaml,
		ctx,
		(path, message) => problems.push({ path, line: yaml.lineOf(path), message }),
		(error) => schema.push(error)
	);
	return { quiz, problems, schema, text };
}

/** The 1-based line of the first line of `text` containing `needle` (after `from`). */
function lineWith(text: string, needle: string, from = 0) {
	const lines = text.split('\n');
	const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
	if (i < 0) throw new Error(`no line with ${needle}`);
	return i + 1;
}

describe('buildLessonQuiz', () => {
	it('reads a quiz of every type with its defaults', () => {
		const { quiz, problems, schema } = build({
			questions: [
				single({ section: '#the-steps' }),
				multiple(),
				truefalse(),
				bestResponse(),
				ordering({ difficulty: 'hard' }),
				matching({ difficulty: 'easy' })
			]
		});
		expect(problems).toEqual([]);
		expect(schema).toEqual([]);
		expect(quiz).toMatchObject({
			id: 'service/listening',
			kind: 'lesson',
			title: 'Listening',
			courseSlug: 'service',
			version: 'abc123',
			passMark: DEFAULT_PASS_MARK,
			draw: 6,
			cooldownMinutes: 0
		});
		expect(DEFAULT_PASS_MARK).toBe(0.8);
		const [s, m, tf, br, o, mt] = quiz!.questions;
		expect(s).toMatchObject({
			type: 'single',
			answer: 'b',
			section: 'the-steps',
			difficulty: 2,
			lessonId: 'service/listening',
			competencies: ['listening']
		});
		expect(m).toMatchObject({ type: 'multiple', answer: ['a', 'c'], section: null });
		// YAML booleans become the option ids "true" and "false".
		expect(tf).toMatchObject({ type: 'truefalse', answer: 'false' });
		expect(tf.type === 'truefalse' && tf.options.map((x) => x.id)).toEqual(['true', 'false']);
		expect(br).toMatchObject({ type: 'best-response', customer: 'This is the third time I call!' });
		expect(o).toMatchObject({ type: 'ordering', difficulty: 3 });
		expect(mt).toMatchObject({ type: 'matching', difficulty: 1 });
		expect(mt.type === 'matching' && mt.pairs).toHaveLength(3);
	});

	it('takes pass_mark, draw and cooldown_minutes when given', () => {
		const { quiz, problems } = build({
			pass_mark: 0.6,
			draw: 2,
			cooldown_minutes: 30,
			questions: [single(), multiple(), ordering()]
		});
		expect(problems).toEqual([]);
		expect(quiz).toMatchObject({ passMark: 0.6, draw: 2, cooldownMinutes: 30 });
	});

	it('reports an answer that names an unknown option at the answer', () => {
		const { quiz, problems, text } = build({ questions: [single({ answer: 'z' })] });
		expect(problems).toEqual([
			{
				path: ['questions', 0, 'answer'],
				line: lineWith(text, 'answer: z'),
				message: 'question "pick-one": answer names unknown option "z"'
			}
		]);
		expect(quiz!.questions).toEqual([]);
		expect(quiz!.draw).toBe(0);
	});

	it('reports every unknown option of a multiple answer', () => {
		const { problems } = build({ questions: [multiple({ answer: ['a', 'x', 'y'] })] });
		expect(problems.map((p) => [p.path, p.message])).toEqual([
			[['questions', 0, 'answer'], 'question "pick-some": answer names unknown option "x"'],
			[['questions', 0, 'answer'], 'question "pick-some": answer names unknown option "y"']
		]);
	});

	it('reports an ordering with fewer than 3 items', () => {
		const { quiz, problems, text } = build({
			questions: [ordering({ options: [opt('greet'), opt('listen')], answer: ['greet', 'listen'] })]
		});
		expect(problems).toEqual([
			{
				path: ['questions', 0, 'options'],
				line: lineWith(text, 'id: greet'),
				message: 'question "steps": an ordering question needs at least 3 items, it has 2'
			}
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports an ordering answer that does not list every item once', () => {
		for (const answer of [
			['greet', 'listen', 'solve'],
			['greet', 'listen', 'solve', 'solve'],
			'greet'
		]) {
			const { problems } = build({ questions: [ordering({ answer })] });
			expect(problems.map((p) => [p.path, p.message])).toEqual([
				[
					['questions', 0, 'answer'],
					'question "steps": the answer of an ordering question lists every item once, in order'
				]
			]);
		}
	});

	it('reports duplicate matching pairs: the same left, the same right', () => {
		const pairs = [
			{ id: 'p1', left: 'Angry', right: 'Calm down first', feedback: 'f' },
			{ id: 'p2', left: 'angry', right: 'Explain', feedback: 'f' },
			{ id: 'p3', left: 'Confused', right: 'CALM DOWN FIRST', feedback: 'f' }
		];
		const { quiz, problems, text } = build({ questions: [matching({ pairs })] });
		expect(problems).toEqual([
			{
				path: ['questions', 0, 'pairs', 1, 'left'],
				line: lineWith(text, 'left: angry'),
				message: 'question "pairs": duplicate matching pair: left "angry" appears twice'
			},
			{
				path: ['questions', 0, 'pairs', 2, 'right'],
				line: lineWith(text, 'right: CALM DOWN FIRST'),
				message: 'question "pairs": duplicate matching pair: right "CALM DOWN FIRST" appears twice'
			}
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports a matching with a duplicate pair id or fewer than 2 pairs', () => {
		const twice = build({
			questions: [
				matching({
					pairs: [
						{ id: 'p1', left: 'A', right: 'B', feedback: 'f' },
						{ id: 'p1', left: 'C', right: 'D', feedback: 'f' }
					]
				})
			]
		});
		expect(twice.problems.map((p) => [p.path, p.message])).toEqual([
			[
				['questions', 0, 'pairs', 1, 'id'],
				'question "pairs": duplicate matching pair: id "p1" appears twice'
			]
		]);
		const one = build({
			questions: [matching({ pairs: [{ id: 'p1', left: 'A', right: 'B', feedback: 'f' }] })]
		});
		expect(one.problems.map((p) => [p.path, p.message])).toEqual([
			[['questions', 0, 'pairs'], 'question "pairs": a matching question needs at least 2 pairs']
		]);
	});

	it('reports a truefalse question without exactly the options true and false', () => {
		const message =
			'question "true-or-not": a truefalse question has exactly the options true and false';
		for (const [options, answer] of [
			[[opt('yes'), opt('no')], 'yes'],
			[[opt(true), opt(false), opt('maybe')], true],
			[[opt(true), opt('nope')], true]
		] as const) {
			const { quiz, problems } = build({ questions: [truefalse({ options, answer })] });
			expect(problems.map((p) => [p.path, p.message])).toEqual([
				[['questions', 0, 'options'], message]
			]);
			expect(quiz!.questions).toEqual([]);
		}
	});

	it('reports a best-response question without the customer line', () => {
		const raw = bestResponse();
		delete raw.customer;
		const { quiz, problems, text } = build({ questions: [raw] });
		expect(problems).toEqual([
			{
				path: ['questions', 0],
				line: lineWith(text, 'id: best-line'),
				message:
					'question "best-line": a best-response question needs the customer\'s line (customer: …)'
			}
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports an unknown competency at its place in the list', () => {
		const { quiz, problems } = build({
			questions: [single({ competencies: ['listening', 'telepathy'] })]
		});
		expect(problems.map((p) => [p.path, p.message])).toEqual([
			[
				['questions', 0, 'competencies', 1],
				startsWith('question "pick-one": unknown competency "telepathy"')
			]
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports a section that is not a heading of the lesson', () => {
		const { quiz, problems, text } = build({ questions: [single({ section: 'nowhere' })] });
		expect(problems).toEqual([
			{
				path: ['questions', 0, 'section'],
				line: lineWith(text, 'section: nowhere'),
				message: startsWith('question "pick-one": section "nowhere" is not a heading of the lesson')
			}
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports a multiple question whose answer is a single string', () => {
		const { quiz, problems, text } = build({ questions: [multiple({ answer: 'a' })] });
		expect(problems).toEqual([
			{
				path: ['questions', 0, 'answer'],
				line: lineWith(text, 'answer: a'),
				message: 'question "pick-some": a multiple question lists its right options as a list'
			}
		]);
		expect(quiz!.questions).toEqual([]);
	});

	it('reports a single question with a list of answers', () => {
		const { problems } = build({ questions: [single({ answer: ['a'] })] });
		expect(problems.map((p) => [p.path, p.message])).toEqual([
			[['questions', 0, 'answer'], 'question "pick-one": a single question has exactly one answer']
		]);
	});

	it('reports a duplicate question id at the second one', () => {
		const { problems, text } = build({
			questions: [single(), multiple(), single({ answer: 'c' })]
		});
		expect(problems).toEqual([
			{
				path: ['questions', 2, 'id'],
				line: lineWith(text, 'id: pick-one', lineWith(text, 'id: pick-one')),
				message: 'duplicate question id "pick-one"'
			}
		]);
	});

	it('reports a draw larger than the pool and draws the pool', () => {
		const { quiz, problems, text } = build({ draw: 5, questions: [single(), multiple()] });
		expect(problems).toEqual([
			{
				path: ['draw'],
				line: lineWith(text, 'draw: 5'),
				message: 'draw is 5 but the quiz has only 2 questions'
			}
		]);
		expect(quiz!.draw).toBe(2);
	});

	it('keeps the good questions when one is bad', () => {
		const { quiz, problems } = build({
			questions: [single(), multiple({ answer: 'a' }), ordering()]
		});
		expect(problems).toHaveLength(1);
		expect(quiz!.questions.map((q) => q.id)).toEqual(['pick-one', 'steps']);
		expect(quiz!.draw).toBe(2);
	});

	it('hands shape errors to schemaProblems with the path inside the file', () => {
		const { quiz, problems, schema } = build({
			questions: [single(), single({ id: 'Bad Id', type: 'essay' })]
		});
		expect(problems).toEqual([]);
		expect(schema).toHaveLength(1);
		expect(schema[0].issues.map((i) => i.path)).toEqual(
			expect.arrayContaining([
				['questions', 1, 'id'],
				['questions', 1, 'type']
			])
		);
		expect(quiz!.questions.map((q) => q.id)).toEqual(['pick-one']);

		const settings = build({ pass_mark: 2, questions: [] });
		expect(settings.quiz).toBeNull();
		expect(settings.schema[0].issues.map((i) => i.path)).toEqual(
			expect.arrayContaining([['pass_mark'], ['questions']])
		);
	});
});

describe('checkQuestion', () => {
	type RawQuestion = Parameters<typeof checkQuestion>[0];
	const raw = (props: Partial<RawQuestion> = {}): RawQuestion => ({
		id: 'q',
		type: 'single',
		prompt: 'Prompt',
		explanation: 'Explanation',
		competencies: ['listening'],
		difficulty: 'easy',
		options: [
			{ id: 'a', text: 'A', feedback: 'fa' },
			{ id: 'b', text: 'B', feedback: 'fb' }
		],
		answer: 'a',
		...props
	});
	const check = (r: RawQuestion) => {
		const reports: { path: (string | number)[]; message: string }[] = [];
		const q = checkQuestion(r, ['questions', 7], ctx, (path, message) =>
			reports.push({ path, message })
		);
		return { q, reports };
	};

	it('returns a good question in the engine form, under the path it was given', () => {
		const { q, reports } = check(raw({ section: 'why-it-matters' }));
		expect(reports).toEqual([]);
		expect(q).toEqual({
			id: 'q',
			type: 'single',
			prompt: 'Prompt',
			explanation: 'Explanation',
			section: 'why-it-matters',
			competencies: ['listening'],
			difficulty: 1,
			lessonId: 'service/listening',
			options: raw().options,
			answer: 'a'
		});
	});

	it('reports every problem of a question, each at its own path', () => {
		const { q, reports } = check(
			raw({
				competencies: ['nope'],
				section: 'missing',
				options: [
					{ id: 'a', text: 'A', feedback: 'fa' },
					{ id: 'a', text: 'A again', feedback: 'fa' }
				],
				answer: 'z'
			})
		);
		expect(q).toBeNull();
		expect(reports).toEqual([
			{
				path: ['questions', 7, 'competencies', 0],
				message: startsWith('question "q": unknown competency "nope"')
			},
			{
				path: ['questions', 7, 'section'],
				message: startsWith('question "q": section "missing" is not a heading of the lesson')
			},
			{
				path: ['questions', 7, 'options', 1, 'id'],
				message: 'question "q": option id "a" is used twice'
			},
			{ path: ['questions', 7, 'answer'], message: 'question "q": answer names unknown option "z"' }
		]);
	});

	it('reports a question without options or answer', () => {
		const { q, reports } = check(raw({ options: undefined, answer: undefined }));
		expect(q).toBeNull();
		expect(reports).toEqual([
			{ path: ['questions', 7], message: 'question "q": has no options' },
			{ path: ['questions', 7], message: 'question "q": has no answer' },
			{ path: ['questions', 7, 'options'], message: 'question "q": needs at least 2 options' }
		]);
	});

	it('reports a multiple question with fewer than 3 options', () => {
		const { q, reports } = check(raw({ type: 'multiple', answer: ['a'] }));
		expect(q).toBeNull();
		expect(reports).toEqual([
			{
				path: ['questions', 7, 'options'],
				message: 'question "q": a multiple question needs at least 3 options'
			}
		]);
	});

	it('reports options on a matching question', () => {
		const { q, reports } = check(
			raw({
				type: 'matching',
				answer: undefined,
				pairs: [
					{ id: '1', left: 'L1', right: 'R1', feedback: 'f' },
					{ id: '2', left: 'L2', right: 'R2', feedback: 'f' }
				]
			})
		);
		expect(q).toBeNull();
		expect(reports).toEqual([
			{
				path: ['questions', 7, 'options'],
				message: 'question "q": a matching question has pairs, not options'
			}
		]);
	});

	it('removes duplicate right options of a multiple answer', () => {
		const { q, reports } = check(
			raw({
				type: 'multiple',
				options: ['a', 'b', 'c'].map((id) => ({ id, text: id, feedback: id })),
				answer: ['a', 'c', 'a']
			})
		);
		expect(reports).toEqual([]);
		expect(q).toMatchObject({ type: 'multiple', answer: ['a', 'c'] });
	});
});
