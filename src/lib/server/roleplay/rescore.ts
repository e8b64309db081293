import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { write, type Db, type Tx, exec, one } from '../db';
import {
	competencyEvidence,
	progress,
	replyReviews,
	roleplayRuns,
	teamMembers,
	teams,
	users,
	type ReplyReview,
	type RoleplayRun
} from '../db/schema';
import { DomainError } from '../errors';
import { completeAssignments } from '../cockpit/assignments';
import { notify, settle } from '../cockpit/notifications';
import { runAccess } from './observed';
import { appendOutcome, recordEvidence, shareInTx } from './runs';
import { scoreRun, type Decision } from './scoring';
import type { Scenario } from './types';

/**
 * People in the loop on typed replies. The agent contests how one reply was scored (which
 * shares the run, so their lead can read it); a lead re-scores it with a reason, replacing that
 * decision's evidence, or lets the score stand. Every change is one transaction.
 */

export const MAX_REASON = 500;

type Viewer = { id: number; role: 'learner' | 'lead' | 'admin' };

const scoreOf = (d: Decision) => (d.best > 0 ? Math.min(1, Math.max(0, d.value / d.best)) : 0);

function reason(text: string) {
	const r = text.trim();
	if (!r) throw new DomainError('reply_review_reason_empty', 400);
	if (r.length > MAX_REASON)
		throw new DomainError('reply_review_reason_long', 400, { max: MAX_REASON });
	return r;
}

/** The typed-reply decision at `step` of a finished run, read inside the transaction. */
async function typedDecision(tx: Tx, runId: string, step: number) {
	const run = await one(tx.select().from(roleplayRuns).where(eq(roleplayRuns.id, runId)));
	if (!run) throw new DomainError('roleplay_not_found', 404);
	if (run.status !== 'finished') throw new DomainError('reply_review_unfinished', 409);
	const decisions = run.decisions as Decision[];
	const index = decisions.findIndex((d) => d.step === step && d.kind === 'free');
	if (index < 0) throw new DomainError('reply_review_no_reply', 404);
	return { run, decisions, index, decision: decisions[index] };
}

async function reviewOf(
	tx: Tx | Db,
	runId: string,
	step: number
): Promise<ReplyReview | undefined> {
	return await one(
		tx
			.select()
			.from(replyReviews)
			.where(and(eq(replyReviews.runId, runId), eq(replyReviews.step, step)))
	);
}

/** The leads of the teams a person is in. */
async function leadsOf(tx: Tx, userId: number): Promise<number[]> {
	return (
		await tx
			.selectDistinct({ id: teams.leadId })
			.from(teamMembers)
			.innerJoin(teams, eq(teams.id, teamMembers.teamId))
			.where(and(eq(teamMembers.userId, userId), isNotNull(teams.leadId)))
	).map((r) => r.id!);
}

/** The agent contests the score of one of their typed replies (once per reply). */
export async function contestReply(
	db: Db,
	run: RoleplayRun,
	scenario: Scenario,
	userId: number,
	step: number,
	why: string,
	now = Date.now()
) {
	if (run.userId !== userId) throw new DomainError('roleplay_not_found', 404);
	const text = reason(why);
	await write(db, async (tx) => {
		const { run: fresh, decision } = await typedDecision(tx, run.id, step);
		if (await reviewOf(tx, run.id, step)) throw new DomainError('reply_review_exists', 409);
		await exec(
			tx.insert(replyReviews).values({
				runId: run.id,
				step,
				scenarioId: fresh.scenarioId,
				freeStep: decision.free ?? '',
				status: 'contested',
				contestReason: text,
				contestedAt: now,
				scoreBefore: scoreOf(decision),
				createdAt: now
			})
		);
		// A lead can only read a shared run: contesting shares it (the page says so).
		if (fresh.sharedAt === null) await shareInTx(tx, run.id, null, true, now);
		const name = (await one(
			tx.select({ name: users.name }).from(users).where(eq(users.id, userId))
		))!.name;
		for (const lead of await leadsOf(tx, userId))
			await notify(
				tx,
				lead,
				'contest',
				{ name, title: scenario.title },
				`/practice/runs/${run.id}#reply-${step}`,
				now
			);
	});
}

/**
 * A lead (of a team the agent is in, or an admin) re-scores one typed reply of a run shared with
 * them: the decision's rubric points become the new share of what the step offered, the run is
 * scored again, its evidence is replaced and a new outcome statement is appended.
 */
export async function rescoreReply(
	db: Db,
	viewer: Viewer,
	run: RoleplayRun,
	scenario: Scenario,
	step: number,
	score: number,
	why: string,
	now = Date.now()
) {
	if ((await runAccess(db, viewer, run)) !== 'reviewer')
		throw new DomainError('roleplay_not_found', 404);
	if (!Number.isInteger(score) || score < 0 || score > 100)
		throw new DomainError('reply_review_score', 400);
	const text = reason(why);
	await write(db, async (tx) => {
		const { run: fresh, decisions, index, decision } = await typedDecision(tx, run.id, step);
		if (fresh.sharedAt === null) throw new DomainError('roleplay_not_found', 404);
		if (fresh.scenarioVersion !== scenario.version)
			throw new DomainError('reply_review_changed', 409);
		const share = score / 100;
		const before = await reviewOf(tx, run.id, step);
		const original = decision.rescored?.from ?? scoreOf(decision);
		const points: Record<string, number> = {};
		// Variables keep what the reply did to the story; the rubric points become the lead's share.
		for (const [name, n] of Object.entries(decision.points))
			if (!scenario.criteria.some((c) => c.id === name)) points[name] = n;
		for (const c of scenario.criteria)
			if (decision.opportunity[c.id])
				points[c.id] = Math.round(decision.opportunity[c.id] * share * 1000) / 1000;
		decisions[index] = {
			...decision,
			points,
			value: share * decision.best,
			rescored: { score: share, reason: text, by: viewer.id, at: now, from: original }
		};
		const ending = fresh.ending ? scenario.endings.get(fresh.ending) : undefined;
		const result = scoreRun(scenario, decisions, ending?.success ?? false);
		await exec(
			tx
				.update(roleplayRuns)
				.set({
					decisions,
					score: result.score,
					passed: result.passed,
					result: Object.fromEntries(result.criteria.map((c) => [c.id, c.score])),
					updatedAt: now
				})
				.where(eq(roleplayRuns.id, run.id))
		);
		const outcome = await appendOutcome(
			tx,
			run,
			scenario,
			fresh.ending,
			result,
			{ mode: 'practice', rescored: { step, by: viewer.id, score: share } },
			now
		);
		await exec(tx.delete(competencyEvidence).where(eq(competencyEvidence.runId, run.id)));
		await recordEvidence(tx, run.userId, scenario, result, 'roleplay', outcome.id, now, {
			runId: run.id,
			private: false
		});
		await updateProgress(tx, run.userId, scenario.id, result.passed, now);
		const row = {
			status: 'rescored' as const,
			scoreAfter: share,
			reviewerId: viewer.id,
			reviewReason: text,
			reviewedAt: now
		};
		if (before) await exec(tx.update(replyReviews).set(row).where(eq(replyReviews.id, before.id)));
		else
			await exec(
				tx.insert(replyReviews).values({
					runId: run.id,
					step,
					scenarioId: scenario.id,
					freeStep: decision.free ?? '',
					scoreBefore: original,
					createdAt: now,
					...row
				})
			);
		await notify(
			tx,
			run.userId,
			'rescored',
			{ title: scenario.title },
			`/practice/runs/${run.id}#reply-${step}`,
			now
		);
		await settle(tx, 'contest', `/practice/runs/${run.id}#reply-${step}`, now);
	});
}

/** A lead answers a contest by letting the score stand, with a reason. */
export async function upholdReply(
	db: Db,
	viewer: Viewer,
	run: RoleplayRun,
	scenario: Scenario,
	step: number,
	why: string,
	now = Date.now()
) {
	if ((await runAccess(db, viewer, run)) !== 'reviewer')
		throw new DomainError('roleplay_not_found', 404);
	const text = reason(why);
	await write(db, async (tx) => {
		await typedDecision(tx, run.id, step);
		const review = await reviewOf(tx, run.id, step);
		if (!review || review.status !== 'contested')
			throw new DomainError('reply_review_not_contested', 409);
		await exec(
			tx
				.update(replyReviews)
				.set({ status: 'upheld', reviewerId: viewer.id, reviewReason: text, reviewedAt: now })
				.where(and(eq(replyReviews.id, review.id), eq(replyReviews.status, 'contested')))
		);
		await notify(
			tx,
			run.userId,
			'rescored',
			{ title: scenario.title },
			`/practice/runs/${run.id}#reply-${step}`,
			now
		);
		await settle(tx, 'contest', `/practice/runs/${run.id}#reply-${step}`, now);
	});
}

/** Best score from the person's finished runs; a re-score that passes completes the scenario. */
async function updateProgress(
	tx: Tx,
	userId: number,
	scenarioId: string,
	passed: boolean,
	now: number
) {
	await exec(
		tx
			.update(progress)
			.set({
				bestScore: sql`(select max(${roleplayRuns.score}) from ${roleplayRuns} where ${roleplayRuns.userId} = ${userId} and ${roleplayRuns.scenarioId} = ${scenarioId} and ${roleplayRuns.status} = 'finished')`,
				...(passed
					? {
							status: 'completed' as const,
							completedAt: sql`coalesce(${progress.completedAt}, ${now})`
						}
					: {})
			})
			.where(
				and(
					eq(progress.userId, userId),
					eq(progress.objectType, 'scenario'),
					eq(progress.objectId, scenarioId)
				)
			)
	);
	if (passed) await completeAssignments(tx, userId, 'scenario', scenarioId, now);
}

/** The reviews of a run's typed replies, by step. */
export async function replyReviewsOf(db: Db, runId: string): Promise<Map<number, ReplyReview>> {
	return new Map(
		(await db.select().from(replyReviews).where(eq(replyReviews.runId, runId))).map((r) => [
			r.step,
			r
		])
	);
}

/**
 * Contested and re-scored replies of a scenario, without names, for authors: what people wrote,
 * how the rules read it and what a lead decided. Only runs that are still shared.
 */
export async function replyCandidates(db: Db, scenarioId: string) {
	const rows = await db
		.select({ review: replyReviews, decisions: roleplayRuns.decisions })
		.from(replyReviews)
		.innerJoin(roleplayRuns, eq(roleplayRuns.id, replyReviews.runId))
		.where(and(eq(replyReviews.scenarioId, scenarioId), isNotNull(roleplayRuns.sharedAt)))
		.orderBy(replyReviews.freeStep, replyReviews.createdAt);
	return rows.flatMap(({ review, decisions }) => {
		const d = (decisions as Decision[]).find((x) => x.step === review.step);
		return d
			? [
					{
						step: review.freeStep,
						reply: d.response,
						status: review.status,
						scoreBefore: review.scoreBefore,
						scoreAfter: review.scoreAfter,
						contestReason: review.contestReason,
						reviewReason: review.reviewReason,
						at: review.reviewedAt ?? review.contestedAt ?? review.createdAt
					}
				]
			: [];
	});
}

export type ReplyCandidate = Awaited<ReturnType<typeof replyCandidates>>[number];
