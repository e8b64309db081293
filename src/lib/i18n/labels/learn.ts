/** Labels on the learning pages (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';
import type { AUDIENCES } from '$lib/server/content/schemas';

export type Audience = (typeof AUDIENCES)[number];
export type LessonStatus = 'not-started' | 'started' | 'completed';

const audiences: Record<Audience | 'all', () => string> = {
	all: m.audience_all,
	everyone: m.audience_everyone,
	'new-hire': m.audience_new_hire,
	lead: m.audience_lead
};

const lessonStatuses: Record<LessonStatus, () => string> = {
	'not-started': m.lesson_status_not_started,
	started: m.lesson_status_started,
	completed: m.lesson_status_completed
};

export const audienceLabel = (audience: Audience | 'all'): string => audiences[audience]();
export const lessonStatusLabel = (status: LessonStatus): string => lessonStatuses[status]();
