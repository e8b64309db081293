// npm run bench:record — the growth record at scale. Generates an organisation of 10,000 agents
// with 2,000,000 learning-record statements (and their evidence and progress), then:
//  1. prints EXPLAIN QUERY PLAN for every query a record page runs, and fails if any of them
//     scans the statements table (or any other table) instead of using an index;
//  2. serves the built app on loopback and requests /record as 300 random agents, one at a time,
//     reporting the server's response time (budget: p95 ≤ 50 ms).
// Bounded: generation ~1 min on 2 cores; BENCH_REQUESTS (300) requests.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb, openDb } from '../../src/lib/server/db';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadContent } from '../../src/lib/server/content';
import { growthView } from '../../src/lib/server/growth/view';
import { evidenceCsv } from '../../src/lib/server/growth/csv';

const AGENTS = Number(process.env.BENCH_AGENTS ?? 10_000);
const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 2_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const PORT = Number(process.env.BENCH_PORT ?? 4322);
const ORIGIN = `http://127.0.0.1:${PORT}`;
const DAY = 86_400_000;

const dir = mkdtempSync(join(tmpdir(), 'coachline-record-load-'));
const dbFile = join(dir, 'load.db');
const content = loadContent('content').index;
const lessons = content.courses.flatMap((c) => c.lessons);
const quizzes = content.quizzes.filter((q) => q.kind === 'lesson');
const competencies = content.competencies.map((c) => c.id);
const scenarios = content.scenarios.map((s) => s.id);

let seed = 42;
const rand = () => {
	seed = (seed * 1103515245 + 12345) & 0x7fffffff;
	return seed / 0x7fffffff;
};
const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

console.log(
	`Generating ${AGENTS.toLocaleString()} agents and ${STATEMENTS.toLocaleString()} statements…`
);
const started = performance.now();
const db = openDb(dbFile);
migrateDb(db);
const sql = db.$client;
sql.pragma('synchronous = OFF');
const insertUser = sql.prepare(
	`insert into users (email, name, role, status) values (?, ?, 'learner', 'active')`
);
const insertStatement = sql.prepare(
	`insert into statements (id, actor_id, verb, object_type, object_id, score_scaled, success, completion, context, timestamp) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
);
const insertEvidence = sql.prepare(
	`insert into competency_evidence (user_id, competency, kind, score, statement_id, at) values (?, ?, ?, ?, ?, ?)`
);
const insertProgress = sql.prepare(
	`insert or ignore into progress (user_id, object_type, object_id, status, started_at, completed_at, best_score, attempts) values (?, ?, ?, ?, ?, ?, ?, ?)`
);
const now = Date.now();
const perAgent = Math.floor(STATEMENTS / AGENTS);
let written = 0;
let evidenceRows = 0;
let n = 0;
const id = () => `s${(n++).toString(36).padStart(10, '0')}`;
const ids: number[] = [];
sql.transaction(() => {
	for (let a = 0; a < AGENTS; a++) {
		const user = Number(insertUser.run(`agent${a}@load.test`, `Agent ${a}`).lastInsertRowid);
		ids.push(user);
		let t = now - 180 * DAY;
		const step = (180 * DAY) / perAgent;
		for (let i = 0; i < perAgent; i++) {
			t += step * (0.5 + rand());
			const r = rand();
			const sid = id();
			if (r < 0.35) {
				// Reading a lesson (no evidence).
				insertStatement.run(
					sid,
					user,
					'experienced',
					'lesson',
					pick(lessons).id,
					null,
					null,
					null,
					null,
					Math.floor(t)
				);
			} else if (r < 0.5) {
				const lesson = pick(lessons);
				insertStatement.run(
					sid,
					user,
					'completed',
					'lesson',
					lesson.id,
					null,
					null,
					1,
					null,
					Math.floor(t)
				);
				insertProgress.run(
					user,
					'lesson',
					lesson.id,
					'completed',
					Math.floor(t),
					Math.floor(t),
					null,
					0
				);
				for (const c of lesson.competencies) {
					insertEvidence.run(user, c, 'lesson', 1, sid, Math.floor(t));
					evidenceRows++;
				}
			} else if (r < 0.85) {
				const quiz = pick(quizzes);
				const score = rand();
				insertStatement.run(
					sid,
					user,
					'answered',
					'question',
					`${quiz.id}#q`,
					score,
					score > 0.5 ? 1 : 0,
					null,
					JSON.stringify({ quiz: quiz.id }),
					Math.floor(t)
				);
				insertEvidence.run(user, pick(competencies), 'quiz', score, sid, Math.floor(t));
				evidenceRows++;
			} else if (r < 0.93) {
				const quiz = pick(quizzes);
				const score = rand();
				insertStatement.run(
					sid,
					user,
					score >= 0.8 ? 'passed' : 'failed',
					'quiz',
					quiz.id,
					score,
					score >= 0.8 ? 1 : 0,
					1,
					null,
					Math.floor(t)
				);
				insertProgress.run(
					user,
					'quiz',
					quiz.id,
					score >= 0.8 ? 'completed' : 'started',
					Math.floor(t),
					null,
					score,
					1
				);
			} else if (scenarios.length) {
				const scenario = pick(scenarios);
				const score = rand();
				insertStatement.run(
					sid,
					user,
					score >= 0.7 ? 'passed' : 'failed',
					'scenario',
					scenario,
					score,
					score >= 0.7 ? 1 : 0,
					1,
					JSON.stringify({ mode: 'practice' }),
					Math.floor(t)
				);
				for (const c of content.scenario(scenario)!.competencies) {
					insertEvidence.run(user, c, 'roleplay', score, sid, Math.floor(t));
					evidenceRows++;
				}
			} else {
				insertStatement.run(
					sid,
					user,
					'experienced',
					'lesson',
					pick(lessons).id,
					null,
					null,
					null,
					null,
					Math.floor(t)
				);
			}
			written++;
		}
	}
})();
sql.exec('analyze');
console.log(
	`  ${written.toLocaleString()} statements, ${evidenceRows.toLocaleString()} evidence rows in ${((performance.now() - started) / 1000).toFixed(0)} s`
);

// 1. Every query a record page runs, and its plan.
const seen: string[] = [];
const prepare = sql.prepare.bind(sql);
(sql as unknown as { prepare: typeof sql.prepare }).prepare = ((source: string) => {
	seen.push(source);
	return prepare(source);
}) as typeof sql.prepare;
const probe = ids[Math.floor(ids.length / 2)];
growthView(db, content, { id: probe, role: 'learner' }, null);
growthView(db, content, { id: probe, role: 'learner' }, 'quiz');
evidenceCsv(db, content, probe);
(sql as unknown as { prepare: typeof sql.prepare }).prepare = prepare;
let scans = 0;
for (const query of [...new Set(seen)]) {
	const params = (query.match(/\?/g) ?? []).map(() => probe);
	const plan = prepare(`explain query plan ${query}`).all(...params) as { detail: string }[];
	const details = plan.map((p) => p.detail);
	const scan = details.filter((d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d));
	scans += scan.length;
	console.log(`\n${query.replace(/\s+/g, ' ').slice(0, 160)}…\n  ${details.join('\n  ')}`);
}
console.log(`\nFull scans in record queries: ${scans}`);
db.$client.close();

// 2. The page itself, served by the built app.
const cookies: string[] = [];
{
	const db2 = openDb(dbFile);
	for (let i = 0; i < REQUESTS; i++)
		cookies.push(`${SESSION_COOKIE}=${createSession(db2, pick(ids)).token}`);
	db2.$client.close();
}
const server = spawn(process.execPath, ['build/index.js'], {
	env: {
		...process.env,
		PORT: String(PORT),
		HOST: '127.0.0.1',
		ORIGIN,
		DATABASE_URL: dbFile,
		COACHLINE_DEMO: 'off'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
try {
	for (let i = 0; ; i++) {
		try {
			if ((await fetch(`${ORIGIN}/healthz`)).ok) break;
		} catch {
			if (i > 200) throw new Error('server did not start');
		}
		await sleep(100);
	}
	// Warm up: the first requests compile templates and fill caches.
	for (const cookie of cookies.slice(0, 10))
		await (await fetch(`${ORIGIN}/record`, { headers: { cookie } })).text();
	const times: number[] = [];
	let errors = 0;
	for (const cookie of cookies) {
		const t0 = performance.now();
		const res = await fetch(`${ORIGIN}/record`, { headers: { cookie } });
		await res.text();
		times.push(performance.now() - t0);
		if (res.status !== 200) errors++;
	}
	times.sort((a, b) => a - b);
	const q = (p: number) =>
		times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
	console.log(
		`\n/record for ${REQUESTS} random agents: p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms, max ${times[times.length - 1].toFixed(1)} ms, errors ${errors}`
	);
	const p95 = Number(q(0.95));
	if (scans > 0 || errors > 0 || p95 > 50) {
		console.log(`Budget missed (p95 ≤ 50 ms, 0 scans, 0 errors).`);
		process.exitCode = 1;
	} else console.log('Budget met: p95 ≤ 50 ms, no full scans, no errors.');
} finally {
	server.kill();
	rmSync(dir, { recursive: true, force: true });
}
