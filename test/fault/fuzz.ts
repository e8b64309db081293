// npm run fault:fuzz — fuzz every form action and route of the built server on loopback.
//
// The routes come from the file tree under src/routes: every +page.server.ts action (named:
// POST <path>?/<name>; default: POST <path>), every page (GET, and its __data.json) and every
// +server.ts method, plus odd methods and action names (`?/constructor`, `?/default`).
// Their [params] are filled with real ids read from the server's database and content/, and
// with forged ones (0, -1, 99999999, abc, ../x, very long…); their fields are the names in the
// pages' forms (name="…" in the .svelte files, and the inputs of the rendered pages) mixed with
// random ones. Bodies: wrong types, missing and duplicated fields, 1 MB fields, invalid UTF-8,
// prototype names as field names, urlencoded, multipart, JSON and garbage content types. A third
// of the posts send back a form a rendered page offered, filled in as a person would (some with
// one field changed), and a successful post's redirect is followed, as a browser would: that is
// how the fuzz gets past validation into the code behind it. As the demo admin, a lead, a
// learner and anonymously; the fuzz's own three accounts are never the target of the admin's
// user actions (a reset or a disable would end its sessions).
//
// Promise: no answer is a 5xx, and a rejected post (4xx) writes nothing (but a refused sign-in's
// record in the sign-in throttles, notAllowed() below): a fingerprint of the
// database (SQLite's data_version, which moves on any commit by another connection, plus the
// row count and max(rowid) of every table) is the same before and after it. One worker, one
// request at a time, each on its own connection. Requests are generated from a seeded PRNG
// (FUZZ_SEED, printed), so a run can be repeated; every 5xx is printed with the request (body
// included) and the server's log line. Exit 1 on any 5xx, unanswered request or write by a
// rejected post.
//
// FAULT_MODE=short: 1,500 requests (about 15 s here); otherwise 10,000 (FUZZ_REQUESTS
// overrides). COACHLINE_BUILD_DIR picks the build (default test-results/build).
import http from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import Database from 'better-sqlite3';
import { loadContent } from '../../src/lib/server/content';
import {
	cleanup,
	DEMO,
	fingerprintDiff,
	fingerprinter,
	freePort,
	hardLimit,
	MODE,
	signIn,
	startServer,
	tempDir
} from './probe-lib';

const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? (MODE === 'short' ? 1500 : 10_000));
/** Stop generating requests after this long (the short mode must end within 90 s). */
// The short run's budget is a safety net, not a speed test: in npm test it shares two cores with
// both e2e projects, where it takes 50 s on a quiet machine.
const BUDGET_S = Number(process.env.FUZZ_SECONDS ?? (MODE === 'short' ? 240 : 1500));
hardLimit(BUDGET_S + 60, 'fuzz');

// ---------------------------------------------------------------------------------------------
// A seeded PRNG (mulberry32); request i draws from its own stream, derived from SEED and i.

function prng(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
type Rng = () => number;
const pick = <T>(r: Rng, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const chance = (r: Rng, p: number) => r() < p;

// ---------------------------------------------------------------------------------------------
// The routes, from the file tree.

type Op = {
	/** e.g. `/admin/teams/[id]` */
	pattern: string;
	method: string;
	/** the action's name, `default`, or null for a page or endpoint */
	action: string | null;
	/** field names of the route's forms (static ones; rendered pages add more) */
	fields: string[];
	/** names the route reads from the query string */
	query: string[];
	/** a page (+page.svelte) or an endpoint (+server.ts) */
	kind: 'page' | 'endpoint';
};

const ROUTES = 'src/routes';

function namesInSvelte(file: string, seen = new Set<string>()): string[] {
	if (seen.has(file) || !existsSync(file)) return [];
	seen.add(file);
	const src = readFileSync(file, 'utf8');
	const names = [...src.matchAll(/\bname="([^"{]+)"/g)].map((m) => m[1]);
	// Components imported from the same folder or $lib bring their forms along.
	for (const m of src.matchAll(/from\s+'((?:\.{1,2}\/|\$lib\/)[^']+\.svelte)'/g)) {
		const path = m[1].startsWith('$lib/')
			? join('src/lib', m[1].slice(5))
			: resolve(dirname(file), m[1]);
		names.push(...namesInSvelte(path, seen));
	}
	return names;
}

function discoverRoutes(): Op[] {
	const ops: Op[] = [];
	const walk = (dir: string) => {
		const entries = readdirSync(dir);
		const pattern =
			'/' +
			relative(ROUTES, dir)
				.split(/[/\\]/)
				.filter((s) => s && !/^\(.*\)$/.test(s))
				.join('/');
		const read = (name: string) =>
			existsSync(join(dir, name)) ? readFileSync(join(dir, name), 'utf8') : '';
		const server = read('+page.server.ts');
		const endpoint = read('+server.ts');
		const query = [
			...new Set(
				[server, endpoint, read('+page.ts')].flatMap((src) =>
					[...src.matchAll(/searchParams\.get\('([^']+)'\)/g)].map((m) => m[1])
				)
			)
		];
		const fields = [
			...new Set(
				entries.filter((e) => e.endsWith('.svelte')).flatMap((e) => namesInSvelte(join(dir, e)))
			)
		];
		if (entries.includes('+page.svelte'))
			ops.push({ pattern, method: 'GET', action: null, fields, query, kind: 'page' });
		const block = server.match(/export const actions = \{([\s\S]*?)\n\} satisfies Actions/);
		if (block)
			for (const m of block[1].matchAll(/^\t(\w+)\s*[:(]/gm))
				ops.push({ pattern, method: 'POST', action: m[1], fields, query, kind: 'page' });
		for (const m of endpoint.matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g))
			ops.push({ pattern, method: m[1], action: null, fields, query, kind: 'endpoint' });
		for (const e of entries) if (statSync(join(dir, e)).isDirectory()) walk(join(dir, e));
	};
	walk(ROUTES);
	return ops;
}

// ---------------------------------------------------------------------------------------------
// Real ids: from the database (re-read as the run creates more) and from content/.

type Pools = Record<string, { v: string; owner?: number }[]>;

const content = loadContent('content', { simulate: false }).index;
const lessonsByCourse = new Map(
	content.courses.map((c) => [c.slug, c.lessons.map((l) => l.id.split('/')[1])])
);

async function readPools(dbFile: string, people: Set<number>): Promise<Pools> {
	const db = new Database(dbFile, { readonly: true });
	const rows = async (sql: string) =>
		(await db.prepare(sql).all()) as { v: string | number; owner?: number }[];
	const list = async (sql: string) =>
		(await rows(sql)).map((r) => ({ v: String(r.v), owner: r.owner }));
	const pools: Pools = {
		users: await list('select id as v, id as owner from users'),
		// The fuzzer's own accounts are never targets of the admin's user actions (a reset or a
		// disable would end the sessions the fuzz runs on); everyone else is.
		otherUsers: (await list('select id as v from users')).filter((u) => !people.has(Number(u.v))),
		teams: await list('select id as v, lead_id as owner from teams'),
		attempts: await list(
			'select id as v, user_id as owner from quiz_attempts order by rowid desc limit 300'
		),
		runs: await list(
			'select id as v, user_id as owner from roleplay_runs order by rowid desc limit 300'
		),
		reviews: await list('select id as v, agent_id as owner from reviews'),
		coaching: await list('select id as v, agent_id as owner from coaching_sessions'),
		goals: await list('select id as v, user_id as owner from dev_goals'),
		actionItems: await list('select id as v from action_items'),
		suggestions: await list('select id as v from suggestions'),
		cases: await list('select id as v from learning_cases'),
		notifications: await list('select id as v, user_id as owner from notifications'),
		batches: await list('select distinct batch as v from assignments limit 200'),
		courses: content.courses.map((c) => ({ v: c.slug })),
		lessons: content.courses.flatMap((c) => c.lessons.map((l) => ({ v: l.id }))),
		jobAids: content.jobAids.map((a) => ({ v: a.slug })),
		scenarios: content.scenarios.map((s) => ({ v: s.id })),
		quizzes: content.quizzes.map((q) => ({ v: q.id })),
		competencies: content.competencies.map((c) => ({ v: c.id })),
		scorecards: content.scorecards.map((c) => ({ v: c.id }))
	};
	db.close();
	return pools;
}

/** Which pool fills a [param] of a route. */
function poolFor(pattern: string, param: string): string | null {
	if (param === 'id') {
		if (pattern.startsWith('/admin/teams/')) return 'teams';
		if (pattern.startsWith('/admin/users/')) return 'otherUsers';
		if (pattern.startsWith('/team/people/')) return 'users';
		if (pattern.startsWith('/attempts/')) return 'attempts';
		if (pattern.startsWith('/coaching/')) return 'coaching';
		if (pattern.startsWith('/practice/runs/')) return 'runs';
		if (pattern.startsWith('/reviews/')) return 'reviews';
	}
	return (
		{
			team: 'teams',
			course: 'courses',
			slug: 'jobAids',
			scenario: 'scenarios',
			'...id': 'quizzes',
			token: 'invites'
		}[param] ?? null
	);
}

const FORGED_IDS = [
	'0',
	'-1',
	'99999999',
	'abc',
	'..%2Fx',
	'..%2F..%2Fadmin',
	'1e3',
	'0x1f',
	'%20%31',
	'1.0',
	'%EF%BC%91', // a fullwidth 1
	'%00',
	'%FF%FE',
	'%E2%80%AE1',
	'__proto__',
	'constructor',
	'toString',
	'9'.repeat(40),
	'a'.repeat(3000),
	'%F0%9F%98%80'
];

// ---------------------------------------------------------------------------------------------
// Values and bodies.

const PROTO_NAMES = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype'
];
const today = new Date().toISOString().slice(0, 10);
const NASTY: (string | Buffer)[] = [
	'',
	' ',
	'0',
	'-1',
	'1',
	'2',
	'3',
	'5',
	'10',
	'100',
	'99999999',
	'9007199254740993',
	'1e309',
	'-1e309',
	'NaN',
	'Infinity',
	'1.5',
	'0x10',
	'１',
	'true',
	'false',
	'on',
	'off',
	'no',
	'yes',
	'done',
	'open',
	'null',
	'undefined',
	'[]',
	'{}',
	'[object Object]',
	today,
	'2026-12-01',
	'2026-02-30',
	'2026-13-01',
	'0000-00-00',
	'9999-12-31',
	'1970-01-01',
	'2026-1-1',
	'agent:1',
	'agent:4',
	'team:1',
	'team:2',
	'agent:',
	':',
	'team:99999999',
	'agent:-1',
	'course:x',
	'lesson:../x',
	'quiz:',
	'scenario:__proto__',
	'learner',
	'lead',
	'admin',
	'superuser',
	...PROTO_NAMES,
	'../x',
	'../../etc/passwd',
	'%00',
	'\u0000',
	'a\u0000b',
	'\u202e\u202dtext',
	'é',
	'中文客服',
	'😀',
	'<script>alert(1)</script>',
	'"\'><img src=x onerror=alert(1)>',
	"'; drop table users; --",
	'x'.repeat(300),
	'y'.repeat(5000),
	'line1\r\nline2',
	'\t',
	'  padded  ',
	'a@b.c',
	'mei@demo.coachline.test',
	'=HYPERLINK("http://x")',
	Buffer.from([0xff, 0xfe, 0x41]),
	Buffer.from([0xc3]),
	Buffer.from([0xed, 0xa0, 0x80]),
	Buffer.from([0xc0, 0xaf]),
	Buffer.from('ok\xff'.split('').map((c) => c.charCodeAt(0)))
];
const RANDOM_NAMES = [
	...PROTO_NAMES,
	'__proto__[admin]',
	'a[b]',
	'a.b',
	'',
	' ',
	'id',
	'user',
	'role',
	'x'.repeat(500),
	'%ff',
	'q.x.pos.y',
	'mark-',
	'rating-'
];

type Value = string | Buffer | { file: Buffer; filename: string; type: string };

function randomBytes(r: Rng, n: number) {
	const b = Buffer.alloc(n);
	for (let i = 0; i < n; i++) b[i] = Math.floor(r() * 256);
	return b;
}

/** A CSV for the import: a valid one (`valid`), or one with any mix of problems. */
function csvFile(r: Rng, valid = false): Buffer {
	if (valid) {
		const tag = Math.floor(r() * 1e9).toString(36);
		return Buffer.from(
			`name,email,role,team,started_on\nFuzz ${tag},fuzz.${tag}@example.com,learner,,2026-12-01\n`
		);
	}
	const header = chance(r, 0.8) ? 'name,email,role,team,started_on' : pick(r, ['', 'a,b', 'name']);
	const lines = [header];
	const n = Math.floor(r() * 6);
	for (let i = 0; i < n; i++) {
		const tag = Math.floor(r() * 1e9).toString(36);
		lines.push(
			[
				pick(r, [`Fuzz ${tag}`, '', '=cmd', '"quoted, name"', 'x'.repeat(200)]),
				pick(r, [`fuzz.${tag}@example.com`, 'not-an-email', '', DEMO.learnerA]),
				pick(r, ['learner', 'lead', 'admin', 'boss', '']),
				pick(r, ['', 'Phone Support', 'Chat & Email', 'No Such Team']),
				pick(r, ['', '2026-12-01', '2026-02-30', 'soon'])
			].join(',')
		);
	}
	const text = lines.join(pick(r, ['\n', '\r\n']));
	if (chance(r, 0.1)) return Buffer.concat([Buffer.from(text), Buffer.from([0xff, 0xfe])]);
	if (chance(r, 0.05)) return randomBytes(r, 200);
	return Buffer.from(text);
}

/** A value for field `name`: one the page offered, a real id, or something nasty. */
function valueFor(r: Rng, name: string, offered: Map<string, string[]>, pools: Pools): Value {
	if (name === 'file' && chance(r, 0.7))
		return {
			file: csvFile(r),
			filename: pick(r, ['people.csv', '', '../x.csv', 'a"b.csv']),
			type: pick(r, ['text/csv', 'application/octet-stream', ''])
		};
	const seen = offered.get(name);
	const roll = r();
	if (seen?.length && roll < 0.45) return pick(r, seen);
	if (roll < 0.65) {
		const pool = pick(r, [
			'users',
			'teams',
			'goals',
			'actionItems',
			'suggestions',
			'cases',
			'notifications',
			'batches',
			'competencies',
			'scorecards',
			'scenarios',
			'lessons'
		]);
		const list = pools[pool];
		if (list?.length) return pick(r, list).v;
	}
	if (chance(r, 0.01)) return 'z'.repeat(1 << 20); // 1 MB
	if (chance(r, 0.01)) return 'w'.repeat(400_000); // just under the body limit
	return pick(r, NASTY);
}

type Body = { type: string | null; data: Buffer; chunked: boolean };

const encodeUrl = (r: Rng, v: string | Buffer) => {
	if (typeof v === 'string') {
		try {
			return encodeURIComponent(v);
		} catch {
			return v.replace(/[^\w]/g, '_'); // a lone surrogate
		}
	}
	// Invalid UTF-8: percent-encoded or raw.
	return chance(r, 0.5)
		? [...v].map((b) => '%' + b.toString(16).padStart(2, '0').toUpperCase()).join('')
		: v.toString('latin1');
};

function urlencoded(r: Rng, fields: [string, Value][]): Buffer {
	const parts: Buffer[] = [];
	fields.forEach(([name, value], i) => {
		const v = typeof value === 'object' && !Buffer.isBuffer(value) ? value.file : value;
		const s = `${i ? '&' : ''}${encodeUrl(r, name)}=${encodeUrl(r, v)}`;
		parts.push(Buffer.from(s, 'latin1'));
	});
	return Buffer.concat(parts);
}

function multipart(r: Rng, fields: [string, Value][], boundary: string): Buffer {
	const parts: Buffer[] = [];
	for (const [name, value] of fields) {
		const file = typeof value === 'object' && !Buffer.isBuffer(value) ? value : null;
		const data = file ? file.file : Buffer.isBuffer(value) ? value : Buffer.from(value as string);
		const disposition = `form-data; name="${name}"${file ? `; filename="${file.filename}"` : ''}`;
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${file?.type ? `Content-Type: ${file.type}\r\n` : ''}\r\n`
			),
			data,
			Buffer.from('\r\n')
		);
	}
	if (!chance(r, 0.05)) parts.push(Buffer.from(`--${boundary}--\r\n`)); // else: truncated
	return Buffer.concat(parts);
}

function makeBody(r: Rng, fields: [string, Value][]): Body {
	const roll = r();
	const chunked = chance(r, 0.05);
	if (roll < 0.47)
		return {
			type: pick(r, [
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded',
				'application/x-www-form-urlencoded;charset=UTF-8',
				'APPLICATION/X-WWW-FORM-URLENCODED',
				'application/x-www-form-urlencoded; charset=latin1'
			]),
			data: urlencoded(r, fields),
			chunked
		};
	if (roll < 0.72) {
		const boundary = '----fuzz' + Math.floor(r() * 1e12).toString(36);
		const declared = chance(r, 0.95) ? boundary : pick(r, ['', 'other', `"${boundary}"`]);
		return {
			type: `multipart/form-data; boundary=${declared}`,
			data: multipart(r, fields, boundary),
			chunked
		};
	}
	if (roll < 0.8) {
		const obj: Record<string, unknown> = {};
		for (const [name, value] of fields)
			obj[name] = typeof value === 'string' ? value : pick(r, [1, null, [1, 2], { a: 1 }, true]);
		return { type: 'application/json', data: Buffer.from(JSON.stringify(obj)), chunked };
	}
	if (roll < 0.85)
		return {
			type: 'text/plain',
			data: Buffer.from(
				fields.map(([n, v]) => `${n}=${typeof v === 'string' ? v : ''}`).join('\r\n')
			),
			chunked
		};
	if (roll < 0.9) return { type: null, data: urlencoded(r, fields), chunked };
	if (roll < 0.95)
		return {
			type: pick(r, [
				'multipart/form-data',
				'multipart/form-data; boundary=',
				'multipart/mixed; boundary=x',
				'application/octet-stream',
				'text/html',
				'*/*',
				'application/x-www-form-urlencoded, multipart/form-data',
				'application/xml'
			]),
			data: chance(r, 0.5) ? randomBytes(r, Math.floor(r() * 2000)) : urlencoded(r, fields),
			chunked
		};
	// The content type says one thing, the body is another.
	return chance(r, 0.5)
		? {
				type: 'application/x-www-form-urlencoded',
				data: multipart(r, fields, 'mismatch'),
				chunked
			}
		: { type: 'multipart/form-data; boundary=mismatch', data: urlencoded(r, fields), chunked };
}

// ---------------------------------------------------------------------------------------------
// Rendered pages: the fields and values their forms offer.

/** name → values the forms of a route pattern offered (inputs, buttons, options). */
const offeredBy = new Map<string, Map<string, string[]>>();
const invites = new Set<string>();

const unescapeHtml = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

function harvest(pattern: string, html: string) {
	for (const m of html.matchAll(/\/invite\/([a-z2-7]{32})/g)) invites.add(m[1]);
	const offered = offeredBy.get(pattern) ?? new Map<string, string[]>();
	offeredBy.set(pattern, offered);
	const add = (name: string, value: string) => {
		const list = offered.get(name) ?? [];
		if (!list.includes(value) && list.length < 40) list.push(value);
		offered.set(name, list);
	};
	for (const m of html.matchAll(/<(input|button|textarea)\b([^>]*)>/g)) {
		const name = m[2].match(/\bname="([^"]*)"/)?.[1];
		if (!name) continue;
		add(unescapeHtml(name), unescapeHtml(m[2].match(/\bvalue="([^"]*)"/)?.[1] ?? ''));
	}
	for (const m of html.matchAll(/<select\b[^>]*\bname="([^"]*)"[^>]*>([\s\S]*?)<\/select>/g))
		for (const o of m[2].matchAll(/<option\b[^>]*\bvalue="([^"]*)"/g))
			add(unescapeHtml(m[1]), unescapeHtml(o[1]));
}

/** A form of a rendered page, to be posted back as a person would fill it in. */
type FormField = {
	name: string;
	kind: string;
	values: string[];
	attrs: string;
};
type RecordedForm = { path: string; action: string; role: Role; fields: FormField[] };
/** op key (`pattern action`) → forms seen on pages (the newest last, at most 30 each). */
const forms = new Map<string, RecordedForm[]>();

const attr = (attrs: string, name: string) => {
	const m = attrs.match(new RegExp(`\\b${name}="([^"]*)"`));
	return m ? unescapeHtml(m[1]) : null;
};

/** The route pattern a concrete path belongs to (the one with the fewest parameters). */
function patternOf(path: string): string | null {
	let best: string | null = null;
	for (const pattern of new Set(ops.map((o) => o.pattern))) {
		const re = new RegExp(
			'^' +
				pattern
					.split(/(\[[^\]]+\])/)
					.map((part) =>
						part.startsWith('[...')
							? '.+'
							: part.startsWith('[')
								? '[^/]+'
								: part.replace(/[.*+?^${}()|\\]/g, '\\$&')
					)
					.join('') +
				'$'
		);
		if (re.test(path) && (!best || pattern.split('[').length < best.split('[').length))
			best = pattern;
	}
	return best;
}

function recordForms(path: string, role: Role, html: string) {
	for (const f of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
		if ((attr(f[1], 'method') ?? 'get').toLowerCase() !== 'post') continue;
		const target = attr(f[1], 'action') ?? '';
		const [targetPath, search] = target.startsWith('?') ? [path, target] : target.split('?');
		const action =
			search?.startsWith('?/') || search?.startsWith('/')
				? search.replace(/^\?/, '').slice(1)
				: 'default';
		const formPath = targetPath || path;
		const pattern = patternOf(formPath);
		if (!pattern) continue;
		const fields: FormField[] = [];
		const add = (name: string | null, kind: string, value: string, attrs: string) => {
			if (!name) return;
			const known = fields.find((x) => x.name === name && x.kind === kind);
			if (known && (kind === 'radio' || kind === 'checkbox' || kind === 'submit'))
				known.values.push(value);
			else fields.push({ name, kind, values: [value], attrs });
		};
		for (const m of f[2].matchAll(
			/<select\b([^>]*)>([\s\S]*?)<\/select>|<textarea\b([^>]*)>([\s\S]*?)<\/textarea>|<(input|button)\b([^>]*)>/g
		)) {
			if (m[1] !== undefined) {
				const options = [...m[2].matchAll(/<option\b([^>]*)>/g)].map(
					(o) => attr(o[1], 'value') ?? ''
				);
				fields.push({
					name: attr(m[1], 'name') ?? '',
					kind: 'select',
					values: options,
					attrs: m[1]
				});
			} else if (m[3] !== undefined) add(attr(m[3], 'name'), 'textarea', unescapeHtml(m[4]), m[3]);
			else {
				const attrs = m[6];
				const type = (attr(attrs, 'type') ?? (m[5] === 'button' ? 'submit' : 'text')).toLowerCase();
				add(attr(attrs, 'name'), type, attr(attrs, 'value') ?? '', attrs);
			}
		}
		const key = `${pattern} ${action}`;
		const list = forms.get(key) ?? [];
		list.push({ path: formPath, action, role, fields: fields.filter((x) => x.name) });
		if (list.length > 30) list.shift();
		forms.set(key, list);
	}
}

const FILLER = [
	'Called the customer back as promised and confirmed the refund date.',
	'Fuzz note',
	'中文客服',
	'Thanks for staying calm with a difficult caller today.'
];

/** The fields of a recorded form filled in as a person would (with one change, if `mutate`). */
function fillForm(r: Rng, form: RecordedForm, mutate: boolean): [string, Value][] {
	const out: [string, Value][] = [];
	for (const f of form.fields) {
		const max = Number(attr(f.attrs, 'maxlength') ?? 0) || Infinity;
		const text = (v: string) => v.slice(0, max);
		switch (f.kind) {
			case 'hidden':
				out.push([f.name, f.values[0]]);
				break;
			case 'radio':
			case 'select':
				if (f.values.length)
					out.push([
						f.name,
						pick(
							r,
							f.values.filter((v) => v !== '').length ? f.values.filter((v) => v !== '') : f.values
						)
					]);
				break;
			case 'checkbox':
				for (const v of f.values) if (chance(r, 0.5)) out.push([f.name, v || 'on']);
				break;
			case 'submit':
				break; // below: at most one button
			case 'date': {
				const days = Math.floor(r() * 30) - (chance(r, 0.3) ? 20 : 0);
				out.push([
					f.name,
					f.values[0] && chance(r, 0.5)
						? f.values[0]
						: new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)
				]);
				break;
			}
			case 'number': {
				const min = Number(attr(f.attrs, 'min') ?? 0);
				const hi = Number(attr(f.attrs, 'max') ?? min + 5);
				out.push([f.name, String(min + Math.floor(r() * (hi - min + 1)))]);
				break;
			}
			case 'email':
				out.push([f.name, `fuzz.${Math.floor(r() * 1e9).toString(36)}@example.com`]);
				break;
			case 'password':
				out.push([f.name, 'a long and quiet passphrase']);
				break;
			case 'file':
				out.push([
					f.name,
					{ file: csvFile(r, chance(r, 0.5)), filename: 'people.csv', type: 'text/csv' }
				]);
				break;
			default:
				out.push([f.name, text(f.values[0] || pick(r, FILLER))]);
		}
	}
	const buttons = form.fields.filter((f) => f.kind === 'submit');
	if (buttons.length) {
		const b = pick(r, buttons);
		if (b.values.length) out.push([b.name, pick(r, b.values)]);
	}
	// Passwords and their confirmation agree.
	const pw = out.filter(([n]) => n === 'password' || n === 'confirm');
	for (const entry of pw) entry[1] = 'a long and quiet passphrase';
	if (mutate && out.length) {
		const k = Math.floor(r() * out.length);
		const roll = r();
		if (roll < 0.4) out[k] = [out[k][0], pick(r, NASTY)];
		else if (roll < 0.6) out.splice(k, 1);
		else if (roll < 0.8) out.push([out[k][0], pick(r, NASTY)]);
		else out.push([pick(r, RANDOM_NAMES), pick(r, NASTY)]);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// HTTP, one request at a time.

type Req = {
	method: string;
	path: string;
	headers: Record<string, string>;
	body: Body | null;
	role: Role;
};
type Res = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; ms: number };

/**
 * One request on a connection of its own (a server may rightly close a connection after refusing
 * a body it did not read; a reused socket would then fail the next, innocent request).
 */
function send(port: number, req: Req): Promise<Res> {
	return new Promise((resolveRes, reject) => {
		const t0 = performance.now();
		const headers: Record<string, string | number> = { ...req.headers, connection: 'close' };
		if (req.body) {
			if (req.body.type !== null) headers['content-type'] = req.body.type;
			if (req.body.chunked) headers['transfer-encoding'] = 'chunked';
			else headers['content-length'] = req.body.data.length;
		}
		let answered = false;
		const request = http.request(
			{ host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent: false },
			(res) => {
				answered = true;
				const chunks: Buffer[] = [];
				let size = 0;
				res.on('data', (c: Buffer) => {
					size += c.length;
					if (size < 4_000_000) chunks.push(c);
				});
				res.on('end', () =>
					resolveRes({
						status: res.statusCode ?? 0,
						headers: res.headers,
						body: Buffer.concat(chunks),
						ms: performance.now() - t0
					})
				);
				res.on('error', reject);
			}
		);
		request.setTimeout(30_000, () => request.destroy(new Error('no answer within 30 s')));
		// Writing a body the server already refused (and closed on) fails after the answer came.
		request.on('error', (e) => {
			if (!answered) reject(e);
		});
		if (req.body) request.end(req.body.data);
		else request.end();
	});
}

/**
 * The answer as the person sees it. A form posted by JavaScript (x-sveltekit-action), or by a
 * client that prefers JSON to HTML, gets 200 with JSON saying what happened: its `status` is
 * the real one.
 */
function effectiveStatus(req: Req, res: Res): number {
	if (req.method !== 'POST' || res.status !== 200) return res.status;
	if (!String(res.headers['content-type']).includes('application/json')) return res.status;
	try {
		const json = JSON.parse(res.body.toString()) as { type?: string; status?: number };
		if (json.type === 'failure' || json.type === 'redirect' || json.type === 'error')
			return json.status ?? res.status;
	} catch {
		// not JSON after all
	}
	return res.status;
}

// ---------------------------------------------------------------------------------------------
// The run.

type Role = 'admin' | 'lead' | 'learner' | 'anon';
const ROLES: Role[] = ['admin', 'lead', 'learner', 'anon'];
const EMAIL: Record<Exclude<Role, 'anon'>, string> = {
	admin: DEMO.admin,
	lead: DEMO.leadA,
	learner: DEMO.learnerA
};

const dir = tempDir('fuzz');
const dbFile = join(dir, 'fuzz.db');
const port = await freePort();
const started = performance.now();
const server = await startServer({ dbFile, port });
const origin = server.origin;

const people = new Map<Role, number>();
{
	const db = new Database(dbFile, { readonly: true });
	for (const role of ['admin', 'lead', 'learner'] as const)
		people.set(
			role,
			(
				(await db.prepare('select id from users where email = ?').get(EMAIL[role])) as {
					id: number;
				}
			).id
		);
	db.close();
}
const peopleIds = new Set(people.values());

// A session per role, and spares: signing out (POST /logout) ends the session it is sent with,
// so it is sent with a spare, signed in when needed (or none, once the fuzz's failed sign-ins
// have throttled this address).
const cookies = new Map<Role, string>();
for (const role of ['admin', 'lead', 'learner'] as const)
	cookies.set(role, await signIn(origin, EMAIL[role]));
async function spare(role: Exclude<Role, 'anon'>) {
	try {
		return await signIn(origin, EMAIL[role]);
	} catch {
		return null;
	}
}

const ops = discoverRoutes();
let pools = await readPools(dbFile, peopleIds);
const unknownParams = new Set<string>();

/** Fills a pattern's [params]: real values (preferring the role's own records) or forged ones. */
function fillPath(r: Rng, pattern: string, role: Role, forgedRate = 0.25): string {
	let course: string | null = null;
	return pattern.replace(/\[([^\]]+)\]/g, (_, param: string) => {
		if (param === 'lesson') {
			const lessons = course ? lessonsByCourse.get(course) : undefined;
			if (lessons && !chance(r, forgedRate)) return pick(r, lessons);
			return pick(r, [...FORGED_IDS, 'why-service-matters']);
		}
		const name = poolFor(pattern, param);
		if (!name) unknownParams.add(`${pattern} [${param}]`);
		const list =
			name === 'invites'
				? [...invites].map((v) => ({ v, owner: undefined }))
				: (pools[name ?? ''] ?? []);
		if (list.length && !chance(r, forgedRate)) {
			const own = list.filter((e) => e.owner !== undefined && e.owner === people.get(role));
			const value = own.length && chance(r, 0.6) ? pick(r, own).v : pick(r, list).v;
			if (param === 'course') course = value;
			// A rest parameter keeps its slash; anything else is one segment.
			return param.startsWith('...') ? value : encodeURIComponent(value);
		}
		if (param === 'token') return pick(r, ['a'.repeat(32), 'abc', '%FF', ...FORGED_IDS]);
		return pick(r, FORGED_IDS);
	});
}

function headersFor(r: Rng, role: Role, op: Op): Record<string, string> {
	const headers: Record<string, string> = {};
	const roll = r();
	if (op.method !== 'GET' || chance(r, 0.2)) {
		if (roll < 0.88) headers.origin = origin;
		else if (roll < 0.91) headers.origin = 'null';
		else if (roll < 0.94) headers.origin = 'http://evil.example';
		else if (roll < 0.97) headers.origin = origin + '/';
	}
	headers.accept = pick(r, ['text/html', 'text/html', 'text/html', '*/*', 'application/json']);
	if (op.method === 'POST' && op.action && chance(r, 0.35)) headers['x-sveltekit-action'] = 'true';
	if (role !== 'anon') headers.cookie = cookies.get(role)!;
	if (chance(r, 0.02))
		headers.cookie = 'coachline_session=' + pick(r, ['abc', '', 'x'.repeat(4000), '%FF']);
	if (chance(r, 0.005)) headers['x-padding'] = 'p'.repeat(20_000); // too large: 431
	return headers;
}

// Actions three times as often as pages: they are what writes.
const weighted = ops.flatMap((o) => (o.method === 'POST' ? [o, o, o] : [o]));

function makeRequest(i: number): { req: Req; op: Op } {
	const r = prng(SEED ^ Math.imul(i + 1, 0x9e3779b1));
	let op = pick(r, weighted);
	const role = pick(r, ROLES);
	let method = op.method;
	if (chance(r, 0.03)) {
		method = pick(r, ['PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'POST']);
		op = { ...op, method, action: method === 'POST' ? op.action : null };
	}
	let path = fillPath(r, op.pattern, role);
	const query: string[] = [];
	// A page's data as client-side navigation asks for it (its loads, serialised as JSON).
	if (method === 'GET' && op.kind === 'page' && chance(r, 0.2)) {
		path = `${path === '/' ? '' : path}/__data.json`;
		if (chance(r, 0.5)) query.push(`x-sveltekit-invalidated=${pick(r, ['01', '11', '1', 'x'])}`);
	}
	if (op.action && op.action !== 'default') query.push(`/${op.action}`);
	else if (method === 'POST' && chance(r, 0.05))
		query.push('/' + pick(r, [...PROTO_NAMES, 'nope', 'default', '']));
	for (const name of op.query)
		if (chance(r, 0.4))
			query.push(
				`${name}=${encodeUrl(r, pick(r, [...NASTY, ...(pools.teams ?? []).map((t) => t.v)]))}`
			);
	if (chance(r, 0.03)) query.push(`${pick(r, PROTO_NAMES)}=${pick(r, ['1', '%FF'])}`);
	if (query.length) path += '?' + query.join('&');

	// A third of the posts send a form a page offered, filled in as a person would (one in
	// three with one field changed): the way past validation into the code behind it.
	const recorded =
		method === 'POST' && op.action ? forms.get(`${op.pattern} ${op.action}`) : undefined;
	if (recorded?.length && chance(r, 0.35)) {
		const form = pick(r, recorded);
		const asRole = chance(r, 0.85) ? form.role : role;
		const fields = fillForm(r, form, chance(r, 0.35));
		const formPath = form.path + (form.action === 'default' ? '' : `?/${form.action}`);
		const headers = headersFor(r, asRole, op);
		return {
			req: {
				method,
				path: formPath,
				headers,
				body: fields.some(([, v]) => typeof v === 'object' && !Buffer.isBuffer(v))
					? {
							type: 'multipart/form-data; boundary=fuzzform',
							data: multipart(r, fields, 'fuzzform'),
							chunked: false
						}
					: chance(r, 0.7)
						? {
								type: 'application/x-www-form-urlencoded',
								data: urlencoded(r, fields),
								chunked: false
							}
						: makeBody(r, fields),
				role: asRole
			},
			op
		};
	}

	const headers = headersFor(r, role, op);
	let body: Body | null = null;
	if (method === 'POST' || (method !== 'GET' && method !== 'HEAD' && chance(r, 0.5))) {
		const offered = offeredBy.get(op.pattern) ?? new Map<string, string[]>();
		const known = [...new Set([...op.fields, ...offered.keys()])];
		const fields: [string, Value][] = [];
		const strategy = pick(r, ['real', 'real', 'mutant', 'mutant', 'types', 'random', 'empty']);
		if (strategy === 'real' || strategy === 'mutant' || strategy === 'types')
			for (const name of known)
				if (chance(r, strategy === 'real' ? 0.8 : 0.6))
					fields.push([
						name,
						strategy === 'types' ? pick(r, NASTY) : valueFor(r, name, offered, pools)
					]);
		if (strategy === 'mutant') {
			const extra = Math.floor(r() * 4);
			for (let k = 0; k < extra; k++) {
				const dup = fields.length && chance(r, 0.5) ? pick(r, fields)[0] : pick(r, RANDOM_NAMES);
				fields.push([dup, valueFor(r, dup, offered, pools)]);
			}
			if (fields.length && chance(r, 0.3)) fields.splice(Math.floor(r() * fields.length), 1);
		}
		if (strategy === 'random') {
			const n = 1 + Math.floor(r() * 6);
			for (let k = 0; k < n; k++) {
				const name = chance(r, 0.5)
					? pick(r, RANDOM_NAMES)
					: pick(r, known.length ? known : RANDOM_NAMES);
				fields.push([name, pick(r, NASTY)]);
			}
		}
		// Fields in a random order.
		for (let k = fields.length - 1; k > 0; k--) {
			const j = Math.floor(r() * (k + 1));
			[fields[k], fields[j]] = [fields[j], fields[k]];
		}
		body = strategy === 'empty' && chance(r, 0.5) ? null : makeBody(r, fields);
	}
	return { req: { method, path, headers, body, role }, op: { ...op, method } };
}

/** What a request was, printable and repeatable (the body as base64 when it is not text). */
function describe(req: Req) {
	const body = req.body?.data;
	const text = body && body.length <= 2000 ? body.toString('utf8') : null;
	const shown =
		body === undefined
			? '(no body)'
			: text !== null && Buffer.from(text, 'utf8').equals(body)
				? JSON.stringify(text)
				: body.length <= 2000
					? `base64:${body.toString('base64')}`
					: `${body.length} bytes, starting ${JSON.stringify(body.subarray(0, 120).toString('latin1'))}`;
	const headers = { ...req.headers };
	if (headers.cookie) headers.cookie = `<${req.role} session>`;
	if (headers['x-padding']) headers['x-padding'] = `<${headers['x-padding'].length} bytes>`;
	return `${req.method} ${req.path.length > 300 ? req.path.slice(0, 300) + '…' : req.path}\n      headers ${JSON.stringify({ ...headers, ...(req.body ? { 'content-type': req.body.type, chunked: req.body.chunked } : {}) })}\n      body ${shown}`;
}

// Warm-up: every page as every role with real ids, to learn what their forms offer (and so that
// the first view of a lesson, which records "viewed", is not mistaken for a rejected post's write).
async function warmUp() {
	const r = prng(SEED ^ 0x5eed);
	const gets = ops.filter((o) => o.method === 'GET' && !o.pattern.includes('.'));
	for (const op of gets) {
		for (const role of ['admin', 'lead', 'learner'] as const) {
			const fills = op.pattern.includes('[')
				? op.pattern.includes('[lesson]')
					? pools.lessons.map((l) =>
							op.pattern
								.replace('[course]', l.v.split('/')[0])
								.replace('[lesson]', l.v.split('/')[1])
						)
					: Array.from({ length: 4 }, () => fillPath(r, op.pattern, role, 0))
				: [op.pattern];
			for (const path of new Set(fills)) {
				const res = await send(port, {
					method: 'GET',
					path,
					headers: { accept: 'text/html', cookie: cookies.get(role)! },
					body: null,
					role
				});
				if (res.status !== 200) continue;
				harvest(op.pattern, res.body.toString());
				recordForms(path, role, res.body.toString());
			}
		}
	}
}
const signedS = (performance.now() - started) / 1000;
await warmUp();
const warmS = (performance.now() - started) / 1000;

const fp = await fingerprinter(dbFile);
const classes = { '2xx': 0, '3xx': 0, '4xx': 0, '5xx': 0, 'no answer': 0 };
const byRoute = new Map<
	string,
	{ n: number; ms: number; wrote: number; c: Record<string, number> }
>();
const failures: { i: number; route: string; status: string; what: string; log: string }[] = [];
const changedByRejected: { i: number; route: string; what: string; diff: string[] }[] = [];
let rejectedPosts = 0;
let wrote = 0;
let cutOff = 0;
let followed = 0;
let sessionsLost = 0;
let done = 0;

/**
 * Sends one request and accounts for it: its status class, a 5xx with the server's log, and
 * for anything but GET/HEAD whether it wrote (a rejected one must not). Returns the answer.
 */
async function exchange(
	i: number,
	req: Req,
	op: Op
): Promise<{ res: Res | null; effective: number }> {
	const route = `${op.method} ${op.pattern}${op.action && op.action !== 'default' ? `?/${op.action}` : ''}`;
	const before = req.method !== 'GET' && req.method !== 'HEAD' ? await fp.take() : null;
	const logAt = server.output().length;
	let res: Res | null = null;
	let status: string;
	let effective = 0;
	try {
		res = await send(port, req);
		effective = effectiveStatus(req, res);
		status = `${Math.floor(effective / 100)}xx`;
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		// A server may refuse a big body without reading it and close the connection while it is
		// still being sent: the client sees EPIPE or a reset instead of the (4xx) answer.
		if ((req.body?.data.length ?? 0) >= 65_536 && (code === 'EPIPE' || code === 'ECONNRESET')) {
			cutOff++;
			return { res: null, effective: 0 };
		}
		status = 'no answer';
		failures.push({ i, route, status: (e as Error).message, what: describe(req), log: '' });
	}
	done++;
	classes[status as keyof typeof classes]++;
	const stats = byRoute.get(route) ?? { n: 0, ms: 0, wrote: 0, c: {} };
	stats.n++;
	stats.ms += res?.ms ?? 0;
	stats.c[status] = (stats.c[status] ?? 0) + 1;
	byRoute.set(route, stats);
	if (res && effective >= 500) {
		await new Promise((r) => setTimeout(r, 20)); // let the server's log line arrive
		failures.push({
			i,
			route,
			status: String(effective),
			what: describe(req),
			log: server.output().slice(logAt).split('\n').slice(0, 6).join('\n')
		});
	}
	if (res && before) {
		const diff = fingerprintDiff(before, await fp.take());
		if (diff.length) {
			stats.wrote++;
			wrote++;
		}
		if (effective >= 400 && effective < 500) {
			rejectedPosts++;
			const unexpected = notAllowed(route, diff);
			if (unexpected.length)
				changedByRejected.push({ i, route, what: describe(req), diff: unexpected });
		}
	}
	if (res && res.body.length < 2_000_000) {
		const html = res.body.toString();
		if (res.status === 200 && req.method === 'GET') {
			harvest(op.pattern, html);
			recordForms(req.path.split('?')[0], req.role, html);
		} else for (const m of html.matchAll(/\/invite\/([a-z2-7]{32})/g)) invites.add(m[1]);
	}
	return { res, effective };
}

/** Where an answer sends the browser: the Location header, or the JSON of an enhanced form. */
function locationOf(res: Res | null): string {
	if (!res) return '';
	const header = res.headers.location;
	if (header) return String(header);
	if (res.body.length > 500) return '';
	return res.body.toString().match(/"location":"([^"]*)"/)?.[1] ?? '';
}

const t0 = performance.now();
const until = Date.now() + BUDGET_S * 1000;

for (let i = 0; done < TOTAL; i++) {
	if (Date.now() > until) break;
	if (i % 100 === 99) pools = await readPools(dbFile, peopleIds);
	const { req, op } = makeRequest(i);
	// Signing out ends the session it is sent with: send a spare (or none).
	const usesSpare = req.role !== 'anon' && op.pattern === '/logout';
	if (usesSpare) {
		const cookie = await spare(req.role as Exclude<Role, 'anon'>);
		if (cookie) req.headers.cookie = cookie;
		else delete req.headers.cookie;
	}
	const { res, effective } = await exchange(i, req, op);
	const location = locationOf(res);

	// A session the server ended (it should not happen: the fuzz's own accounts are not targets).
	if (
		!usesSpare &&
		req.role !== 'anon' &&
		req.headers.cookie === cookies.get(req.role) &&
		location.startsWith('/login?next=')
	) {
		sessionsLost++;
		const cookie = await spare(req.role as Exclude<Role, 'anon'>);
		if (cookie) cookies.set(req.role, cookie);
		continue;
	}
	// A browser follows a successful post's redirect: the page it lands on (a new attempt, run,
	// review…) offers the forms the next requests can fill in.
	const pattern =
		location.startsWith('/') && !location.startsWith('//')
			? patternOf(location.split(/[?#]/)[0])
			: null;
	if (req.method === 'POST' && effective >= 300 && effective < 400 && pattern && done < TOTAL) {
		followed++;
		const cookie = req.headers.cookie;
		await exchange(
			i,
			{
				method: 'GET',
				path: location.split('#')[0],
				headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) },
				body: null,
				role: req.role
			},
			{ pattern, method: 'GET', action: null, fields: [], query: [], kind: 'page' }
		);
	}
}
const elapsed = (performance.now() - t0) / 1000;
fp.close();

const alive = await fetch(`${origin}/healthz`).then(
	(r) => r.status,
	() => 0
);
await server.stop();
const check = new Database(dbFile, { readonly: true });
const integrity = (check.pragma('integrity_check', { simple: true }) as string) ?? '?';
check.close();

console.log(
	`fuzz: seed ${SEED} (repeat with FUZZ_SEED=${SEED}), mode ${MODE}, ${ops.length} routes and actions from ${ROUTES}`
);
console.log(
	`${done} requests in ${elapsed.toFixed(1)} s (${(done / elapsed).toFixed(0)}/s), after ${warmS.toFixed(1)} s of start, sign-in (${signedS.toFixed(1)} s) and warm-up; ` +
		`${offeredBy.size} pages' forms read, ${invites.size} invitation links seen`
);
console.log(
	`by status: ${Object.entries(classes)
		.map(([k, v]) => `${k} ${v}`)
		.join(', ')}`
);
console.log(
	`requests that wrote to the database: ${wrote}; rejected (4xx) posts: ${rejectedPosts}, of which changed the database: ${changedByRejected.length}`
);
console.log(`server after the run: /healthz ${alive}, integrity_check ${integrity}`);
console.log(
	`redirects followed: ${followed}; forms recorded for ${forms.size} actions; big bodies cut off by the server before an answer: ${cutOff}`
);
if (sessionsLost) console.log(`sessions lost and renewed: ${sessionsLost}`);
if (unknownParams.size)
	console.log(`params with no real values (forged only): ${[...unknownParams].join(', ')}`);
console.log('per route (requests: 2xx/3xx/4xx/5xx, how many wrote, mean ms):');
for (const [route, s] of [...byRoute].sort()) {
	const c = (k: string) => s.c[k] ?? 0;
	console.log(
		`  ${route.padEnd(58)} ${String(s.n).padStart(5)}: ${c('2xx')}/${c('3xx')}/${c('4xx')}/${c('5xx')}${c('no answer') ? ` no answer ${c('no answer')}` : ''}, wrote ${s.wrote}, ${(s.ms / s.n).toFixed(0)} ms`
	);
}
const untouched = ops.filter(
	(o) =>
		!byRoute.has(
			`${o.method} ${o.pattern}${o.action && o.action !== 'default' ? `?/${o.action}` : ''}`
		)
);
if (untouched.length)
	console.log(
		`never requested: ${untouched.map((o) => `${o.method} ${o.pattern} ${o.action ?? ''}`).join(', ')}`
	);

for (const f of failures.slice(0, 30))
	console.log(
		`\n5xx/no answer #${f.i} (${f.route}): ${f.status}\n      ${f.what}\n${f.log ? `      server: ${f.log.replace(/\n/g, '\n      ')}` : ''}`
	);
if (failures.length > 30) console.log(`… and ${failures.length - 30} more`);
for (const c of changedByRejected.slice(0, 20))
	console.log(
		`\nrejected post #${c.i} (${c.route}) changed the database: ${c.diff.join(', ')}\n      ${c.what}`
	);

const ok =
	failures.length === 0 &&
	changedByRejected.length === 0 &&
	alive === 200 &&
	integrity === 'ok' &&
	done >= Math.min(TOTAL, MODE === 'short' ? 1500 : 10_000);
console.log(
	`\npromise (0 answers of 5xx, every request answered, no rejected post writes, ${TOTAL} requests): ${ok ? 'kept' : 'BROKEN'}`
);
cleanup();
process.exit(ok ? 0 : 1);

/**
 * What a rejected post changed that it may not. A refused sign-in records the failure in the
 * sign-in throttles (sign_in_throttles, shared by every node): that write is what the refusal is
 * for. Anything else it changes, and anything any other rejected post changes, breaks the promise.
 */
function notAllowed(route: string, diff: string[]): string[] {
	if (!/^POST \/login(\?|$)/.test(route)) return diff;
	const rest = diff.filter((d) => !d.startsWith('sign_in_throttles.'));
	return rest.every((d) => d.startsWith('data_version')) ? [] : rest;
}
