// npm run bench:start — how long a restart takes and what the process holds once started.
// Builds (npm run build:test), starts the built server once over a fresh database to create the
// demo organisation, stops it, then restarts it BENCH_STARTS (5) times over that database: the
// time from spawning node to the first answered page (/login, 200), and the resident memory
// (VmRSS) 2 s after that first answer, with no traffic. Goals (speed issue): first answer ≤ 1 s,
// idle memory ≤ 120 MB; either missed makes the exit code 1.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep, startServer } from './server';

const STARTS = Number(process.env.BENCH_STARTS ?? 5);
const PORT = Number(process.env.BENCH_PORT ?? 4341);
const FIRST_ANSWER_MS = 1000;
const IDLE_MB = 120;

const dir = mkdtempSync(join(tmpdir(), 'coachline-start-'));
const dbFile = join(dir, 'start.db');
const rssMb = (pid: number) =>
	Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

async function once(demo: boolean) {
	const started = performance.now();
	const server = await startServer(dbFile, PORT, { demo, firstPage: '/login' });
	const firstAnswer = performance.now() - started;
	await sleep(2000);
	const rss = rssMb(server.pid);
	server.stop();
	await new Promise((r) => server.process.once('exit', r));
	return { firstAnswer, rss };
}

const first = await once(true);
console.log(
	`first start (creates the demo): ${Math.round(first.firstAnswer)} ms to /login, ${first.rss.toFixed(0)} MB`
);
const runs: { firstAnswer: number; rss: number }[] = [];
for (let i = 0; i < STARTS; i++) {
	const run = await once(true);
	runs.push(run);
	console.log(
		`restart ${i + 1}: first answer after ${Math.round(run.firstAnswer)} ms, idle ${run.rss.toFixed(0)} MB resident`
	);
}
rmSync(dir, { recursive: true, force: true });
const worst = (k: 'firstAnswer' | 'rss') => Math.max(...runs.map((r) => r[k]));
const median = (k: 'firstAnswer' | 'rss') =>
	runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
console.log(
	`\n| restart | median | worst | goal |\n|---|---|---|---|\n` +
		`| first answer (/login) | ${Math.round(median('firstAnswer'))} ms | ${Math.round(worst('firstAnswer'))} ms | ≤ ${FIRST_ANSWER_MS} ms |\n` +
		`| idle resident memory | ${median('rss').toFixed(0)} MB | ${worst('rss').toFixed(0)} MB | ≤ ${IDLE_MB} MB |`
);
process.exit(median('firstAnswer') > FIRST_ANSWER_MS || median('rss') > IDLE_MB ? 1 : 0);
