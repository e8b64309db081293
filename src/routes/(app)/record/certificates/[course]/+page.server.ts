import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { completions } from '$lib/server/growth/record';
import { t } from '$lib/i18n';
import { dayIn } from '$lib/format';
import { courseIn } from '$lib/server/content/localize';
import { credentialsOf, issueEarned } from '$lib/server/badges/issue';
import { badgeOrigin } from '$lib/server/badges/http';

/**
 * A printable certificate for a course the person completed and whose assessment they passed;
 * any other course is a 404, like a course that does not exist.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const content = useContent();
	const done = (await completions(useDb(), content, user.id)).courses.find(
		(c) => c.slug === event.params.course
	);
	const course = content.course(event.params.course);
	if (!done?.certifiedAt || !course) error(404, { message: t('certificate_not_found') });
	const db = useDb();
	await issueEarned(db, content, user, badgeOrigin(), event.locals.locale);
	const badge = (await credentialsOf(db, user.id)).get(course.slug);
	return {
		slug: course.slug,
		badge: !badge ? null : badge.revokedAt !== null ? ('revoked' as const) : ('issued' as const),
		name: user.name,
		course: { title: courseIn(course, event.locals.locale).title, lessons: course.lessons.length },
		date: dayIn(done.certifiedAt)
	};
};
