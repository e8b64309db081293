// npm run bench:quiz — 200 simulated learners take quizzes against the built server on loopback.
// Each learner starts an attempt, reads the page, thinks 1–5 s, submits, thinks again, repeats.
// Measures submission latency (budget: p95 ≤ 100 ms), errors (budget: 0), and checks that the
// attempts stored equal the submissions the server acknowledged. Bounded: BENCH_SECONDS (60).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { returned, migrateDb, openDb } from '../../src/lib/server/db';
import { users } from '../../src/lib/server/db/schema';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadContent } from '../../src/lib/server/content';
import { percentile, sleep, startServer } from './server';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 4321);

const dir = mkdtempSync(join(tmpdir(), 'coachline-quiz-load-'));
const dbFile = join(dir, 'load.db');

// Learners and their sessions go straight into the database: sign-in is not what is measured.
const db = openDb(dbFile);
migrateDb(db);
const cookies: string[] = [];
for (let i = 0; i < LEARNERS; i++) {
	const user = await returned(
		db
			.insert(users)
			.values({ email: `learner${i}@load.test`, name: `Learner ${i}`, role: 'learner' })
			.returning()
	);
	cookies.push(`${SESSION_COOKIE}=${(await createSession(db, user.id)).token}`);
}
db.$client.close();

const quizzes = loadContent('content').index.quizzes.filter((q) => q.kind === 'lesson');
const think = () => sleep(1000 + Math.random() * 4000);

/** Answers every question on an attempt page with the first option (right or wrong). */
function answersFrom(html: string): URLSearchParams {
	const form = new URLSearchParams();
	const seen = new Set<string>();
	for (const m of html.matchAll(/name="(q\.[^".]+)" value="([a-z2-7]+)"/g))
		if (!seen.has(m[1])) {
			seen.add(m[1]);
			form.append(m[1], m[2]);
		}
	const positions = new Map<string, number>();
	for (const m of html.matchAll(/name="(q\.([^".]+)\.pos\.[a-z2-7]+)"/g)) {
		const n = (positions.get(m[2]) ?? 0) + 1;
		positions.set(m[2], n);
		form.append(m[1], String(n));
	}
	for (const m of html.matchAll(
		/name="(q\.[^".]+\.match\.[a-z2-7]+)"[^>]*>([\s\S]*?)<\/select>/g
	)) {
		const first = m[2].match(/value="([a-z2-7]+)"/);
		if (first) form.append(m[1], first[1]);
	}
	return form;
}

const latencies: number[] = [];
let acknowledged = 0;
const errors: string[] = [];

async function learner(ORIGIN: string, cookie: string, until: number) {
	const headers = { cookie, origin: ORIGIN, accept: 'text/html' };
	await sleep(Math.random() * 5000); // arrive over the first seconds, not all at once
	while (Date.now() < until) {
		const quiz = quizzes[Math.floor(Math.random() * quizzes.length)];
		try {
			const start = await fetch(`${ORIGIN}/quiz/${quiz.id}?/start`, {
				method: 'POST',
				headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
				body: '',
				redirect: 'manual'
			});
			const location = start.headers.get('location');
			if (start.status !== 303 || !location) throw new Error(`start ${start.status}`);
			const page = await fetch(`${ORIGIN}${location}`, { headers });
			const body = answersFrom(await page.text());
			await think();
			if (Date.now() >= until) break;
			const t0 = performance.now();
			const submit = await fetch(`${ORIGIN}${location}?/submit`, {
				method: 'POST',
				headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' },
				body,
				redirect: 'manual'
			});
			latencies.push(performance.now() - t0);
			await submit.arrayBuffer();
			if (submit.status !== 303) throw new Error(`submit ${submit.status}`);
			acknowledged++;
		} catch (e) {
			errors.push((e as Error).message);
		}
		await think();
	}
}

const server = await startServer(dbFile, PORT);
try {
	const until = Date.now() + SECONDS * 1000;
	const started = performance.now();
	await Promise.all(cookies.map((c) => learner(server.origin, c, until)));
	const elapsed = (performance.now() - started) / 1000;

	const check = openDb(dbFile);
	const stored = (
		(await check.$client
			.prepare("select count(*) as n from quiz_attempts where status = 'submitted'")
			.get()) as { n: number }
	).n;
	const answered = (
		(await check.$client
			.prepare("select count(*) as n from statements where verb = 'answered'")
			.get()) as {
			n: number;
		}
	).n;
	check.$client.close();

	latencies.sort((a, b) => a - b);
	const pct = (p: number) => percentile(latencies, p);
	const p95 = pct(95);
	console.log(
		`quiz load: ${LEARNERS} learners, ${elapsed.toFixed(0)} s, ${latencies.length} submissions (${(latencies.length / elapsed).toFixed(1)}/s)\n` +
			`submission latency ms: p50 ${pct(50).toFixed(1)}, p95 ${p95.toFixed(1)}, p99 ${pct(99).toFixed(1)}, max ${pct(100).toFixed(1)}\n` +
			`errors ${errors.length}${errors.length ? ` (${[...new Set(errors)].slice(0, 3).join('; ')})` : ''}; acknowledged ${acknowledged}, stored attempts ${stored}, answered statements ${answered}`
	);
	const ok = p95 <= 100 && errors.length === 0 && stored === acknowledged;
	console.log(`budget (p95 ≤ 100 ms, 0 errors, stored = acknowledged): ${ok ? 'met' : 'MISSED'}`);
	process.exitCode = ok ? 0 : 1;
} finally {
	server.stop();
	rmSync(dir, { recursive: true, force: true });
}
