import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { searchLessons } from '$lib/server/content/search';
import { courseIn, lessonIn } from '$lib/server/content/localize';

export const load: PageServerLoad = async (event) => {
	requireUser(event);
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const content = useContent();
	const locale = event.locals.locale;
	const hits = (await searchLessons(useDb(), q, 20, locale)).map((hit) => {
		const lesson = content.lesson(hit.lessonId)!;
		const course = content.course(lesson.courseSlug)!;
		return {
			...hit,
			// The lesson's title in the reader's language; the snippet in the edition that matched.
			title: lessonIn(lesson, locale).title,
			href: `/learn/${lesson.id}`,
			course: courseIn(course, locale).title,
			lang: hit.locale === 'en' ? 'en' : hit.locale
		};
	});
	return { q, hits };
};
