import { and, desc, eq, isNull } from 'drizzle-orm';
import { exec, type Db, type Tx } from '../db';
import { notifications } from '../db/schema';
import { queueEmail } from '../mail/outbox';

export type NotificationKind = (typeof notifications.$inferInsert)['kind'];

/**
 * Adds a notification inside the caller's transaction, so it exists exactly when its cause does,
 * and its email (when email is on and the person wants it) in the same transaction.
 */
export async function notify(
	tx: Tx,
	userId: number,
	kind: NotificationKind,
	params: Record<string, string>,
	link: string,
	now: number
) {
	await exec(tx.insert(notifications).values({ userId, kind, params, link, createdAt: now }));
	await queueEmail(tx, userId, kind, params, link, now);
}

/**
 * Marks read, inside the caller's transaction, the notifications that asked for something now
 * done: those of `kind` pointing at `link` (for one person, or for everyone asked: a contest goes
 * to every lead of the agent, and one answer settles it for all). A notification that asks for
 * an answer is not left waiting once it has been answered.
 */
export async function settle(
	tx: Tx,
	kind: NotificationKind,
	link: string,
	now: number,
	userId?: number
) {
	await exec(
		tx
			.update(notifications)
			.set({ readAt: now })
			.where(
				and(
					eq(notifications.kind, kind),
					eq(notifications.link, link),
					isNull(notifications.readAt),
					userId === undefined ? undefined : eq(notifications.userId, userId)
				)
			)
	);
}

/** The newest notifications first (read ones too, up to `limit`). */
export async function notificationsOf(db: Db, userId: number, limit = 50) {
	return await db
		.select()
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(limit);
}

/** Marks one (or, without `id`, every) notification of the user read. Other people's: no effect. */
export async function markRead(db: Db, userId: number, id?: number, now = Date.now()) {
	await exec(
		db
			.update(notifications)
			.set({ readAt: now })
			.where(
				and(
					eq(notifications.userId, userId),
					isNull(notifications.readAt),
					id === undefined ? undefined : eq(notifications.id, id)
				)
			)
	);
}
