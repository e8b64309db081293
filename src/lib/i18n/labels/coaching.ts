/** Labels of assignments and reviews (see people.ts for why they are listed). */
import * as m from '$lib/paraglide/messages';
import type { ASSIGNABLE } from '$lib/server/db/schema';

export type ItemType = (typeof ASSIGNABLE)[number];
export type AssignmentStatus = 'open' | 'done' | 'cancelled';
export type ReviewStatus = 'new' | 'acknowledged' | 'disputed' | 'resolved';

const itemTypes: Record<ItemType, () => string> = {
	course: m.item_course,
	lesson: m.item_lesson,
	quiz: m.item_quiz,
	scenario: m.item_scenario
};

const assignmentStatuses: Record<AssignmentStatus, () => string> = {
	open: m.assignment_status_open,
	done: m.assignment_status_done,
	cancelled: m.assignment_status_cancelled
};

const reviewStatuses: Record<ReviewStatus, () => string> = {
	new: m.review_status_new,
	acknowledged: m.review_status_acknowledged,
	disputed: m.review_status_disputed,
	resolved: m.review_status_resolved
};

export const itemTypeLabel = (type: ItemType): string => itemTypes[type]();
export const assignmentStatusLabel = (status: AssignmentStatus): string =>
	assignmentStatuses[status]();
export const reviewStatusLabel = (status: ReviewStatus): string => reviewStatuses[status]();
