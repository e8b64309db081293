import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useContent } from '$lib/server/content/store';
import { jobAidIn, lessonIn } from '$lib/server/content/localize';

export const load: PageServerLoad = (event) => {
	requireUser(event);
	const content = useContent();
	const locale = event.locals.locale;
	return {
		aids: content.jobAids.map((aid) => ({
			href: `/learn/job-aids/${aid.slug}`,
			title: jobAidIn(aid, locale).title,
			summary: jobAidIn(aid, locale).summary,
			lessons: aid.lessons.map((id) => ({
				href: `/learn/${id}`,
				title: lessonIn(content.lesson(id)!, locale).title
			}))
		}))
	};
};
