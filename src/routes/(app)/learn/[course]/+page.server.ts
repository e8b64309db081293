import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { courseProgress, lessonStatus, progressOf } from '$lib/server/record/lessons';
import { t } from '$lib/i18n';
import { competenciesIn, courseIn, lessonIn } from '$lib/server/content/localize';
import { localizeQuiz } from '$lib/server/quiz/translations';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const content = useContent();
	const course = content.course(event.params.course);
	if (!course) error(404, { message: t('course_not_found') });
	const progress = await progressOf(useDb(), user.id);
	const names = new Map(competenciesIn(content, event.locals.locale).map((c) => [c.id, c.name]));
	const locale = event.locals.locale;
	const words = courseIn(course, locale);
	const assessment = content.quiz(course.slug);
	return {
		course: {
			slug: course.slug,
			title: words.title,
			summary: words.summary,
			audience: course.audience,
			intro: words.intro,
			competencies: course.competencies.map((id) => names.get(id) ?? id)
		},
		lessons: course.lessons.map((l) => ({
			slug: l.slug,
			title: lessonIn(l, locale).title,
			summary: lessonIn(l, locale).summary,
			minutes: l.minutes,
			status: lessonStatus(progress, l.id)
		})),
		progress: courseProgress(progress, course),
		assessment: assessment
			? {
					href: `/quiz/${course.slug}`,
					title: localizeQuiz(assessment, locale).quiz.title,
					mark: Math.round(assessment.passMark * 100),
					passed: progress.get(`quiz:${course.slug}`)?.status === 'completed'
				}
			: null
	};
};
