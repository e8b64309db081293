import { and, desc, eq, sql } from 'drizzle-orm';
import { returned, write, type Db, type Tx, one, exec } from '../db';
import { prepared } from '../db/statements';
import type { ContentIndex } from '../content';
import { auditLog, competencyEvidence, reviews, users, type Review } from '../db/schema';
import { DomainError } from '../errors';
import { isIsoDate } from '../org/validation';
import { appendStatement } from '../record/statements';
import { canSee } from '../auth/guard';
import { dayIn } from '$lib/format';
import { requireCoachOf, type Viewer } from './access';
import { notify, settle } from './notifications';
import { markLimit, scoreReview, type Scorecard } from './scorecard';

export const REFERENCE_MAX = 120;
export const EXCERPT_MAX = 4000;
export const REVIEW_TEXT_MAX = 2000;

/**
 * Reads the marks a form sent for every item of the card: empty is 0, anything else must be a
 * whole number from 0 to the item's limit. Names the item that is wrong.
 */
export function parseMarks(
	card: Scorecard,
	raw: (itemId: string) => string
): Record<string, number> {
	const marks: Record<string, number> = {};
	for (const item of card.sections.flatMap((s) => s.items)) {
		const value = raw(item.id).trim();
		const n = value === '' ? 0 : /^\d{1,4}$/.test(value) ? Number(value) : NaN;
		const max = markLimit(item);
		if (!(n >= 0 && n <= max))
			throw new DomainError('review_mark_range', 400, { item: item.label, max });
		marks[item.id] = n;
	}
	return marks;
}

function cleanText(value: string, max: number, key: 'review_comment_long' | 'review_excerpt_long') {
	const v = value.trim();
	if (v.length > max) throw new DomainError(key, 400, { max });
	return v;
}

/** Appends the `scored` statement and its competency evidence; returns the statement id. */
async function record(
	tx: Tx,
	review: Pick<Review, 'id' | 'agentId' | 'reference'>,
	card: Scorecard,
	marks: Record<string, number>,
	by: number,
	now: number
) {
	const result = scoreReview(card, marks);
	const s = await appendStatement(tx, {
		actorId: review.agentId,
		verb: 'scored',
		objectType: 'interaction',
		objectId: `review:${review.id}`,
		scoreScaled: result.score / card.max,
		success: result.passed,
		result: { score: result.score, max: card.max, critical: result.critical, marks },
		context: { by, scorecard: card.id, reference: review.reference },
		contentVersion: card.version,
		timestamp: now
	});
	for (const [competency, score] of Object.entries(result.competencies))
		await exec(
			tx.insert(competencyEvidence).values({
				userId: review.agentId,
				competency,
				kind: 'review',
				score,
				statementId: s.id,
				at: now
			})
		);
	return { statementId: s.id, score: result.score };
}

/** A lead scores one real interaction of an agent they coach; the agent is asked to acknowledge. */
export async function createReview(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	agentId: number,
	input: {
		scorecard: string;
		reference: string;
		interactionDate: string;
		excerpt: string;
		comment: string;
		marks: (itemId: string) => string;
	},
	now = Date.now()
) {
	return await write(db, async (tx) => {
		await requireCoachOf(tx, viewer, agentId);
		const card = content.scorecard(input.scorecard);
		if (!card) throw new DomainError('review_scorecard_unknown', 400);
		const reference = input.reference.trim();
		if (!reference) throw new DomainError('review_reference_empty', 400);
		if (reference.length > REFERENCE_MAX)
			throw new DomainError('review_reference_long', 400, { max: REFERENCE_MAX });
		if (!isIsoDate(input.interactionDate)) throw new DomainError('review_date', 400);
		if (input.interactionDate > dayIn(now)) throw new DomainError('review_date_future', 400);
		const excerpt = cleanText(input.excerpt, EXCERPT_MAX, 'review_excerpt_long');
		const comment = cleanText(input.comment, REVIEW_TEXT_MAX, 'review_comment_long');
		const marks = parseMarks(card, input.marks);
		const review = await returned(
			tx
				.insert(reviews)
				.values({
					agentId,
					leadId: viewer.id,
					scorecardId: card.id,
					scorecardVersion: card.version,
					reference,
					interactionDate: input.interactionDate,
					excerpt,
					marks,
					score: 0,
					comment,
					createdAt: now,
					updatedAt: now
				})
				.returning()
		);
		const { statementId, score } = await record(tx, review, card, marks, viewer.id, now);
		await exec(tx.update(reviews).set({ statementId, score }).where(eq(reviews.id, review.id)));
		await notify(tx, agentId, 'review', { reference }, `/reviews/${review.id}`, now);
		await exec(
			tx.insert(auditLog).values({
				actorId: viewer.id,
				action: 'review.create',
				target: `user:${agentId}`,
				detail: { review: review.id },
				at: now
			})
		);
		return { ...review, statementId, score };
	});
}

async function ownReview(tx: Tx, viewer: Viewer, id: number) {
	const review = await one(tx.select().from(reviews).where(eq(reviews.id, id)));
	if (!review || review.agentId !== viewer.id) throw new DomainError('review_not_found', 404);
	return review;
}

/** The agent accepts the review as it stands. Only a new review can be answered, once. */
export async function acknowledgeReview(db: Db, viewer: Viewer, id: number, now = Date.now()) {
	await write(db, async (tx) => {
		const review = await ownReview(tx, viewer, id);
		if (review.status !== 'new') throw new DomainError('review_answered', 409);
		await exec(
			tx.update(reviews).set({ status: 'acknowledged', updatedAt: now }).where(eq(reviews.id, id))
		);
		await settle(tx, 'review', `/reviews/${id}`, now, viewer.id);
	});
}

/** The agent disputes the review with a reason; their lead is notified. */
export async function disputeReview(
	db: Db,
	viewer: Viewer,
	id: number,
	reason: string,
	now = Date.now()
) {
	await write(db, async (tx) => {
		const review = await ownReview(tx, viewer, id);
		const text = reason.trim();
		if (!text) throw new DomainError('review_reason_empty', 400);
		if (text.length > REVIEW_TEXT_MAX)
			throw new DomainError('review_reason_long', 400, { max: REVIEW_TEXT_MAX });
		if (review.status !== 'new') throw new DomainError('review_answered', 409);
		await exec(
			tx
				.update(reviews)
				.set({ status: 'disputed', disputeReason: text, updatedAt: now })
				.where(and(eq(reviews.id, id), eq(reviews.status, 'new')))
		);
		await settle(tx, 'review', `/reviews/${id}`, now, viewer.id);
		const agent = await one(
			tx.select({ name: users.name }).from(users).where(eq(users.id, viewer.id))
		);
		if (review.leadId)
			await notify(
				tx,
				review.leadId,
				'dispute',
				{ name: agent?.name ?? '', reference: review.reference },
				`/reviews/${id}`,
				now
			);
	});
}

/**
 * The agent's lead (or an admin) resolves a dispute: the score stands, or it is revised with new
 * marks, which appends a new statement and replaces the review's evidence. Either way with a note.
 */
export async function resolveReview(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	id: number,
	input: { outcome: string; note: string; marks: (itemId: string) => string },
	now = Date.now()
) {
	await write(db, async (tx) => {
		const review = await one(tx.select().from(reviews).where(eq(reviews.id, id)));
		if (!review) throw new DomainError('review_not_found', 404);
		await requireCoachOf(tx, viewer, review.agentId);
		if (input.outcome !== 'upheld' && input.outcome !== 'revised')
			throw new DomainError('review_outcome', 400);
		const note = input.note.trim();
		if (!note) throw new DomainError('review_resolution_empty', 400);
		if (note.length > REVIEW_TEXT_MAX)
			throw new DomainError('review_reason_long', 400, { max: REVIEW_TEXT_MAX });
		if (review.status !== 'disputed') throw new DomainError('review_not_disputed', 409);
		const set: Partial<Review> = { status: 'resolved', resolution: note, updatedAt: now };
		if (input.outcome === 'revised') {
			const card = content.scorecard(review.scorecardId);
			if (!card) throw new DomainError('review_scorecard_unknown', 409);
			const marks = parseMarks(card, input.marks);
			if (review.statementId)
				await exec(
					tx
						.delete(competencyEvidence)
						.where(
							and(
								eq(competencyEvidence.userId, review.agentId),
								eq(competencyEvidence.statementId, review.statementId)
							)
						)
				);
			const revised = await record(tx, review, card, marks, viewer.id, now);
			Object.assign(set, {
				marks,
				score: revised.score,
				statementId: revised.statementId,
				scorecardVersion: card.version
			});
		}
		await exec(
			tx
				.update(reviews)
				.set(set)
				.where(and(eq(reviews.id, id), eq(reviews.status, 'disputed')))
		);
		await notify(
			tx,
			review.agentId,
			'resolved',
			{ reference: review.reference },
			`/reviews/${id}`,
			now
		);
		await settle(tx, 'dispute', `/reviews/${id}`, now);
	});
}

/** A review for the agent, their leads and admins; anyone else gets the same 404 as no review. */
export async function reviewFor(db: Db, viewer: Viewer, id: number) {
	const review = await one(db.select().from(reviews).where(eq(reviews.id, id)));
	if (!review) return null;
	const allowed =
		review.agentId === viewer.id ||
		(viewer.role !== 'learner' && (await canSee(db, viewer, review.agentId)));
	return allowed ? review : null;
}

/** One agent's reviews, newest first. */
const reviewsOfQuery = prepared((db) =>
	db
		.select({
			id: reviews.id,
			reference: reviews.reference,
			interactionDate: reviews.interactionDate,
			score: reviews.score,
			status: reviews.status,
			scorecardId: reviews.scorecardId,
			createdAt: reviews.createdAt
		})
		.from(reviews)
		.where(eq(reviews.agentId, sql.placeholder('agent')))
		.orderBy(desc(reviews.createdAt), desc(reviews.id))
		.limit(sql.placeholder('limit'))
		.prepare()
);

export async function reviewsOf(db: Db, agentId: number, limit = 50) {
	return await reviewsOfQuery(db).all({ agent: agentId, limit });
}
