import { asc, eq, getTableColumns, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { canSee } from '../auth/guard';
import { returned, write, type Db, exec, one } from '../db';
import { prepared } from '../db/statements';
import {
	auditLog,
	competencyEvidence,
	devGoals,
	devNotes,
	goalComments,
	selfAssessments,
	users,
	type DevGoal
} from '../db/schema';
import { DomainError } from '../errors';
import { isIsoDate } from '../org/validation';
import { appendStatement } from '../record/statements';

export const GOAL_MAX = 300;
export const NOTES_MAX = 4000;
export const COMMENT_MAX = 1000;

type Viewer = { id: number; role: 'learner' | 'lead' | 'admin' };

function checkGoal(
	input: { competency: string; text: string; targetDate: string },
	competencies: Set<string>
) {
	const text = input.text.trim();
	if (!competencies.has(input.competency)) throw new DomainError('goal_competency', 400);
	if (!text) throw new DomainError('goal_text_empty', 400);
	if (text.length > GOAL_MAX) throw new DomainError('goal_text_long', 400, { max: GOAL_MAX });
	if (!isIsoDate(input.targetDate)) throw new DomainError('goal_date', 400);
	return { competency: input.competency, text, targetDate: input.targetDate };
}

/** The agent adds a goal to their own plan. */
export async function addGoal(
	db: Db,
	userId: number,
	input: { competency: string; text: string; targetDate: string },
	competencies: Set<string>,
	now = Date.now()
) {
	const goal = checkGoal(input, competencies);
	return await write(
		db,
		async (tx) =>
			await returned(
				tx
					.insert(devGoals)
					.values({ userId, ...goal, createdAt: now, updatedAt: now })
					.returning()
			)
	);
}

async function ownGoal(db: Db, userId: number, goalId: number): Promise<DevGoal> {
	const goal = await one(db.select().from(devGoals).where(eq(devGoals.id, goalId)));
	if (!goal || goal.userId !== userId) throw new DomainError('goal_not_found', 404);
	return goal;
}

/** The agent marks a goal done (or open again), or removes it. */
export async function setGoalStatus(
	db: Db,
	userId: number,
	goalId: number,
	status: 'open' | 'done',
	now = Date.now()
) {
	await ownGoal(db, userId, goalId);
	await write(
		db,
		async (tx) =>
			await exec(tx.update(devGoals).set({ status, updatedAt: now }).where(eq(devGoals.id, goalId)))
	);
}

export async function deleteGoal(db: Db, userId: number, goalId: number) {
	await ownGoal(db, userId, goalId);
	await write(db, async (tx) => await exec(tx.delete(devGoals).where(eq(devGoals.id, goalId))));
}

/** A goal someone may act on as a lead: one of the people they can see, not their own. */
async function leadGoal(db: Db, viewer: Viewer, goalId: number): Promise<DevGoal> {
	const goal = await one(db.select().from(devGoals).where(eq(devGoals.id, goalId)));
	if (!goal || !(await canSee(db, viewer, goal.userId)))
		throw new DomainError('goal_not_found', 404);
	if (viewer.role === 'learner' || goal.userId === viewer.id)
		throw new DomainError('forbidden', 403);
	return goal;
}

/** The lead agrees a goal (or withdraws the agreement). */
export async function agreeGoal(
	db: Db,
	viewer: Viewer,
	goalId: number,
	agreed: boolean,
	now = Date.now()
) {
	await leadGoal(db, viewer, goalId);
	await write(
		db,
		async (tx) =>
			await exec(
				tx
					.update(devGoals)
					.set(agreed ? { agreedBy: viewer.id, agreedAt: now } : { agreedBy: null, agreedAt: null })
					.where(eq(devGoals.id, goalId))
			)
	);
}

/** A comment on a goal: by the agent or by a lead who can see them. */
export async function commentGoal(
	db: Db,
	viewer: Viewer,
	goalId: number,
	body: string,
	now = Date.now()
) {
	const goal = await one(db.select().from(devGoals).where(eq(devGoals.id, goalId)));
	if (!goal || !(await canSee(db, viewer, goal.userId)))
		throw new DomainError('goal_not_found', 404);
	const text = body.trim();
	if (!text) throw new DomainError('goal_comment_empty', 400);
	if (text.length > COMMENT_MAX)
		throw new DomainError('goal_comment_long', 400, { max: COMMENT_MAX });
	await write(
		db,
		async (tx) =>
			await exec(
				tx.insert(goalComments).values({ goalId, authorId: viewer.id, body: text, createdAt: now })
			)
	);
}

/** The agent's self-assessment of one competency (0–4), shown beside the computed level. */
export async function selfAssess(
	db: Db,
	userId: number,
	competency: string,
	level: number,
	competencies: Set<string>,
	now = Date.now()
) {
	if (!competencies.has(competency)) throw new DomainError('goal_competency', 400);
	if (!Number.isInteger(level) || level < 0 || level > 4) throw new DomainError('self_level', 400);
	await write(
		db,
		async (tx) =>
			await exec(
				tx
					.insert(selfAssessments)
					.values({ userId, competency, level, updatedAt: now })
					.onConflictDoUpdate({
						target: [selfAssessments.userId, selfAssessments.competency],
						set: { level, updatedAt: now }
					})
			)
	);
}

export async function saveNotes(db: Db, userId: number, body: string, now = Date.now()) {
	if (body.length > NOTES_MAX) throw new DomainError('notes_long', 400, { max: NOTES_MAX });
	await write(
		db,
		async (tx) =>
			await exec(
				tx
					.insert(devNotes)
					.values({ userId, body: body.trim(), updatedAt: now })
					.onConflictDoUpdate({
						target: devNotes.userId,
						set: { body: body.trim(), updatedAt: now }
					})
			)
	);
}

/**
 * A lead confirms that an agent sustains a competency: a `confirmed` statement and evidence of
 * kind `confirmation`, which level 4 (role model) needs.
 */
export async function confirmCompetency(
	db: Db,
	viewer: Viewer,
	agentId: number,
	competency: string,
	competencies: Set<string>,
	now = Date.now()
) {
	if (viewer.role === 'learner' || viewer.id === agentId || !(await canSee(db, viewer, agentId)))
		throw new DomainError('forbidden', 403);
	if (!competencies.has(competency)) throw new DomainError('goal_competency', 400);
	await write(db, async (tx) => {
		const s = await appendStatement(tx, {
			actorId: agentId,
			verb: 'confirmed',
			objectType: 'competency',
			objectId: competency,
			success: true,
			context: { by: viewer.id },
			timestamp: now
		});
		await exec(
			tx.insert(competencyEvidence).values({
				userId: agentId,
				competency,
				kind: 'confirmation',
				score: 1,
				statementId: s.id,
				at: now
			})
		);
		await exec(
			tx.insert(auditLog).values({
				actorId: viewer.id,
				action: 'competency_confirmed',
				target: `user:${agentId}`,
				detail: { competency },
				at: now
			})
		);
	});
}

/** Everything of one person's plan: goals with comments, self-assessments, notes. */
const agreer = alias(users, 'agreer');
const commenter = alias(users, 'commenter');

/** A person's goals, open first, with the name of whoever agreed each. */
const goalsQuery = prepared((db) =>
	db
		.select({ ...getTableColumns(devGoals), agreedByName: agreer.name })
		.from(devGoals)
		.leftJoin(agreer, eq(agreer.id, devGoals.agreedBy))
		.where(eq(devGoals.userId, sql.placeholder('user')))
		.orderBy(asc(devGoals.status), asc(devGoals.targetDate))
		.prepare()
);

/** The comments on a person's goals, oldest first, with their authors' names. */
const commentsQuery = prepared((db) =>
	db
		.select({
			id: goalComments.id,
			goalId: goalComments.goalId,
			body: goalComments.body,
			createdAt: goalComments.createdAt,
			author: commenter.name
		})
		.from(goalComments)
		.innerJoin(devGoals, eq(devGoals.id, goalComments.goalId))
		.leftJoin(commenter, eq(commenter.id, goalComments.authorId))
		.where(eq(devGoals.userId, sql.placeholder('user')))
		.orderBy(asc(goalComments.createdAt), asc(goalComments.id))
		.prepare()
);

const selfQuery = prepared((db) =>
	db
		.select({ competency: selfAssessments.competency, level: selfAssessments.level })
		.from(selfAssessments)
		.where(eq(selfAssessments.userId, sql.placeholder('user')))
		.prepare()
);

const notesQuery = prepared((db) =>
	db
		.select({ body: devNotes.body })
		.from(devNotes)
		.where(eq(devNotes.userId, sql.placeholder('user')))
		.prepare()
);

export async function planOf(db: Db, userId: number) {
	const goals = await goalsQuery(db).all({ user: userId });
	const comments = goals.length ? await commentsQuery(db).all({ user: userId }) : [];
	return {
		goals: goals.map((g) => ({
			...g,
			agreedByName: g.agreedBy ? g.agreedByName : null,
			comments: comments.filter((c) => c.goalId === g.id)
		})),
		self: Object.fromEntries(
			(await selfQuery(db).all({ user: userId })).map((s) => [s.competency, s.level])
		) as Record<string, number>,
		notes: (await notesQuery(db).get({ user: userId }))?.body ?? ''
	};
}
