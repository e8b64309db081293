import { desc, eq } from 'drizzle-orm';
import { canSee } from '../auth/guard';
import { returned, write, type Db, exec, one } from '../db';
import { auditLog, observedPractice, users, type RoleplayRun } from '../db/schema';
import { DomainError } from '../errors';
import { appendStatement } from '../record/statements';
import { recordEvidence } from './runs';
import type { CriterionResult } from './scoring';
import type { Scenario } from './types';

/** Observed-practice ratings: 0 not shown … 4 role model, per rubric criterion. */
export const RATING_MAX = 4;
export const MAX_OBSERVED_COMMENT = 2000;

type Viewer = { id: number; role: 'learner' | 'lead' | 'admin' };

/** Who a viewer is to a run: its owner, a lead it was shared with, or nobody (404). */
export async function runAccess(
	db: Db,
	viewer: Viewer,
	run: RoleplayRun
): Promise<'owner' | 'reviewer' | null> {
	if (run.userId === viewer.id) return 'owner';
	if (run.sharedAt !== null && viewer.role !== 'learner' && (await canSee(db, viewer, run.userId)))
		return 'reviewer';
	return null;
}

/** Scores a rubric from ratings: each criterion rating ÷ 4, weighted like a played run. */
export function scoreRatings(scenario: Scenario, ratings: Record<string, number>) {
	const criteria: Pick<CriterionResult, 'id' | 'competency' | 'weight' | 'score'>[] =
		scenario.criteria.map((c) => ({
			id: c.id,
			competency: c.competency,
			weight: c.weight,
			score: ratings[c.id] / RATING_MAX
		}));
	const total = criteria.reduce((s, c) => s + c.weight, 0);
	const score =
		Math.round((criteria.reduce((s, c) => s + c.weight * c.score!, 0) / total) * 1000) / 1000;
	return { criteria, score };
}

/** Reads the rating form: every criterion rated 0–4 (a missing or bad rating is refused). */
export function readRatings(scenario: Scenario, form: FormData): Record<string, number> {
	const ratings: Record<string, number> = {};
	for (const c of scenario.criteria) {
		const raw = form.get(`rating-${c.id}`);
		const n = typeof raw === 'string' && /^\d$/.test(raw) ? Number(raw) : NaN;
		if (!(n >= 0 && n <= RATING_MAX))
			throw new DomainError('observed_rating_missing', 400, { criterion: c.label });
		ratings[c.id] = n;
	}
	return ratings;
}

/**
 * Records an observed practice: a lead watched `agentId` play the scenario live and rated its
 * rubric. The agent gets `passed`/`failed` in their record and competency evidence of kind
 * `observed`, in one transaction with the observation and an audit entry.
 */
export async function recordObserved(
	db: Db,
	observer: Viewer,
	agentId: number,
	scenario: Scenario,
	input: { ratings: Record<string, number>; ending: string | null; comment: string },
	now = Date.now()
) {
	const agent = await one(db.select().from(users).where(eq(users.id, agentId)));
	if (!agent || agent.status !== 'active') throw new DomainError('observed_unknown_agent', 400);
	if (agent.id === observer.id) throw new DomainError('observed_self', 400);
	if (observer.role === 'learner' || !(await canSee(db, observer, agentId)))
		throw new DomainError('forbidden', 403);
	if (input.ending !== null && !scenario.endings.has(input.ending))
		throw new DomainError('observed_unknown_ending', 400);
	const comment = input.comment.trim();
	if (comment.length > MAX_OBSERVED_COMMENT)
		throw new DomainError('roleplay_comment_too_long', 400, { max: MAX_OBSERVED_COMMENT });
	const { criteria, score } = scoreRatings(scenario, input.ratings);
	const success = input.ending === null || scenario.endings.get(input.ending)!.success;
	const passed = success && score >= scenario.passMark;
	const id = crypto.randomUUID().replaceAll('-', '');
	return await write(db, async (tx) => {
		const row = await returned(
			tx
				.insert(observedPractice)
				.values({
					id,
					scenarioId: scenario.id,
					scenarioVersion: scenario.version,
					agentId,
					observerId: observer.id,
					ratings: input.ratings,
					ending: input.ending,
					comment,
					score,
					passed,
					createdAt: now
				})
				.returning()
		);
		const s = await appendStatement(tx, {
			actorId: agentId,
			verb: passed ? 'passed' : 'failed',
			objectType: 'scenario',
			objectId: scenario.id,
			scoreScaled: score,
			success: passed,
			completion: true,
			result: { ending: input.ending, criteria: input.ratings },
			registration: id,
			context: { mode: 'observed', observer: observer.id },
			contentVersion: scenario.version,
			timestamp: now
		});
		await recordEvidence(
			tx,
			agentId,
			scenario,
			{ criteria: criteria as CriterionResult[] },
			'observed',
			s.id,
			now
		);
		await exec(
			tx.insert(auditLog).values({
				actorId: observer.id,
				action: 'observed_practice',
				target: `user:${agentId}`,
				detail: { scenario: scenario.id, score, passed },
				at: now
			})
		);
		return row;
	});
}

/** Observed practices of one agent, newest first. */
export async function observedOf(db: Db, agentId: number) {
	return await db
		.select()
		.from(observedPractice)
		.where(eq(observedPractice.agentId, agentId))
		.orderBy(desc(observedPractice.createdAt));
}
