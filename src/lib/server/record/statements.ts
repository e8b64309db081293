import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { statements, type Statement } from '../db/schema';
import { queueStatement } from './forward';
import type { Verb } from './verbs';

export { VERBS, type Verb } from './verbs';

export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'timestamp' | 'verb'> & {
	verb: Verb;
	timestamp?: number;
};

/** Appends one statement inside the caller's transaction (projections go in the same one). */
export function appendStatement(tx: Tx, s: NewStatement): Statement {
	const row = tx
		.insert(statements)
		.values({ ...s, id: crypto.randomUUID(), timestamp: s.timestamp ?? Date.now() })
		.returning()
		.get();
	// To the organisation's LRS too, when forwarding is on (same transaction: forward.ts).
	queueStatement(tx, row);
	return row;
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
