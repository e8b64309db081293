// npm run bench:pages — signed-in pages against what this machine can serve at all.
//
// Builds (npm run build:test), starts the built server over a fresh demo organisation, signs in
// as an agent (Mei) and a lead (Wang), and for each page fetches its bytes once, then starts a
// bare node:http server (its own process) that answers every request with exactly those bytes
// and the same content type. Each page and its bare twin are loaded in turn, A B A B…, by
// autocannon on loopback with BENCH_CONNECTIONS (10) connections for BENCH_SECONDS (4) a turn,
// BENCH_ROUNDS (3) rounds. Printed per page: req/s, p50 and p99 of the page and its bare twin,
// and the ratio of the page's req/s to the bare server's (ratio of sums over the rounds, so a
// noisy moment hits both sides). The goals are the speed issue's: lesson ≥ 10 %, the other
// signed-in pages ≥ 5 %, p99 ≤ 25 ms; a page below its floor makes the exit code 1.
// Bounded: about 7 pages × 2 × rounds × seconds (≈ 3 minutes with the defaults).
import autocannon from 'autocannon';
import { spawn, type ChildProcess } from 'node:child_process';
import {
	copyFileSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { openDb, one } from '../../src/lib/server/db';
import { users } from '../../src/lib/server/db/schema';
import { createSession, SESSION_COOKIE } from '../../src/lib/server/auth/session';
import { startServer, sleep } from './server';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const PORT = Number(process.env.BENCH_PORT ?? 4331);
const BARE_PORT = PORT + 1;
const only = process.env.BENCH_PAGES?.split(',');
// BENCH_PROFILE=1: the server runs under --cpu-prof, no bare twin; prints where its time went
// during the measured loads.
const PROFILE = Boolean(process.env.BENCH_PROFILE);

type Who = 'agent' | 'lead' | null;
const PAGES: { path: string; who: Who; floor?: number }[] = [
	{ path: '/healthz', who: null },
	{ path: '/login', who: null },
	{ path: '/learn/communication-skills/active-listening', who: 'agent', floor: 0.1 },
	{ path: '/learn', who: 'agent', floor: 0.05 },
	{ path: '/practice', who: 'agent', floor: 0.05 },
	{ path: '/record', who: 'agent', floor: 0.05 },
	{ path: '/team', who: 'lead', floor: 0.05 }
];
const P99_BUDGET_MS = 25;

const dir = mkdtempSync(join(tmpdir(), 'coachline-pages-'));
const dbFile = join(dir, 'pages.db');
const profileDir = join(dir, 'profile');
const server = await startServer(dbFile, PORT, {
	demo: true,
	args: [
		...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []),
		// BENCH_NODE_ARGS: extra node flags for the server, to try a setting
		...(process.env.BENCH_NODE_ARGS?.split(' ').filter(Boolean) ?? [])
	]
});

// Sessions made the way sign-in makes them, for the demo's agent Mei and lead Wang.
const db = openDb(dbFile);
const cookieOf = async (email: string) => {
	const user = await one(db.select({ id: users.id }).from(users).where(eq(users.email, email)));
	if (!user) throw new Error(`no demo person ${email}`);
	return `${SESSION_COOKIE}=${(await createSession(db, user.id)).token}`;
};
const cookies: Record<Exclude<Who, null>, string> = {
	agent: await cookieOf('mei@demo.coachline.test'),
	lead: await cookieOf('lead.wang@demo.coachline.test')
};
db.$client.close();

type Run = { rps: number; p50: number; p99: number; errors: number };
function load(url: string, headers: Record<string, string>): Promise<Run> {
	return new Promise((resolve, reject) => {
		autocannon(
			{ url, headers, connections: CONNECTIONS, duration: SECONDS, pipelining: 1 },
			(err, r) => {
				if (err) return reject(err);
				resolve({
					rps: r.requests.total / SECONDS,
					p50: r.latency.p50,
					p99: r.latency.p99,
					errors: r.errors + r.timeouts + r.non2xx
				});
			}
		);
	});
}

/** A bare node:http server in its own process answering every request with `file`'s bytes. */
async function bare(file: string, type: string): Promise<ChildProcess> {
	const code = `
const http = require('node:http');
const body = require('node:fs').readFileSync(${JSON.stringify(file)});
http.createServer((req, res) => {
	res.writeHead(200, { 'content-type': ${JSON.stringify(type)}, 'content-length': body.length });
	res.end(body);
}).listen(${BARE_PORT}, '127.0.0.1', () => process.send('ready'));`;
	const child = spawn(process.execPath, ['-e', code], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	await new Promise((r) => child.once('message', r));
	return child;
}

const rows: string[] = [];
let failed = false;
/** BENCH_PROFILE: the monotonic-clock spans (ns) of the measured loads, per page. */
const windows: { path: string; rps: number; span: [bigint, bigint] }[] = [];
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
console.log(
	`bench:pages: ${CONNECTIONS} connections, ${ROUNDS} rounds of ${SECONDS} s per side, loopback`
);
for (const page of PAGES) {
	if (only && !only.includes(page.path)) continue;
	const headers: Record<string, string> = page.who ? { cookie: cookies[page.who] } : {};
	const url = `${server.origin}${page.path}`;
	const first = await fetch(url, { headers, redirect: 'manual' });
	if (first.status !== 200) throw new Error(`${page.path} answered ${first.status}, not 200`);
	const bytes = Buffer.from(await first.arrayBuffer());
	const js = javascriptOf(bytes.toString());
	if (PROFILE) {
		await load(url, headers);
		const from = process.hrtime.bigint();
		const run = await load(url, headers);
		// Only the measured load counts in the profile (not start-up, the demo's seeding, warm-up).
		windows.push({ path: page.path, rps: run.rps, span: [from, process.hrtime.bigint()] });
		console.log(`${page.path}: ${Math.round(run.rps)} req/s under the profiler`);
		continue;
	}
	const file = join(dir, 'body');
	writeFileSync(file, bytes);
	const twin = await bare(file, first.headers.get('content-type') ?? 'text/html');
	const bareUrl = `http://127.0.0.1:${BARE_PORT}${page.path}`;
	// Warm both (JIT, caches) before measuring.
	await load(url, headers);
	await load(bareUrl, {});
	const app: Run[] = [];
	const base: Run[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		app.push(await load(url, headers));
		base.push(await load(bareUrl, {}));
	}
	twin.kill();
	await sleep(100);
	const sum = (runs: Run[], k: keyof Run) => runs.reduce((s, x) => s + x[k], 0);
	const max = (runs: Run[], k: keyof Run) => Math.max(...runs.map((x) => x[k]));
	const mid = (runs: Run[], k: keyof Run) =>
		runs.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
	const ratio = sum(app, 'rps') / sum(base, 'rps');
	const errors = sum(app, 'errors');
	const p99 = max(app, 'p99');
	const verdict = [
		page.floor !== undefined && ratio < page.floor ? `below ${pct(page.floor)}` : '',
		page.who && p99 > P99_BUDGET_MS ? `p99 over ${P99_BUDGET_MS} ms` : '',
		errors ? `${errors} errors` : ''
	]
		.filter(Boolean)
		.join(', ');
	if ((page.floor !== undefined && ratio < page.floor) || errors) failed = true;
	const row =
		`| ${page.path} | ${page.who ?? 'anonymous'} | ${(bytes.length / 1024).toFixed(1)} KB | ${(js / 1024).toFixed(1)} KB | ` +
		`${Math.round(sum(app, 'rps') / ROUNDS)} | ${mid(app, 'p50')} ms | ${p99} ms | ` +
		`${Math.round(sum(base, 'rps') / ROUNDS)} | ${pct(ratio)} | ${verdict || 'ok'} |`;
	rows.push(row);
	console.log(row);
}
server.stop();
if (PROFILE) {
	await new Promise((r) => server.process.once('exit', r));
	printProfile(profileDir);
}
rmSync(dir, { recursive: true, force: true });
console.log(
	'\n| page | as | HTML | JS (gzip) | req/s | p50 | p99 (worst round) | bare req/s | ratio | verdict |\n|---|---|---|---|---|---|---|---|---|---|\n' +
		rows.join('\n')
);
process.exit(failed ? 1 : 0);

/**
 * The JavaScript a page makes the browser load, gzipped: the entry files it imports, the route's
 * nodes (node_ids in the hydration script) and everything they import, followed through the
 * build's static imports.
 */
function javascriptOf(html: string): number {
	const root = join(
		process.env.COACHLINE_BUILD_DIR ?? 'test-results/build',
		'client/_app/immutable'
	);
	const ids =
		html
			.match(/node_ids: \[([\d, ]+)\]/)?.[1]
			.split(',')
			.map((s) => s.trim()) ?? [];
	if (!ids.length) return 0;
	const nodes = readdirSync(join(root, 'nodes'));
	const todo = [
		...[...html.matchAll(/_app\/immutable\/(entry\/[^"]+\.js)/g)].map((m) => join(root, m[1])),
		...ids.map((id) =>
			join(
				root,
				'nodes',
				nodes.find((n) => n.startsWith(`${id}.`) && n.endsWith('.js'))!
			)
		)
	];
	const seen = new Set<string>();
	let bytes = 0;
	while (todo.length) {
		const file = todo.pop()!;
		if (seen.has(file)) continue;
		seen.add(file);
		const source = readFileSync(file);
		bytes += gzipSync(source, { level: 9 }).length;
		for (const m of source.toString().matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g))
			todo.push(join(dirname(file), m[1]));
	}
	return bytes;
}

type Node = {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
};
/** Self time per function and per package (node_modules/<name>, our src, node internals). */
function printProfile(folder: string) {
	const file = readdirSync(folder).find((f) => f.endsWith('.cpuprofile'));
	if (!file) throw new Error('no profile written');
	// Kept for a closer look (Chromium's DevTools, Performance tab, opens it).
	copyFileSync(join(folder, file), 'test-results/pages.cpuprofile');
	console.log('\nProfile: test-results/pages.cpuprofile');
	const prof = JSON.parse(readFileSync(join(folder, file), 'utf8')) as {
		nodes: Node[];
		samples: number[];
		timeDeltas: number[];
		startTime: number;
	};
	const byId = new Map(prof.nodes.map((n) => [n.id, n]));
	const self = new Map<number, number>();
	// V8 stamps samples with the same monotonic clock as process.hrtime (µs), so the samples of
	// the measured loads are those inside their spans.
	const spans = windows.map(({ span: [a, b] }) => [Number(a / 1000n), Number(b / 1000n)]);
	const parent = new Map<number, number>();
	for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const parts = windows.map(() => new Map<Part, number>());
	let at = prof.startTime;
	prof.samples.forEach((id, i) => {
		at += prof.timeDeltas[i] ?? 0;
		const w = spans.findIndex(([a, b]) => at >= a && at <= b);
		if (w < 0) return;
		self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0));
		const part = partOf(id, byId, parent);
		parts[w].set(part, (parts[w].get(part) ?? 0) + (prof.timeDeltas[i] ?? 0));
	});
	const total = [...self.values()].reduce((a, b) => a + b, 0);
	const fns = new Map<string, number>();
	const pkgs = new Map<string, number>();
	for (const [id, t] of self) {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		const short = url
			.replace(/^.*node_modules\//, '')
			.replace(/^file:\/\/.*?\/(build|src)\//, '$1/');
		const fn = `${functionName || '(anonymous)'} ${short}:${lineNumber + 1}`;
		fns.set(fn, (fns.get(fn) ?? 0) + t);
		const pkg = url.includes('node_modules/')
			? url
					.split('node_modules/')
					.at(-1)!
					.split('/')
					.slice(0, url.includes('/@') ? 2 : 1)
					.join('/')
			: url.startsWith('node:') || url === ''
				? functionName.startsWith('(')
					? functionName
					: 'node internals'
				: short.split('/').slice(0, 3).join('/');
		pkgs.set(pkg, (pkgs.get(pkg) ?? 0) + t);
	}
	const top = (m: Map<string, number>, n: number) =>
		[...m]
			.sort((a, b) => b[1] - a[1])
			.slice(0, n)
			.map(([k, t]) => `${((t / total) * 100).toFixed(1).padStart(5)} %  ${k}`)
			.join('\n');
	console.log(
		`\nSelf time by package:\n${top(pkgs, 25)}\n\nSelf time by function:\n${top(fns, 40)}`
	);
	// Where each page's time went, and what it could reach if Coachline's own server code (the
	// session check, the loads and their SQL) took no time at all, and if the page's components
	// rendered in no time either: the ceiling that work on our code can reach.
	console.log(
		'\n| page | req/s | session and loads | components | page data (devalue) | GC | SvelteKit, node:http, the rest | without our server code | and without components |\n|---|---|---|---|---|---|---|---|---|'
	);
	windows.forEach(({ path, rps }, w) => {
		const sum = [...parts[w].values()].reduce((a, b) => a + b, 0);
		const share = (p: Part) => (parts[w].get(p) ?? 0) / sum;
		const pc = (x: number) => `${(x * 100).toFixed(0)} %`;
		const ours = share('ours');
		const render = share('render');
		console.log(
			`| ${path} | ${Math.round(rps)} | ${pc(ours)} | ${pc(render)} | ${pc(share('data'))} | ${pc(share('gc'))} | ${pc(share('rest'))} | ≤ ${Math.round(rps / (1 - ours))} req/s | ≤ ${Math.round(rps / (1 - ours - render))} req/s |`
		);
	});
}

type Part = 'ours' | 'render' | 'data' | 'gc' | 'rest';
/**
 * What a sample was spent on, from its stack: Coachline's server code (the session check in the
 * hooks, layout and page loads, form actions, and all they call, SQLite included), the Svelte
 * components rendering, devalue serialising the page data for hydration, garbage collection,
 * or the rest (SvelteKit's request and response path, node:http, async bookkeeping).
 */
function partOf(id: number, byId: Map<number, Node>, parent: Map<number, number>): Part {
	if (byId.get(id)!.callFrame.functionName === '(garbage collector)') return 'gc';
	let render = false;
	let data = false;
	for (let n: number | undefined = id; n !== undefined; n = parent.get(n)) {
		const { functionName, url } = byId.get(n)!.callFrame;
		if (
			/entries\/pages\/.*\.server\.ts\.js/.test(url) ||
			functionName === 'validateSessionToken' ||
			functionName === 'resolveLocale'
		)
			return 'ours';
		if (/entries\/(pages|fallbacks)\/.*\.svelte\.js/.test(url)) render = true;
		if (
			functionName === 'uneval' ||
			(functionName === 'stringify' && /devalue|shared\.js/.test(url))
		)
			data = true;
	}
	return render ? 'render' : data ? 'data' : 'rest';
}
