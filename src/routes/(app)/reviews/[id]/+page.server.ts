import { error } from '@sveltejs/kit';
import { inArray } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { users } from '$lib/server/db/schema';
import { parseId } from '$lib/server/org/validation';
import {
	acknowledgeReview,
	disputeReview,
	resolveReview,
	reviewFor
} from '$lib/server/cockpit/reviews';
import { scoreReview } from '$lib/server/cockpit/scorecard';
import { cockpitAction, doneNotice } from '$lib/server/cockpit/actions';
import { text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { dayIn } from '$lib/format';
import { scorecardIn } from '$lib/server/cockpit/scorecard';

/** A quality review: the agent acknowledges or disputes it; their lead resolves a dispute. */
export const load: PageServerLoad = async (event) => {
	const viewer = requireUser(event);
	const id = parseId(event.params.id);
	const db = useDb();
	const review = id === null ? null : await reviewFor(db, viewer, id);
	if (!review) error(404, { message: t('review_not_found') });
	const original = useContent().scorecard(review.scorecardId);
	const card = original && scorecardIn(original, event.locals.locale);
	const names = new Map(
		(
			await db
				.select({ id: users.id, name: users.name })
				.from(users)
				.where(inArray(users.id, [review.agentId, review.leadId ?? review.agentId]))
		).map((u) => [u.id, u.name])
	);
	const result = card ? scoreReview(card, review.marks) : null;
	return {
		review: {
			id: review.id,
			reference: review.reference,
			date: review.interactionDate,
			excerpt: review.excerpt,
			comment: review.comment,
			score: review.score,
			status: review.status,
			disputeReason: review.disputeReason,
			resolution: review.resolution,
			createdOn: dayIn(review.createdAt),
			marks: review.marks
		},
		agent: names.get(review.agentId) ?? '',
		agentId: review.agentId,
		lead: review.leadId ? (names.get(review.leadId) ?? '') : '',
		card: card
			? { title: card.title, max: card.max, passMark: card.passMark, sections: card.sections }
			: null,
		passed: card ? review.score >= card.passMark : null,
		critical: result?.critical ?? false,
		isAgent: review.agentId === viewer.id,
		done: doneNotice(event.url, {
			review: 'review_saved',
			acknowledge: 'review_acknowledged',
			dispute: 'review_disputed',
			resolve: 'review_resolved'
		})
	};
};

const reviewId = (params: { id: string }) => {
	const id = parseId(params.id);
	if (id === null) throw new DomainError('review_not_found', 404);
	return id;
};

export const actions = {
	acknowledge: (event) =>
		cockpitAction(
			event,
			'acknowledge',
			async (_form, viewer) => await acknowledgeReview(useDb(), viewer, reviewId(event.params)),
			`/reviews/${event.params.id}`
		),
	dispute: (event) =>
		cockpitAction(
			event,
			'dispute',
			async (form, viewer) =>
				await disputeReview(useDb(), viewer, reviewId(event.params), text(form, 'reason')),
			`/reviews/${event.params.id}`,
			(form) => ({ reason: text(form, 'reason').slice(0, 4000) })
		),
	resolve: (event) =>
		cockpitAction(
			event,
			'resolve',
			async (form, viewer) =>
				await resolveReview(useDb(), useContent(), viewer, reviewId(event.params), {
					outcome: text(form, 'outcome'),
					note: text(form, 'note'),
					marks: (item) => text(form, `mark-${item}`)
				}),
			`/reviews/${event.params.id}`,
			(form) => ({
				note: text(form, 'note').slice(0, 4000),
				outcome: text(form, 'outcome').slice(0, 20)
			})
		)
} satisfies Actions;
