// What the reliability drills (test/fault/*.ts) share: the built server started, stopped and
// killed on loopback over a database of its own; a load generator of simulated people writing
// through real form posts with real session cookies, which keeps a ledger of every write the
// server acknowledged; and the checks run on the database file afterwards (SQLite's integrity
// check, every acknowledged write stored, no half-written action).
//
// Everything a drill starts is registered here and ended when the drill exits, however it exits:
// server processes (by their own id) and temporary folders.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { returned, migrateDb, openDb, exec } from '../../src/lib/server/db';
import { teamMembers, teams, users } from '../../src/lib/server/db/schema';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { loadContent } from '../../src/lib/server/content';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** Resolves to null after `ms`, without keeping the process alive: for Promise.race. */
export const after = (ms: number) =>
	new Promise<null>((r) => setTimeout(() => r(null), ms).unref());
export const now = () => performance.now();

/** Waits until `ready()` is true (checked every 20 ms), or `ms` have passed. */
export async function until(ready: () => boolean, ms: number) {
	const end = now() + ms;
	while (!ready() && now() < end) await sleep(20);
	return ready();
}
const between = (min: number, max: number) => min + Math.random() * (max - min);
const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)];

// ---------------------------------------------------------------------------------------------
// Mode, time limit, clean-up

/** FAULT_MODE=short for a quick run (npm test); unset or `long` for the full drill. */
export function faultMode(): 'short' | 'long' {
	const mode = process.env.FAULT_MODE ?? 'long';
	if (mode !== 'short' && mode !== 'long')
		throw new Error(`FAULT_MODE must be short or long, not ${mode}`);
	return mode;
}

const children = new Set<ChildProcess>();
const folders = new Set<string>();

/** Ends every process this drill started (by its id) and removes its temporary folders. */
function cleanUp() {
	for (const child of children)
		if (child.exitCode === null && child.signalCode === null && child.pid) {
			try {
				// Backups run in a process group of their own (npm → tsx → node): end all of it.
				process.kill(child.spawnargs[0] === 'npm' ? -child.pid : child.pid, 'SIGKILL');
			} catch {
				// already gone
			}
		}
	children.clear();
	for (const folder of folders) rmSync(folder, { recursive: true, force: true });
	folders.clear();
}
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
	process.on(signal, () => {
		console.error(`${signal}: stopping the drill`);
		process.exit(130);
	});

/** A hard limit on the whole drill: past it, everything is ended and the drill fails. */
export function timeLimit(name: string, seconds: number) {
	setTimeout(() => {
		console.error(`${name}: FAILED, over its time limit of ${seconds} s`);
		process.exit(2);
	}, seconds * 1000).unref();
}

/** A temporary folder removed when the drill exits. */
export function tempFolder(prefix: string) {
	const folder = mkdtempSync(join(tmpdir(), prefix));
	folders.add(folder);
	return folder;
}

export function removeFolder(folder: string) {
	rmSync(folder, { recursive: true, force: true });
	folders.delete(folder);
}

/** A free TCP port on loopback, the first from `from` upwards (44xx by default). */
export async function freePort(from: number): Promise<number> {
	for (let port = from; port < from + 100; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = net.createServer();
			probe.once('error', () => resolve(false));
			probe.listen({ port, host: '127.0.0.1' }, () => probe.close(() => resolve(true)));
		});
		if (free) return port;
	}
	throw new Error(`no free port from ${from}`);
}

// ---------------------------------------------------------------------------------------------
// The server

export interface Exit {
	code: number | null;
	signal: NodeJS.Signals | null;
	/** performance.now() when the process was seen to exit. */
	at: number;
}

export interface Server {
	origin: string;
	port: number;
	child: ChildProcess;
	exited: Promise<Exit>;
	/** The last lines the server wrote (stdout and stderr), for a failure report. */
	log: string[];
}

/**
 * Spawns the built server (test-results/build, through src/cli/serve.js) on 127.0.0.1:`port`
 * over `dbFile`, without waiting for it. `env` adds or overrides settings (SHUTDOWN_TIMEOUT…).
 */
export function spawnServer(
	dbFile: string,
	port: number,
	env: Record<string, string> = {}
): Server {
	const origin = `http://127.0.0.1:${port}`;
	const child = spawn(process.execPath, ['src/cli/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: dbFile,
			COACHLINE_DEMO: 'off',
			// Every test server reads the content once per build, not once per fresh database.
			CONTENT_SNAPSHOT: 'test-results/content.snapshot',
			COACHLINE_BUILD_DIR: process.env.COACHLINE_BUILD_DIR ?? 'test-results/build',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	const log: string[] = [];
	const keep = (chunk: Buffer) => {
		log.push(...chunk.toString().split('\n').filter(Boolean));
		if (log.length > 200) log.splice(0, log.length - 200);
	};
	child.stdout!.on('data', keep);
	child.stderr!.on('data', keep);
	const exited = new Promise<Exit>((resolve) =>
		child.once('exit', (code, signal) => {
			children.delete(child);
			resolve({ code, signal, at: now() });
		})
	);
	return { origin, port, child, exited, log };
}

const running = (server: Server) =>
	server.child.exitCode === null && server.child.signalCode === null;

/**
 * Waits until GET /healthz answers 200 (each try on a new connection). A safety net, not a
 * start-up budget: in npm test the drills share two busy cores with both e2e projects.
 */
export async function waitReady(server: Server, seconds = 120) {
	const until = now() + seconds * 1000;
	while (now() < until) {
		if (!running(server))
			throw new Error(`server exited while starting:\n${server.log.slice(-20).join('\n')}`);
		const r = await request(server.origin, '/healthz', { agent: false, timeoutMs: 2000 });
		if (r.status === 200) return;
		await sleep(50);
	}
	throw new Error(`server did not answer /healthz within ${seconds} s`);
}

export async function startServer(dbFile: string, port: number, env: Record<string, string> = {}) {
	const server = spawnServer(dbFile, port, env);
	await waitReady(server);
	return server;
}

/** SIGKILL: the process ends at once, mid-whatever. */
export async function killServer(server: Server): Promise<Exit> {
	if (running(server)) server.child.kill('SIGKILL');
	return server.exited;
}

/** SIGTERM and wait for the exit; a server that has not exited after `seconds` is killed. */
export async function stopServer(server: Server, seconds = 30): Promise<Exit> {
	if (running(server)) server.child.kill('SIGTERM');
	const exit = await Promise.race([server.exited, after(seconds * 1000)]);
	if (exit) return exit;
	server.child.kill('SIGKILL');
	throw new Error(`server did not exit within ${seconds} s of SIGTERM`);
}

// ---------------------------------------------------------------------------------------------
// HTTP: a small client on node:http, so that what happened to each request is known exactly
// (refused, reset before any answer, answered but cut short, no answer in time).

export type Failure = 'refused' | 'reset' | 'truncated' | 'timeout' | 'other';

export interface Result {
	method: 'GET' | 'POST';
	path: string;
	/** 0 when no answer came. */
	status: number;
	location: string | null;
	body: string;
	/** The whole answer arrived (its declared length or final chunk). */
	complete: boolean;
	failure: Failure | null;
	error: string | null;
	/** Sent over a kept-alive connection that had carried an earlier request. */
	reused: boolean;
	/** performance.now() when the request began, was fully written, got its status line, ended. */
	startedAt: number;
	sentAt: number | null;
	answeredAt: number | null;
	settledAt: number;
}

export interface RequestOptions {
	cookie?: string;
	origin?: string;
	form?: URLSearchParams;
	/** An http.Agent (keep-alive, like a browser) or false for a new connection. */
	agent?: http.Agent | false;
	timeoutMs?: number;
	/** Send the headers and half the body, then the rest once `hold` resolves. */
	hold?: Promise<void>;
}

/** One request; never throws: what happened is in the result. */
export function request(origin: string, path: string, o: RequestOptions = {}): Promise<Result> {
	const method = o.form ? 'POST' : 'GET';
	const body = o.form ? Buffer.from(o.form.toString()) : null;
	const url = new URL(path, origin);
	const r: Result = {
		method,
		path,
		status: 0,
		location: null,
		body: '',
		complete: false,
		failure: null,
		error: null,
		reused: false,
		startedAt: now(),
		sentAt: null,
		answeredAt: null,
		settledAt: 0
	};
	return new Promise((resolve) => {
		let settled = false;
		const chunks: Buffer[] = [];
		const settle = (failure: Failure | null, error: string | null = null) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			r.failure = failure;
			r.error = failure ? error : null;
			r.complete = failure === null;
			r.body = Buffer.concat(chunks).toString();
			r.reused = req.reusedSocket;
			r.settledAt = now();
			resolve(r);
		};
		const req = http.request({
			host: url.hostname,
			port: url.port,
			path: url.pathname + url.search,
			method,
			agent: o.agent ?? false,
			headers: {
				accept: 'text/html',
				...(o.cookie ? { cookie: o.cookie } : {}),
				...(body
					? {
							origin: o.origin ?? origin,
							'content-type': 'application/x-www-form-urlencoded',
							'content-length': String(body.length)
						}
					: {})
			}
		});
		const timer = setTimeout(() => {
			settle('timeout', `no ${r.status ? 'end of the answer' : 'answer'} in ${o.timeoutMs} ms`);
			req.destroy();
		}, o.timeoutMs ?? 15_000);
		req.on('finish', () => (r.sentAt = now()));
		req.on('response', (res) => {
			r.status = res.statusCode ?? 0;
			r.answeredAt = now();
			r.location = res.headers.location ?? null;
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => settle(res.complete ? null : 'truncated', 'answer cut short'));
			res.on('error', (e: NodeJS.ErrnoException) => settle('truncated', e.code ?? e.message));
			res.on('close', () => settle(res.complete ? null : 'truncated', 'answer cut short'));
		});
		req.on('error', (e: NodeJS.ErrnoException) => {
			const code = e.code ?? e.message;
			if (r.status) settle('truncated', code);
			else if (code === 'ECONNREFUSED') settle('refused', code);
			else if (code === 'ECONNRESET' || code === 'EPIPE' || /hang up/.test(e.message))
				settle('reset', code);
			else settle('other', code);
		});
		if (!body) req.end();
		else if (!o.hold) req.end(body);
		else {
			const half = Math.floor(body.length / 2);
			req.write(body.subarray(0, half));
			void o.hold.then(() => {
				if (!req.destroyed) req.end(body.subarray(half));
			});
		}
	});
}

// ---------------------------------------------------------------------------------------------
// The organisation and the content the simulated people use

export interface Person {
	id: number;
	name: string;
	role: 'learner' | 'lead';
	cookie: string;
	/** For a lead: the members of their team (whom they review). */
	coaches: number[];
}

/**
 * A fresh database with `teamCount` teams, each a lead and `perTeam` learners, every person
 * signed in (a session written straight into the database, as test/load/quiz-load.ts does:
 * sign-in is not what the drills exercise). No demo organisation: only the drills write here,
 * so every row can be checked against the invariants below.
 */
export async function seedOrganisation(
	dbFile: string,
	teamCount: number,
	perTeam: number
): Promise<Person[]> {
	const db = openDb(dbFile);
	migrateDb(db);
	const people: Person[] = [];
	const add = async (email: string, name: string, role: 'learner' | 'lead') => {
		const user = await returned(db.insert(users).values({ email, name, role }).returning());
		const person: Person = {
			id: user.id,
			name,
			role,
			cookie: `${SESSION_COOKIE}=${(await createSession(db, user.id)).token}`,
			coaches: []
		};
		people.push(person);
		return person;
	};
	for (let t = 0; t < teamCount; t++) {
		const lead = await add(`lead${t}@fault.test`, `Lead ${t}`, 'lead');
		const team = await returned(
			db
				.insert(teams)
				.values({ name: `Team ${t}`, leadId: lead.id })
				.returning()
		);
		for (let i = 0; i < perTeam; i++) {
			const member = await add(`agent${t}-${i}@fault.test`, `Agent ${t}-${i}`, 'learner');
			await exec(db.insert(teamMembers).values({ teamId: team.id, userId: member.id }));
			lead.coaches.push(member.id);
		}
	}
	db.$client.close();
	return people;
}

export interface World {
	/** Lesson quizzes without a cooldown or a daily limit: anyone may take them again at once. */
	quizzes: string[];
	/** Agent scenarios, with every typed reply their steps know (model answers and examples). */
	scenarios: { id: string; replies: string[] }[];
	scorecard: string;
	lessons: number;
}

/** What the simulated people can do, read from content/ as the server reads it. */
export function loadWorld(): World {
	const { index } = loadContent('content', { simulate: false });
	const scenarios = index.scenarios
		.filter((s) => s.audience === 'agent')
		.map((s) => ({
			id: s.id,
			replies: [...s.free.values()].flatMap((step) => [
				step.model,
				...step.examples.map((e) => e.reply)
			])
		}));
	return {
		quizzes: index.quizzes
			.filter((q) => q.kind === 'lesson' && !q.cooldownMinutes && !q.attemptsPerDay)
			.map((q) => q.id),
		scenarios,
		scorecard: index.scorecards[0].id,
		lessons: index.courses.reduce((n, c) => n + c.lessons.length, 0)
	};
}

/** Answers every question on an attempt page with the first option (right or wrong). */
export function answersFrom(html: string): URLSearchParams {
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

// ---------------------------------------------------------------------------------------------
// The load and its ledger

/**
 * A write the server acknowledged (answered 303 to the form post) and what it promised by that:
 * - `attempt`: quiz attempt `id` exists (started);
 * - `submit`: attempt `id` is submitted;
 * - `run`: role-play run `id` exists (started);
 * - `step`: run `id` has taken at least `step` decisions;
 * - `review`: lead review `id` exists.
 */
export interface Ack {
	kind: 'attempt' | 'submit' | 'run' | 'step' | 'review';
	id: string;
	step: number;
	/** A new row (not an open attempt handed back again): used when checking what must be absent. */
	fresh: boolean;
	/** performance.now() when the request was fully sent and when its 303 arrived. */
	sentAt: number;
	ackAt: number;
}

/** Counts of what happened to every request of a load. */
export class Tally {
	requests = 0;
	complete = 0;
	/** Complete answers with a status the step did not expect (4xx, 5xx, a 200 for a write…). */
	unexpected: Result[] = [];
	failures: Result[] = [];
	add(r: Result, expected: number) {
		this.requests++;
		if (r.failure) this.failures.push(r);
		else {
			this.complete++;
			if (r.status !== expected) this.unexpected.push(r);
		}
	}
	count(failure: Failure) {
		return this.failures.filter((r) => r.failure === failure).length;
	}
	/** e.g. "reset 3, refused 12" */
	describeFailures() {
		const kinds = ['refused', 'reset', 'truncated', 'timeout', 'other'] as const;
		return (
			kinds
				.map((k) => [k, this.count(k)] as const)
				.filter(([, n]) => n)
				.map(([k, n]) => `${k} ${n}`)
				.join(', ') || 'none'
		);
	}
}

export interface LoadOptions {
	/** Pause between one person's requests, ms (min, max). */
	think?: [number, number];
	/** Per-request limit, after which it counts as a hang. */
	timeoutMs?: number;
	/** Kept-alive connections, one per person, like a browser tab (default true). */
	keepAlive?: boolean;
}

export interface Load {
	acks: Ack[];
	/**
	 * Writes that got no answer at all (the connection failed before any reply) whose target is
	 * known: a submission (attempt id) or a run step (run id, step it would reach).
	 */
	unanswered: Ack[];
	tally: Tally;
	/** Asks every person to stop after their current request, and waits until all have. */
	stop(): Promise<void>;
}

class Broken extends Error {}

/**
 * Every person loops until stopped: learners take a lesson quiz (start, read the attempt page,
 * submit) or play a role-play (restart a scenario, then one decision per step: a shown choice or
 * a typed reply, until it ends or they leave); leads also review a member's interaction on the
 * scorecard. A request that fails (the server went away) ends the person's current action; they
 * pause and begin a new one. `known` holds attempt ids seen before (shared across loads).
 */
export function startLoad(
	origin: string,
	people: Person[],
	world: World,
	o: LoadOptions = {},
	known = new Set<string>()
): Load {
	const [thinkMin, thinkMax] = o.think ?? [20, 200];
	const acks: Ack[] = [];
	const unanswered: Ack[] = [];
	const tally = new Tally();
	let stopping = false;
	const think = () => sleep(between(thinkMin, thinkMax));
	const today = new Date().toISOString().slice(0, 10);

	async function person(p: Person) {
		const agent =
			o.keepAlive === false ? false : new http.Agent({ keepAlive: true, maxSockets: 1 });
		const call = async (
			path: string,
			expected: number,
			form?: URLSearchParams,
			target?: Pick<Ack, 'kind' | 'id' | 'step'>
		) => {
			const r = await request(origin, path, {
				cookie: p.cookie,
				form,
				agent,
				timeoutMs: o.timeoutMs
			});
			tally.add(r, expected);
			if (target && r.status === 0)
				unanswered.push({ ...target, fresh: true, sentAt: r.sentAt ?? r.startedAt, ackAt: NaN });
			if (r.failure || r.status !== expected) throw new Broken();
			return r;
		};
		const ack = (kind: Ack['kind'], id: string, r: Result, step = 0, fresh = true) =>
			acks.push({ kind, id, step, fresh, sentAt: r.sentAt ?? r.startedAt, ackAt: r.answeredAt! });

		async function quiz() {
			const start = await call(`/quiz/${pick(world.quizzes)}?/start`, 303, new URLSearchParams());
			const at = start.location ?? '';
			const id = at.match(/^\/attempts\/([0-9a-f-]{36})$/)?.[1];
			if (!id) throw new Broken(`start went to ${at}`);
			ack('attempt', id, start, 0, !known.has(id));
			known.add(id);
			const page = await call(at, 200);
			await think();
			if (stopping) return;
			const submit = await call(`${at}?/submit`, 303, answersFrom(page.body), {
				kind: 'submit',
				id,
				step: 0
			});
			ack('submit', id, submit);
		}

		async function roleplay() {
			const scenario = pick(world.scenarios);
			const start = await call(`/practice/${scenario.id}?/restart`, 303, new URLSearchParams());
			const at = start.location ?? '';
			const id = at.match(/^\/practice\/runs\/([0-9a-f]{32})$/)?.[1];
			if (!id) throw new Broken(`restart went to ${at}`);
			ack('run', id, start);
			// Most runs are played to the end; some are left half-way, as people do.
			const leaveAt = Math.random() < 0.3 ? Math.floor(between(1, 6)) : 100;
			for (let move = 0; move < leaveAt && !stopping; move++) {
				const page = await call(at, 200);
				const form = page.body.match(
					/action="\?\/(choose|reply)"[\s\S]*?name="step" value="(\d+)"/
				);
				if (!form) return; // the conversation ended
				await think();
				if (stopping) return;
				const step = Number(form[2]);
				const body: Record<string, string> =
					form[1] === 'reply'
						? { step: String(step), reply: pick(scenario.replies) }
						: {
								step: String(step),
								choice: pick(
									[...page.body.matchAll(/name="choice" value="(\d+)"/g)].map((m) => m[1])
								)
							};
				const r = await call(`${at}?/${form[1]}`, 303, new URLSearchParams(body), {
					kind: 'step',
					id,
					step: step + 1
				});
				ack('step', id, r, step + 1);
			}
		}

		async function review() {
			const agentId = pick(p.coaches);
			const r = await call(
				`/team/people/${agentId}/review`,
				303,
				new URLSearchParams({
					scorecard: world.scorecard,
					reference: `T-${Math.floor(Math.random() * 1e6)}`,
					date: today,
					excerpt: 'Customer asked about a late parcel.',
					comment: 'Clear greeting; check the closing.'
				})
			);
			const id = r.location?.match(/^\/reviews\/(\d+)\?done=review$/)?.[1];
			if (!id) throw new Broken(`review went to ${r.location}`);
			ack('review', id, r);
		}

		await sleep(between(0, 200)); // arrive over a moment, not all at once
		while (!stopping) {
			try {
				const roll = Math.random();
				if (p.role === 'lead' && roll < 0.5) await review();
				else if (roll < 0.5) await quiz();
				else await roleplay();
				await think();
			} catch (e) {
				if (!(e instanceof Broken)) throw e;
				await sleep(between(50, 150));
			}
		}
		if (agent) agent.destroy();
	}

	const loops = people.map(person);
	return {
		acks,
		unanswered,
		tally,
		stop: async () => {
			stopping = true;
			await Promise.all(loops);
		}
	};
}

// ---------------------------------------------------------------------------------------------
// Checks on the database file (opened directly with better-sqlite3 while no server runs)

/** Copies a stopped database with its -wal and -shm companions, as they are, into `folder`. */
export function copyDatabase(dbFile: string, folder: string) {
	const copy = join(folder, 'copy.db');
	for (const suffix of ['', '-wal', '-shm'])
		if (existsSync(dbFile + suffix)) copyFileSync(dbFile + suffix, copy + suffix);
	return copy;
}

/** `PRAGMA integrity_check`, 'ok' or the problems; then the same for the lesson search index. */
export async function integrity(db: Database.Database): Promise<string> {
	const rows = db.pragma('integrity_check') as { integrity_check: string }[];
	const result = rows.map((r) => r.integrity_check).join('; ');
	if (result !== 'ok') return result;
	try {
		await db.prepare("insert into lesson_search(lesson_search) values ('integrity-check')").run();
	} catch (e) {
		return `lesson_search: ${(e as Error).message}`;
	}
	return 'ok';
}

/** Is what acknowledged write `a` promised there in `db`? */
export function storedIn(db: Database.Database) {
	const attempt = db.prepare('select status from quiz_attempts where id = ?');
	const run = db.prepare('select step from roleplay_runs where id = ?');
	const review = db.prepare('select id from reviews where id = ?');
	return (a: Ack): boolean => {
		if (a.kind === 'attempt') return !!attempt.get(a.id);
		if (a.kind === 'submit')
			return (attempt.get(a.id) as { status: string } | undefined)?.status === 'submitted';
		if (a.kind === 'run') return !!run.get(a.id);
		if (a.kind === 'step')
			return ((run.get(a.id) as { step: number } | undefined)?.step ?? -1) >= a.step;
		return !!review.get(Number(a.id));
	};
}

export const describe = (a: Ack) => `${a.kind} ${a.id}${a.kind === 'step' ? ` ≥ ${a.step}` : ''}`;

/** The acknowledged writes that are not stored (empty when every promise held). */
export function missingAcks(db: Database.Database, acks: Ack[]): string[] {
	const stored = storedIn(db);
	return acks.filter((a) => !stored(a)).map(describe);
}

/**
 * Rules every action keeps because it is one transaction (src/lib/server/quiz/attempts.ts,
 * src/lib/server/roleplay/runs.ts, src/lib/server/cockpit/reviews.ts): a row of the action is
 * never there without the rest of it. Each query lists the rows that break its rule. They hold
 * for a database only the drills wrote (no demo history, no re-scoring).
 */
const INVARIANTS: [string, string][] = [
	['foreign keys', 'select "table" || \' row \' || rowid from pragma_foreign_key_check'],
	[
		// submitAttempt: the attempt, one `answered` per question and `passed`/`failed`, together.
		'a submitted attempt has an answered statement per question and one outcome',
		`with s as (
			select registration r, sum(verb = 'answered' and object_type = 'question') answered,
				sum(verb in ('passed', 'failed') and object_type = 'quiz') outcome
			from statements where registration is not null group by registration)
		select a.id || ': ' || coalesce(s.answered, 0) || ' answered of ' ||
			json_array_length(a.question_ids) || ', ' || coalesce(s.outcome, 0) || ' outcomes'
		from quiz_attempts a left join s on s.r = a.id
		where a.status = 'submitted' and (coalesce(s.answered, 0) != json_array_length(a.question_ids)
			or coalesce(s.outcome, 0) != 1 or a.score is null or a.submitted_at is null
			or a.answers is null)`
	],
	[
		'an open attempt has no statements',
		`select a.id from quiz_attempts a
		where a.status = 'open' and exists (select 1 from statements s where s.registration = a.id)`
	],
	[
		'quiz statements belong to a submitted attempt',
		`select s.id from statements s
		where s.object_type in ('question', 'quiz') and not exists (
			select 1 from quiz_attempts a where a.id = s.registration and a.status = 'submitted')`
	],
	[
		// One evidence row per competency of each answered question, with its statement.
		'each answered question has its competency evidence',
		`with e as (select statement_id, count(*) n from competency_evidence group by statement_id)
		select s.id from statements s left join e on e.statement_id = s.id
		where s.verb = 'answered' and s.object_type = 'question'
			and coalesce(e.n, 0) != json_array_length(s.context, '$.competencies')`
	],
	[
		// recordScoredAttempt in the same transaction as the submission.
		"a quiz's progress counts its submitted attempts",
		`with a as (select user_id, quiz_id, count(*) n from quiz_attempts
			where status = 'submitted' group by user_id, quiz_id)
		select 'user ' || p.user_id || ' ' || p.object_id || ': ' || p.attempts || ' ≠ ' ||
			coalesce(a.n, 0)
		from progress p left join a on a.user_id = p.user_id and a.quiz_id = p.object_id
		where p.object_type = 'quiz' and p.attempts != coalesce(a.n, 0)
		union all
		select 'user ' || a.user_id || ' ' || a.quiz_id || ': no progress row' from a
		where not exists (select 1 from progress p where p.user_id = a.user_id
			and p.object_type = 'quiz' and p.object_id = a.quiz_id)`
	],
	[
		// startRun writes `attempted`; each act() one `answered` with the step it moves to.
		"a run's statements match its state",
		`with s as (
			select registration r, sum(verb = 'attempted') attempted,
				sum(verb = 'answered' and object_type = 'scenario-step') answered,
				sum(verb = 'completed') completed,
				sum(verb in ('passed', 'failed') and object_type = 'scenario') outcome
			from statements where registration is not null group by registration)
		select r.id || ' (' || r.status || ', step ' || r.step || '): attempted ' ||
			coalesce(s.attempted, 0) || ', answered ' || coalesce(s.answered, 0) || ', completed ' ||
			coalesce(s.completed, 0) || ', outcomes ' || coalesce(s.outcome, 0)
		from roleplay_runs r left join s on s.r = r.id
		where coalesce(s.attempted, 0) != 1 or coalesce(s.answered, 0) != r.step
			or (r.status = 'finished' and (s.completed != 1 or s.outcome != 1 or r.score is null
				or r.finished_at is null))
			or (r.status != 'finished' and (s.completed != 0 or s.outcome != 0
				or r.finished_at is not null))`
	],
	[
		'role-play statements belong to a run',
		`select s.id from statements s
		where s.object_type in ('scenario', 'scenario-step')
			and not exists (select 1 from roleplay_runs r where r.id = s.registration)`
	],
	[
		'only a finished run has evidence',
		`select e.id from competency_evidence e join roleplay_runs r on r.id = e.run_id
		where r.status != 'finished'`
	],
	[
		// startRun inserts the progress row; finish() counts the scored attempt.
		"a scenario's progress counts its finished runs",
		`with r as (select user_id, scenario_id, sum(status = 'finished') n from roleplay_runs
			group by user_id, scenario_id)
		select 'user ' || r.user_id || ' ' || r.scenario_id || ': ' ||
			coalesce(p.attempts, 'no progress row') || ' ≠ ' || r.n
		from r left join progress p on p.user_id = r.user_id and p.object_type = 'scenario'
			and p.object_id = r.scenario_id
		where p.attempts is null or p.attempts != r.n`
	],
	[
		// createReview: the review, its `scored` statement, its notification and its audit line.
		'a review has its statement, notification and audit line',
		`select 'review ' || v.id from reviews v
		where not exists (select 1 from statements s where s.id = v.statement_id
				and s.verb = 'scored' and s.object_id = 'review:' || v.id)
			or not exists (select 1 from notifications n where n.user_id = v.agent_id
				and n.link = '/reviews/' || v.id)
			or not exists (select 1 from audit_log l where l.action = 'review.create'
				and json_extract(l.detail, '$.review') = v.id)`
	],
	[
		'a scored statement belongs to a review',
		`select s.id from statements s where s.verb = 'scored'
		and not exists (select 1 from reviews v where 'review:' || v.id = s.object_id)`
	]
];

/** Every broken rule, as "rule: first offending rows". `lessons`: rows the search index holds. */
export async function invariantViolations(
	db: Database.Database,
	lessons: number
): Promise<string[]> {
	const found: string[] = [];
	for (const [rule, sql] of INVARIANTS) {
		const rows = (await db.prepare(sql).raw().all()) as unknown[][];
		if (rows.length)
			found.push(
				`${rule}: ${rows.length} (${rows
					.slice(0, 3)
					.map((r) => r[0])
					.join('; ')})`
			);
	}
	// rebuildSearch at every start replaces the index in one transaction: all lessons or the old.
	const indexed = (
		(await db.prepare('select count(*) n from lesson_search').get()) as { n: number }
	).n;
	if (indexed !== lessons) found.push(`lesson search holds ${indexed} lessons, not ${lessons}`);
	return found;
}

/** Row counts, for the summary. */
export async function counts(db: Database.Database) {
	const n = async (sql: string) => ((await db.prepare(sql).get()) as { n: number }).n;
	return {
		attempts: await n("select count(*) n from quiz_attempts where status = 'submitted'"),
		runs: await n('select count(*) n from roleplay_runs'),
		steps: await n("select count(*) n from statements where object_type = 'scenario-step'"),
		reviews: await n('select count(*) n from reviews'),
		statements: await n('select count(*) n from statements')
	};
}

export interface Inspection {
	integrity: string;
	missing: string[];
	violations: string[];
}

/** Opens a database file directly (no server may be running on it) and checks all of the above. */
export async function inspect(file: string, acks: Ack[], world: World): Promise<Inspection> {
	const db = new Database(file);
	try {
		const result = await integrity(db);
		return {
			integrity: result,
			missing: missingAcks(db, acks),
			// A damaged file's rows prove nothing.
			violations: result === 'ok' ? await invariantViolations(db, world.lessons) : []
		};
	} finally {
		db.close();
	}
}

/** A signed-in page answers: /record for `p`, 200, with their name on it. */
export async function signedInPageServes(origin: string, p: Person) {
	const r = await request(origin, '/record', { cookie: p.cookie, timeoutMs: 15_000 });
	return r.status === 200 && r.complete && r.body.includes(p.name);
}

// ---------------------------------------------------------------------------------------------
// The backup command

export interface BackupRun {
	code: number | null;
	output: string;
	startedAt: number;
	endedAt: number;
}

/** `npm run db:backup -- <destination>` against `dbFile`, as an operator would type it. */
export function runBackup(dbFile: string, destination: string): Promise<BackupRun> {
	const startedAt = now();
	const child = spawn('npm', ['run', '--silent', 'db:backup', '--', destination], {
		env: { ...process.env, DATABASE_URL: dbFile },
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: true // its own process group, so a clean-up can end npm and what it started
	});
	children.add(child);
	let output = '';
	child.stdout!.on('data', (c: Buffer) => (output += c));
	child.stderr!.on('data', (c: Buffer) => (output += c));
	return new Promise((resolve) =>
		child.once('exit', (code) => {
			children.delete(child);
			resolve({ code, output: output.trim(), startedAt, endedAt: now() });
		})
	);
}

/** Milliseconds, to one decimal. */
export const ms = (n: number) => `${n.toFixed(1)} ms`;
