import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useContent } from '$lib/server/content/store';
import { achievementOf } from '$lib/server/badges/issue';
import { badgeOrigin, publicJson } from '$lib/server/badges/http';
import { t } from '$lib/i18n';

/** A course as an Open Badges Achievement, in the reader's language. */
export const GET: RequestHandler = ({ params, locals }) => {
	const found = achievementOf(useContent(), badgeOrigin(), params.course, locals.locale);
	if (!found) error(404, { message: t('not_found') });
	return publicJson(found, 'application/ld+json');
};
