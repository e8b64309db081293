import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { canSee, requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { profileOf } from '$lib/server/org/teams';
import { parseId } from '$lib/server/org/validation';
import { sharedRunsOf } from '$lib/server/roleplay/runs';
import { observedOf } from '$lib/server/roleplay/observed';
import { growthView, parseKind } from '$lib/server/growth/view';
import { planActions } from '$lib/server/growth/actions';
import { t } from '$lib/i18n';
import { dayIn, formatMoment } from '$lib/format';
import { assignmentsOf } from '$lib/server/cockpit/assignments';
import { sessionsOf } from '$lib/server/cockpit/coaching';
import { reviewsOf } from '$lib/server/cockpit/reviews';

/**
 * A team member's page for their lead (and admins). Someone the viewer may not see gets the
 * same 404 as someone who does not exist, so ids cannot be probed. Role-play runs appear only
 * once the person has shared them.
 */
async function target(event: {
	locals: App.Locals;
	url: URL;
	params: Partial<Record<string, string>>;
}) {
	const viewer = requireRole(event, 'lead', 'admin');
	const id = parseId(event.params.id ?? '');
	const db = useDb();
	if (id === null || !(await canSee(db, viewer, id))) error(404, { message: t('user_not_found') });
	const person = await profileOf(db, id);
	if (!person) error(404, { message: t('user_not_found') });
	return { viewer, person, db };
}

export const load: PageServerLoad = async (event) => {
	const { person, db } = await target(event);
	const id = person.id;
	const content = useContent();
	const title = (scenarioId: string) => content.scenario(scenarioId)?.title ?? scenarioId;
	return {
		person,
		record: await growthView(
			db,
			content,
			person,
			parseKind(event.url.searchParams.get('kind')),
			'coach'
		),
		today: dayIn(Date.now()),
		sessions: await sessionsOf(db, id),
		reviews: await reviewsOf(db, id),
		assignments: await assignmentsOf(db, content, id, dayIn(Date.now())),
		canCoach: id !== event.locals.user?.id,
		shared: (await sharedRunsOf(db, id)).map((r) => ({
			id: r.id,
			title: title(r.scenarioId),
			finished: r.status === 'finished',
			score: r.score === null ? null : Math.round(r.score * 100),
			passed: !!r.passed,
			at: formatMoment(r.sharedAt!)
		})),
		observed: (await observedOf(db, id)).map((o) => ({
			id: o.id,
			title: title(o.scenarioId),
			score: Math.round(o.score * 100),
			passed: o.passed,
			comment: o.comment,
			at: formatMoment(o.createdAt)
		}))
	};
};

const plan = planActions(
	(event) => `/team/people/${event.params.id}#plan-heading`,
	async (event) => {
		const { viewer, person } = await target(event);
		return { viewer, subjectId: person.id };
	}
);

export const actions = {
	commentGoal: plan.commentGoal,
	agreeGoal: plan.agreeGoal,
	confirm: plan.confirm
} satisfies Actions;
