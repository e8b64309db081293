import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { attemptsOf, nextAttemptAt, startAttempt } from '$lib/server/quiz/attempts';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { formatMoment } from '$lib/format';
import { localizeQuiz } from '$lib/server/quiz/translations';
import { courseIn, lessonIn } from '$lib/server/content/localize';

function target(event: RequestEvent) {
	const user = requireUser(event);
	const original = useContent().quiz(event.params.id);
	if (!original) error(404, { message: t('quiz_not_found') });
	return { user, ...localizeQuiz(original, event.locals.locale) };
}

/** A quiz's front page: what it is, the person's attempts, and the way in. */
export const load: PageServerLoad = async (event) => {
	const { user, quiz, translated } = target(event);
	const content = useContent();
	const locale = event.locals.locale;
	const attempts = await attemptsOf(useDb(), user.id, quiz.id);
	const submitted = attempts.filter((a) => a.status === 'submitted');
	const wait = nextAttemptAt(quiz, attempts);
	const lesson = quiz.kind === 'lesson' ? content.lesson(quiz.id) : undefined;
	return {
		quiz: {
			id: quiz.id,
			kind: quiz.kind,
			title: quiz.title,
			questions: quiz.draw,
			passMark: Math.round(quiz.passMark * 100),
			cooldownMinutes: quiz.cooldownMinutes,
			attemptsPerDay: quiz.attemptsPerDay,
			translated
		},
		back: lesson
			? { href: `/learn/${lesson.id}`, title: lessonIn(lesson, locale).title }
			: {
					href: `/learn/${quiz.courseSlug}`,
					title: (() => {
						const course = content.course(quiz.courseSlug);
						return course ? courseIn(course, locale).title : quiz.title;
					})()
				},
		open: attempts.find((a) => a.status === 'open' && a.quizVersion === quiz.version)?.id ?? null,
		waitMinutes: wait && wait > Date.now() ? Math.ceil((wait - Date.now()) / 60_000) : 0,
		best: submitted.length
			? Math.round(Math.max(...submitted.map((a) => a.score ?? 0)) * 100)
			: null,
		latest: submitted.length ? Math.round((submitted[0].score ?? 0) * 100) : null,
		history: submitted.map((a) => ({
			id: a.id,
			at: formatMoment(a.submittedAt!),
			score: Math.round((a.score ?? 0) * 100),
			passed: !!a.passed
		}))
	};
};

export const actions = {
	start: async (event) => {
		const { user, quiz } = target(event);
		let id: string;
		try {
			id = (await startAttempt(useDb(), user.id, quiz)).id;
		} catch (e) {
			if (e instanceof DomainError) {
				const minutes = Number(e.params.minutes ?? 0);
				return fail(e.status, {
					message:
						e.key === 'quiz_cooldown' && minutes >= 120
							? t('quiz_cooldown_hours', { hours: Math.ceil(minutes / 60) })
							: t(e.key, e.params)
				});
			}
			throw e;
		}
		redirect(303, `/attempts/${id}`);
	}
} satisfies Actions;
