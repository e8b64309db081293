import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { attemptQuestions, getAttempt, submitAttempt } from '$lib/server/quiz/attempts';
import { presentQuestion } from '$lib/server/quiz/present';
import { assessmentReview, attemptResults } from '$lib/server/quiz/results';
import { formValues, readForm } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { localizeQuiz } from '$lib/server/quiz/translations';
import { lessonIn } from '$lib/server/content/localize';
import { issueAfterCompletion } from '$lib/server/badges/issue';
import { badgeOrigin } from '$lib/server/badges/http';

/** The person's own attempt and its quiz; anyone else's attempt is a 404, like a missing one. */
async function target(event: RequestEvent) {
	const user = requireUser(event);
	const attempt = await getAttempt(useDb(), event.params.id, user.id);
	if (!attempt) error(404, { message: t('attempt_not_found') });
	const original = useContent().quiz(attempt.quizId);
	if (!original) error(404, { message: t('quiz_not_found') });
	// The reader's language: same ids, keys and version, so grading is the same in any language.
	const { quiz, translated } = localizeQuiz(original, event.locals.locale);
	return { user, attempt, quiz, translated };
}

export const load: PageServerLoad = async (event) => {
	const { attempt, quiz, translated } = await target(event);
	const content = useContent();
	const locale = event.locals.locale;
	const head = {
		quiz: { id: quiz.id, title: quiz.title, passMark: Math.round(quiz.passMark * 100) },
		translated,
		attemptId: attempt.id
	};
	if (attempt.status === 'submitted') {
		const assessment = quiz.kind === 'course';
		return {
			...head,
			state: 'submitted' as const,
			score: Math.round((attempt.score ?? 0) * 100),
			passed: !!attempt.passed,
			// An assessment shows what to revisit, never the key; a lesson quiz explains every answer.
			results: assessment ? [] : attemptResults(quiz, attempt),
			review: assessment
				? assessmentReview(quiz, attempt, {
						competencies: content.competencies,
						lesson: (id) => {
							const lesson = content.lesson(id);
							return lesson && lessonIn(lesson, locale);
						}
					})
				: null
		};
	}
	const questions = attemptQuestions(quiz, attempt);
	if (!questions) return { ...head, state: 'changed' as const };
	// Only texts and per-attempt tokens go to the page: no key, no feedback, no author ids.
	return {
		...head,
		state: 'open' as const,
		questions: questions.map((q) => presentQuestion(q, attempt.seed))
	};
};

export const actions = {
	submit: async (event) => {
		const { user, attempt, quiz, translated } = await target(event);
		const locale = event.locals.locale;
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request'), values: {}, question: null });
		// Echo what was chosen, so a refused form loses none of the person's answers.
		const values = formValues(form, { maxValue: 100 });
		try {
			await submitAttempt(
				useDb(),
				attempt,
				quiz,
				form,
				Date.now(),
				translated && locale !== 'en' ? locale : undefined
			);
		} catch (e) {
			if (e instanceof DomainError) {
				// Which question it was about (an unanswered one, say), for a link straight to it.
				const question = typeof e.params.n === 'number' ? e.params.n : null;
				return fail(e.status, { message: t(e.key, e.params), values, question });
			}
			throw e;
		}
		// A passed assessment can complete a course: its Open Badge is issued now.
		await issueAfterCompletion(useDb(), useContent(), user, badgeOrigin(), locale);
		redirect(303, `/attempts/${attempt.id}`);
	}
} satisfies Actions;
