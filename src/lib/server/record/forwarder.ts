/**
 * Sends the xAPI outbox (forward.ts) to the organisation's LRS, in batches, oldest first.
 *
 * - Statements keep Coachline's ids, and a statement's JSON is fixed at its first try, so a retry
 *   (after a timeout, a crash, an LRS that took the batch but did not answer) sends the same
 *   statement again, which an LRS accepts without making a second copy.
 * - 2xx: the batch is sent.
 * - 400, 409 (the LRS refused a statement; it must refuse the whole batch) and 413 (too large):
 *   the batch is halved until the refused statement is alone; it is parked with the LRS's reason
 *   and the rest go on. An admin can put parked statements back.
 * - 429, 5xx, a timeout or no answer: nothing is lost; the whole queue waits (30 s doubling to at
 *   most an hour, or the LRS's Retry-After) and goes on from where it was.
 * - 401, 403 (our credentials) and any other answer that says the address or settings are wrong
 *   (3xx, 404, 405…): forwarding pauses, the admin page says why, and every admin gets a
 *   notification. Saving the settings again resumes.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { write, serially, type Db, exec } from '../db';
import { Ticker } from '../ticker';
import { holdLease, releaseLease, THIS_NODE } from '../jobs/lease';
import {
	statements,
	users,
	xapiForwarding,
	xapiOutbox,
	type XapiForwarding,
	type XapiOutboxRow
} from '../db/schema';
import type { ContentIndex } from '../content';
import { notify } from '../cockpit/notifications';
import { FORWARDING_ID, forwardingOf } from './forward';
import { titlesFrom, toXapi, voidingXapi, XAPI_VERSION } from './xapi';

const MINUTE = 60_000;
/** How a failure to reach the LRS at all (no HTTP answer) starts in `lastError`. */
export const UNREACHABLE = 'unreachable: ';

/** The wait after `failures` failed tries in a row: 30 s doubling to at most an hour. */
export function backoff(failures: number) {
	return Math.min(30_000 * 2 ** Math.max(0, failures - 1), 60 * MINUTE);
}

/** Retry-After as milliseconds (seconds or an HTTP date), or 0; at most a day. */
export function retryAfterMs(header: string | null, now: number) {
	if (!header) return 0;
	const seconds = Number(header);
	const ms = Number.isFinite(seconds) ? seconds * 1000 : Date.parse(header) - now;
	return Number.isFinite(ms) ? Math.max(0, Math.min(ms, 24 * 60 * MINUTE)) : 0;
}

/** What to do with the LRS's answer to a batch. */
export type Verdict = 'sent' | 'split' | 'wait' | 'pause';
export function verdictOf(status: number): Verdict {
	if (status >= 200 && status < 300) return 'sent';
	if (status === 400 || status === 409 || status === 413) return 'split';
	if (status === 429 || status >= 500) return 'wait';
	return 'pause';
}

export interface ForwarderOptions {
	db: Db;
	/** The site's public origin (ORIGIN): actor accounts and activity ids live under it. */
	origin: string;
	content: () => ContentIndex;
	fetch?: typeof fetch;
	now?: () => number;
	/** Statements per request. */
	batch?: number;
	/** Requests per tick, at most. */
	requests?: number;
	timeoutMs?: number;
	log?: (line: string) => void;
	/** Who this forwarder is, for the lease (default: this process). */
	node?: string;
}

/** The lease one node holds while it forwards: statements go in order, from one node. */
export const FORWARDER_JOB = 'lrs-forwarder';

export interface ForwardResult {
	sent: number;
	parked: number;
	/** Why the pass stopped early: waiting after a failure, or paused. */
	stopped?: 'wait' | 'pause';
}

type Answer = { status: number; text: string; retryAfter: number } | { error: string };

export class LrsForwarder {
	private db: Db;
	private origin: string;
	private content: () => ContentIndex;
	private fetch: typeof fetch;
	private now: () => number;
	private batch: number;
	private requests: number;
	private timeoutMs: number;
	private log: (line: string) => void;
	private ticker = new Ticker(
		async () => await this.pass(),
		(e) => this.log(`Coachline: the LRS forwarder failed a pass (${(e as Error).message}).`)
	);
	private budget = 0;
	private node: string;
	private holding = false;

	constructor(options: ForwarderOptions) {
		this.db = options.db;
		this.origin = options.origin.replace(/\/+$/, '');
		this.content = options.content;
		this.fetch = options.fetch ?? fetch;
		this.now = options.now ?? Date.now;
		this.batch = options.batch ?? 50;
		this.requests = options.requests ?? 20;
		this.timeoutMs = options.timeoutMs ?? 30_000;
		this.log = options.log ?? ((line) => console.error(line));
		this.node = options.node ?? THIS_NODE;
	}

	/** Takes or renews the lease: only its holder forwards. */
	private async lease(): Promise<boolean> {
		this.holding = await holdLease(this.db, FORWARDER_JOB, this.node, this.now());
		return this.holding;
	}

	/** One pass; a pass already running is awaited rather than doubled. */
	tick(): Promise<ForwardResult> {
		return this.ticker.tick();
	}

	private async pass(): Promise<ForwardResult> {
		const result: ForwardResult = { sent: 0, parked: 0 };
		const config = await forwardingOf(this.db);
		if (!config?.enabled || config.pausedReason) return result;
		if (config.retryAt !== null && this.now() < config.retryAt)
			return { ...result, stopped: 'wait' };
		this.budget = this.requests;
		// Another node is forwarding; renewed before each batch, and stopped once lost.
		while (this.budget > 0 && (await this.lease())) {
			const rows = await this.db
				.select()
				.from(xapiOutbox)
				.where(eq(xapiOutbox.status, 'queued'))
				.orderBy(asc(xapiOutbox.seq))
				.limit(this.batch);
			if (rows.length === 0) break;
			const stopped = await this.deliver(config, await this.withBodies(rows), result);
			if (stopped) return { ...result, stopped };
		}
		return result;
	}

	/** Fixes each row's JSON at its first try (so every retry sends the same statement). */
	private async withBodies(rows: XapiOutboxRow[]): Promise<XapiOutboxRow[]> {
		const missing = rows.filter((r) => r.body === null);
		if (missing.length === 0) return rows;
		const ids = [...new Set(missing.map((r) => r.statementId))];
		const found = await this.db
			.select({ statement: statements, name: users.name })
			.from(statements)
			.innerJoin(users, eq(users.id, statements.actorId))
			.where(inArray(statements.id, ids));
		const byId = new Map(found.map((f) => [f.statement.id, f]));
		const titleOf = titlesFrom(this.content());
		const now = this.now();
		return await write(this.db, (tx) =>
			serially(rows, async (row) => {
				if (row.body !== null) return row;
				const f = byId.get(row.statementId)!;
				const actor = { id: f.statement.actorId, name: f.name };
				const json =
					row.kind === 'void'
						? voidingXapi(row.id, row.statementId, this.origin, actor, now)
						: toXapi(f.statement, { origin: this.origin, actor, titleOf });
				const body = JSON.stringify(json);
				await exec(tx.update(xapiOutbox).set({ body }).where(eq(xapiOutbox.seq, row.seq)));
				return { ...row, body };
			})
		);
	}

	/** Sends rows; halves on a refusal until the refused statement is alone. */
	private async deliver(
		config: XapiForwarding,
		rows: XapiOutboxRow[],
		result: ForwardResult
	): Promise<'wait' | 'pause' | undefined> {
		if (this.budget <= 0) return undefined;
		this.budget--;
		const answer = await this.post(config, rows);
		const now = this.now();
		const seqs = rows.map((r) => r.seq);
		const tried = async (values: Partial<XapiOutboxRow>) =>
			await write(this.db, async (tx) => {
				for (const r of rows)
					await exec(
						tx
							.update(xapiOutbox)
							.set({ attempts: r.attempts + 1, ...values })
							.where(eq(xapiOutbox.seq, r.seq))
					);
			});
		if ('error' in answer) return await this.wait(config, rows, answer.error, 0, now);
		const verdict = verdictOf(answer.status);
		const said = `${answer.status}${answer.text ? `: ${answer.text}` : ''}`;
		if (verdict === 'sent') {
			await write(this.db, async (tx) => {
				await exec(
					tx
						.update(xapiOutbox)
						.set({ status: 'sent', sentAt: now, body: null, lastError: null })
						.where(and(inArray(xapiOutbox.seq, seqs), eq(xapiOutbox.status, 'queued')))
				);
				await exec(
					tx
						.update(xapiForwarding)
						.set({ failures: 0, retryAt: null, lastSentAt: now })
						.where(eq(xapiForwarding.id, FORWARDING_ID))
				);
			});
			result.sent += rows.length;
			return undefined;
		}
		if (verdict === 'split') {
			if (rows.length === 1) {
				await tried({ status: 'parked', lastError: said.slice(0, 500) });
				await this.problem(`the LRS refused statement ${rows[0].id} (${said.slice(0, 200)})`, now);
				result.parked++;
				return undefined;
			}
			const half = Math.ceil(rows.length / 2);
			for (const part of [rows.slice(0, half), rows.slice(half)]) {
				const stopped = await this.deliver(config, part, result);
				if (stopped) return stopped;
			}
			return undefined;
		}
		if (verdict === 'wait') return await this.wait(config, rows, said, answer.retryAfter, now);
		await tried({});
		await this.pause(said, now);
		return 'pause';
	}

	private async wait(
		config: XapiForwarding,
		rows: XapiOutboxRow[],
		reason: string,
		retryAfter: number,
		now: number
	): Promise<'wait'> {
		const failures = ((await forwardingOf(this.db))?.failures ?? config.failures) + 1;
		await write(this.db, async (tx) => {
			for (const r of rows)
				await exec(
					tx
						.update(xapiOutbox)
						.set({ attempts: r.attempts + 1 })
						.where(eq(xapiOutbox.seq, r.seq))
				);
			await exec(
				tx
					.update(xapiForwarding)
					.set({
						failures,
						retryAt: now + Math.max(backoff(failures), retryAfter),
						lastError: reason.slice(0, 500),
						lastErrorAt: now
					})
					.where(eq(xapiForwarding.id, FORWARDING_ID))
			);
		});
		this.log(
			`Coachline: the LRS did not take statements (${reason.slice(0, 200)}); trying again later.`
		);
		return 'wait';
	}

	private async problem(reason: string, now: number) {
		await exec(
			this.db
				.update(xapiForwarding)
				.set({ lastError: reason.slice(0, 500), lastErrorAt: now })
				.where(eq(xapiForwarding.id, FORWARDING_ID))
		);
	}

	/** Stops forwarding until an admin saves the settings again, and tells every admin. */
	private async pause(reason: string, now: number) {
		await write(this.db, async (tx) => {
			const changed = (
				await exec(
					tx
						.update(xapiForwarding)
						.set({
							pausedReason: reason.slice(0, 500),
							pausedAt: now,
							lastError: reason.slice(0, 500),
							lastErrorAt: now
						})
						.where(eq(xapiForwarding.id, FORWARDING_ID))
				)
			).changes;
			if (!changed) return;
			const admins = await tx
				.select({ id: users.id })
				.from(users)
				.where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
			for (const a of admins)
				await notify(tx, a.id, 'lrs_paused', { reason: reason.slice(0, 200) }, '/admin/xapi', now);
		});
		this.log(`Coachline: forwarding to the LRS is paused (${reason.slice(0, 200)}).`);
	}

	private async post(config: XapiForwarding, rows: XapiOutboxRow[]): Promise<Answer> {
		const auth = Buffer.from(`${config.username}:${config.password}`).toString('base64');
		try {
			const response = await this.fetch(`${config.endpoint}/statements`, {
				method: 'POST',
				headers: {
					Authorization: `Basic ${auth}`,
					'X-Experience-API-Version': XAPI_VERSION,
					'Content-Type': 'application/json'
				},
				body: `[${rows.map((r) => r.body).join(',')}]`,
				redirect: 'manual',
				signal: AbortSignal.timeout(this.timeoutMs)
			});
			const text = (await response.text().catch(() => '')).replace(/\s+/g, ' ').trim();
			return {
				status: response.status,
				text: text.slice(0, 300),
				retryAfter: retryAfterMs(response.headers.get('retry-after'), this.now())
			};
		} catch (e) {
			const error = e as {
				name?: string;
				message?: string;
				cause?: { code?: string; message?: string };
			};
			const why =
				error.name === 'TimeoutError'
					? `timeout ${Math.round(this.timeoutMs / 1000)} s`
					: (error.cause?.code ?? error.cause?.message ?? error.message ?? String(e));
			// Kept as "unreachable: <why>"; the admin page says it in the reader's language.
			return { error: `${UNREACHABLE}${why}` };
		}
	}

	/** Ticks every `intervalMs` until stopped; a failing tick is logged and the next one runs. */
	start(intervalMs = 5_000) {
		this.ticker.start(intervalMs);
	}

	/** Stops ticking and waits for a pass in progress. */
	async stop() {
		await this.ticker.stop();
		if (this.holding) await releaseLease(this.db, FORWARDER_JOB, this.node);
		this.holding = false;
	}
}

/** The one forwarder of this process (started by hooks.server). */
let current: LrsForwarder | null = null;
export function startForwarder(options: ForwarderOptions, intervalMs?: number) {
	current = new LrsForwarder(options);
	current.start(intervalMs);
	return current;
}
export function lrsForwarder() {
	return current;
}
