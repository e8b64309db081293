import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useContent } from '$lib/server/content/store';

export const load: PageServerLoad = (event) => {
	requireUser(event);
	const content = useContent();
	return {
		aids: content.jobAids.map((aid) => ({
			href: `/learn/job-aids/${aid.slug}`,
			title: aid.title,
			summary: aid.summary,
			lessons: aid.lessons.map((id) => ({ href: `/learn/${id}`, title: content.lesson(id)!.title }))
		}))
	};
};
