/**
 * The email outbox: rows written inside the transaction that causes a message (notify(), an
 * invitation, a due-soon reminder), delivered later by the sender (sender.ts). A row is never
 * written when email is off, for a disabled person, or (except invitations) for someone who
 * turned email off; someone on the daily digest has their rows held until their next digest.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { and, asc, count, desc, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { write, type Db, type Tx, exec, one } from '../db';
import {
	assignments,
	emailOutbox,
	orgSettings,
	users,
	type EmailMode,
	EMAIL_MODES
} from '../db/schema';
import type { ContentIndex } from '../content';
import { itemLink, itemTitle } from '../cockpit/items';
import { mailConfig } from './config';
import { DEFAULT_TIME_ZONE, dayIn, instantAt, isTimeZone } from '$lib/format';

export type MailKind =
	| 'assigned'
	| 'review'
	| 'session'
	| 'dispute'
	| 'resolved'
	| 'contest'
	| 'rescored'
	| 'lrs_paused'
	| 'invitation'
	| 'due_soon'
	| 'test';

/** The hour (in the person's zone) their daily digest goes out. */
export const DIGEST_TIME = '08:00';
/** How many days before an assignment's due date its reminder goes out. */
export const DUE_SOON_DAYS = 2;

export function isEmailMode(value: unknown): value is EmailMode {
	return typeof value === 'string' && (EMAIL_MODES as readonly string[]).includes(value);
}

async function orgZone(tx: Tx | Db): Promise<string> {
	const row = await one(
		tx
			.select({ value: orgSettings.value })
			.from(orgSettings)
			.where(eq(orgSettings.key, 'time_zone'))
	);
	return row && isTimeZone(row.value) ? row.value : DEFAULT_TIME_ZONE;
}

/** The next DIGEST_TIME in `zone` strictly after `now`. */
export function nextDigestAt(now: number, zone: string): number {
	const today = dayIn(now, zone);
	const first = instantAt(today, DIGEST_TIME, zone)!;
	if (first > now) return first;
	const tomorrow = dayIn(Date.parse(`${today}T12:00:00Z`) + 86_400_000, 'UTC');
	return instantAt(tomorrow, DIGEST_TIME, zone)!;
}

/**
 * Queues one message for `userId` inside the caller's transaction; says whether it did. A
 * `dedupeKey` makes the call idempotent (a reminder queued twice is queued once).
 */
export async function queueEmail(
	tx: Tx,
	userId: number,
	kind: MailKind,
	params: Record<string, string>,
	link: string,
	now: number,
	dedupeKey?: string
): Promise<boolean> {
	if (!mailConfig()) return false;
	const person = await one(
		tx
			.select({
				status: users.status,
				mode: users.emailMode,
				zone: users.timeZone,
				demo: users.demo
			})
			.from(users)
			.where(eq(users.id, userId))
	);
	// The demo's sample people have addresses nobody reads (*.test): they get no email.
	if (!person || person.status !== 'active' || person.demo) return false;
	// Invitations (and an admin's test message) are asked for by someone now: always sent.
	const always = kind === 'invitation' || kind === 'test';
	if (!always && person.mode === 'off') return false;
	const digest = !always && person.mode === 'daily';
	const due = digest ? nextDigestAt(now, person.zone ?? (await orgZone(tx))) : now;
	const done = await exec(
		tx
			.insert(emailOutbox)
			.values({
				userId,
				kind,
				params,
				link,
				digest,
				dedupeKey: dedupeKey ?? null,
				nextAttemptAt: due,
				createdAt: now
			})
			.onConflictDoNothing({ target: emailOutbox.dedupeKey })
	);
	return done.changes > 0;
}

/**
 * A new invitation replaces the old one: an email still waiting with the old link is dropped (its
 * secret removed) before the new one is queued.
 */
export async function queueInvitation(
	tx: Tx,
	userId: number,
	token: string,
	expiresAt: number,
	now: number
) {
	await exec(
		tx
			.update(emailOutbox)
			.set({ status: 'dropped', params: {}, lastError: 'replaced by a newer invitation' })
			.where(
				and(
					eq(emailOutbox.userId, userId),
					eq(emailOutbox.kind, 'invitation'),
					inArray(emailOutbox.status, ['queued', 'failed'])
				)
			)
	);
	return await queueEmail(
		tx,
		userId,
		'invitation',
		{ token, expires: String(expiresAt) },
		'/invite',
		now
	);
}

/**
 * Queues a reminder for every open assignment due within DUE_SOON_DAYS (today, in the
 * organisation's zone, included) that has none yet. Idempotent: each assignment's reminder has
 * its own dedupe key, so the sender may run this as often as it likes.
 */
export async function queueDueSoon(db: Db, content: ContentIndex, now: number) {
	if (!mailConfig()) return 0;
	const today = dayIn(now, await orgZone(db));
	const last = dayIn(Date.parse(`${today}T12:00:00Z`) + DUE_SOON_DAYS * 86_400_000, 'UTC');
	const due = await db
		.select({
			id: assignments.id,
			userId: assignments.userId,
			type: assignments.itemType,
			itemId: assignments.itemId,
			dueDate: assignments.dueDate
		})
		.from(assignments)
		.where(
			and(
				eq(assignments.status, 'open'),
				gte(assignments.dueDate, today),
				lte(assignments.dueDate, last),
				sql`not exists (select 1 from ${emailOutbox} where ${emailOutbox.dedupeKey} = 'due:' || ${assignments.id})`
			)
		);
	let queued = 0;
	for (const a of due) {
		const item = { type: a.type, id: a.itemId };
		const title = itemTitle(content, item);
		if (title === null) continue;
		const link = itemLink(item);
		await write(db, async (tx) => {
			if (
				await queueEmail(
					tx,
					a.userId,
					'due_soon',
					{ title, due: a.dueDate },
					link,
					now,
					`due:${a.id}`
				)
			)
				queued++;
		});
	}
	return queued;
}

// ── Unsubscribe links ────────────────────────────────────────────────────────────────────────

/** The organisation's key for unsubscribe links, made on first use and kept in org_settings. */
async function unsubscribeKey(db: Db): Promise<Buffer> {
	const row = await one(
		db
			.select({ value: orgSettings.value })
			.from(orgSettings)
			.where(eq(orgSettings.key, 'unsubscribe_key'))
	);
	if (row) return Buffer.from(row.value, 'base64url');
	const key = randomBytes(32).toString('base64url');
	await exec(
		db
			.insert(orgSettings)
			.values({ key: 'unsubscribe_key', value: key, updatedAt: Date.now() })
			.onConflictDoNothing()
	);
	return await unsubscribeKey(db);
}

const mac = async (db: Db, userId: number) =>
	createHmac('sha256', await unsubscribeKey(db))
		.update(`unsubscribe:${userId}`)
		.digest('base64url');

/** The token of a person's unsubscribe link: their id and a MAC only this organisation can make. */
export async function unsubscribeToken(db: Db, userId: number) {
	return `${userId}.${await mac(db, userId)}`;
}

/** The person an unsubscribe token names, or null for anything forged or malformed. */
export async function unsubscribeUser(db: Db, token: string) {
	const m = /^([1-9]\d{0,9})\.([A-Za-z0-9_-]{43})$/.exec(token);
	if (!m) return null;
	const userId = Number(m[1]);
	const expected = Buffer.from(await mac(db, userId));
	const given = Buffer.from(m[2]);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	return (
		(await one(
			db
				.select({ id: users.id, email: users.email, mode: users.emailMode })
				.from(users)
				.where(eq(users.id, userId))
		)) ?? null
	);
}

/** A person's email mode, inside the caller's transaction; turning email off drops what waits. */
export async function applyEmailMode(tx: Tx, userId: number, mode: EmailMode) {
	await exec(tx.update(users).set({ emailMode: mode }).where(eq(users.id, userId)));
	if (mode === 'off')
		await exec(
			tx
				.update(emailOutbox)
				.set({ status: 'dropped', lastError: 'the person turned email off' })
				.where(
					and(
						eq(emailOutbox.userId, userId),
						eq(emailOutbox.status, 'queued'),
						sql`${emailOutbox.kind} not in ('invitation', 'test')`
					)
				)
		);
}

export async function setEmailMode(db: Db, userId: number, mode: EmailMode) {
	await write(db, async (tx) => applyEmailMode(tx, userId, mode));
}

export async function emailModeOf(db: Db, userId: number): Promise<EmailMode> {
	return (
		(await one(db.select({ mode: users.emailMode }).from(users).where(eq(users.id, userId))))
			?.mode ?? 'instant'
	);
}

// ── For the admin page ──────────────────────────────────────────────────────────────────────

export async function outboxSummary(db: Db) {
	const counts = Object.fromEntries(
		(
			await db
				.select({ status: emailOutbox.status, n: count() })
				.from(emailOutbox)
				.groupBy(emailOutbox.status)
		).map((r) => [r.status, r.n])
	) as Partial<Record<(typeof emailOutbox.$inferSelect)['status'], number>>;
	const digestWaiting = (await one(
		db
			.select({ n: count() })
			.from(emailOutbox)
			.where(and(eq(emailOutbox.status, 'queued'), eq(emailOutbox.digest, true)))
	))!.n;
	const lastError =
		(await one(
			db
				.select({ error: emailOutbox.lastError, at: emailOutbox.nextAttemptAt })
				.from(emailOutbox)
				.where(
					and(
						inArray(emailOutbox.status, ['queued', 'failed']),
						sql`${emailOutbox.lastError} is not null`
					)
				)
				.orderBy(desc(emailOutbox.id))
				.limit(1)
		)) ?? null;
	const lastSent =
		(
			await one(
				db
					.select({ at: sql<number>`max(${emailOutbox.sentAt})` })
					.from(emailOutbox)
					.where(eq(emailOutbox.status, 'sent'))
			)
		)?.at ?? null;
	return {
		queued: (counts.queued ?? 0) + (counts.sending ?? 0),
		digestWaiting,
		sent: counts.sent ?? 0,
		failed: counts.failed ?? 0,
		dropped: counts.dropped ?? 0,
		lastError,
		lastSent
	};
}

/** The messages still to go or given up on, oldest first, for the admin page. */
export async function outboxProblems(db: Db, limit = 20) {
	return await db
		.select({
			id: emailOutbox.id,
			kind: emailOutbox.kind,
			status: emailOutbox.status,
			attempts: emailOutbox.attempts,
			nextAttemptAt: emailOutbox.nextAttemptAt,
			lastError: emailOutbox.lastError,
			name: users.name,
			email: users.email
		})
		.from(emailOutbox)
		.innerJoin(users, eq(users.id, emailOutbox.userId))
		.where(
			sql`${emailOutbox.status} = 'failed' or (${emailOutbox.status} = 'queued' and ${emailOutbox.attempts} > 0)`
		)
		.orderBy(asc(emailOutbox.id))
		.limit(limit);
}

/** Puts every failed message back in the queue, to be tried at once. */
export async function retryFailed(db: Db, now = Date.now()) {
	return (
		await exec(
			db
				.update(emailOutbox)
				.set({ status: 'queued', attempts: 0, nextAttemptAt: now })
				.where(eq(emailOutbox.status, 'failed'))
		)
	).changes;
}
