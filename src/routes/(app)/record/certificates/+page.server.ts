import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { completions } from '$lib/server/growth/record';
import { progressOf } from '$lib/server/record/lessons';
import { courseIn } from '$lib/server/content/localize';
import { dayIn } from '$lib/format';
import { credentialsOf, issueEarned } from '$lib/server/badges/issue';
import { badgeOrigin } from '$lib/server/badges/http';

/**
 * The person's own certificates (a course read through and its assessment passed), each with
 * its Open Badge (issued here the first time it is due), and every other course with what it
 * still needs: lessons left, the assessment. Only ever their own.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = useDb();
	const content = useContent();
	await issueEarned(db, content, user, badgeOrigin(), event.locals.locale);
	const badges = await credentialsOf(db, user.id);
	const progress = await progressOf(db, user.id);
	const { courses } = await completions(db, content, user.id, progress);
	const certified = new Map(
		courses.filter((c) => c.certifiedAt !== null).map((c) => [c.slug, c.certifiedAt!])
	);
	const done = (type: string, id: string) => progress.get(`${type}:${id}`)?.status === 'completed';
	return {
		certificates: content.courses
			.filter((c) => certified.has(c.slug))
			.map((c) => ({
				slug: c.slug,
				title: courseIn(c, event.locals.locale).title,
				date: dayIn(certified.get(c.slug)!),
				badge: badges.has(c.slug) ? { revoked: badges.get(c.slug)!.revokedAt !== null } : null
			}))
			.sort((a, b) => b.date.localeCompare(a.date)),
		underway: content.courses
			.filter((c) => !certified.has(c.slug))
			.map((c) => ({
				slug: c.slug,
				title: courseIn(c, event.locals.locale).title,
				lessons: c.lessons.length,
				read: c.lessons.filter((l) => done('lesson', l.id)).length,
				assessed: done('quiz', c.slug)
			}))
	};
};
