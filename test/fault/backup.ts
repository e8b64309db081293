// npm run fault:backup — an online backup under write load, then a restore.
//
// Promise (README, "Production notes" 4): `npm run db:backup -- <file>` while the server runs
// writes a consistent copy (SQLite's online backup API, so the WAL's committed pages are in it);
// restoring is putting that file in place of the database, and the server serves it.
//
// How it is checked, round after round on one growing database:
// 1. start the built server; 36 agents and 4 leads write through form posts (quiz attempts,
//    role-play steps, lead reviews), every 303 recorded with its promise and its times;
// 2. once writes flow, run `npm run db:backup -- <file>` as an operator would, while the load
//    goes on; the load carries on 0.3 s after the backup command has exited, then stops, and the
//    server is stopped (SIGTERM);
// 3. restore: copy the backup file alone into a fresh folder. Checked there:
//    - PRAGMA integrity_check is 'ok' (and the FTS5 index's own check);
//    - every write acknowledged before the backup command started is in the restore;
//    - no write sent after the backup command had exited is in it;
//    - it is the data of one moment: if a write is in it, every write acknowledged before that
//      one was sent is in it too (so not a mix of older and newer pages);
//    - it is one consistent snapshot: the invariants in lib.ts hold (no attempt submitted
//      without its statements, evidence and progress; a run's statements match its step; …);
//    - the server started on the restored copy serves a signed-in page (/record, with the
//      person's name, from a session that was in the backup);
// 4. the live database, with its server stopped, still holds every acknowledged write.
//
// FAULT_MODE=short: 1 round; long (default): 10 rounds. Exit 1 on any broken promise.
import { copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
	counts,
	describe,
	faultMode,
	freePort,
	inspect,
	loadWorld,
	ms,
	now,
	removeFolder,
	runBackup,
	seedOrganisation,
	signedInPageServes,
	sleep,
	startLoad,
	startServer,
	storedIn,
	stopServer,
	tempFolder,
	timeLimit,
	until,
	type Ack
} from './lib';

const MODE = faultMode();
const ROUNDS = Number(process.env.FAULT_ROUNDS ?? (MODE === 'short' ? 1 : 10));
timeLimit('fault:backup', MODE === 'short' ? 480 : 15 * 60);

const started = now();
const dir = tempFolder('coachline-fault-backup-');
const dbFile = join(dir, 'coachline.db');
const backups = tempFolder('coachline-fault-backups-');
const people = await seedOrganisation(dbFile, 4, 9);
const world = loadWorld();
const port = await freePort(4441);
const restorePort = await freePort(port + 1);

const acks: Ack[] = [];
const known = new Set<string>();
const problems: string[] = [];
const backupTimes: number[] = [];
let requests = 0;
let unexpected = 0;
let integrityOk = 0;
let before = 0;
let during = 0;
let after = 0;
/** Writes acknowledged while a backup ran that made it into the backup. */
let duringIn = 0;
let served = 0;
let restoredRows = { attempts: 0, runs: 0, steps: 0, reviews: 0, statements: 0 };

for (let round = 1; round <= ROUNDS; round++) {
	const label = `round ${round}`;
	const server = await startServer(dbFile, port);
	const load = startLoad(server.origin, people, world, {}, known);
	await until(() => load.acks.length > 0, 15_000);
	await sleep(200 + Math.random() * 800);

	const file = join(backups, `coachline-${round}.db`);
	const backup = await runBackup(dbFile, file);
	backupTimes.push(backup.endedAt - backup.startedAt);
	await sleep(300);
	await load.stop();
	const exit = await stopServer(server);
	if (exit.code !== 0) problems.push(`${label}: the server's SIGTERM exit code was ${exit.code}`);
	acks.push(...load.acks);
	requests += load.tally.requests;
	unexpected += load.tally.unexpected.length + load.tally.failures.length;
	for (const r of [...load.tally.unexpected, ...load.tally.failures].slice(0, 3))
		problems.push(`${label}: ${r.failure ?? r.status} to ${r.method} ${r.path}`);
	if (backup.code !== 0 || !existsSync(file)) {
		problems.push(`${label}: db:backup failed (${backup.code}): ${backup.output}`);
		continue;
	}

	// Restore: the backup file, alone, in a fresh folder.
	const restoreDir = tempFolder('coachline-fault-restore-');
	const restored = join(restoreDir, 'coachline.db');
	copyFileSync(file, restored);
	const ackedBefore = acks.filter((a) => a.ackAt < backup.startedAt);
	const sentAfter = load.acks.filter((a) => a.sentAt > backup.endedAt);
	// This round's writes: before the backup, while it ran, after it (earlier rounds' are before).
	const beforeNow = load.acks.filter((a) => a.ackAt < backup.startedAt).length;
	before += beforeNow;
	after += sentAfter.length;
	during += load.acks.length - beforeNow - sentAfter.length;

	const result = await inspect(restored, ackedBefore, world);
	if (result.integrity === 'ok') integrityOk++;
	else problems.push(`${label}: restore integrity_check: ${result.integrity}`);
	for (const m of result.missing)
		problems.push(`${label}: acknowledged before the backup, not in the restore: ${m}`);
	for (const v of result.violations) problems.push(`${label}: restore: ${v}`);
	const db = new Database(restored);
	const stored = storedIn(db);
	// A handed-back open attempt existed before it was acknowledged again: it says nothing here.
	const fresh = load.acks.filter((a) => a.kind !== 'attempt' || a.fresh);
	for (const a of fresh.filter((a) => a.sentAt > backup.endedAt && stored(a)))
		problems.push(`${label}: sent after the backup ended, yet in the restore: ${describe(a)}`);
	// One moment: whatever the restore holds came before whatever it lacks. If a write is in it,
	// every write acknowledged before that one was even sent must be in it too.
	const inRestore = fresh.filter(stored);
	const lastSent = Math.max(-Infinity, ...inRestore.map((a) => a.sentAt));
	for (const a of fresh.filter((a) => a.ackAt < lastSent && !stored(a)))
		problems.push(`${label}: not one moment: ${describe(a)} is missing, a later write is there`);
	duringIn += inRestore.filter((a) => a.ackAt >= backup.startedAt).length;
	restoredRows = await counts(db);
	db.close();

	// The restored copy serves: a session from the backup opens a signed-in page.
	const copy = await startServer(restored, restorePort);
	if (await signedInPageServes(copy.origin, people[round % people.length])) served++;
	else problems.push(`${label}: the server on the restored copy did not serve /record`);
	const copyExit = await stopServer(copy);
	if (copyExit.code !== 0) problems.push(`${label}: the restored server exited ${copyExit.code}`);
	removeFolder(restoreDir);

	// The live database still has everything.
	const live = await inspect(dbFile, acks, world);
	if (live.integrity !== 'ok') problems.push(`${label}: live integrity_check: ${live.integrity}`);
	for (const m of live.missing) problems.push(`${label}: live: acknowledged but not stored: ${m}`);
	for (const v of live.violations) problems.push(`${label}: live: ${v}`);
	if (MODE === 'long')
		console.log(
			`  ${label}: backup ${ms(backup.endedAt - backup.startedAt)}, ${ackedBefore.length} acknowledged before it, ${problems.length} problems`
		);
}

backupTimes.sort((a, b) => a - b);
const seconds = (now() - started) / 1000;
console.log(
	`fault:backup (${MODE}): ${ROUNDS} rounds, backup under load (npm run db:backup) took ${ms(backupTimes[0])}–${ms(backupTimes.at(-1)!)}; ` +
		`${acks.length} acknowledged writes: ${before} before a backup started (all must be in it), ${during} while it ran (${duringIn} of them in the backup), ${after} sent after it ended (none may be in it); ` +
		`restores: integrity ok ${integrityOk}/${ROUNDS}, served a signed-in page ${served}/${ROUNDS}, ${problems.length} violations; ` +
		`${requests} requests, ${unexpected} unexpected answers or failures; last restore: ${restoredRows.attempts} submitted attempts, ${restoredRows.runs} runs, ${restoredRows.reviews} reviews, ${restoredRows.statements} statements; ${seconds.toFixed(0)} s`
);
for (const p of problems.slice(0, 20)) console.log(`  ✗ ${p}`);
if (problems.length) process.exitCode = 1;
