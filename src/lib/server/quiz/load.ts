import { z } from 'zod';
import { QUESTION_TYPES, type Question, type Quiz } from './types';
import type { LocatedYaml } from '../content/yaml-lines';

export const DEFAULT_PASS_MARK = 0.8;

const text = z.string().trim().min(1, 'must not be empty');
const option = z.object({ id: z.coerce.string().trim().min(1), text, feedback: text });
const pair = z.object({
	id: z.coerce.string().trim().min(1),
	left: text,
	right: text,
	feedback: text
});
const DIFFICULTY = { easy: 1, medium: 2, hard: 3 } as const;

const questionSchema = z.object({
	id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes'),
	type: z.enum(QUESTION_TYPES, { error: `must be one of ${QUESTION_TYPES.join(', ')}` }),
	prompt: text,
	customer: text.optional(),
	options: z.array(option).optional(),
	pairs: z.array(pair).optional(),
	answer: z.union([z.array(z.coerce.string()), z.coerce.string()]).optional(),
	explanation: text,
	section: z.string().optional(),
	competencies: z.array(z.string()).min(1, 'names no competency'),
	difficulty: z.enum(['easy', 'medium', 'hard'], { error: 'must be easy, medium or hard' })
});

/** Settings, with questions checked one by one below so one bad question hides no other. */
export const lessonQuizSchema = z.object({
	pass_mark: z.number().min(0).max(1).optional(),
	draw: z.number().int().min(1).optional(),
	cooldown_minutes: z.number().int().min(0).max(10_080).optional(),
	questions: z.array(z.unknown()).min(1, 'lists no questions')
});

/**
 * A course's final assessment: drawn from its lesson quizzes, with a cooldown of at least an
 * hour and a daily limit, so its key cannot be collected by retaking it.
 */
export const courseQuizSchema = z.object({
	title: text.optional(),
	pass_mark: z.number().min(0).max(1).optional(),
	draw: z.number().int().min(1),
	cooldown_minutes: z
		.number({ error: 'is missing: an assessment needs a cooldown of at least 60 minutes' })
		.int()
		.min(60, 'must be at least 60: an assessment retaken at once gives its key away')
		.max(10_080),
	attempts_per_day: z
		.number({ error: 'is missing: an assessment needs a limit on attempts per day' })
		.int()
		.min(1)
		.max(10)
});

type RawQuestion = z.infer<typeof questionSchema>;
type Report = (path: (string | number)[], message: string) => void;

/**
 * Checks one question beyond its shape (answers that name unknown options, too-short orderings,
 * duplicate pairs, …) and returns it in the engine's form, or null when it cannot be used.
 */
export function checkQuestion(
	raw: RawQuestion,
	at: (string | number)[],
	ctx: { lessonId: string; competencies: Set<string>; anchors: Set<string> },
	report: Report
): Question | null {
	const before = { n: 0 };
	const fail: Report = (path, message) => {
		before.n++;
		report(path, `question "${raw.id}": ${message}`);
	};
	// With competencies.yaml missing or broken (reported once), no id is checked against it.
	raw.competencies.forEach((c, i) => {
		if (ctx.competencies.size && !ctx.competencies.has(c))
			fail(
				[...at, 'competencies', i],
				`unknown competency "${c}" (not in content/competencies.yaml)`
			);
	});
	// Heading ids follow a rule an author may not guess: name the ones there are.
	if (raw.section && !ctx.anchors.has(raw.section.replace(/^#/, '')))
		fail(
			[...at, 'section'],
			`section "${raw.section}" is not a heading of the lesson (${
				ctx.anchors.size
					? `its headings: ${[...ctx.anchors].join(', ')}`
					: 'it has no ## or ### heading'
			})`
		);

	const base = {
		id: raw.id,
		prompt: raw.prompt,
		explanation: raw.explanation,
		section: raw.section ? raw.section.replace(/^#/, '') : null,
		competencies: raw.competencies,
		difficulty: DIFFICULTY[raw.difficulty],
		lessonId: ctx.lessonId
	};

	if (raw.type === 'matching') {
		const pairs = raw.pairs ?? [];
		if (pairs.length < 2) fail([...at, 'pairs'], 'a matching question needs at least 2 pairs');
		const seen = { id: new Set<string>(), left: new Set<string>(), right: new Set<string>() };
		pairs.forEach((p, i) => {
			for (const key of ['id', 'left', 'right'] as const) {
				const v = p[key].toLowerCase();
				if (seen[key].has(v))
					fail(
						[...at, 'pairs', i, key],
						`duplicate matching pair: ${key} "${p[key]}" appears twice`
					);
				seen[key].add(v);
			}
		});
		if (raw.options) fail([...at, 'options'], 'a matching question has pairs, not options');
		return before.n ? null : { ...base, type: 'matching', pairs };
	}

	const options = raw.options ?? [];
	if (!raw.options) fail([...at], 'has no options');
	const ids = new Set<string>();
	options.forEach((o, i) => {
		if (ids.has(o.id)) fail([...at, 'options', i, 'id'], `option id "${o.id}" is used twice`);
		ids.add(o.id);
	});
	const answers =
		raw.answer === undefined ? [] : Array.isArray(raw.answer) ? raw.answer : [raw.answer];
	if (raw.answer === undefined) fail([...at], 'has no answer');
	answers.forEach((a) => {
		if (!ids.has(a)) fail([...at, 'answer'], `answer names unknown option "${a}"`);
	});

	switch (raw.type) {
		case 'single':
		case 'best-response':
		case 'truefalse':
			if (Array.isArray(raw.answer))
				fail([...at, 'answer'], `a ${raw.type} question has exactly one answer`);
			if (
				raw.type === 'truefalse' &&
				(options.length !== 2 || !ids.has('true') || !ids.has('false'))
			)
				fail([...at, 'options'], 'a truefalse question has exactly the options true and false');
			if (raw.type === 'best-response' && !raw.customer)
				fail([...at], "a best-response question needs the customer's line (customer: …)");
			if (raw.type !== 'truefalse' && options.length < 2)
				fail([...at, 'options'], 'needs at least 2 options');
			if (before.n) return null;
			return raw.type === 'best-response'
				? { ...base, type: 'best-response', customer: raw.customer!, options, answer: answers[0] }
				: { ...base, type: raw.type, options, answer: answers[0] };
		case 'multiple':
			if (!Array.isArray(raw.answer) || answers.length === 0)
				fail([...at, 'answer'], 'a multiple question lists its right options as a list');
			if (options.length < 3)
				fail([...at, 'options'], 'a multiple question needs at least 3 options');
			return before.n
				? null
				: { ...base, type: 'multiple', options, answer: [...new Set(answers)] };
		case 'ordering':
			if (options.length < 3)
				fail(
					[...at, 'options'],
					`an ordering question needs at least 3 items, it has ${options.length}`
				);
			if (
				!Array.isArray(raw.answer) ||
				new Set(answers).size !== options.length ||
				answers.length !== options.length
			)
				fail(
					[...at, 'answer'],
					'the answer of an ordering question lists every item once, in order'
				);
			return before.n ? null : { ...base, type: 'ordering', options, answer: answers };
	}
}

/** Parses a lesson's quiz sidecar; problems go to `report` with the YAML path of each. */
export function buildLessonQuiz(
	yaml: LocatedYaml,
	ctx: {
		lessonId: string;
		title: string;
		courseSlug: string;
		version: string;
		competencies: Set<string>;
		anchors: Set<string>;
	},
	report: Report,
	schemaProblems: (error: z.ZodError) => void
): Quiz | null {
	const parsed = lessonQuizSchema.safeParse(yaml.value ?? {});
	if (!parsed.success) {
		schemaProblems(parsed.error);
		return null;
	}
	const ids = new Set<string>();
	const questions: Question[] = [];
	parsed.data.questions.forEach((value, i) => {
		const shaped = questionSchema.safeParse(value);
		if (!shaped.success) {
			schemaProblems(
				new z.ZodError(
					shaped.error.issues.map((issue) => ({ ...issue, path: ['questions', i, ...issue.path] }))
				)
			);
			return;
		}
		const raw = shaped.data;
		if (ids.has(raw.id)) report(['questions', i, 'id'], `duplicate question id "${raw.id}"`);
		ids.add(raw.id);
		const q = checkQuestion(raw, ['questions', i], ctx, report);
		if (q) questions.push(q);
	});
	const draw = parsed.data.draw ?? questions.length;
	if (draw > parsed.data.questions.length)
		report(
			['draw'],
			`draw is ${draw} but the quiz has only ${parsed.data.questions.length} questions`
		);
	return {
		id: ctx.lessonId,
		kind: 'lesson',
		title: ctx.title,
		courseSlug: ctx.courseSlug,
		version: ctx.version,
		passMark: parsed.data.pass_mark ?? DEFAULT_PASS_MARK,
		draw: Math.min(draw, questions.length),
		cooldownMinutes: parsed.data.cooldown_minutes ?? 0,
		attemptsPerDay: null,
		questions
	};
}
