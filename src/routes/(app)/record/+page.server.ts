import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { profileOf } from '$lib/server/org/teams';
import { kudosReceived } from '$lib/server/morale/kudos';
import { growthView, parseKind } from '$lib/server/growth/view';
import { planActions } from '$lib/server/growth/actions';
import { dayIn } from '$lib/format';
import { sessionsOf } from '$lib/server/cockpit/coaching';
import { reviewsOf } from '$lib/server/cockpit/reviews';

/** The signed-in person's own growth record; only ever their own id. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = useDb();
	const person = await profileOf(db, user.id);
	if (!person) error(404);
	const kind = parseKind(event.url.searchParams.get('kind'));
	// Kudos received belong in a growth record; mood answers never do (they are anonymous).
	return {
		person,
		kudos: await kudosReceived(db, user.id),
		record: await growthView(db, useContent(), user, kind, 'self'),
		today: dayIn(Date.now()),
		sessions: await sessionsOf(db, user.id),
		reviews: await reviewsOf(db, user.id)
	};
};

const plan = planActions(
	() => '/record#plan-heading',
	(event) => {
		const user = requireUser(event);
		return { viewer: user, subjectId: user.id };
	}
);

export const actions = {
	addGoal: plan.addGoal,
	goalStatus: plan.goalStatus,
	deleteGoal: plan.deleteGoal,
	selfAssess: plan.selfAssess,
	notes: plan.notes,
	commentGoal: plan.commentGoal
} satisfies Actions;
