import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useContent } from '$lib/server/content/store';
import { t } from '$lib/i18n';

export const load: PageServerLoad = (event) => {
	requireUser(event);
	const content = useContent();
	const aid = content.jobAid(event.params.slug);
	if (!aid) error(404, { message: t('jobaid_not_found') });
	return {
		aid: {
			slug: aid.slug,
			module: aid.module,
			title: aid.title,
			summary: aid.summary,
			sources: aid.sources
		},
		lessons: aid.lessons.map((id) => ({ href: `/learn/${id}`, title: content.lesson(id)!.title }))
	};
};
