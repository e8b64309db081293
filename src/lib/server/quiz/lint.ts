import type { Question, Quiz } from './types';

/**
 * Quizzes only knowledge passes: a learner who never opened the lesson must not find the key by
 * its length or by the words of a true/false statement. Measured per course, over its lesson
 * quizzes, from the content itself.
 */

/** At most this share of a course's single-choice and best-response keys may be the longest. */
export const MAX_KEY_IS_LONGEST = 0.4;
/** A course's true/false keys must be between these shares of "true". */
export const TRUE_SHARE = [0.4, 0.6] as const;

/** Words that make a statement easy to call false without knowing anything. */
export const ABSOLUTE =
	/\b(always|never|all|none|every|everyone|everything|nobody|nothing|only|impossible|guaranteed?)\b/i;

/** The key is (one of) the longest options. */
export function keyIsLongest(q: Extract<Question, { type: 'single' | 'best-response' }>) {
	const longest = Math.max(...q.options.map((o) => o.text.length));
	return q.options.find((o) => o.id === q.answer)!.text.length === longest;
}

export interface QuizLintProblem {
	/** Lesson quiz id and question id the problem is best reported at (null: the course). */
	quiz: string | null;
	question: string | null;
	message: string;
}

/** Lints one course's lesson quizzes. */
export function lintCourseQuizzes(course: string, quizzes: Quiz[]): QuizLintProblem[] {
	const problems: QuizLintProblem[] = [];
	const questions = quizzes.flatMap((quiz) => quiz.questions.map((q) => ({ quiz: quiz.id, q })));
	const choice = questions.filter(
		(x): x is { quiz: string; q: Extract<Question, { type: 'single' | 'best-response' }> } =>
			x.q.type === 'single' || x.q.type === 'best-response'
	);
	const longest = choice.filter((x) => keyIsLongest(x.q));
	const limit = Math.floor(choice.length * MAX_KEY_IS_LONGEST);
	if (choice.length && longest.length > limit)
		problems.push({
			quiz: null,
			question: null,
			message: `the key is the longest option in ${longest.length} of ${choice.length} single-choice and best-response questions (${longest
				.map((x) => x.q.id)
				.join(', ')}); at most ${limit} may be, or picking the longest option passes`
		});
	const tf = questions.filter((x) => x.q.type === 'truefalse');
	if (tf.length) {
		const trueOnes = tf.filter((x) => trueKey(x.q)).length;
		const [low, high] = trueRange(tf.length);
		if (trueOnes < low || trueOnes > high)
			problems.push({
				quiz: null,
				question: null,
				message: `${trueOnes} of ${tf.length} true/false keys are "true" (${Math.round((trueOnes / tf.length) * 100)}%); keep them between ${TRUE_SHARE[0] * 100}% and ${TRUE_SHARE[1] * 100}% (${low === high ? low : `${low} to ${high}`} of ${tf.length})`
			});
	}
	for (const { quiz, q } of tf)
		if (!trueKey(q) && ABSOLUTE.test(q.prompt))
			problems.push({
				quiz,
				question: q.id,
				message: `a false statement with "${q.prompt.match(ABSOLUTE)![0]}" gives itself away: state the misconception without an absolute word`
			});
	return problems;
}

/**
 * How many of `n` true/false keys may be "true": the counts within TRUE_SHARE, or, when no whole
 * count is (1 or 3 questions), the nearest counts either side.
 */
export function trueRange(n: number): [number, number] {
	const low = Math.ceil(n * TRUE_SHARE[0] - 1e-9);
	const high = Math.floor(n * TRUE_SHARE[1] + 1e-9);
	return low <= high ? [low, high] : [Math.floor(n * TRUE_SHARE[0]), Math.ceil(n * TRUE_SHARE[1])];
}

/** Whether a true/false question's key is "true" (its options are named true and false). */
export function trueKey(q: Question) {
	if (q.type !== 'truefalse') return false;
	const key = q.options.find((o) => o.id === q.answer);
	return /^(true|t|yes)$/i.test(key?.id ?? '') || /^true$/i.test(key?.text ?? '');
}
