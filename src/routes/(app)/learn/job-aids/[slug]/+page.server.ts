import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useContent } from '$lib/server/content/store';
import { t } from '$lib/i18n';
import { jobAidIn, lessonIn } from '$lib/server/content/localize';

export const load: PageServerLoad = (event) => {
	requireUser(event);
	const content = useContent();
	const aid = content.jobAid(event.params.slug);
	if (!aid) error(404, { message: t('jobaid_not_found') });
	const locale = event.locals.locale;
	const words = jobAidIn(aid, locale);
	return {
		aid: {
			slug: aid.slug,
			module: words.module,
			title: words.title,
			summary: words.summary,
			sources: aid.sources,
			translated: words.translated
		},
		lessons: aid.lessons.map((id) => ({
			href: `/learn/${id}`,
			title: lessonIn(content.lesson(id)!, locale).title
		}))
	};
};
