import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { notifications } from '../db/schema';
import { queueEmail } from '../mail/outbox';

export type NotificationKind = (typeof notifications.$inferInsert)['kind'];

/**
 * Adds a notification inside the caller's transaction, so it exists exactly when its cause does,
 * and its email (when email is on and the person wants it) in the same transaction.
 */
export function notify(
	tx: Tx,
	userId: number,
	kind: NotificationKind,
	params: Record<string, string>,
	link: string,
	now: number
) {
	tx.insert(notifications).values({ userId, kind, params, link, createdAt: now }).run();
	queueEmail(tx, userId, kind, params, link, now);
}

/**
 * Marks read, inside the caller's transaction, the notifications that asked for something now
 * done: those of `kind` pointing at `link` (for one person, or for everyone asked: a contest goes
 * to every lead of the agent, and one answer settles it for all). A notification that asks for
 * an answer is not left waiting once it has been answered.
 */
export function settle(tx: Tx, kind: NotificationKind, link: string, now: number, userId?: number) {
	tx.update(notifications)
		.set({ readAt: now })
		.where(
			and(
				eq(notifications.kind, kind),
				eq(notifications.link, link),
				isNull(notifications.readAt),
				userId === undefined ? undefined : eq(notifications.userId, userId)
			)
		)
		.run();
}

/** The newest notifications first (read ones too, up to `limit`). */
export function notificationsOf(db: Db, userId: number, limit = 50) {
	return db
		.select()
		.from(notifications)
		.where(eq(notifications.userId, userId))
		.orderBy(desc(notifications.createdAt), desc(notifications.id))
		.limit(limit)
		.all();
}

/** Marks one (or, without `id`, every) notification of the user read. Other people's: no effect. */
export function markRead(db: Db, userId: number, id?: number, now = Date.now()) {
	db.update(notifications)
		.set({ readAt: now })
		.where(
			and(
				eq(notifications.userId, userId),
				isNull(notifications.readAt),
				id === undefined ? undefined : eq(notifications.id, id)
			)
		)
		.run();
}
