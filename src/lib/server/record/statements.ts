import { asc, eq } from 'drizzle-orm';
import { returned, type Db, type Tx } from '../db';
import { statements, type Statement } from '../db/schema';
import { queueStatement } from './forward';
import type { Verb } from './verbs';

export { VERBS, type Verb } from './verbs';

export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'timestamp' | 'verb'> & {
	verb: Verb;
	timestamp?: number;
};

/** Appends one statement inside the caller's transaction (projections go in the same one). */
export async function appendStatement(tx: Tx, s: NewStatement): Promise<Statement> {
	const row = await returned(
		tx
			.insert(statements)
			.values({ ...s, id: crypto.randomUUID(), timestamp: s.timestamp ?? Date.now() })
			.returning()
	);
	// To the organisation's LRS too, when forwarding is on (same transaction: forward.ts).
	queueStatement(tx, row);
	return row;
}

/** One person's statements, oldest first. */
export async function statementsOf(db: Db, actorId: number): Promise<Statement[]> {
	return await db
		.select()
		.from(statements)
		.where(eq(statements.actorId, actorId))
		.orderBy(asc(statements.timestamp));
}
