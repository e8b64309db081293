/** Where a learner stands in a lesson (see people.ts for why labels are listed). Its own module:
 * the lesson page needs only these, not the rest of learn.ts. */
import * as m from '$lib/paraglide/messages';

export type LessonStatus = 'not-started' | 'started' | 'completed';

const lessonStatuses: Record<LessonStatus, () => string> = {
	'not-started': m.lesson_status_not_started,
	started: m.lesson_status_started,
	completed: m.lesson_status_completed
};

export const lessonStatusLabel = (status: LessonStatus): string => lessonStatuses[status]();
