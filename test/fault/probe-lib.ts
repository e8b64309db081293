// What the fault drills fuzz.ts, slow.ts, disk-full.ts and upgrade.ts share: their mode, a hard
// time limit, temporary folders that are always removed, the built server started on loopback
// over a database of its own (and always stopped), sign-in, and a cheap fingerprint of a
// database. (test/fault/lib.ts belongs to the other drills: kill, SIGTERM, backup.)
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `FAULT_MODE=short` for a quick run (CI, before a commit); anything else is the long run. */
export const MODE: 'short' | 'long' = process.env.FAULT_MODE === 'short' ? 'short' : 'long';

/** The build the drills run: `npm run build:test` writes test-results/build. */
export const BUILD_DIR = process.env.COACHLINE_BUILD_DIR || 'test-results/build';

/** The demo organisation (the same accounts as test/e2e/helpers.ts DEMO). */
export const DEMO_PASSWORD = 'coachline-demo';
export const DEMO = {
	admin: 'admin@demo.coachline.test',
	leadA: 'lead.wang@demo.coachline.test',
	learnerA: 'mei@demo.coachline.test'
} as const;

/** Things to undo however the drill ends, last registered first. */
const undo: (() => void)[] = [];
export function onCleanup(fn: () => void) {
	undo.push(fn);
}
let cleaned = false;
export function cleanup() {
	if (cleaned) return;
	cleaned = true;
	for (const fn of undo.reverse()) {
		try {
			fn();
		} catch (e) {
			console.error(`cleanup: ${(e as Error).message}`);
		}
	}
}
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
	process.on(signal, () => {
		cleanup();
		process.exit(130);
	});

/** Ends the drill with exit code 2 if it is still running after `seconds` (servers stopped). */
export function hardLimit(seconds: number, what: string) {
	const timer = setTimeout(() => {
		console.error(`${what}: hard time limit of ${seconds} s reached, stopping`);
		cleanup();
		process.exit(2);
	}, seconds * 1000);
	timer.unref();
}

/** A new folder under the system's temporary folder, removed when the drill ends. */
export function tempDir(prefix: string): string {
	const dir = mkdtempSync(join(tmpdir(), `coachline-${prefix}-`));
	onCleanup(() => rmSync(dir, { recursive: true, force: true }));
	return dir;
}

/** A port in 4500–4599 that nothing listens on right now (loopback). */
export async function freePort(from = 4500 + Math.floor(Math.random() * 80)): Promise<number> {
	for (let port = from; port < 4600; port++) {
		const free = await new Promise<boolean>((resolve) => {
			const probe = createNetServer();
			probe.once('error', () => resolve(false));
			probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
		});
		if (free) return port;
	}
	if (from > 4500) return freePort(4500);
	throw new Error('no free port in 4500–4599');
}

export type Server = {
	origin: string;
	port: number;
	dbFile: string;
	proc: ChildProcess;
	/** Everything the server printed (stdout and stderr), in order. */
	output: () => string;
	/** Resolves with the exit code (null if a signal ended it) once the process is gone. */
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	/** SIGTERM, then SIGKILL after `graceMs`; resolves once the process is gone. */
	stop: (graceMs?: number) => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

/**
 * Starts the built server (src/cli/serve.js over BUILD_DIR) on 127.0.0.1:`port` over `dbFile`,
 * with the demo organisation unless `demo` is false. Does not wait: see `ready`.
 */
export function spawnServer({
	dbFile,
	port,
	demo = true,
	env = {},
	echo = process.env.FAULT_VERBOSE === '1'
}: {
	dbFile: string;
	port: number;
	demo?: boolean;
	env?: Record<string, string>;
	echo?: boolean;
}): Server {
	const origin = `http://127.0.0.1:${port}`;
	const proc = spawn(process.execPath, ['src/cli/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: dbFile,
			COACHLINE_DEMO: demo ? 'on' : 'off',
			// Every test server reads the content once per build, not once per fresh database.
			CONTENT_SNAPSHOT: 'test-results/content.snapshot',
			COACHLINE_BUILD_DIR: BUILD_DIR,
			// A fresh demo starts from the build's seeded copy (test/demo-template.ts) when there is one.
			COACHLINE_DEMO_TEMPLATE: `${BUILD_DIR}/demo-template.db`,
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let out = '';
	const take = (chunk: Buffer) => {
		const s = chunk.toString();
		if (echo) process.stderr.write(s);
		// Keep the last megabyte: enough for any report, bounded however noisy the server is.
		out = (out + s).slice(-1_000_000);
	};
	proc.stdout!.on('data', take);
	proc.stderr!.on('data', take);
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
		proc.once('exit', (code, signal) => resolve({ code, signal }))
	);
	let gone = false;
	void exited.then(() => (gone = true));
	const kill = () => {
		if (!gone) proc.kill('SIGKILL');
	};
	onCleanup(kill);
	return {
		origin,
		port,
		dbFile,
		proc,
		output: () => out,
		exited,
		stop: async (graceMs = 5000) => {
			if (gone) return exited;
			proc.kill('SIGTERM');
			const timer = setTimeout(kill, graceMs);
			const result = await exited;
			clearTimeout(timer);
			return result;
		}
	};
}

/**
 * Resolves once GET /healthz answers 200; throws if the server exits or `timeoutMs` passes. The
 * default is a safety net, not a start-up budget (that is bench:start's): in npm test the drills
 * share two busy cores with both e2e projects, where a demo start once took over 30 s.
 */
export async function ready(server: Server, timeoutMs = 120_000) {
	let exited = false;
	void server.exited.then(() => (exited = true));
	const until = Date.now() + timeoutMs;
	while (Date.now() < until) {
		if (exited)
			throw new Error(
				`server exited before answering:\n${server.output().split('\n').slice(-15).join('\n')}`
			);
		try {
			if ((await fetch(`${server.origin}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await sleep(100);
	}
	throw new Error(`server did not answer /healthz within ${timeoutMs} ms`);
}

export async function startServer(options: Parameters<typeof spawnServer>[0]) {
	const server = spawnServer(options);
	try {
		await ready(server);
	} catch (e) {
		await server.stop(1000);
		throw e;
	}
	return server;
}

/** Signs in through the real sign-in form; returns the `Cookie` header value. */
export async function signIn(origin: string, email: string, password = DEMO_PASSWORD) {
	const res = await fetch(`${origin}/login`, {
		method: 'POST',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password }),
		redirect: 'manual'
	});
	const cookie = res.headers.getSetCookie().find((c) => c.startsWith('coachline_session='));
	await res.arrayBuffer();
	if (res.status !== 303 || !cookie) throw new Error(`sign-in of ${email}: ${res.status}`);
	return cookie.split(';')[0];
}

/**
 * A cheap fingerprint of a database another process writes: SQLite's `data_version` (it moves
 * whenever another connection commits anything) plus, per table, the row count and (for rowid
 * tables) max(rowid). One statement; about a millisecond on the demo database.
 */
export async function fingerprinter(dbFile: string) {
	const db = new Database(dbFile, { readonly: true, fileMustExist: true });
	db.pragma('busy_timeout = 5000');
	const tables = (await db
		.prepare(
			"select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' order by name"
		)
		.all()) as { name: string; sql: string }[];
	const q = (name: string) => `"${name.replace(/"/g, '""')}"`;
	const columns = tables.flatMap(({ name, sql }) => [
		`(select count(*) from ${q(name)}) as ${q(`${name}.rows`)}`,
		...(/WITHOUT\s+ROWID/i.test(sql)
			? []
			: [`(select max(rowid) from ${q(name)}) as ${q(`${name}.maxrowid`)}`])
	]);
	const counts = db.prepare(`select ${columns.join(', ')}`);
	return {
		async take(): Promise<Record<string, number | null>> {
			const version = db.pragma('data_version', { simple: true }) as number;
			return { data_version: version, ...((await counts.get()) as Record<string, number | null>) };
		},
		close: () => db.close()
	};
}

/** What differs between two fingerprints, e.g. `statements.rows 10→11`. */
export function fingerprintDiff(a: Record<string, unknown>, b: Record<string, unknown>) {
	return Object.keys(b)
		.filter((k) => a[k] !== b[k])
		.map((k) => `${k} ${a[k]}→${b[k]}`);
}

/** The p-th percentile (0–100) of timings sorted ascending. */
export const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
