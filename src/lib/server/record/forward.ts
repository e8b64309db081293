/**
 * Forwarding the learning record to the organisation's own LRS: the settings, and the outbox
 * each statement enters in the transaction that appends it (the sender is forwarder.ts).
 *
 * What goes, and when:
 * - every statement appended while forwarding is on, of a verb the admin chose (all by default);
 * - except practice that is still private: a role-play run's statements wait until its owner
 *   shares it (the whole run then goes, in order). Taking a run back removes what has not gone
 *   and voids in the LRS what has (xAPI voiding: the LRS keeps the statement but marks it void);
 * - statements recorded before forwarding was turned on go only if the admin asks for the
 *   history when turning it on.
 */
import { and, eq, inArray, isNotNull, or, sql } from 'drizzle-orm';
import { write, type Db, type Tx, exec, one } from '../db';
import {
	auditLog,
	statements,
	xapiForwarding,
	xapiOutbox,
	type Statement,
	type XapiForwarding
} from '../db/schema';
import { DomainError } from '../errors';
import { VERBS, type Verb } from './verbs';

export const FORWARDING_ID = 1;
const MAX_URL = 500;
const MAX_SECRET = 200;

/** What an admin enters on Admin → Learning records. */
export interface ForwardingInput {
	enabled: boolean;
	endpoint: string;
	username: string;
	/** Empty: keep the saved one. */
	password: string;
	/** Verbs to forward, at least one; every verb is stored as null, so new verbs are included. */
	verbs: string[];
	/** Also queue every shareable statement recorded so far (only when turning forwarding on). */
	history?: boolean;
}

/**
 * The LRS's xAPI base, as people paste it: `https://lrs.example.com/data/xAPI`, with or without
 * a trailing slash or `/statements`. Only http(s), no credentials in the address (they go in the
 * username and secret, which the page never shows again).
 */
export function normaliseEndpoint(raw: string): string {
	const text = raw.trim();
	if (!text || text.length > MAX_URL) throw new DomainError('lrs_endpoint_invalid', 400);
	let url: URL;
	try {
		url = new URL(text);
	} catch {
		throw new DomainError('lrs_endpoint_invalid', 400);
	}
	if (url.protocol !== 'https:' && url.protocol !== 'http:')
		throw new DomainError('lrs_endpoint_invalid', 400);
	if (url.username || url.password) throw new DomainError('lrs_endpoint_credentials', 400);
	if (url.search || url.hash) throw new DomainError('lrs_endpoint_invalid', 400);
	const path = url.pathname.replace(/\/+$/, '').replace(/\/statements$/i, '');
	return `${url.origin}${path}`;
}

/** The saved settings and state, or undefined before an admin sets an LRS. */
export async function forwardingOf(db: Db | Tx): Promise<XapiForwarding | undefined> {
	return await one(db.select().from(xapiForwarding).where(eq(xapiForwarding.id, FORWARDING_ID)));
}

/**
 * An admin saves the LRS settings (audited; the secret is never in the audit). Saving clears a
 * pause and the wait after failures: the sender tries again at its next tick, with the new
 * settings. Turning forwarding on with `history` queues what was recorded before.
 */
export async function saveForwarding(
	db: Db,
	actorId: number,
	input: ForwardingInput,
	now = Date.now()
) {
	const endpoint = normaliseEndpoint(input.endpoint);
	const username = input.username.trim();
	if (!username || username.length > MAX_SECRET) throw new DomainError('lrs_username_invalid', 400);
	if (input.password.length > MAX_SECRET) throw new DomainError('lrs_password_invalid', 400);
	const unknown = input.verbs.filter((v) => !(v in VERBS));
	if (unknown.length) throw new DomainError('lrs_verbs_invalid', 400);
	const chosen = [...new Set(input.verbs)];
	// None chosen would forward nothing while saying "on": turning it off says that.
	if (chosen.length === 0) throw new DomainError('lrs_verbs_none', 400);
	const verbs = chosen.length === Object.keys(VERBS).length ? null : chosen;
	return await write(db, async (tx) => {
		const before = await forwardingOf(tx);
		const password = input.password || before?.password;
		if (!password) throw new DomainError('lrs_password_invalid', 400);
		const values = {
			enabled: input.enabled,
			endpoint,
			username,
			password,
			verbs,
			pausedReason: null,
			pausedAt: null,
			failures: 0,
			retryAt: null,
			updatedAt: now
		};
		await exec(
			tx
				.insert(xapiForwarding)
				.values({ id: FORWARDING_ID, ...values })
				.onConflictDoUpdate({ target: xapiForwarding.id, set: values })
		);
		let queued = 0;
		if (input.enabled && input.history && !before?.enabled) queued = queueHistory(tx, now);
		await exec(
			tx.insert(auditLog).values({
				actorId,
				action: 'org.lrs',
				target: 'org',
				detail: { enabled: input.enabled, endpoint, username, verbs, history: queued },
				at: now
			})
		);
		return { queued };
	});
}

/** The condition "forwarding is on and takes this verb", on the settings row `f`. */
const takes = (verb: unknown) =>
	sql`f.id = ${FORWARDING_ID} and f.enabled = 1 and (f.verbs is null or exists (select 1 from json_each(f.verbs) where value = ${verb}))`;

/**
 * Queues a statement just appended (called by appendStatement, in its transaction). One
 * statement of SQL: nothing is read into JavaScript, and nothing is queued when forwarding is
 * off, the verb is not chosen, or the statement belongs to a run its owner has not shared.
 */
export function queueStatement(
	tx: Tx,
	s: Pick<Statement, 'id' | 'verb' | 'registration' | 'timestamp'>
) {
	tx.run(sql`insert into xapi_outbox (id, statement_id, kind, status, created_at)
		select ${s.id}, ${s.id}, 'statement', 'queued', ${s.timestamp} from xapi_forwarding f
		where ${takes(s.verb)}
		and not exists (select 1 from roleplay_runs r where r.id = ${s.registration} and r.shared_at is null)`);
}

/** A run just shared: its statements go, oldest first (those already queued or sent stay as they are). */
export function queueRun(tx: Tx, runId: string, now: number) {
	tx.run(sql`insert into xapi_outbox (id, statement_id, kind, status, created_at)
		select s.id, s.id, 'statement', 'queued', ${now}
		from statements s join xapi_forwarding f on ${takes(sql`s.verb`)}
		where s.actor_id = (select user_id from roleplay_runs where id = ${runId}) and s.registration = ${runId}
		order by s.timestamp, s.rowid
		on conflict (id) do nothing`);
}

/**
 * A run taken back: what has not gone is removed from the queue; what has gone, or may have (a
 * batch in flight: its JSON is fixed before it is posted), is voided in the LRS by a voiding
 * statement each, sent in order after everything before it. (An LRS accepts a voiding statement
 * for a statement it never received: xAPI 1.0.3 §2.3.2.)
 */
export async function withdrawRun(tx: Tx, runId: string, now: number) {
	const ofRun = tx
		.select({ id: statements.id })
		.from(statements)
		.where(
			and(
				sql`${statements.actorId} = (select user_id from roleplay_runs where id = ${runId})`,
				eq(statements.registration, runId)
			)
		);
	const reached = await tx
		.select({ id: xapiOutbox.statementId })
		.from(xapiOutbox)
		.where(
			and(
				eq(xapiOutbox.kind, 'statement'),
				inArray(xapiOutbox.statementId, ofRun),
				or(
					eq(xapiOutbox.status, 'sent'),
					and(eq(xapiOutbox.status, 'queued'), isNotNull(xapiOutbox.body))
				),
				sql`not exists (select 1 from xapi_outbox v where v.kind = 'void' and v.statement_id = ${xapiOutbox.statementId})`
			)
		);
	await exec(
		tx
			.delete(xapiOutbox)
			.where(
				and(
					eq(xapiOutbox.kind, 'statement'),
					inArray(xapiOutbox.status, ['queued', 'parked']),
					inArray(xapiOutbox.statementId, ofRun)
				)
			)
	);
	for (const { id } of reached)
		await exec(
			tx
				.insert(xapiOutbox)
				.values({ id: crypto.randomUUID(), statementId: id, kind: 'void', createdAt: now })
		);
	return reached.length;
}

/** Everything recorded so far that forwarding takes (private practice stays out), oldest first. */
function queueHistory(tx: Tx, now: number) {
	return tx.run(sql`insert into xapi_outbox (id, statement_id, kind, status, created_at)
		select s.id, s.id, 'statement', 'queued', ${now}
		from statements s join xapi_forwarding f on ${takes(sql`s.verb`)}
		where not exists (select 1 from roleplay_runs r where r.id = s.registration and r.shared_at is null)
		order by s.timestamp, s.rowid
		on conflict (id) do nothing`).changes;
}

/** Puts parked statements back in the queue (after the admin fixed what the LRS refused). */
export async function retryParked(db: Db, now = Date.now()) {
	return await write(db, async (tx) => {
		const n = (
			await exec(
				tx
					.update(xapiOutbox)
					.set({ status: 'queued', lastError: null, body: null })
					.where(eq(xapiOutbox.status, 'parked'))
			)
		).changes;
		await exec(
			tx
				.update(xapiForwarding)
				.set({ retryAt: null, failures: 0, updatedAt: now })
				.where(eq(xapiForwarding.id, FORWARDING_ID))
		);
		return n;
	});
}

/** Counts for the admin page: waiting, sent (last 30 days), parked. */
export async function forwardingSummary(db: Db) {
	const rows = await db
		.select({ status: xapiOutbox.status, n: sql<number>`count(*)` })
		.from(xapiOutbox)
		.groupBy(xapiOutbox.status);
	const count = (s: string) => rows.find((r) => r.status === s)?.n ?? 0;
	return { queued: count('queued'), sent: count('sent'), parked: count('parked') };
}

/** The parked statements (newest first), with what the LRS said. */
export async function parkedStatements(db: Db, limit = 50) {
	return await db
		.select({
			id: xapiOutbox.id,
			kind: xapiOutbox.kind,
			verb: statements.verb,
			objectType: statements.objectType,
			objectId: statements.objectId,
			timestamp: statements.timestamp,
			attempts: xapiOutbox.attempts,
			lastError: xapiOutbox.lastError
		})
		.from(xapiOutbox)
		.innerJoin(statements, eq(statements.id, xapiOutbox.statementId))
		.where(eq(xapiOutbox.status, 'parked'))
		.orderBy(sql`${xapiOutbox.seq} desc`)
		.limit(limit);
}

export const FORWARDABLE_VERBS = Object.keys(VERBS) as Verb[];
