import { and, desc, eq } from 'drizzle-orm';
import { returned, write, type Db, exec } from '../db';
import { SUGGESTION_STATUSES, suggestions, users } from '../db/schema';
import { DomainError } from '../errors';

export const SUGGESTION_MAX = 2000;
export const REPLY_MAX = 1000;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export async function submitSuggestion(
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
	return await write(
		db,
		async (tx) =>
			await returned(
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
			)
	);
}

/**
 * A lead's answer: a status and a public reply. Declining needs a reason: "no" without a why
 * is exactly what makes people stop suggesting.
 */
export async function answerSuggestion(
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
	await write(db, async (tx) => {
		const r = await exec(
			tx
				.update(suggestions)
				.set({
					status: status as SuggestionStatus,
					reply: text || null,
					repliedBy: byUserId,
					updatedAt: now
				})
				.where(and(eq(suggestions.id, suggestionId), eq(suggestions.teamId, teamId)))
		);
		if (r.changes === 0) throw new DomainError('suggestion_not_found', 404);
	});
}

export async function teamSuggestions(db: Db, teamId: number) {
	return await db
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
		.orderBy(desc(suggestions.createdAt), desc(suggestions.id));
}
