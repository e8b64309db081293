import { and, desc, eq } from 'drizzle-orm';
import { write, type Db } from '../db';
import { SUGGESTION_STATUSES, suggestions, users } from '../db/schema';
import { DomainError } from '../errors';

export const SUGGESTION_MAX = 2000;
export const REPLY_MAX = 1000;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export function submitSuggestion(
	db: Db,
	authorId: number,
	teamId: number,
	body: string,
	anonymous: boolean,
	now = Date.now()
) {
	const text = body.trim();
	if (!text) throw new DomainError('suggestion_empty', 422);
	if (text.length > SUGGESTION_MAX)
		throw new DomainError('suggestion_too_long', 422, { max: SUGGESTION_MAX });
	return write(db, (tx) =>
		tx
			.insert(suggestions)
			.values({
				teamId,
				authorId: anonymous ? null : authorId,
				body: text,
				createdAt: now,
				updatedAt: now
			})
			.returning()
			.get()
	);
}

/**
 * A lead's answer: a status and a public reply. Declining needs a reason: "no" without a why
 * is exactly what makes people stop suggesting.
 */
export function answerSuggestion(
	db: Db,
	suggestionId: number,
	teamId: number,
	status: string,
	reply: string,
	byUserId: number,
	now = Date.now()
) {
	if (!(SUGGESTION_STATUSES as readonly string[]).includes(status))
		throw new DomainError('suggestion_status_invalid', 422);
	const text = reply.trim();
	if (text.length > REPLY_MAX)
		throw new DomainError('suggestion_reply_too_long', 422, { max: REPLY_MAX });
	if (status === 'declined' && !text) throw new DomainError('suggestion_decline_reason', 422);
	write(db, (tx) => {
		const r = tx
			.update(suggestions)
			.set({
				status: status as SuggestionStatus,
				reply: text || null,
				repliedBy: byUserId,
				updatedAt: now
			})
			.where(and(eq(suggestions.id, suggestionId), eq(suggestions.teamId, teamId)))
			.run();
		if (r.changes === 0) throw new DomainError('suggestion_not_found', 404);
	});
}

export function teamSuggestions(db: Db, teamId: number) {
	return db
		.select({
			id: suggestions.id,
			body: suggestions.body,
			author: users.name,
			authorId: suggestions.authorId,
			status: suggestions.status,
			reply: suggestions.reply,
			createdAt: suggestions.createdAt,
			updatedAt: suggestions.updatedAt
		})
		.from(suggestions)
		.leftJoin(users, eq(users.id, suggestions.authorId))
		.where(eq(suggestions.teamId, teamId))
		.orderBy(desc(suggestions.createdAt), desc(suggestions.id))
		.all();
}
