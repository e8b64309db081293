// npm run fault:sigterm — SIGTERM under write load.
//
// Promise (src/cli/server.js, "graceful shutdown"): on SIGTERM the server stops listening, lets
// the requests in flight finish, closes idle kept-alive connections, force-closes whatever is
// left after SHUTDOWN_TIMEOUT (default 10 s), closes the database and exits 0.
//
// How it is checked, cycle after cycle on one database:
// 1. start the built server; 36 agents and 4 leads write through form posts (kept-alive
//    connections, one per person, as a browser tab has), every 303 recorded with its promise;
// 2. one more agent starts a quiz submission and sends its headers and half its body: a request
//    certainly in flight when the signal comes;
// 3. SIGTERM at a random moment 0.1–0.8 s later (once writes flow); from then on a probe opens a
//    new connection every 25 ms until the process has exited; 300 ms after the signal the
//    half-sent submission sends the rest of its body;
// 4. checked:
//    - the process exits with code 0, within SHUTDOWN_TIMEOUT of the signal (time measured);
//    - the half-sent submission gets its 303, and its attempt is submitted;
//    - every request that got an answer got all of it, none got a 5xx or anything unexpected,
//      none hung;
//    - every request fully sent before the signal got an answer (none was dropped);
//    - a new connection after the signal gets a complete answer (while the server still takes
//      connections) or ECONNREFUSED: never a hang, a 5xx or a cut-off answer;
//    - with the server down, the database file opened directly passes integrity_check, its -wal
//      was folded into it (the database was closed), every write acknowledged in any cycle so
//      far is stored, no write that got no answer left a trace, and the invariants in lib.ts hold.
//    Counted, not failed: requests sent after the signal that found their connection closing
//    (a kept-alive connection the server closed as idle, or a new connection that reached the
//    listen queue as it closed). TCP cannot close a listener without that race; those requests
//    got no answer and changed nothing (checked above), so a client may safely send them again.
// 5. a last cycle with SHUTDOWN_TIMEOUT=2 and a client that never finishes its request body: the
//    server must force-close it and exit 0, not before 2 s and within 2 s more.
//
// FAULT_MODE=short: 3 cycles (+ the stuck-client cycle); long (default): 30. Exit 1 on any broken
// promise. SHUTDOWN_TIMEOUT sets the server's timeout for the normal cycles (default 10).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
	after,
	answersFrom,
	counts,
	describe,
	faultMode,
	freePort,
	inspect,
	loadWorld,
	ms,
	now,
	request,
	seedOrganisation,
	sleep,
	startLoad,
	startServer,
	storedIn,
	tempFolder,
	timeLimit,
	until,
	type Ack,
	type Person,
	type Result,
	type Server
} from './lib';

const MODE = faultMode();
const CYCLES = Number(process.env.FAULT_CYCLES ?? (MODE === 'short' ? 3 : 30));
const SHUTDOWN = Number(process.env.SHUTDOWN_TIMEOUT ?? 10);
const STUCK_SHUTDOWN = 2;
/**
 * After a forced close: closing the database and the process (a busy machine is slow at it; in
 * `npm test` this drill shares two cores with both e2e projects, where 4.1 s was seen once).
 * Still far below SHUTDOWN_TIMEOUT's default, so a server that hangs fails.
 */
const STUCK_MARGIN_MS = MODE === 'short' ? 8000 : 4000;
/**
 * How long a load request may wait for its answer beyond the shutdown timeout. The short run
 * shares the cores with the e2e projects (once, 8 requests missed a 5 s allowance there), so it
 * waits longer; a request the server dropped still fails, as a reset, not a timeout.
 */
const ANSWER_SLACK_S = MODE === 'short' ? 20 : 5;
timeLimit('fault:sigterm', MODE === 'short' ? 480 : 15 * 60);

const started = now();
const dir = tempFolder('coachline-fault-sigterm-');
const dbFile = join(dir, 'coachline.db');
const everyone = await seedOrganisation(dbFile, 4, 10);
// The first agent of each team sends the half-sent submissions; the others are the load.
const senders = everyone.filter((p) => p.role === 'learner' && p.name.endsWith('-0'));
const people = everyone.filter((p) => !senders.includes(p));
const world = loadWorld();
const port = await freePort(4421);

const acks: Ack[] = [];
const known = new Set<string>();
const problems: string[] = [];
const exitTimes: number[] = [];
let stuckExit = NaN;
let integrityOk = 0;
let requests = 0;
let answered = 0;
let refused = 0;
/** Requests sent after the signal that found their connection closing (see above). */
let racedKeptAlive = 0;
let racedNew = 0;
let unansweredWrites = 0;
let unansweredStored = 0;
let probesAnswered = 0;
let probesRefused = 0;
let inFlightFinished = 0;
/** Broken promises, counted: requests sent before the signal that got no answer. */
let droppedBefore = 0;

/**
 * Starts a quiz attempt for `p` and begins its submission: headers and half the body now, the
 * rest when `release` resolves.
 */
async function halfSentSubmission(server: Server, p: Person, release: Promise<void>) {
	const quiz = world.quizzes[Math.floor(Math.random() * world.quizzes.length)];
	const o = { cookie: p.cookie, timeoutMs: 30_000 };
	const start = await request(server.origin, `/quiz/${quiz}?/start`, {
		...o,
		form: new URLSearchParams()
	});
	const at = start.location ?? '';
	if (start.status !== 303 || !at.startsWith('/attempts/'))
		throw new Error(`could not start an attempt: ${start.status} ${start.error}`);
	const page = await request(server.origin, at, o);
	const form = answersFrom(page.body);
	if (page.status !== 200 || !form.size) throw new Error(`no attempt page: ${page.status}`);
	return {
		id: at.slice('/attempts/'.length),
		result: request(server.origin, `${at}?/submit`, { ...o, form, hold: release })
	};
}

/** New connections, every 25 ms, from the signal until the process has exited, and once after. */
async function probe(server: Server, exited: () => boolean) {
	const results: Result[] = [];
	do {
		results.push(await request(server.origin, '/healthz', { agent: false, timeoutMs: 5000 }));
		await sleep(25);
	} while (!exited());
	results.push(await request(server.origin, '/healthz', { agent: false, timeoutMs: 5000 }));
	return results;
}

const at = (r: Result, signalAt: number) =>
	`(sent ${ms((r.sentAt ?? r.startedAt) - signalAt)} after the signal)`;

async function cycle(n: number, shutdown: number, stuck: boolean) {
	const label = stuck ? 'stuck-client cycle' : `cycle ${n}`;
	const before = problems.length;
	const server = await startServer(dbFile, port, { SHUTDOWN_TIMEOUT: String(shutdown) });
	let exited = false;
	void server.exited.then(() => (exited = true));
	const load = startLoad(
		server.origin,
		people,
		world,
		{ timeoutMs: (shutdown + ANSWER_SLACK_S) * 1000 },
		known
	);
	await until(() => load.acks.length > 0, 20_000);

	let release = () => {};
	const released = new Promise<void>((r) => (release = r));
	const half = await halfSentSubmission(
		server,
		senders[n % senders.length],
		stuck ? new Promise(() => {}) : released
	);
	await sleep(100 + Math.random() * 700);

	const signalAt = now();
	server.child.kill('SIGTERM');
	const probes = probe(server, () => exited);
	await sleep(300);
	release();

	const wait = shutdown * 1000 + STUCK_MARGIN_MS + 5000;
	const exit = await Promise.race([server.exited, after(wait)]);
	if (!exit) {
		server.child.kill('SIGKILL');
		problems.push(`${label}: no exit ${wait} ms after SIGTERM`);
		await server.exited;
	} else {
		const took = exit.at - signalAt;
		if (stuck) stuckExit = took;
		else exitTimes.push(took);
		if (exit.code !== 0) problems.push(`${label}: exit code ${exit.code} (${exit.signal})`);
		if (!stuck && took > shutdown * 1000)
			problems.push(`${label}: exited ${ms(took)} after SIGTERM, over its ${shutdown} s`);
		if (stuck && (took < shutdown * 1000 || took > shutdown * 1000 + STUCK_MARGIN_MS))
			problems.push(`${label}: exited ${ms(took)} after SIGTERM (timeout ${shutdown} s)`);
	}
	await load.stop();
	const signalled = (r: Result) => r.sentAt !== null && r.sentAt < signalAt;

	// The half-sent submission: all of its 303 (or, stuck, cut off without an answer).
	const submit = await half.result;
	if (stuck) {
		if (submit.status) problems.push(`${label}: the stuck request got an answer ${submit.status}`);
	} else if (submit.status === 303 && submit.complete) {
		inFlightFinished++;
		acks.push({
			kind: 'submit',
			id: half.id,
			step: 0,
			fresh: true,
			sentAt: submit.sentAt!,
			ackAt: submit.answeredAt!
		});
	} else {
		droppedBefore++;
		problems.push(
			`${label}: the request in flight at the signal got ${submit.status || submit.failure} ${submit.error ?? ''}`
		);
	}

	// The load: complete answers as expected, nothing sent before the signal left unanswered.
	acks.push(...load.acks);
	requests += load.tally.requests;
	answered += load.tally.complete;
	for (const r of load.tally.unexpected)
		problems.push(`${label}: unexpected answer ${r.status} to ${r.method} ${r.path}`);
	for (const r of load.tally.failures) {
		if (r.failure === 'refused') refused++;
		else if (r.failure === 'reset' && !signalled(r)) {
			if (r.reused) racedKeptAlive++;
			else racedNew++;
		} else {
			if (r.failure === 'reset') droppedBefore++;
			problems.push(
				`${label}: ${r.failure === 'reset' ? 'no answer' : r.failure} to ${r.method} ${r.path} ${at(r, signalAt)} ${r.error ?? ''}`
			);
		}
	}

	// New connections after the signal: a complete answer or a clean refusal.
	for (const r of await probes) {
		if (r.failure === 'refused') probesRefused++;
		else if (r.failure === null && r.status === 200) probesAnswered++;
		else if (r.failure === 'reset') racedNew++;
		else
			problems.push(
				`${label}: a new connection after the signal got ${r.failure ?? r.status} ${at(r, signalAt)} ${r.error ?? ''}`
			);
	}

	// The database, with the server down: closed cleanly, sound, everything acknowledged stored,
	// nothing unanswered stored.
	const wal = `${dbFile}-wal`;
	if (existsSync(wal) && statSync(wal).size > 0)
		problems.push(`${label}: the -wal was left behind (${statSync(wal).size} bytes)`);
	const result = await inspect(dbFile, acks, world);
	if (result.integrity === 'ok') integrityOk++;
	else problems.push(`${label}: integrity_check: ${result.integrity}`);
	for (const m of result.missing) problems.push(`${label}: acknowledged but not stored: ${m}`);
	for (const v of result.violations) problems.push(`${label}: ${v}`);
	const db = new Database(dbFile, { readonly: true });
	const stored = storedIn(db);
	// An attempt handed back to its owner later may be submitted by a later, answered request.
	const later = new Set(acks.map(describe));
	const unanswered = load.unanswered.filter((a) => !later.has(describe(a)));
	unansweredWrites += unanswered.length;
	for (const a of unanswered.filter(stored)) {
		unansweredStored++;
		problems.push(`${label}: got no answer, yet stored: ${describe(a)}`);
	}
	db.close();
	if (problems.length > before)
		problems.push(`${label}: server log: ${server.log.slice(-10).join(' | ') || '(empty)'}`);
}

// Every cycle runs (up to 100 problems), so that a failure's frequency shows.
let failedCycles = 0;
for (let n = 1; n <= CYCLES + 1 && problems.length < 100; n++) {
	const before = problems.length;
	if (n <= CYCLES) await cycle(n, SHUTDOWN, false);
	else await cycle(n, STUCK_SHUTDOWN, true);
	if (problems.length > before) failedCycles++;
	if (MODE === 'long' && n % 5 === 0)
		console.log(`  cycle ${n}/${CYCLES}: ${acks.length} acknowledged, ${failedCycles} failed`);
}

const db = new Database(dbFile, { readonly: true });
const rows = await counts(db);
db.close();
const sorted = exitTimes.sort((a, b) => a - b);
const seconds = (now() - started) / 1000;
const missing = problems.filter((p) => p.includes('acknowledged but not stored')).length;
console.log(
	`fault:sigterm (${MODE}): ${CYCLES} cycles + 1 stuck-client cycle; ${acks.length} acknowledged writes (${inFlightFinished} sent half before the signal, finished after it), ${acks.length - missing} stored, integrity ok ${integrityOk}/${CYCLES + 1}, ${problems.length} violations in ${failedCycles} cycles; ` +
		`exit code 0; time to exit after SIGTERM: median ${ms(sorted[Math.floor(sorted.length / 2)] ?? NaN)}, max ${ms(sorted.at(-1) ?? NaN)} (timeout ${SHUTDOWN} s), stuck client ${ms(stuckExit)} (timeout ${STUCK_SHUTDOWN} s); ` +
		`requests sent before the signal left without an answer: ${droppedBefore}; ` +
		`${requests} load requests: ${answered} answered in full, ${refused} refused, ${racedKeptAlive + racedNew} sent after the signal into a closing connection (${racedKeptAlive} kept-alive, ${racedNew} new; ${unansweredWrites} unanswered writes, ${unansweredStored} of them stored); ` +
		`probes after the signal: ${probesAnswered} answered, ${probesRefused} refused (ECONNREFUSED); ` +
		`database: ${rows.attempts} submitted attempts, ${rows.runs} runs, ${rows.reviews} reviews; ${seconds.toFixed(0)} s`
);
for (const p of problems.slice(0, 20)) console.log(`  ✗ ${p}`);
if (problems.length) process.exitCode = 1;
