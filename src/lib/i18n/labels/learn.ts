/** Labels on the learning pages (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';
import type { AUDIENCES } from '$lib/server/content/schemas';

export type Audience = (typeof AUDIENCES)[number];
export { lessonStatusLabel, type LessonStatus } from './lesson-status';

const audiences: Record<Audience | 'all', () => string> = {
	all: m.audience_all,
	everyone: m.audience_everyone,
	'new-hire': m.audience_new_hire,
	lead: m.audience_lead
};

export const audienceLabel = (audience: Audience | 'all'): string => audiences[audience]();
