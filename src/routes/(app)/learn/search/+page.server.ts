import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { searchLessons } from '$lib/server/content/search';

export const load: PageServerLoad = (event) => {
	requireUser(event);
	const q = (event.url.searchParams.get('q') ?? '').slice(0, 200);
	const content = useContent();
	const hits = searchLessons(useDb(), q).map((hit) => {
		const lesson = content.lesson(hit.lessonId)!;
		return {
			...hit,
			href: `/learn/${lesson.id}`,
			course: content.course(lesson.courseSlug)!.title
		};
	});
	return { q, hits };
};
