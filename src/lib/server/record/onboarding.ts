import type { LearningPath } from '../content';

export const DUE_SOON_DAYS = 3;
const DAY = 86_400_000;

export type OnboardingStatus = 'done' | 'overdue' | 'due-soon' | 'upcoming';

export interface OnboardingItem {
	kind: 'course' | 'lesson';
	/** A course slug, or a lesson id (course-slug/lesson-slug). */
	id: string;
	/** ISO date (YYYY-MM-DD). */
	due: string;
	status: OnboardingStatus;
}

/** Adds whole days to an ISO date, in UTC so no time zone shifts the day. */
export function addDays(isoDate: string, days: number): string {
	return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}

/**
 * A person's onboarding: each course (or single lesson) of the path with its due date (start date + offset) and
 * whether it is done, overdue, due within DUE_SOON_DAYS, or further off. `today` is an ISO date.
 */
export function onboardingPlan(
	path: LearningPath,
	startedOn: string,
	completed: (step: { kind: 'course' | 'lesson'; id: string }) => boolean,
	today: string
): OnboardingItem[] {
	return path.courses.map(({ kind, id, dueDays }) => {
		const due = addDays(startedOn, dueDays);
		const status: OnboardingStatus = completed({ kind, id })
			? 'done'
			: due < today
				? 'overdue'
				: due <= addDays(today, DUE_SOON_DAYS)
					? 'due-soon'
					: 'upcoming';
		return { kind, id, due, status };
	});
}
