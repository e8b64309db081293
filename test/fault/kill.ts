// npm run fault:kill — kill -9 under write load.
//
// Promise: whatever moment the server process dies (SIGKILL: no handler, no clean-up), the
// database file is sound, every write the server acknowledged is stored, and no action is half
// written. SQLite in WAL mode commits a transaction before the action answers 303, and each user
// action is one transaction (README, "Database").
//
// How it is checked, cycle after cycle on one database:
// 1. start the built server; 36 agents and 4 leads (sessions in the database) write through
//    form posts: quiz attempts started and submitted, role-play runs restarted and played step by
//    step (choices and typed replies), lead reviews. Every 303 goes in a ledger with what it
//    promised (attempt submitted, run at step ≥ n, review exists);
// 2. SIGKILL at a random moment: after a random number (10–80) of acknowledged writes in the
//    cycle (or 5 s), plus 0–100 ms. Cycles 5, 15, 25, … instead kill the server 0–1.5 s after it
//    was spawned, while it is still starting (migrations, rebuilding the lesson search index);
// 3. with no server running, copy the database with its -wal and -shm as they are (the copy is
//    opened, so the real file is left for the next server to recover) and open it with
//    better-sqlite3: PRAGMA integrity_check is 'ok' (and the FTS5 index's own check), every write
//    acknowledged in this or any earlier cycle is stored, and the invariants in lib.ts hold (a
//    submitted attempt has its `answered` and `passed`/`failed` statements, its evidence and its
//    progress count; a run's statements match its step and status; a review has its statement,
//    notification and audit line; …);
// 4. after the last cycle, start the server once more, sign-in pages must serve, stop it with
//    SIGTERM and check the real file the same way.
//
// FAULT_MODE=short: 5 cycles (about a minute); long (default): 200 cycles. Exit 1 on any broken
// promise. FAULT_CYCLES overrides the count.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
	copyDatabase,
	counts,
	faultMode,
	freePort,
	inspect,
	killServer,
	loadWorld,
	now,
	removeFolder,
	seedOrganisation,
	signedInPageServes,
	sleep,
	spawnServer,
	startLoad,
	startServer,
	stopServer,
	Tally,
	tempFolder,
	timeLimit,
	waitReady,
	type Ack,
	type Load,
	until
} from './lib';

const MODE = faultMode();
const CYCLES = Number(process.env.FAULT_CYCLES ?? (MODE === 'short' ? 5 : 200));
timeLimit('fault:kill', MODE === 'short' ? 360 : 18 * 60);

const started = now();
const dir = tempFolder('coachline-fault-kill-');
const dbFile = join(dir, 'coachline.db');
const people = await seedOrganisation(dbFile, 4, 9);
const world = loadWorld();
const port = await freePort(4401);

const acks: Ack[] = [];
const known = new Set<string>();
const tally = new Tally();
const problems: string[] = [];
let checks = 0;
let integrityOk = 0;
let startupKills = 0;

for (let cycle = 1; cycle <= CYCLES; cycle++) {
	const duringStart = cycle % 10 === 5;
	const server = spawnServer(dbFile, port);
	let load: Load | null = null;
	if (duringStart) {
		startupKills++;
		await sleep(Math.random() * 1500);
	} else {
		await waitReady(server);
		load = startLoad(server.origin, people, world, {}, known);
		// A random moment once writes are flowing: after a random number of acknowledged writes
		// (10–80, or 5 s), then a random 0–100 ms, so that the kill falls anywhere in a request.
		const writes = 10 + Math.floor(Math.random() * 71);
		await until(() => load!.acks.length >= 1, 20_000);
		await until(() => load!.acks.length >= writes, 5000);
		await sleep(Math.random() * 100);
	}
	const exit = await killServer(server);
	if (exit.signal !== 'SIGKILL')
		problems.push(`cycle ${cycle}: server exited by itself (${exit.code}) before the kill`);
	if (load) {
		await load.stop();
		acks.push(...load.acks);
		tally.requests += load.tally.requests;
		tally.complete += load.tally.complete;
		tally.failures.push(...load.tally.failures);
		tally.unexpected.push(...load.tally.unexpected);
	}

	const checkDir = tempFolder('coachline-fault-kill-check-');
	const result = await inspect(copyDatabase(dbFile, checkDir), acks, world);
	removeFolder(checkDir);
	checks++;
	if (result.integrity === 'ok') integrityOk++;
	else problems.push(`cycle ${cycle}: integrity_check: ${result.integrity}`);
	for (const m of result.missing)
		problems.push(`cycle ${cycle}: acknowledged but not stored: ${m}`);
	for (const v of result.violations) problems.push(`cycle ${cycle}: ${v}`);
	if (MODE === 'long' && cycle % 20 === 0)
		console.log(
			`  cycle ${cycle}/${CYCLES}: ${acks.length} acknowledged so far, ${problems.length} problems, ${((now() - started) / 1000).toFixed(0)} s`
		);
	if (problems.length > 20) break;
}

// The last start recovers the file once more; pages must serve, and a clean stop leaves it sound.
const server = await startServer(dbFile, port);
if (!(await signedInPageServes(server.origin, people[1])))
	problems.push('after the last restart, /record did not serve a signed-in page');
const exit = await stopServer(server);
if (exit.code !== 0) problems.push(`the final SIGTERM stop exited with ${exit.code}`);
const final = await inspect(dbFile, acks, world);
checks++;
if (final.integrity === 'ok') integrityOk++;
else problems.push(`final: integrity_check: ${final.integrity}`);
for (const m of final.missing) problems.push(`final: acknowledged but not stored: ${m}`);
for (const v of final.violations) problems.push(`final: ${v}`);
const db = new Database(dbFile, { readonly: true });
const rows = await counts(db);
db.close();

for (const r of tally.unexpected)
	problems.push(`unexpected answer ${r.status} to ${r.method} ${r.path}`);
// A killed server resets its connections: a request left waiting would be a hang.
for (const r of tally.failures.filter((f) => f.failure === 'timeout'))
	problems.push(`no answer in time: ${r.method} ${r.path}`);
const stored = acks.length - final.missing.length;
const kinds = (k: Ack['kind']) => acks.filter((a) => a.kind === k).length;
const seconds = (now() - started) / 1000;
console.log(
	`fault:kill (${MODE}): ${CYCLES} cycles (${startupKills} killed during start-up), ${acks.length} acknowledged writes (${kinds('attempt')} attempts started, ${kinds('submit')} submitted, ${kinds('run')} runs started, ${kinds('step')} run steps, ${kinds('review')} reviews), ${stored} stored, integrity ok ${integrityOk}/${checks}, ${problems.length} violations; ` +
		`${tally.requests} requests (${tally.complete} answered, cut off by the kills: ${tally.describeFailures()}); ` +
		`database: ${rows.attempts} submitted attempts, ${rows.runs} runs, ${rows.steps} steps, ${rows.reviews} reviews, ${rows.statements} statements; ${seconds.toFixed(0)} s`
);
for (const p of problems.slice(0, 20)) console.log(`  ✗ ${p}`);
if (problems.length) {
	console.log(`server log (last lines):\n${server.log.slice(-20).join('\n')}`);
	process.exitCode = 1;
}
