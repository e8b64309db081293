/**
 * Delivers the email outbox over SMTP. Each tick sends the rows that are due (one message each)
 * and the digests that are due (one message per person), oldest first.
 *
 * - A row is marked `sending` before it goes and `sent` right after the server accepts it, so a
 *   tick never sends a row twice, and a restart sends nothing already marked sent.
 * - A failure (server down, timeout, 4xx) puts the row back with a growing delay (30 s, 1 min,
 *   2 min … at most 1 h) and keeps the reason; the admin page shows it. A row the server refuses
 *   for good (a 5xx about the recipient or message) or still failing after three days is
 *   `failed`, and an admin can put it back.
 * - One node sends at a time (the `email-sender` lease, src/lib/server/jobs/lease.ts): every
 *   node ticks, only the lease holder sends, and it renews the lease before each message.
 * - Rows found `sending` when a node takes the lease belong to a holder that stopped mid-send:
 *   they are tried again with the same Message-ID, so a receiving system can recognise the
 *   repeat. That is the one case a message can arrive twice (a crash between the server's
 *   "accepted" and our write).
 * - Invitations are checked again before they go (a newer one, or an accepted one, drops it) and
 *   their secret is removed once sent.
 */
import type { Transporter } from 'nodemailer';
import { and, asc, eq, inArray, lt, lte } from 'drizzle-orm';
import { exec, one, type Db } from '../db';
import { Ticker } from '../ticker';
import { holdLease, releaseLease, THIS_NODE } from '../jobs/lease';
import { emailOutbox, users, type OutboxRow } from '../db/schema';
import type { ContentIndex } from '../content';
import { findInvitation } from '../org/users';
import { orgTimeZone } from '../org/settings';
import { localeOf } from '../i18n/locale';
import type { MailConfig } from './config';
import { queueDueSoon, unsubscribeToken } from './outbox';
import { renderDigest, renderOne, type Recipient } from './render';

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The wait before try number `attempts + 1`: 30 s doubling to at most an hour. */
export function backoff(attempts: number) {
	return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * MINUTE);
}

/** A refusal no retry can change: the server rejected this recipient or this message (5xx). */
export function isPermanent(error: unknown) {
	const e = error as { responseCode?: number; code?: string };
	return (
		typeof e?.responseCode === 'number' &&
		e.responseCode >= 500 &&
		(e.code === 'EENVELOPE' || e.code === 'EMESSAGE')
	);
}

/** A short reason for the admin page; never the SMTP URL (it may hold the password). */
export function describe(error: unknown): string {
	const e = error as { code?: string; responseCode?: number; message?: string };
	const text = [e?.code, e?.responseCode, e?.message ?? String(error)].filter(Boolean).join(' ');
	return text.replace(/smtps?:\/\/[^\s]*/g, 'smtp://…').slice(0, 300);
}

export interface SenderOptions {
	db: Db;
	config: MailConfig;
	/** The content index, for the titles of due-soon reminders (none: no reminders queued). */
	content?: () => ContentIndex;
	transport?: Transporter;
	now?: () => number;
	/** Rows (and digests) per tick. */
	batch?: number;
	/** How long a message keeps being retried before it is `failed`. */
	giveUpAfter?: number;
	log?: (line: string) => void;
	/** Who this sender is, for the lease (default: this process). */
	node?: string;
}

/** The lease one node holds while it sends. */
export const SENDER_JOB = 'email-sender';

export interface TickResult {
	sent: number;
	retry: number;
	failed: number;
	dropped: number;
}

export class MailSender {
	readonly db: Db;
	readonly config: MailConfig;
	private transport: Transporter | undefined;
	private now: () => number;
	private batch: number;
	private giveUpAfter: number;
	private content?: () => ContentIndex;
	private log: (line: string) => void;
	private ticker = new Ticker(
		async () => await this.pass(),
		(e) => this.log(`Coachline: the email sender failed a pass (${describe(e)}).`)
	);
	private lastDueScan = -Infinity;
	private host: string;
	private node: string;
	/** Whether this sender held the lease at its last pass. */
	private holding = false;

	constructor(options: SenderOptions) {
		this.db = options.db;
		this.config = options.config;
		this.transport = options.transport;
		this.now = options.now ?? Date.now;
		this.batch = options.batch ?? 20;
		this.giveUpAfter = options.giveUpAfter ?? 3 * DAY;
		this.content = options.content;
		this.log = options.log ?? ((line) => console.error(line));
		this.host = new URL(options.config.origin).hostname || 'coachline.invalid';
		this.node = options.node ?? THIS_NODE;
	}

	/** Takes or renews the lease; on taking it, what a stopped holder left mid-send goes again. */
	private async lease(): Promise<boolean> {
		const held = await holdLease(this.db, SENDER_JOB, this.node, this.now());
		if (held && !this.holding)
			await exec(
				this.db
					.update(emailOutbox)
					.set({ status: 'queued' })
					.where(eq(emailOutbox.status, 'sending'))
			);
		this.holding = held;
		return held;
	}

	/**
	 * The SMTP transport, made when the first message goes: nodemailer (some hundred modules) is
	 * loaded then, not when the server starts, so a server that sends no email never loads it.
	 */
	private async mailer(): Promise<Transporter> {
		if (!this.transport) {
			const { createTransport } = await import('nodemailer');
			this.transport ??= createTransport({
				url: this.config.url,
				connectionTimeout: 15_000,
				greetingTimeout: 15_000,
				socketTimeout: 30_000
			} as never);
		}
		return this.transport;
	}

	/** One pass; a tick already running is awaited rather than doubled. */
	tick(): Promise<TickResult> {
		return this.ticker.tick();
	}

	private async pass(): Promise<TickResult> {
		const result: TickResult = { sent: 0, retry: 0, failed: 0, dropped: 0 };
		// Another node is sending.
		if (!(await this.lease())) return result;
		const now = this.now();
		// Reminders are idempotent; looking every ten minutes is plenty.
		if (this.content && now - this.lastDueScan >= 10 * MINUTE) {
			this.lastDueScan = now;
			await queueDueSoon(this.db, this.content(), now);
		}
		// Sent and dropped rows are kept 30 days for the admin page, then go.
		await exec(
			this.db
				.delete(emailOutbox)
				.where(
					and(
						inArray(emailOutbox.status, ['sent', 'dropped']),
						lt(emailOutbox.createdAt, now - 30 * DAY)
					)
				)
		);
		const due = and(eq(emailOutbox.status, 'queued'), lte(emailOutbox.nextAttemptAt, now));
		const single = await this.db
			.select()
			.from(emailOutbox)
			.where(and(due, eq(emailOutbox.digest, false)))
			.orderBy(asc(emailOutbox.id))
			.limit(this.batch);
		for (const row of single) {
			// Renewed before each message: a holder that lost it stops at once.
			if (!(await this.lease())) return result;
			add(result, await this.deliver([row], false, now));
		}
		const people = await this.db
			.selectDistinct({ userId: emailOutbox.userId })
			.from(emailOutbox)
			.where(and(due, eq(emailOutbox.digest, true)))
			.limit(this.batch);
		for (const { userId } of people) {
			const rows = await this.db
				.select()
				.from(emailOutbox)
				.where(and(due, eq(emailOutbox.digest, true), eq(emailOutbox.userId, userId)))
				.orderBy(asc(emailOutbox.id));
			if (!(await this.lease())) return result;
			add(result, await this.deliver(rows, true, now));
		}
		return result;
	}

	private async recipient(
		userId: number
	): Promise<(Recipient & { mode: string; active: boolean }) | null> {
		const u = await one(this.db.select().from(users).where(eq(users.id, userId)));
		if (!u) return null;
		return {
			id: u.id,
			name: u.name,
			email: u.email,
			locale: localeOf(u.language) ?? 'en',
			zone: u.timeZone ?? (await orgTimeZone(this.db)),
			mode: u.emailMode,
			active: u.status === 'active'
		};
	}

	private async settle(ids: number[], values: Partial<OutboxRow>) {
		await exec(this.db.update(emailOutbox).set(values).where(inArray(emailOutbox.id, ids)));
	}

	private async deliver(rows: OutboxRow[], digest: boolean, now: number): Promise<TickResult> {
		const result: TickResult = { sent: 0, retry: 0, failed: 0, dropped: 0 };
		const ids = rows.map((r) => r.id);
		const person = await this.recipient(rows[0].userId);
		const always = (r: OutboxRow) => r.kind === 'invitation' || r.kind === 'test';
		const drop = async (why: string, which = ids) => {
			await this.settle(which, { status: 'dropped', lastError: why, params: {} });
			result.dropped += which.length;
		};
		if (!person?.active) {
			await drop('the person is disabled or deleted');
			return result;
		}
		if (person.mode === 'off' && !rows.every(always)) {
			await drop('the person turned email off');
			return result;
		}
		const [row] = rows;
		if (
			!digest &&
			row.kind === 'invitation' &&
			!(await findInvitation(this.db, row.params.token, now))
		) {
			await drop('the invitation was replaced, accepted or has expired');
			return result;
		}
		await this.settle(ids, { status: 'sending' });
		const links = {
			origin: this.config.origin,
			unsubscribe: `${this.config.origin}/unsubscribe/${await unsubscribeToken(this.db, person.id)}`
		};
		const message = digest ? renderDigest(rows, person, links) : renderOne(row, person, links);
		const messageId = digest
			? `<coachline.digest.${ids[0]}-${ids.at(-1)}@${this.host}>`
			: `<coachline.${row.id}.${row.createdAt}@${this.host}>`;
		try {
			await (
				await this.mailer()
			).sendMail({
				from: this.config.from,
				to: { name: person.name, address: person.email },
				subject: message.subject,
				text: message.text,
				html: message.html,
				messageId,
				headers: {
					'Auto-Submitted': 'auto-generated',
					...(row.kind === 'invitation' ? {} : { 'List-Unsubscribe': `<${links.unsubscribe}>` })
				}
			});
		} catch (error) {
			const reason = describe(error);
			const attempts = row.attempts + 1;
			const givenUp = isPermanent(error) || now - row.createdAt >= this.giveUpAfter;
			await this.settle(ids, {
				status: givenUp ? 'failed' : 'queued',
				attempts,
				lastError: reason,
				nextAttemptAt: now + backoff(attempts)
			});
			if (givenUp) result.failed += ids.length;
			else result.retry += ids.length;
			this.log(`Coachline: email to user ${person.id} not sent (${reason}).`);
			return result;
		}
		const sent = {
			status: 'sent' as const,
			sentAt: now,
			attempts: row.attempts + 1,
			lastError: null
		};
		// An invitation's secret does not stay in the outbox once it has gone.
		if (row.kind === 'invitation') await this.settle(ids, { ...sent, params: {} });
		else await this.settle(ids, sent);
		result.sent += ids.length;
		return result;
	}

	/** Ticks every `intervalMs` until stopped; a failing tick is logged and the next one runs. */
	start(intervalMs = 5_000) {
		this.ticker.start(intervalMs);
	}

	/** Stops ticking and waits for a pass in progress, so nothing is left `sending`. */
	async stop() {
		await this.ticker.stop();
		this.transport?.close();
		// Another node can take over at once instead of after the lease runs out.
		if (this.holding) await releaseLease(this.db, SENDER_JOB, this.node);
		this.holding = false;
	}
}

function add(into: TickResult, from: TickResult) {
	into.sent += from.sent;
	into.retry += from.retry;
	into.failed += from.failed;
	into.dropped += from.dropped;
}

/** The one sender of this process (started by hooks.server when email is on). */
let current: MailSender | null = null;
export function startSender(options: SenderOptions, intervalMs?: number) {
	current = new MailSender(options);
	current.start(intervalMs);
	return current;
}
export function mailSender() {
	return current;
}
