import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { courseProgress, progressOf } from '$lib/server/record/lessons';
import { onboardingPlan, oneDueDate } from '$lib/server/record/onboarding';
import { AUDIENCES, type Audience } from '$lib/server/content/schemas';
import { openAssignmentsOf } from '$lib/server/cockpit/assignments';
import { courseIn, lessonIn } from '$lib/server/content/localize';
import { dayIn } from '$lib/format';

/**
 * Courses with the person's progress: what their lead assigned them first, then their onboarding
 * (if they have a start date), then everything else.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const content = useContent();
	const progress = await progressOf(useDb(), user.id);
	const requested = event.url.searchParams.get('audience');
	const audience = (AUDIENCES as readonly string[]).includes(requested ?? '')
		? (requested as Audience)
		: null;

	const path = content.paths.find((p) => p.id === 'onboarding');
	const today = dayIn(Date.now());
	const locale = event.locals.locale;
	const onboarding =
		path && user.startedOn
			? {
					startedOn: user.startedOn,
					items: onboardingPlan(
						path,
						user.startedOn,
						(step) => progress.get(`${step.kind}:${step.id}`)?.status === 'completed',
						today
					).map((item) => {
						if (item.kind === 'lesson') {
							const lesson = content.lesson(item.id)!;
							const done = progress.get(`lesson:${lesson.id}`)?.status === 'completed';
							return {
								...item,
								title: lessonIn(lesson, locale).title,
								progress: { done: done ? 1 : 0, total: 1 }
							};
						}
						const course = content.course(item.id)!;
						return {
							...item,
							title: courseIn(course, locale).title,
							progress: courseProgress(progress, course)
						};
					})
				}
			: null;
	const first = new Set(
		onboarding?.items.filter((i) => i.kind === 'course').map((i) => i.id) ?? []
	);

	const courses = content.courses
		.filter((c) => !audience || c.audience === audience)
		.map((c) => ({
			slug: c.slug,
			title: courseIn(c, locale).title,
			summary: courseIn(c, locale).summary,
			audience: c.audience,
			lessons: c.lessons.length,
			minutes: c.lessons.reduce((m, l) => m + l.minutes, 0),
			inOnboarding: first.has(c.slug),
			progress: courseProgress(progress, c)
		}))
		// Onboarding courses first (in path order), then the rest in course order.
		.sort((a, b) => Number(b.inOnboarding) - Number(a.inOnboarding));

	// An item both assigned and on the path shows one date in both places: the earlier.
	const due = oneDueDate(
		onboarding?.items ?? [],
		await openAssignmentsOf(useDb(), content, user.id, today),
		today
	);
	return {
		assigned: due.assigned,
		onboarding: onboarding && { ...onboarding, items: due.plan },
		courses,
		audience,
		audiences: AUDIENCES
	};
};
