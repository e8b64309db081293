/**
 * Quiz translations: `NN-slug.quiz.zh-CN.yaml` beside a lesson quiz carries only its words, by
 * the original's question, option and pair ids; `course.quiz.zh-CN.yaml` only a title. Keys,
 * types, scoring and ids are the original's, so an attempt is graded and recorded the same in
 * every language. A question or field a translation lacks is a content:check problem, and a quiz
 * with no translation is shown in English (the page says so).
 */
import type { LocatedYaml } from '../content/yaml-lines';
import type { Question, Quiz } from './types';

export interface QuestionText {
	prompt: string;
	customer?: string;
	explanation: string;
	section: string | null;
	options?: Record<string, { text: string; feedback: string }>;
	pairs?: Record<string, { left: string; right: string; feedback: string }>;
}

export interface QuizText {
	title?: string;
	/** By question id (a course assessment's by its pooled id, lesson-slug/question-id). */
	questions: Record<string, QuestionText>;
}

type Report = (path: (string | number)[], message: string) => void;

const QUESTION_KEYS = ['id', 'prompt', 'customer', 'explanation', 'section', 'options', 'pairs'];
const MAX = 2000;

function words(value: unknown, path: (string | number)[], report: Report): string | null {
	if (typeof value !== 'string' || value.trim() === '') {
		report(path, 'is missing or empty: the translation needs every text the original has');
		return null;
	}
	if (value.length > MAX) {
		report(path, `is ${value.length} characters: at most ${MAX}`);
		return null;
	}
	return value.trim();
}

const isObject = (v: unknown): v is Record<string, unknown> =>
	typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a lesson quiz's translation against its original: the same questions in the same order,
 * the same option and pair ids, every text the original has and nothing else; a section must be
 * a heading of the translated lesson. Null when it has problems (all reported).
 */
export function readQuizTranslation(
	yaml: LocatedYaml,
	quiz: Quiz,
	anchors: Set<string> | null,
	report: Report
): QuizText | null {
	let ok = true;
	const problem: Report = (path, message) => {
		ok = false;
		report(path, message);
	};
	const root = yaml.value;
	if (!isObject(root)) {
		problem([], 'must be a mapping with questions:');
		return null;
	}
	for (const key of Object.keys(root))
		if (key !== 'questions')
			problem([key], `"${key}" comes from the original; a translation carries only questions`);
	const list = root.questions;
	if (!Array.isArray(list)) {
		problem(['questions'], 'must be a list of the original questions, by id');
		return null;
	}
	if (anchors === null)
		problem([], 'the lesson has no translation in this language: translate the lesson first');
	const ids = list.map((q) => (isObject(q) ? String(q.id ?? '') : ''));
	const want = quiz.questions.map((q) => q.id);
	if (ids.join('\n') !== want.join('\n'))
		problem(
			['questions'],
			`questions must be the original's, in its order: ${want.join(', ')} (here: ${ids.join(', ') || 'none'})`
		);
	const questions: Record<string, QuestionText> = {};
	list.forEach((raw, i) => {
		const original = quiz.questions.find((q) => q.id === ids[i]);
		if (!isObject(raw) || !original) return;
		const at = (...rest: (string | number)[]) => ['questions', i, ...rest];
		for (const key of Object.keys(raw))
			if (!QUESTION_KEYS.includes(key) || (key === 'customer' && original.type !== 'best-response'))
				problem(at(key), `"${key}" comes from the original; a translation carries only its words`);
		const text: QuestionText = {
			prompt: words(raw.prompt, at('prompt'), problem) ?? '',
			explanation: words(raw.explanation, at('explanation'), problem) ?? '',
			section: null
		};
		if (original.type === 'best-response')
			text.customer = words(raw.customer, at('customer'), problem) ?? '';
		if (original.section !== null) {
			const section = typeof raw.section === 'string' ? raw.section.trim() : '';
			if (!section) problem(at('section'), 'is missing: the original links to a section');
			else if (anchors && !anchors.has(section))
				problem(at('section'), `"${section}" is not a heading of the translated lesson`);
			text.section = section || null;
		}
		if ('options' in original) {
			const options = Array.isArray(raw.options) ? raw.options : [];
			const got = options.map((o) => (isObject(o) ? String(o.id ?? '') : ''));
			const expected = original.options.map((o) => o.id);
			if ([...got].sort().join() !== [...expected].sort().join())
				problem(at('options'), `options must be the original's: ${expected.join(', ')}`);
			text.options = {};
			options.forEach((o, j) => {
				if (!isObject(o)) return;
				for (const key of Object.keys(o))
					if (!['id', 'text', 'feedback'].includes(key))
						problem(at('options', j, key), `"${key}" comes from the original`);
				text.options![String(o.id)] = {
					text: words(o.text, at('options', j, 'text'), problem) ?? '',
					feedback: words(o.feedback, at('options', j, 'feedback'), problem) ?? ''
				};
			});
		} else if (raw.options !== undefined) problem(at('options'), 'the original has pairs');
		if (original.type === 'matching') {
			const pairs = Array.isArray(raw.pairs) ? raw.pairs : [];
			const got = pairs.map((p) => (isObject(p) ? String(p.id ?? '') : ''));
			const expected = original.pairs.map((p) => p.id);
			if ([...got].sort().join() !== [...expected].sort().join())
				problem(at('pairs'), `pairs must be the original's: ${expected.join(', ')}`);
			text.pairs = {};
			pairs.forEach((p, j) => {
				if (!isObject(p)) return;
				for (const key of Object.keys(p))
					if (!['id', 'left', 'right', 'feedback'].includes(key))
						problem(at('pairs', j, key), `"${key}" comes from the original`);
				text.pairs![String(p.id)] = {
					left: words(p.left, at('pairs', j, 'left'), problem) ?? '',
					right: words(p.right, at('pairs', j, 'right'), problem) ?? '',
					feedback: words(p.feedback, at('pairs', j, 'feedback'), problem) ?? ''
				};
			});
		} else if (raw.pairs !== undefined) problem(at('pairs'), 'the original has options');
		questions[original.id] = text;
	});
	return ok ? { questions } : null;
}

/** One question in a language it has words for; otherwise as it is. */
export function localizeQuestion(q: Question, text: QuestionText | undefined): Question {
	if (!text) return q;
	const base = {
		...q,
		prompt: text.prompt,
		explanation: text.explanation,
		section: text.section ?? q.section
	};
	if (q.type === 'matching')
		return {
			...base,
			type: 'matching',
			pairs: q.pairs.map((p) => ({ ...p, ...(text.pairs?.[p.id] ?? {}) }))
		};
	const options = q.options.map((o) => ({ ...o, ...(text.options?.[o.id] ?? {}) }));
	if (q.type === 'best-response')
		return {
			...base,
			type: q.type,
			options,
			customer: text.customer ?? q.customer,
			answer: q.answer
		};
	return { ...base, options } as Question;
}

/**
 * The quiz in `locale` when it has a translation there, with `translated` saying so; its ids,
 * keys, version and rules are the original's (an attempt started in one language can be
 * finished in the other).
 */
export function localizeQuiz(quiz: Quiz, locale: string): { quiz: Quiz; translated: boolean } {
	const text = quiz.translations?.[locale as keyof NonNullable<Quiz['translations']>];
	if (!text) return { quiz, translated: locale === 'en' };
	return {
		quiz: {
			...quiz,
			title: text.title ?? quiz.title,
			questions: quiz.questions.map((q) => localizeQuestion(q, text.questions[q.id]))
		},
		translated: true
	};
}
