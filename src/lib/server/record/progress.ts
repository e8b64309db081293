import { sql } from 'drizzle-orm';
import { exec, type Tx } from '../db';
import { progress } from '../db/schema';
import { completeAssignments } from '../cockpit/assignments';

/**
 * The progress projection after one scored attempt at a quiz or a scenario: one more attempt,
 * the best score so far, and completed (first time only) when it passed, which also closes open assignments of it. Runs in the caller's
 * transaction, with the statements it projects.
 */
export async function recordScoredAttempt(
	tx: Tx,
	a: {
		userId: number;
		objectType: 'quiz' | 'scenario';
		objectId: string;
		startedAt: number;
		score: number;
		passed: boolean;
		now: number;
	}
) {
	await exec(
		tx
			.insert(progress)
			.values({
				userId: a.userId,
				objectType: a.objectType,
				objectId: a.objectId,
				status: a.passed ? 'completed' : 'started',
				startedAt: a.startedAt,
				completedAt: a.passed ? a.now : null,
				bestScore: a.score,
				attempts: 1
			})
			.onConflictDoUpdate({
				target: [progress.userId, progress.objectType, progress.objectId],
				set: {
					attempts: sql`${progress.attempts} + 1`,
					bestScore: sql`max(coalesce(${progress.bestScore}, 0), ${a.score})`,
					status: a.passed ? 'completed' : sql`${progress.status}`,
					completedAt: a.passed
						? sql`coalesce(${progress.completedAt}, ${a.now})`
						: sql`${progress.completedAt}`
				}
			})
	);
	if (a.passed) await completeAssignments(tx, a.userId, a.objectType, a.objectId, a.now);
}
