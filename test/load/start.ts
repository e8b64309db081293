// npm run bench:start — how long a restart takes and what the process holds once started.
// Builds (npm run build:test), starts the built server once over a fresh database to create the
// demo organisation, stops it, then restarts it BENCH_STARTS (5) times over that database: the
// time from spawning node to the first answered page (/login, 200), and the resident memory
// (VmRSS) with no traffic: 2 s after that first answer, and once idle (BENCH_IDLE_S, 20 s, after
// it). In between, V8's memory reducer gives back the young generation that start-up grew to its
// 32 MB (seen on every start: about 30 MB, some 10 s in). Goals (speed issue): first answer
// ≤ 1 s, idle memory ≤ 120 MB; either missed makes the exit code 1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, startServer } from './server';

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4341);
const FIRST_ANSWER_MS = 1000;
const IDLE_MB = 120;
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 20);

const dir = mkdtempSync(join(tmpdir(), 'coachline-start-'));
const dbFile = join(dir, 'start.db');
const rssMb = (pid: number) =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function once(demo: boolean) {
	const started = performance.now();
	const server = await startServer(dbFile, PORT, { demo, firstPage: '/login' });
	const firstAnswer = performance.now() - started;
	await sleep(2000);
	const early = rssMb(server.pid);
	await sleep((IDLE_S - 2) * 1000);
	const rss = rssMb(server.pid);
	server.stop();
	await new Promise((r) => server.process.once('exit', r));
	return { firstAnswer, early, rss };
}

const first = await once(true);
console.log(
	`first start (creates the demo): ${Math.round(first.firstAnswer)} ms to /login, ${first.rss.toFixed(0)} MB idle`
);
type Run = Awaited<ReturnType<typeof once>>;
const runs: Run[] = [];
for (let i = 0; i < STARTS; i++) {
	const run = await once(true);
	runs.push(run);
	console.log(
		`restart ${i + 1}: first answer after ${Math.round(run.firstAnswer)} ms, ${run.early.toFixed(0)} MB resident 2 s later, ${run.rss.toFixed(0)} MB at ${IDLE_S} s`
	);
}
rmSync(dir, { recursive: true, force: true });
const worst = (k: keyof Run) => Math.max(...runs.map((r) => r[k]));
const median = (k: keyof Run) =>
	runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(
	`\n| restart | median | worst | goal |\n|---|---|---|---|\n` +
		`| first answer (/login) | ${Math.round(median('firstAnswer'))} ms | ${Math.round(worst('firstAnswer'))} ms | ≤ ${FIRST_ANSWER_MS} ms |\n` +
		`| resident memory 2 s after the first answer | ${median('early').toFixed(0)} MB | ${worst('early').toFixed(0)} MB | |\n` +
		`| idle resident memory (${IDLE_S} s) | ${median('rss').toFixed(0)} MB | ${worst('rss').toFixed(0)} MB | ≤ ${IDLE_MB} MB |`
);
process.exit(median('firstAnswer') > FIRST_ANSWER_MS || median('rss') > IDLE_MB ? 1 : 0);
