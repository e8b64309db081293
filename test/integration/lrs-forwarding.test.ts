import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serially, write, type Db, one } from '../../src/lib/server/db';
import {
	auditLog,
	notifications,
	statements,
	users,
	xapiForwarding,
	xapiOutbox,
	type User
} from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/org/demo';
import { playDemoHistory } from '../../src/lib/server/org/demo-history';
import { completeLesson, openLesson } from '../../src/lib/server/record/lessons';
import { appendStatement } from '../../src/lib/server/record/statements';
import {
	FORWARDABLE_VERBS,
	forwardingOf,
	forwardingSummary,
	normaliseEndpoint,
	parkedStatements,
	retryParked,
	saveForwarding,
	type ForwardingInput
} from '../../src/lib/server/record/forward';
import { backoff, LrsForwarder } from '../../src/lib/server/record/forwarder';
import { getRun, setShared, startRun } from '../../src/lib/server/roleplay/runs';
import { addPerson, domainErrorOf, testDb } from './db';
import { KEY, SECRET, startLrs, type TestLrs } from './lrs';
import { playMoves, scenario, strong } from './roleplay-fixture';
import { realContent } from './real-content';

const content = realContent();
const ORIGIN = 'https://coach.example.com';
const NOW = Date.UTC(2026, 11, 7, 9);
const MINUTE = 60_000;
const course = content.course('communication-skills')!;
const lessons = course.lessons;

let lrs: TestLrs;
let db: Db;
let clock: number;
let admin: User;
let agent: User;

beforeAll(async () => {
	lrs = await startLrs();
}, 300_000);
afterAll(() => lrs?.stop());

beforeEach(async () => {
	db = testDb();
	clock = NOW;
	lrs.mode = { kind: 'pass' };
	lrs.bodyLimit = Infinity;
	lrs.posts.length = 0;
	admin = await addPerson(db, { role: 'admin' });
	agent = await addPerson(db);
});

function settings(over: Partial<ForwardingInput> = {}): ForwardingInput {
	return {
		enabled: true,
		endpoint: lrs.endpoint,
		username: KEY,
		password: SECRET,
		verbs: FORWARDABLE_VERBS,
		...over
	};
}
const turnOn = async (over: Partial<ForwardingInput> = {}) =>
	await saveForwarding(db, admin.id, settings(over), clock);
const forwarder = (over: Partial<ConstructorParameters<typeof LrsForwarder>[0]> = {}) =>
	new LrsForwarder({
		db,
		origin: ORIGIN,
		content: () => content,
		now: () => clock,
		log: () => undefined,
		...over
	});
const outbox = async () => await db.select().from(xapiOutbox).orderBy(xapiOutbox.seq);
const recorded = async () =>
	(await db.select({ id: statements.id }).from(statements)).map((s) => s.id);
/** What the LRS holds that came from this test's database (other tests share the LRS). */
async function inLrs(known?: string[]) {
	return lrs.lookUp(known ?? (await recorded()));
}
/** Lessons read and completed: a few statements of several verbs. */
async function learn(n = 2, who = agent) {
	for (const lesson of lessons.slice(0, n)) {
		clock += MINUTE;
		await openLesson(db, who.id, lesson, clock);
		await completeLesson(db, who.id, course, lesson, clock + 1000);
	}
}

describe('the settings', () => {
	it('reads an xAPI address as people paste it, and refuses what is not one', async () => {
		expect(normaliseEndpoint(' https://lrs.example.com/data/xAPI/ ')).toBe(
			'https://lrs.example.com/data/xAPI'
		);
		expect(normaliseEndpoint('https://lrs.example.com/data/xAPI/statements')).toBe(
			'https://lrs.example.com/data/xAPI'
		);
		for (const bad of [
			'',
			'lrs.example.com',
			'ftp://lrs.example.com',
			'https://x/a?b=1',
			'x'.repeat(501)
		])
			expect(await domainErrorOf(() => normaliseEndpoint(bad)), bad).toBe('lrs_endpoint_invalid');
		expect(await domainErrorOf(() => normaliseEndpoint('https://k:s@lrs.example.com/xAPI'))).toBe(
			'lrs_endpoint_credentials'
		);
	});

	it('needs a secret the first time, keeps it when left empty, and audits without it', async () => {
		expect(await domainErrorOf(async () => await turnOn({ password: '' }))).toBe(
			'lrs_password_invalid'
		);
		expect(await forwardingOf(db)).toBeUndefined();
		expect(
			await domainErrorOf(async () => await turnOn({ verbs: ['completed', 'nonsense'] }))
		).toBe('lrs_verbs_invalid');
		expect(await domainErrorOf(async () => await turnOn({ username: ' ' }))).toBe(
			'lrs_username_invalid'
		);
		expect(await domainErrorOf(async () => await turnOn({ verbs: [] }))).toBe('lrs_verbs_none');
		await turnOn();
		await turnOn({ password: '', verbs: ['completed', 'passed'] });
		const saved = (await forwardingOf(db))!;
		expect(saved.password).toBe(SECRET);
		expect(saved.verbs).toEqual(['completed', 'passed']);
		const audit = await db.select().from(auditLog).where(eq(auditLog.action, 'org.lrs'));
		expect(audit).toHaveLength(2);
		expect(JSON.stringify(audit)).not.toContain(SECRET);
	});
});

describe('the outbox', () => {
	it('takes nothing while forwarding is off or unset', async () => {
		await learn();
		expect(await outbox()).toEqual([]);
		await turnOn({ enabled: false });
		await learn(3);
		expect(await outbox()).toEqual([]);
	});

	it('queues each statement in the transaction that appends it: a rolled-back cause leaves none', async () => {
		await turnOn();
		await learn(1);
		expect((await outbox()).map((r) => r.statementId).sort()).toEqual((await recorded()).sort());
		await expect(
			write(db, async (tx) => {
				await appendStatement(tx, {
					actorId: agent.id,
					verb: 'completed',
					objectType: 'lesson',
					objectId: lessons[0].id
				});
				throw new Error('the cause failed');
			})
		).rejects.toThrow('the cause failed');
		expect(await outbox()).toHaveLength((await recorded()).length);
	});

	it('queues only the verbs an admin chose', async () => {
		await turnOn({ verbs: ['completed'] });
		await learn(2);
		const verbs = await serially(
			await outbox(),
			async (r) =>
				(await one(db.select().from(statements).where(eq(statements.id, r.statementId))))!.verb
		);
		expect(verbs.length).toBeGreaterThan(0);
		expect(new Set(verbs)).toEqual(new Set(['completed']));
	});

	it('queues the history when asked, without private practice', async () => {
		await learn(2);
		const run = await startRun(db, agent.id, scenario, { now: clock });
		await playMoves(db, agent.id, run.id, strong.moves, undefined, clock + 1000);
		const { queued } = await turnOn({ history: true });
		const runStatements = await db
			.select({ id: statements.id })
			.from(statements)
			.where(eq(statements.registration, run.id));
		expect(runStatements.length).toBeGreaterThan(2);
		expect(queued).toBe((await recorded()).length - runStatements.length);
		// Turning it on again (already on) does not queue the history twice.
		expect((await turnOn({ history: true })).queued).toBe(0);
	});
});

describe('forwarding to a real LRS', () => {
	it('delivers every statement once, with our ids, in the shape the LRS validates', async () => {
		await turnOn();
		await learn(3);
		const result = await forwarder().tick();
		expect(result).toEqual({ sent: (await recorded()).length, parked: 0 });
		const held = await inLrs();
		expect(held.map((s) => s.id).sort()).toEqual((await recorded()).sort());
		const first = held.find((s) => (s.verb as { id: string }).id.endsWith('/completed'))!;
		expect(first.actor).toMatchObject({ account: { homePage: ORIGIN, name: String(agent.id) } });
		expect((await outbox()).every((r) => r.status === 'sent' && r.body === null)).toBe(true);
		// A second pass sends nothing.
		expect(await forwarder().tick()).toEqual({ sent: 0, parked: 0 });
	});

	it('with several nodes, one forwards at a time, and another takes over when it stops', async () => {
		await turnOn();
		await learn(3);
		const a = forwarder({ node: 'node-a' });
		const b = forwarder({ node: 'node-b' });
		const [ra, rb] = await Promise.all([a.tick(), b.tick()]);
		expect([ra.sent, rb.sent].sort((x, y) => x - y)).toEqual([0, (await recorded()).length]);
		const [holder, waiting] = ra.sent ? [a, b] : [b, a];
		// More to send while the holder's lease still runs (learn() moves the clock on a minute;
		// the forwarders' clock stays where it was): the other node leaves it alone.
		const at = clock;
		await learn(1, await addPerson(db));
		clock = at;
		expect((await waiting.tick()).sent).toBe(0);
		await holder.stop();
		expect((await waiting.tick()).sent).toBe(2);
		const held = await inLrs();
		expect(held.map((s) => s.id).sort()).toEqual((await recorded()).sort());
		expect((await outbox()).every((r) => r.status === 'sent')).toBe(true);
		await waiting.stop();
	});

	it('sends a whole demo organisation’s history, every kind of statement, and the LRS refuses none', async () => {
		const start = Date.parse('2026-03-01T12:00:00Z');
		db = testDb();
		expect(await seedDemoIfEmpty(db, new Date(start))).toBe(true);
		const demoAdmin = (await one(db.select().from(users).where(eq(users.role, 'admin'))))!;
		await saveForwarding(db, demoAdmin.id, settings({ history: true }), start);
		await playDemoHistory(db, content, start);
		const queued = (await outbox()).length;
		expect(queued).toBeGreaterThan(100);
		// Generous: npm test runs this beside everything else on two cores. A failed try (say, a
		// timeout) waits its backoff, which the test's clock then skips.
		const f = forwarder({ batch: 100, requests: 1000, timeoutMs: 120_000 });
		let sent = 0;
		for (let i = 0; i < 30 && (await forwardingSummary(db)).queued > 0; i++) {
			const r = await f.tick();
			sent += r.sent;
			if (r.stopped === 'wait') clock = (await forwardingOf(db))!.retryAt!;
		}
		expect(await forwardingSummary(db), (await forwardingOf(db))!.lastError ?? '').toMatchObject({
			queued: 0
		});
		expect(await parkedStatements(db)).toEqual([]);
		expect(sent).toBe(queued);
		const ids = (await outbox()).map((r) => r.id);
		expect((await inLrs(ids)).length).toBe(queued);
		// Private practice stayed out: no statement of an unshared run reached the outbox.
		const leaked = db.all<{ n: number }>(
			`select count(*) as n from xapi_outbox o join statements s on s.id = o.statement_id
			 join roleplay_runs r on r.id = s.registration where r.shared_at is null`
		);
		expect(leaked[0].n).toBe(0);
	}, 120_000);

	it('keeps practice private until shared, sends the run when shared, and voids it when taken back', async () => {
		await turnOn();
		const run = await startRun(db, agent.id, scenario, { now: clock });
		await playMoves(db, agent.id, run.id, strong.moves, undefined, clock + 1000);
		expect(await outbox()).toEqual([]);
		await forwarder().tick();
		const ofRun = (
			await db
				.select({ id: statements.id })
				.from(statements)
				.where(eq(statements.registration, run.id))
		).map((s) => s.id);
		expect(await inLrs(ofRun)).toEqual([]);

		await setShared(db, (await getRun(db, run.id))!, agent.id, true, clock);
		expect((await outbox()).map((r) => r.statementId).sort()).toEqual([...ofRun].sort());
		await forwarder().tick();
		expect((await inLrs(ofRun)).length).toBe(ofRun.length);

		await setShared(db, (await getRun(db, run.id))!, agent.id, false, clock);
		const voids = (await outbox()).filter((r) => r.kind === 'void');
		expect(voids.map((v) => v.statementId).sort()).toEqual([...ofRun].sort());
		expect((await forwarder().tick()).sent).toBe(ofRun.length);
		// The LRS no longer lists them; it still answers for each as a voided statement.
		expect(await inLrs(ofRun)).toEqual([]);
		expect(await lrs.voided(ofRun[0])).toBe(200);
		// Sharing again and taking back again neither re-sends nor voids twice.
		await setShared(db, (await getRun(db, run.id))!, agent.id, true, clock);
		await setShared(db, (await getRun(db, run.id))!, agent.id, false, clock);
		expect((await outbox()).filter((r) => r.kind === 'void')).toHaveLength(ofRun.length);
		expect((await forwardingSummary(db)).queued).toBe(0);
	});

	it('voids what was in flight when a run is taken back (posted, not yet confirmed)', async () => {
		await turnOn();
		const run = await startRun(db, agent.id, scenario, { now: clock });
		await playMoves(db, agent.id, run.id, strong.moves, undefined, clock + 1000);
		await setShared(db, (await getRun(db, run.id))!, agent.id, true, clock);
		const n = (await forwardingSummary(db)).queued;
		// The owner takes the run back while its batch is at the LRS.
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		const f = forwarder({
			fetch: async (url, init) => {
				const answer = await fetch(url, init);
				await held;
				return answer;
			}
		});
		const pass = f.tick();
		await new Promise((r) => setTimeout(r, 300));
		await setShared(db, (await getRun(db, run.id))!, agent.id, false, clock);
		release();
		await pass;
		const voids = (await outbox()).filter((r) => r.kind === 'void');
		expect(voids).toHaveLength(n);
		await forwarder().tick();
		const ofRun = voids.map((v) => v.statementId);
		expect(await inLrs(ofRun)).toEqual([]);
		expect(await lrs.voided(ofRun[0])).toBe(200);
	});

	it('takes back unsent statements of a run without voiding anything', async () => {
		await turnOn();
		const run = await startRun(db, agent.id, scenario, { now: clock });
		await playMoves(db, agent.id, run.id, strong.moves, undefined, clock + 1000);
		await setShared(db, (await getRun(db, run.id))!, agent.id, true, clock);
		expect((await forwardingSummary(db)).queued).toBeGreaterThan(0);
		await setShared(db, (await getRun(db, run.id))!, agent.id, false, clock);
		expect(await outbox()).toEqual([]);
	});

	it('survives the LRS being down for an hour: waits, backs off, then delivers each statement once', async () => {
		await turnOn();
		await learn(2);
		lrs.mode = { kind: 'down' };
		const f = forwarder();
		const waits: number[] = [];
		const start = clock;
		let failures = 0;
		while (clock - start < 60 * MINUTE) {
			await f.tick();
			const state = (await forwardingOf(db))!;
			if (state.failures > failures) waits.push(state.retryAt! - clock);
			failures = state.failures;
			clock += 30_000;
			await learn(1);
		}
		expect(waits.slice(0, 4)).toEqual([backoff(1), backoff(2), backoff(3), backoff(4)]);
		expect((await forwardingOf(db))!.lastError).toMatch(/^unreachable: /);
		expect(await inLrs()).toEqual([]);
		lrs.mode = { kind: 'pass' };
		clock += 60 * MINUTE;
		const r = await f.tick();
		expect(r.sent).toBe((await recorded()).length);
		const held = await inLrs();
		expect(held.length).toBe((await recorded()).length);
		expect(new Set(held.map((s) => s.id)).size).toBe(held.length);
		expect(await forwardingOf(db)).toMatchObject({ failures: 0, retryAt: null });
	});

	it('sends the same statements again after an answer is lost, and the LRS keeps one copy', async () => {
		await turnOn();
		await learn(2);
		lrs.mode = { kind: 'lost' };
		const f = forwarder();
		expect((await f.tick()).stopped).toBe('wait');
		const stored = await inLrs();
		expect(stored.length).toBe((await recorded()).length);
		lrs.mode = { kind: 'pass' };
		clock = (await forwardingOf(db))!.retryAt!;
		expect((await f.tick()).sent).toBe((await recorded()).length);
		expect((await inLrs()).length).toBe((await recorded()).length);
	});

	it('waits as long as a 429 asks (Retry-After), and longer than its own backoff when told', async () => {
		await turnOn();
		await learn(1);
		lrs.mode = { kind: 'status', status: 429, headers: { 'Retry-After': '600' } };
		await forwarder().tick();
		expect((await forwardingOf(db))!.retryAt).toBe(clock + 600_000);
		lrs.mode = { kind: 'status', status: 503 };
		clock += 600_000;
		await forwarder().tick();
		expect((await forwardingOf(db))!.retryAt).toBe(clock + backoff(2));
		expect((await forwardingOf(db))!.lastError).toMatch(/^503/);
		expect(await forwardingSummary(db)).toMatchObject({ sent: 0, parked: 0 });
	});

	it('halves a batch the LRS finds too large until each part fits', async () => {
		await turnOn();
		await learn(4);
		const n = (await recorded()).length;
		// Each statement is well under 1.5 KB; the whole batch is not.
		lrs.bodyLimit = 3000;
		const r = await forwarder({ requests: 100 }).tick();
		expect(r.sent).toBe(n);
		expect(lrs.posts[0]).toBe(n);
		expect(Math.max(...lrs.posts.slice(1))).toBeLessThan(n);
		expect((await inLrs()).length).toBe(n);
	});

	it('isolates a statement the LRS refuses (400), parks it with the reason, and sends the rest', async () => {
		await turnOn();
		await learn(3);
		// A score outside xAPI's -1…1: the LRS must refuse the whole batch it is in.
		const bad = await write(
			db,
			async (tx) =>
				await appendStatement(tx, {
					actorId: agent.id,
					verb: 'passed',
					objectType: 'quiz',
					objectId: 'communication-skills-quiz',
					scoreScaled: 1.5,
					timestamp: clock
				})
		);
		await learn(1);
		const r = await forwarder({ requests: 100 }).tick();
		expect(r).toMatchObject({ sent: (await recorded()).length - 1, parked: 1 });
		const parked = await parkedStatements(db);
		expect(parked.map((p) => p.id)).toEqual([bad.id]);
		expect(parked[0].lastError).toMatch(/^400/);
		expect((await inLrs()).map((s) => s.id)).not.toContain(bad.id);
		// An admin puts it back; it is refused again, and nothing else is sent twice.
		expect(await retryParked(db)).toBe(1);
		expect(await forwarder().tick()).toMatchObject({ sent: 0, parked: 1 });
	});

	it('parks a statement whose id the LRS already holds with other content (409)', async () => {
		await turnOn();
		await learn(1);
		const [first] = await recorded();
		const status = await lrs.post([
			{
				id: first,
				actor: { mbox: 'mailto:someone@example.com' },
				verb: { id: 'http://adlnet.gov/expapi/verbs/experienced' },
				object: { id: 'https://elsewhere.example.com/thing' }
			}
		]);
		expect(status).toBe(200);
		const r = await forwarder({ requests: 100 }).tick();
		expect(r).toMatchObject({ sent: (await recorded()).length - 1, parked: 1 });
		expect((await parkedStatements(db))[0]).toMatchObject({ id: first });
		expect((await parkedStatements(db))[0].lastError).toMatch(/^409/);
	});

	it('pauses on refused credentials, tells every admin, loses nothing, and resumes when fixed', async () => {
		const second = await addPerson(db, { role: 'admin' });
		await turnOn({ password: 'wrong-secret' });
		await learn(2);
		const r = await forwarder().tick();
		expect(r.stopped).toBe('pause');
		const state = (await forwardingOf(db))!;
		expect(state.pausedReason).toMatch(/^401/);
		const told = await db.select().from(notifications).where(eq(notifications.kind, 'lrs_paused'));
		expect(told.map((n) => n.userId).sort()).toEqual([admin.id, second.id].sort());
		expect(JSON.stringify(told)).not.toContain('wrong-secret');
		// Paused: later ticks send nothing and notify nobody again.
		await learn(1);
		expect(await forwarder().tick()).toEqual({ sent: 0, parked: 0 });
		expect((await one(db.select({ n: count() }).from(notifications)))!.n).toBe(2);
		await turnOn({ password: SECRET });
		expect((await forwarder().tick()).sent).toBe((await recorded()).length);
		expect((await inLrs()).length).toBe((await recorded()).length);
	});

	it('pauses on an address that is not an LRS (404), with the answer for the admin', async () => {
		await turnOn({ endpoint: lrs.endpoint.replace(/xAPI$/, 'nothing-here') });
		await learn(1);
		expect((await forwarder().tick()).stopped).toBe('pause');
		expect((await forwardingOf(db))!.pausedReason).toMatch(/^404/);
		expect(await forwardingSummary(db)).toMatchObject({ sent: 0, parked: 0 });
		expect((await one(db.select().from(xapiForwarding)))!.password).toBe(SECRET);
	});
});
