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
		return { kind, id, due, status: statusOf(completed({ kind, id }), due, today) };
	});
}

function statusOf(done: boolean, due: string, today: string): OnboardingStatus {
	return done
		? 'done'
		: due < today
			? 'overdue'
			: due <= addDays(today, DUE_SOON_DAYS)
				? 'due-soon'
				: 'upcoming';
}

/** Where an item's due date comes from: the onboarding path, or a lead's assignment. */
export type DueSource = 'onboarding' | 'assigned';

/**
 * One due date per item. A course or lesson that is both on the onboarding path and assigned by
 * a lead (open) is due at the earlier of the two, wherever it is shown, with where that date
 * comes from: the plan's items and the assignments, each with `source`. Items on one side only
 * keep their own date.
 */
export function oneDueDate<
	P extends OnboardingItem,
	A extends { type: string; itemId: string; dueDate: string; overdue: boolean }
>(plan: P[], assigned: A[], today: string) {
	const earliest = new Map<string, { due: string; source: DueSource }>();
	const offer = (key: string, due: string, source: DueSource) => {
		const known = earliest.get(key);
		if (!known || due < known.due) earliest.set(key, { due, source });
	};
	const planned = new Set(plan.map((i) => `${i.kind}:${i.id}`));
	// Only items on both sides change; a done plan item keeps its own date (it is history).
	for (const i of plan) if (i.status !== 'done') offer(`${i.kind}:${i.id}`, i.due, 'onboarding');
	for (const a of assigned)
		if (planned.has(`${a.type}:${a.itemId}`)) offer(`${a.type}:${a.itemId}`, a.dueDate, 'assigned');
	return {
		plan: plan.map((i) => {
			const e = i.status === 'done' ? undefined : earliest.get(`${i.kind}:${i.id}`);
			if (!e) return { ...i, source: 'onboarding' as DueSource };
			return { ...i, due: e.due, source: e.source, status: statusOf(false, e.due, today) };
		}),
		assigned: assigned.map((a) => {
			const e = earliest.get(`${a.type}:${a.itemId}`);
			if (!e) return { ...a, source: 'assigned' as DueSource };
			return { ...a, dueDate: e.due, source: e.source, overdue: e.due < today };
		})
	};
}
