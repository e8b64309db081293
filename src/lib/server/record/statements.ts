import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { statements, type Statement } from '../db/schema';

/** The verbs Coachline records, each with its xAPI IRI (ADL's where one exists). */
export const VERBS = {
	experienced: 'http://adlnet.gov/expapi/verbs/experienced',
	completed: 'http://adlnet.gov/expapi/verbs/completed',
	answered: 'http://adlnet.gov/expapi/verbs/answered',
	attempted: 'http://adlnet.gov/expapi/verbs/attempted',
	passed: 'http://adlnet.gov/expapi/verbs/passed',
	failed: 'http://adlnet.gov/expapi/verbs/failed',
	/** A lead confirms sustained performance in a competency (Activity Streams' "confirm"). */
	confirmed: 'http://activitystrea.ms/schema/1.0/confirm',
	/** A lead's quality review scored one of the agent's real interactions. */
	scored: 'http://adlnet.gov/expapi/verbs/scored'
} as const;
export type Verb = keyof typeof VERBS;

export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'timestamp' | 'verb'> & {
	verb: Verb;
	timestamp?: number;
};

/** Appends one statement inside the caller's transaction (projections go in the same one). */
export function appendStatement(tx: Tx, s: NewStatement): Statement {
	return tx
		.insert(statements)
		.values({ ...s, id: crypto.randomUUID(), timestamp: s.timestamp ?? Date.now() })
		.returning()
		.get();
}

/** One person's statements, oldest first. */
export function statementsOf(db: Db, actorId: number): Statement[] {
	return db
		.select()
		.from(statements)
		.where(eq(statements.actorId, actorId))
		.orderBy(asc(statements.timestamp))
		.all();
}
