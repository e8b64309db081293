// npm run bench:record — the growth record and the lead's dashboard at scale. Generates an
// organisation of 10,000 agents with 2,000,000 learning-record statements (and their evidence and
// progress), in 200 teams of 50 with a lead each and six assignments per agent, then:
//  1. prints EXPLAIN QUERY PLAN for every query /record and /team run, and fails if any of them
//     scans a table instead of using an index;
//  2. serves the built app on loopback and requests /record as 300 random agents, then /team as
//     300 random leads (a 50-agent team each), one at a time, reporting the server's response
//     time (budgets: /record p95 ≤ 50 ms, /team p95 ≤ 100 ms).
// Bounded: generation ~1 min on 2 cores; BENCH_REQUESTS (300) requests per page.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateDb, openDb } from '../../src/lib/server/db';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadContent } from '../../src/lib/server/content';
import { growthView } from '../../src/lib/server/growth/view';
import { evidenceCsv } from '../../src/lib/server/growth/csv';
import { teamDashboard } from '../../src/lib/server/cockpit/dashboard';
import { startServer } from './server';

const AGENTS = Number(process.env.BENCH_AGENTS ?? 10_000);
const STATEMENTS = Number(process.env.BENCH_STATEMENTS ?? 2_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
const TEAM_SIZE = 50;
const PORT = Number(process.env.BENCH_PORT ?? 4323);
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
// Teams of 50 with a lead, and six assignments per agent (two team batches of three).
const leads: number[] = [];
const teamIds: number[] = [];
{
	const insertLead = sql.prepare(
		`insert into users (email, name, role, status) values (?, ?, 'lead', 'active')`
	);
	const insertTeam = sql.prepare(`insert into teams (name, lead_id) values (?, ?)`);
	const insertMember = sql.prepare(`insert into team_members (team_id, user_id) values (?, ?)`);
	const insertAssignment = sql.prepare(
		`insert into assignments (batch, user_id, team_id, item_type, item_id, due_date, note, assigned_by, status, completed_at, created_at, updated_at) values (?, ?, ?, 'lesson', ?, ?, '', ?, ?, ?, ?, ?)`
	);
	const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
	sql.transaction(() => {
		for (let t = 0; t * TEAM_SIZE < ids.length; t++) {
			const lead = Number(insertLead.run(`lead${t}@load.test`, `Lead ${t}`).lastInsertRowid);
			const team = Number(insertTeam.run(`Team ${t}`, lead).lastInsertRowid);
			leads.push(lead);
			teamIds.push(team);
			const members = ids.slice(t * TEAM_SIZE, (t + 1) * TEAM_SIZE);
			for (const m of members) insertMember.run(team, m);
			for (let b = 0; b < 6; b++) {
				const batch = `b${t}-${b}`;
				const created = now - (60 - b * 10) * DAY;
				const due = day(created + 14 * DAY);
				const lesson = pick(lessons).id;
				for (const m of members) {
					const done = rand() < 0.6;
					insertAssignment.run(
						batch,
						m,
						team,
						lesson,
						due,
						lead,
						done ? 'done' : 'open',
						done ? created + 5 * DAY : null,
						created,
						created
					);
				}
			}
		}
	})();
}
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
await growthView(db, content, { id: probe, role: 'learner' }, null, 'coach');
await growthView(db, content, { id: probe, role: 'learner' }, 'quiz', 'coach');
await evidenceCsv(db, content, probe, 'coach');
await teamDashboard(db, content, [teamIds[Math.floor(teamIds.length / 2)]]);
(sql as unknown as { prepare: typeof sql.prepare }).prepare = prepare;
let scans = 0;
for (const query of [...new Set(seen)]) {
	// Every parameter is the probe's id (a list of ids is a JSON array: one number will do).
	const named = [...query.matchAll(/[:@$]([A-Za-z_]\w*)/g)].map((m) => m[1]);
	const params = named.length
		? [Object.fromEntries(named.map((n) => [n, probe]))]
		: (query.match(/\?/g) ?? []).map(() => probe);
	const plan = (await prepare(`explain query plan ${query}`).all(...params)) as {
		detail: string;
	}[];
	const details = plan.map((p) => p.detail);
	// A list of ids passed as one JSON parameter is read with json_each: a scan of the list, not
	// of a table.
	const scan = details.filter(
		(d) => /^SCAN /.test(d) && !/USING (COVERING )?INDEX/.test(d) && !/VIRTUAL TABLE/.test(d)
	);
	scans += scan.length;
	console.log(`\n${query.replace(/\s+/g, ' ').slice(0, 160)}…\n  ${details.join('\n  ')}`);
}
console.log(`\nFull scans in record queries: ${scans}`);
db.$client.close();

// 2. The page itself, served by the built app.
const cookies: string[] = [];
const leadCookies: string[] = [];
{
	const db2 = openDb(dbFile);
	for (let i = 0; i < REQUESTS; i++) {
		cookies.push(`${SESSION_COOKIE}=${(await createSession(db2, pick(ids))).token}`);
		leadCookies.push(`${SESSION_COOKIE}=${(await createSession(db2, pick(leads))).token}`);
	}
	db2.$client.close();
}
const server = await startServer(dbFile, PORT);
const ORIGIN = server.origin;
try {
	/** Requests `path` once per cookie, one at a time; the server's time for each, sorted. */
	const measure = async (path: string, list: string[]) => {
		// Warm up: the first requests compile templates and fill caches.
		for (const cookie of list.slice(0, 10))
			await (await fetch(`${ORIGIN}${path}`, { headers: { cookie } })).text();
		const times: number[] = [];
		let errors = 0;
		for (const cookie of list) {
			const t0 = performance.now();
			const res = await fetch(`${ORIGIN}${path}`, { headers: { cookie } });
			await res.text();
			times.push(performance.now() - t0);
			if (res.status !== 200) errors++;
		}
		times.sort((a, b) => a - b);
		const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
		return { q, errors, max: times[times.length - 1] };
	};
	const report = (
		label: string,
		r: Awaited<ReturnType<typeof measure>>,
		budget: number
	): boolean => {
		console.log(
			`\n${label}: p50 ${r.q(0.5).toFixed(1)} ms, p95 ${r.q(0.95).toFixed(1)} ms, p99 ${r.q(0.99).toFixed(1)} ms, max ${r.max.toFixed(1)} ms, errors ${r.errors} (budget p95 ≤ ${budget} ms)`
		);
		return r.errors === 0 && r.q(0.95) <= budget;
	};
	const record = report(
		`/record for ${REQUESTS} random agents`,
		await measure('/record', cookies),
		50
	);
	const team = report(
		`/team for ${REQUESTS} random leads (${TEAM_SIZE}-agent teams)`,
		await measure('/team', leadCookies),
		100
	);
	if (scans > 0 || !record || !team) {
		console.log(`Budget missed (see above; full scans: ${scans}).`);
		process.exitCode = 1;
	} else
		console.log('Budgets met: /record p95 ≤ 50 ms, /team p95 ≤ 100 ms, no full scans, no errors.');
} finally {
	server.stop();
	rmSync(dir, { recursive: true, force: true });
}
