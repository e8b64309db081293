import type { ContentIndex } from '../content';
import type { Db } from '../db';
import { planOf } from './plan';
import { progressOf } from '../record/lessons';
import {
	competencyLevels,
	completedLessonsOf,
	completions,
	evidenceOf,
	focus,
	timelineOf,
	TIMELINE_KINDS,
	type Audience,
	type TimelineKind
} from './record';

export function parseKind(value: string | null): TimelineKind | null {
	return (TIMELINE_KINDS as readonly string[]).includes(value ?? '')
		? (value as TimelineKind)
		: null;
}

/**
 * One person's growth record as the page shows it (their own /record, or a lead's or admin's
 * view of them): levels, trends, timeline, completions, focus and the development plan. A coach
 * sees nothing of practice runs the person has not shared, not even in the levels.
 */
export async function growthView(
	db: Db,
	content: ContentIndex,
	subject: { id: number; role: 'learner' | 'lead' | 'admin' },
	kind: TimelineKind | null,
	audience: Audience,
	now = Date.now()
) {
	const levels = competencyLevels(content, await evidenceOf(db, subject.id, audience), now);
	const progress = await progressOf(db, subject.id);
	const completed = await completedLessonsOf(db, subject.id, progress);
	return {
		levels,
		audience,
		timeline: await timelineOf(db, content, subject.id, kind, audience),
		kind,
		completions: await completions(db, content, subject.id, progress),
		focus: focus(content, levels, completed, subject.role),
		plan: await planOf(db, subject.id),
		lessonsCompleted: completed.size
	};
}
export type GrowthView = Awaited<ReturnType<typeof growthView>>;
