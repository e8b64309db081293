/** Quiz content as the server holds it. Nothing here is ever sent to a browser as is. */

export const QUESTION_TYPES = [
	'single',
	'multiple',
	'truefalse',
	'ordering',
	'matching',
	'best-response'
] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];

export interface Option {
	id: string;
	text: string;
	feedback: string;
}

export interface Pair {
	id: string;
	left: string;
	right: string;
	feedback: string;
}

interface Base {
	id: string;
	prompt: string;
	explanation: string;
	/** Heading anchor in the lesson the explanation links to (without '#'). */
	section: string | null;
	competencies: string[];
	difficulty: 1 | 2 | 3;
	/** The lesson the question comes from (`course/lesson`). */
	lessonId: string;
}

export type Question =
	| (Base & { type: 'single' | 'truefalse'; options: Option[]; answer: string })
	| (Base & { type: 'best-response'; customer: string; options: Option[]; answer: string })
	| (Base & { type: 'multiple'; options: Option[]; answer: string[] })
	| (Base & { type: 'ordering'; options: Option[]; answer: string[] })
	| (Base & { type: 'matching'; pairs: Pair[] });

export interface Quiz {
	/** `course/lesson` for a lesson quiz, `course` for a course assessment. */
	id: string;
	kind: 'lesson' | 'course';
	title: string;
	courseSlug: string;
	/** First 16 hex digits of the SHA-256 of the quiz file: an attempt is tied to one version. */
	version: string;
	passMark: number;
	/** Questions per attempt (all when the pool is smaller). */
	draw: number;
	cooldownMinutes: number;
	/** Assessments: the most attempts submitted in any 24 hours (null for lesson quizzes). */
	attemptsPerDay: number | null;
	questions: Question[];
	/** Its words in other languages (quiz/translations.ts); ids, keys and rules stay these. */
	translations?: Partial<Record<'zh-CN', import('./translations').QuizText>>;
}

/** What the learner gave for one question, in option ids (the server's, not the page's tokens). */
export type Response =
	| { type: 'choice'; selected: string[] }
	| { type: 'ordering'; order: string[] }
	| { type: 'matching'; pairs: Record<string, string> };
