// npm run fault:disk — the database's storage fills up under the built server (loopback).
//
// Two ways to fill it:
// 1. DATABASE_MAX_MB (SQLite's max_page_count): the server starts on a copy of the demo database
//    with a ceiling a little above its size (0.25 MB short, 3 MB long). Runs everywhere.
// 2. A real small filesystem: a tmpfs mounted for the drill (root only; skipped with a note where
//    mounting is not permitted), with the database on it and a filler file taking all but the
//    same headroom; the server restarts on it first (a start on a full disk must work).
// Then writes (suggestions of 2,000 characters, then smaller) until they fail, and more kinds of
// write while full. Promises:
// - a write that fails answers 503 with the message "The server's storage is full: nothing was
//   saved…" (JS off: the form's page; JS on: the action's JSON; an uncaught path: the error
//   page), never a 500, and writes nothing (the database's fingerprint is unchanged);
// - reads keep working: signed-in pages answer 200;
// - PRAGMA integrity_check is ok, while full and after the server stops;
// - once there is room again (a larger DATABASE_MAX_MB after a restart; the filler deleted,
//   without a restart) the same write is saved.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, statSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
	cleanup,
	DEMO,
	fingerprintDiff,
	fingerprinter,
	freePort,
	hardLimit,
	MODE,
	onCleanup,
	signIn,
	startServer,
	tempDir,
	type Server
} from './probe-lib';

hardLimit(400, 'disk-full');
/** Room left before the storage is full: a few hundred suggestions short, a few thousand long. */
const HEADROOM_MB = MODE === 'short' ? 0.25 : 3;
const started = performance.now();
const FULL = 'storage is full: nothing was saved';

console.log(`disk full: mode ${MODE}, ${HEADROOM_MB} MB of room before the storage is full`);
const dir = tempDir('disk');
const seeded = join(dir, 'seeded.db');

// The demo organisation, once: every phase starts from a copy.
{
	const server = await startServer({ dbFile: seeded, port: await freePort() });
	await server.stop();
}
const demo = new Database(seeded, { readonly: true });
const ids = {
	team: (
		(await demo
			.prepare(
				'select team_id as id from team_members tm join users u on u.id = tm.user_id where u.email = ?'
			)
			.get(DEMO.learnerA)) as { id: number }
	).id,
	learner: (
		(await demo.prepare('select id from users where email = ?').get(DEMO.learnerA)) as {
			id: number;
		}
	).id
};
// A lesson Mei has not opened: viewing it records a statement (a write made by a read).
const unopened = (
	(await demo
		.prepare(
			"select object_id as id from progress where object_type = 'lesson' group by object_id having sum(user_id = ?) = 0 limit 1"
		)
		.get(ids.learner)) as { id: string } | undefined
)?.id;
// A quiz someone took but Mei never did (no cooldown of hers stands in the way).
const quiz =
	(
		(await demo
			.prepare(
				'select quiz_id as id from quiz_attempts where quiz_id not in (select quiz_id from quiz_attempts where user_id = ?) limit 1'
			)
			.get(ids.learner)) as { id: string } | undefined
	)?.id ?? 'service-foundations/why-service-matters';
demo.close();

type Outcome = { what: string; status: number; saved: boolean; message: boolean; diff: string[] };
const problems: string[] = [];
const report: string[] = [];

async function post(
	server: Server,
	path: string,
	form: Record<string, string>,
	cookie: string | null,
	json = false
) {
	const res = await fetch(server.origin + path, {
		method: 'POST',
		headers: {
			origin: server.origin,
			accept: json ? 'application/json' : 'text/html',
			...(json ? { 'x-sveltekit-action': 'true' } : {}),
			'content-type': 'application/x-www-form-urlencoded',
			...(cookie ? { cookie } : {})
		},
		body: new URLSearchParams(form),
		redirect: 'manual'
	});
	const body = await res.text();
	let status = res.status;
	if (json && status === 200) {
		const parsed = JSON.parse(body) as { status?: number };
		status = parsed.status ?? status;
	}
	return { status, body };
}

/**
 * One write through the app, with the database's fingerprint before and after: saved (2xx/3xx),
 * or refused as storage full (503 with the message, nothing written). Anything else is noted.
 */
async function attempt(
	server: Server,
	what: string,
	path: string,
	form: Record<string, string>,
	cookie: string | null,
	json = false
): Promise<Outcome> {
	const fp = await fingerprintOf(server.dbFile);
	const before = await fp.take();
	const { status, body } = await post(server, path, form, cookie, json);
	const diff = fingerprintDiff(before, await fp.take());
	const outcome = {
		what,
		status,
		saved: status < 400,
		message: body.includes(FULL) || body.replace(/&#39;|\\u0027/g, "'").includes(FULL),
		diff
	};
	// A 4xx is a rule of the domain (a quiz's cooldown, say), not the storage: not ours to judge.
	if (status >= 500 && (status !== 503 || !outcome.message))
		problems.push(
			`${what}: answered ${status}${outcome.message ? '' : ' without the storage-full message'}`
		);
	if (!outcome.saved && diff.length)
		problems.push(`${what}: refused, but the database changed: ${diff.join(', ')}`);
	return outcome;
}

/** One fingerprinting connection per database, closed before its server stops. */
const fingerprints = new Map<string, Awaited<ReturnType<typeof fingerprinter>>>();
async function fingerprintOf(file: string) {
	let fp = fingerprints.get(file);
	if (!fp) fingerprints.set(file, (fp = await fingerprinter(file)));
	return fp;
}
async function stop(server: Server) {
	fingerprints.get(server.dbFile)?.close();
	fingerprints.delete(server.dbFile);
	await server.stop();
}

let marker = 0;
const suggestion = (size: number) => {
	const tag = `fill-${++marker}-`;
	return { tag, body: tag + 'x'.repeat(Math.max(0, size - tag.length)) };
};

/** Suggestions of 2,000, then 300, then 20 characters, each size until 3 in a row fail. */
async function fill(server: Server, cookie: string) {
	let saved = 0;
	let bytes = 0;
	let refused: Outcome | null = null;
	for (const size of [2000, 300, 20]) {
		let failedInARow = 0;
		// Far more than the room there was and never refused: the limit does not work.
		while (failedInARow < 3 && bytes < 4 * HEADROOM_MB * 1024 * 1024) {
			const o = await attempt(
				server,
				`suggestion of ${size} characters`,
				`/our-team/${ids.team}?/suggest`,
				{ body: suggestion(size).body },
				cookie
			);
			if (o.saved) {
				saved++;
				bytes += size;
				failedInARow = 0;
			} else {
				failedInARow++;
				refused ??= o;
			}
		}
	}
	return { saved, refused };
}

/** Every kind of write while full, and the reads: what each answered. */
async function whileFull(server: Server, learner: string, admin: string, lead: string) {
	const big = suggestion(2000);
	const outcomes = [
		await attempt(
			server,
			'suggestion, JavaScript on',
			`/our-team/${ids.team}?/suggest`,
			{ body: big.body },
			learner,
			true
		),
		await attempt(
			server,
			'kudos (form)',
			`/our-team/${ids.team}?/kudos`,
			{ to: 'team', message: 'x'.repeat(500) },
			learner
		),
		await attempt(server, 'notes (form)', '/record?/notes', { notes: 'n'.repeat(3000) }, learner),
		await attempt(
			server,
			'a lesson completed (no form catches it: error page)',
			`/learn/${unopened ?? 'service-foundations/why-service-matters'}?/complete`,
			{},
			learner
		),
		await attempt(server, 'a quiz started', `/quiz/${quiz}?/start`, {}, learner),
		await attempt(
			server,
			'a team created',
			'/admin/teams?/create',
			{ name: `Full team ${Date.now()}` },
			admin
		),
		await attempt(
			server,
			'sign-in (a session row, outside write())',
			'/login',
			{ email: DEMO.admin, password: 'coachline-demo' },
			null
		)
	];
	// The refused big suggestion is nowhere.
	const db = new Database(server.dbFile, { readonly: true });
	const found = (
		(await db
			.prepare('select count(*) as n from suggestions where body like ?')
			.get(`${big.tag}%`)) as {
			n: number;
		}
	).n;
	const integrity = db.pragma('integrity_check', { simple: true }) as string;
	db.close();
	if (!outcomes[0].saved && found) problems.push('the refused suggestion was stored');
	if (integrity !== 'ok') problems.push(`integrity_check while full: ${integrity}`);
	return { outcomes, reads: await reads(server, learner, admin, lead), integrity };
}

/** Signed-in pages (and /healthz) while full: each must answer 200. */
async function reads(server: Server, learner: string, admin: string, lead: string) {
	const pages: [string, string][] = [
		['/learn', learner],
		['/record', learner],
		['/practice', learner],
		[`/our-team/${ids.team}`, learner],
		['/notifications', learner],
		[`/learn/${unopened ?? 'service-foundations/why-service-matters'}`, learner],
		['/team', lead],
		[`/team/people/${ids.learner}`, lead],
		['/admin/users', admin],
		['/healthz', '']
	];
	const answers: string[] = [];
	for (const [path, cookie] of pages) {
		const res = await fetch(server.origin + path, {
			headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
			redirect: 'manual'
		});
		await res.arrayBuffer();
		answers.push(`${path} ${res.status}`);
		if (res.status !== 200) problems.push(`read ${path} while full: ${res.status}`);
	}
	const failed = answers.filter((a) => !a.endsWith(' 200'));
	return failed.length ? answers.join(', ') : `all ${answers.length} answered 200`;
}

/** Stops the server on the full storage and starts it again there: it must start and read. */
async function restartWhileFull(
	server: Server,
	env: Record<string, string>,
	cookies: Awaited<ReturnType<typeof signInAll>>
) {
	await stop(server);
	const after = integrityOf(server.dbFile);
	if (after !== 'ok') problems.push(`integrity_check after stopping: ${after}`);
	let again: Server;
	try {
		again = await startServer({ dbFile: server.dbFile, port: server.port, env });
	} catch (e) {
		throw new Error(`no start on the full storage: ${firstLines(e)}`);
	}
	// The sessions are in the database: the same cookies still work.
	const answers = await reads(again, cookies.learner, cookies.admin, cookies.lead);
	return {
		server: again,
		line: `integrity_check after stopping: ${after}; started again on the full storage, reads: ${answers}`
	};
}

function describe(outcomes: Outcome[]) {
	return outcomes
		.map(
			(o) =>
				`  ${o.what}: ${o.saved ? `saved (${o.status})` : `refused ${o.status}${o.message ? ' with the message' : ''}, ${o.diff.length ? 'WROTE' : 'nothing written'}`}`
		)
		.join('\n');
}

async function signInAll(server: Server) {
	return {
		learner: await signIn(server.origin, DEMO.learnerA),
		admin: await signIn(server.origin, DEMO.admin),
		lead: await signIn(server.origin, DEMO.leadA)
	};
}

function integrityOf(file: string) {
	const db = new Database(file, { readonly: true });
	const result = db.pragma('integrity_check', { simple: true }) as string;
	db.close();
	return result;
}

/** Is the last big suggestion written after room was made visible in the database? */
async function writeAgain(server: Server, cookie: string, what: string) {
	const again = suggestion(2000);
	const o = await attempt(
		server,
		what,
		`/our-team/${ids.team}?/suggest`,
		{ body: again.body },
		cookie
	);
	const db = new Database(server.dbFile, { readonly: true });
	const found = (
		(await db
			.prepare('select count(*) as n from suggestions where body like ?')
			.get(`${again.tag}%`)) as {
			n: number;
		}
	).n;
	db.close();
	if (!o.saved || found !== 1) problems.push(`${what}: not saved (${o.status}, stored ${found})`);
	return `${what}: ${o.saved && found === 1 ? `saved (${o.status}) and stored` : `NOT saved (${o.status})`}`;
}

// ---------------------------------------------------------------------------------------------
// 1. DATABASE_MAX_MB

async function limitPhase() {
	const file = join(dir, 'limited.db');
	copyFileSync(seeded, file);
	const size = statSync(file).size / 1024 / 1024;
	const limit = (size + HEADROOM_MB).toFixed(2);
	const port = await freePort();
	let server = await startServer({ dbFile: file, port, env: { DATABASE_MAX_MB: limit } });
	const cookies = await signInAll(server);
	const t0 = performance.now();
	const filled = await fill(server, cookies.learner);
	const full = await whileFull(server, cookies.learner, cookies.admin, cookies.lead);
	const restart = await restartWhileFull(server, { DATABASE_MAX_MB: limit }, cookies);
	await stop(restart.server);
	// Room again: the same database under a larger ceiling.
	server = await startServer({
		dbFile: file,
		port,
		env: { DATABASE_MAX_MB: String(Math.ceil(size + 10)) }
	});
	const again = await writeAgain(
		server,
		cookies.learner,
		'restarted with a larger DATABASE_MAX_MB, a suggestion'
	);
	await stop(server);
	const after = integrityOf(file);
	if (after !== 'ok') problems.push(`integrity_check at the end: ${after}`);
	report.push(
		`1. DATABASE_MAX_MB=${limit} (the demo database is ${size.toFixed(2)} MB): ${filled.saved} suggestions saved, then refused (first refusal: ${filled.refused ? `${filled.refused.status}${filled.refused.message ? ' with the message' : ''}` : 'NONE'}) after ${((performance.now() - t0) / 1000).toFixed(1)} s\n` +
			`while full:\n${describe(full.outcomes)}\n  reads: ${full.reads}\n  integrity_check while full: ${full.integrity}\n  ${restart.line}\n  ${again}; integrity_check at the end: ${after}`
	);
	if (!filled.refused) problems.push('DATABASE_MAX_MB: no write was ever refused');
	console.log(report.at(-1));
}

// ---------------------------------------------------------------------------------------------
// 2. A real filesystem that fills up (tmpfs), if this sandbox lets us mount one.

async function tmpfsPhase() {
	const mnt = join(dir, 'tmpfs');
	mkdirSync(mnt);
	let mounted = false;
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=48m', 'tmpfs', mnt], { stdio: 'pipe' });
		mounted = true;
		onCleanup(() => execFileSync('umount', ['-l', mnt], { stdio: 'ignore' }));
	} catch (e) {
		report.push(
			`2. tmpfs: not mounted (${((e as { stderr?: Buffer }).stderr?.toString() || (e as Error).message).trim()}); skipped, DATABASE_MAX_MB stands in for it`
		);
	}
	if (mounted) {
		const file = join(mnt, 'coachline.db');
		copyFileSync(seeded, file);
		// Take all but HEADROOM_MB: the WAL and the database grow into it, then the disk is full.
		const filler = join(mnt, 'filler');
		const free = () => {
			const s = statfsSync(mnt);
			return s.bavail * s.bsize;
		};
		writeFileSync(filler, Buffer.alloc(Math.max(0, free() - HEADROOM_MB * 1024 * 1024)));
		const port = await freePort();
		let server: Server;
		try {
			server = await startServer({ dbFile: file, port });
		} catch (e) {
			throw new Error(`no start with the disk almost full: ${firstLines(e)}`);
		}
		try {
			const cookies = await signInAll(server);
			const t0 = performance.now();
			const filled = await fill(server, cookies.learner);
			const full = await whileFull(server, cookies.learner, cookies.admin, cookies.lead);
			const freeWhenFull = free();
			const restart = await restartWhileFull(server, {}, cookies);
			server = restart.server;
			// Room again, without a restart.
			rmSync(filler);
			const again = await writeAgain(
				server,
				cookies.learner,
				'filler deleted (no restart), a suggestion'
			);
			report.push(
				`2. tmpfs of 48 MB, database on it, a filler leaving ${HEADROOM_MB} MB: ${filled.saved} suggestions saved, then refused (first refusal: ${filled.refused ? `${filled.refused.status}${filled.refused.message ? ' with the message' : ''}` : 'NONE'}) after ${((performance.now() - t0) / 1000).toFixed(1)} s; ${(freeWhenFull / 1024).toFixed(0)} KB free when full\n` +
					`while full:\n${describe(full.outcomes)}\n  reads: ${full.reads}\n  integrity_check while full: ${full.integrity}\n  ${restart.line}\n  ${again}`
			);
			if (!filled.refused) problems.push('tmpfs: no write was ever refused');
		} finally {
			await stop(server);
		}
		const after = integrityOf(file);
		report[report.length - 1] += `; integrity_check at the end: ${after}`;
		if (after !== 'ok') problems.push(`tmpfs: integrity_check at the end: ${after}`);
	}
	console.log(report.at(-1));
}

/** The first lines of an error's message (a server's output can be long). */
function firstLines(e: unknown) {
	return (e instanceof Error ? e.message : String(e)).split('\n').slice(0, 4).join(' ');
}

for (const [name, phase] of [
	['DATABASE_MAX_MB', limitPhase],
	['tmpfs', tmpfsPhase]
] as const)
	try {
		await phase();
	} catch (e) {
		problems.push(`${name}: the drill stopped: ${firstLines(e)}`);
		console.log(`${name}: the drill stopped: ${firstLines(e)}`);
	}

console.log(`disk full: ${((performance.now() - started) / 1000).toFixed(1)} s in all`);
for (const p of problems) console.log(`PROBLEM: ${p}`);
const ok = problems.length === 0;
console.log(
	`promise (a refused write answers 503 with the message and writes nothing, reads answer 200, integrity ok, writes work again once there is room): ${ok ? 'kept' : 'BROKEN'}`
);
cleanup();
process.exit(ok ? 0 : 1);
