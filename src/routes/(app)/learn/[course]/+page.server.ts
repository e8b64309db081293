import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { courseProgress, lessonStatus, progressOf } from '$lib/server/record/lessons';
import { t } from '$lib/i18n';

export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const content = useContent();
	const course = content.course(event.params.course);
	if (!course) error(404, { message: t('course_not_found') });
	const progress = progressOf(useDb(), user.id);
	const names = new Map(content.competencies.map((c) => [c.id, c.name]));
	return {
		course: {
			slug: course.slug,
			title: course.title,
			summary: course.summary,
			audience: course.audience,
			intro: course.intro,
			competencies: course.competencies.map((id) => names.get(id) ?? id)
		},
		lessons: course.lessons.map((l) => ({
			slug: l.slug,
			title: l.title,
			summary: l.summary,
			minutes: l.minutes,
			status: lessonStatus(progress, l.id)
		})),
		progress: courseProgress(progress, course),
		assessment: content.quiz(course.slug)
			? {
					href: `/quiz/${course.slug}`,
					title: content.quiz(course.slug)!.title,
					mark: Math.round(content.quiz(course.slug)!.passMark * 100),
					passed: progress.get(`quiz:${course.slug}`)?.status === 'completed'
				}
			: null
	};
};
