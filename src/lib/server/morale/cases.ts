import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { returned, write, type Db, exec, one } from '../db';
import { caseReactions, learningCases, REACTIONS } from '../db/schema';
import { DomainError } from '../errors';

export const CASE_TITLE_MAX = 120;
export const CASE_BODY_MAX = 4000;
export type Reaction = (typeof REACTIONS)[number];

export async function publishCase(
	db: Db,
	authorId: number,
	teamId: number,
	input: { kind: string; title: string; body: string; competencies: string[] },
	knownCompetencies: Set<string>,
	now = Date.now()
) {
	const title = input.title.trim();
	const body = input.body.trim();
	if (input.kind !== 'success' && input.kind !== 'lesson')
		throw new DomainError('case_kind_invalid', 422);
	if (!title || !body) throw new DomainError('case_empty', 422);
	if (title.length > CASE_TITLE_MAX || body.length > CASE_BODY_MAX)
		throw new DomainError('case_too_long', 422);
	if (input.competencies.some((c) => !knownCompetencies.has(c)))
		throw new DomainError('case_competency_invalid', 422);
	return await write(
		db,
		async (tx) =>
			await returned(
				tx
					.insert(learningCases)
					.values({
						teamId,
						authorId,
						kind: input.kind as 'success' | 'lesson',
						title,
						body,
						competencies: input.competencies,
						createdAt: now
					})
					.returning()
			)
	);
}

/** Adds a reaction, or takes it back when the person already gave it. */
export async function toggleReaction(
	db: Db,
	userId: number,
	caseId: number,
	teamId: number,
	reaction: string
) {
	if (!(REACTIONS as readonly string[]).includes(reaction))
		throw new DomainError('case_reaction_invalid', 422);
	await write(db, async (tx) => {
		const found = await one(
			tx
				.select({ id: learningCases.id })
				.from(learningCases)
				.where(and(eq(learningCases.id, caseId), eq(learningCases.teamId, teamId)))
		);
		if (!found) throw new DomainError('case_not_found', 404);
		const key = and(
			eq(caseReactions.caseId, caseId),
			eq(caseReactions.userId, userId),
			eq(caseReactions.reaction, reaction as Reaction)
		);
		const removed = await exec(tx.delete(caseReactions).where(key));
		if (removed.changes === 0)
			await exec(
				tx.insert(caseReactions).values({ caseId, userId, reaction: reaction as Reaction })
			);
	});
}

export async function teamCases(db: Db, teamId: number, viewerId: number) {
	const cases = await db
		.select()
		.from(learningCases)
		.where(eq(learningCases.teamId, teamId))
		.orderBy(desc(learningCases.createdAt), desc(learningCases.id));
	const ids = cases.map((c) => c.id);
	const counts = ids.length
		? await db
				.select({
					caseId: caseReactions.caseId,
					reaction: caseReactions.reaction,
					n: sql<number>`count(*)`,
					mine: sql<number>`sum(${caseReactions.userId} = ${viewerId})`
				})
				.from(caseReactions)
				.where(inArray(caseReactions.caseId, ids))
				.groupBy(caseReactions.caseId, caseReactions.reaction)
		: [];
	return cases.map((c) => ({
		id: c.id,
		kind: c.kind,
		title: c.title,
		body: c.body,
		competencies: c.competencies,
		createdAt: c.createdAt,
		reactions: REACTIONS.map((r) => {
			const row = counts.find((x) => x.caseId === c.id && x.reaction === r);
			return { reaction: r, count: row?.n ?? 0, mine: !!row?.mine };
		})
	}));
}
