// npm run bench:people — the people list and the admin home at scale, in process, and what an
// index on users would change. Builds an in-memory organisation of BENCH_PEOPLE (10,000) people
// in 40 teams (every account state, start dates, onboarding progress, sessions), then times each
// list view and the admin home BENCH_ROUNDS (15) times: first as the migrations leave the
// database, then with candidate indexes added. Prints medians and the ratio with / without,
// and each query plan. Bounded: about 20 s on 2 cores. Timings swing with the machine: read the
// ratios, not the milliseconds.
import { migrateDb, openDb, type Db } from '../../src/lib/server/db';
import { loadContent } from '../../src/lib/server/content';
import { listPeople } from '../../src/lib/server/org/people';
import { adminOverview } from '../../src/lib/server/org/overview';
import { parsePeopleQuery } from '../../src/lib/people-query';
import { addDays } from '../../src/lib/server/record/onboarding';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const DAY = 86_400_000;
const NOW = Date.now();
const TODAY = new Date(NOW).toISOString().slice(0, 10);
const content = loadContent('content', { simulate: false }).index;

const FIRST = ['Ana', 'ben', 'Chen', 'Dara', 'Élodie', 'Łukasz', 'Zoë', '林', '王', '张', 'Omar'];
const LAST = ['Lee', 'Sato', 'Kowalska', 'Évora', '芳', '伟', 'Nair', 'Ruiz', 'Haddad'];

function build(): Db {
	const db = openDb(':memory:');
	migrateDb(db, 'drizzle');
	const sqlite = db.$client;
	const path = content.paths.find((p) => p.id === 'onboarding')!;
	sqlite.transaction(() => {
		const team = sqlite.prepare('insert into teams (name) values (?)');
		for (let t = 0; t < 40; t++) team.run(`Team ${t}`);
		const user = sqlite.prepare(
			`insert into users (name, email, role, status, password_hash, started_on, created_at)
			values (?, ?, ?, ?, ?, ?, ?)`
		);
		const member = sqlite.prepare('insert into team_members (team_id, user_id) values (?, ?)');
		const invite = sqlite.prepare(
			'insert into invitations (id, user_id, created_at, expires_at) values (?, ?, ?, ?)'
		);
		const done = sqlite.prepare(
			`insert into progress (user_id, object_type, object_id, status, started_at, completed_at)
			values (?, ?, ?, 'completed', 0, 0)`
		);
		const seen = sqlite.prepare(
			'insert into sessions (id, user_id, created_at, last_seen_at) values (?, ?, ?, ?)'
		);
		for (let i = 0; i < PEOPLE; i++) {
			const kind = (i * 3) % 11;
			const id = Number(
				user.run(
					`${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i}`,
					`person${i}@example.test`,
					i % 50 === 0 ? 'admin' : i % 10 === 0 ? 'lead' : 'learner',
					kind === 10 ? 'disabled' : 'active',
					kind < 6 || kind === 10 ? 'x' : null,
					i % 4 ? addDays(TODAY, -(i % 120)) : null,
					NOW - (i % 1000) * DAY
				).lastInsertRowid
			);
			if (i % 41 !== 40) member.run((i % 40) + 1, id);
			if (kind === 6 || kind === 7) invite.run(`h${i}`, id, NOW, NOW + DAY);
			if (kind === 8) invite.run(`h${i}`, id, NOW - 9 * DAY, NOW - 2 * DAY);
			for (const step of path.courses.slice(0, i % (path.courses.length + 1)))
				done.run(id, step.kind, step.id);
			if (i % 3 === 0) seen.run(`s${i}`, id, NOW - (i % 10) * DAY, NOW - (i % 10) * DAY);
		}
	})();
	sqlite.exec('analyze');
	return db;
}

const VIEWS: [string, string][] = [
	['name, page 1', ''],
	['name, page 100', 'page=100'],
	['name, last page', 'page=9999'],
	['email desc', 'sort=email&dir=desc'],
	['role', 'sort=role&page=50'],
	['status', 'sort=status'],
	['started', 'sort=started&dir=desc'],
	['added', 'sort=added&dir=desc'],
	['role=lead', 'role=lead'],
	['status=expired', 'status=expired'],
	['team=7', 'team=7'],
	['team=none', 'team=none'],
	['search "chen"', 'q=chen'],
	['search "林"', 'q=%E6%9E%97'],
	['search + filters', 'q=an&status=active&sort=started&page=3']
];

function median(fn: () => unknown) {
	fn(); // warm: statements prepared, pages cached
	const times: number[] = [];
	for (let r = 0; r < ROUNDS; r++) {
		const start = process.hrtime.bigint();
		fn();
		times.push(Number(process.hrtime.bigint() - start) / 1e6);
	}
	return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

function measure(db: Db) {
	const out = new Map<string, number>();
	for (const [name, search] of VIEWS) {
		const query = parsePeopleQuery(new URLSearchParams(search)).query;
		out.set(
			name,
			median(async () => await listPeople(db, query, NOW))
		);
	}
	out.set(
		'admin home',
		median(async () => await adminOverview(db, content, NOW))
	);
	return out;
}

/** The candidates: what a sort by name, role, start date or creation could walk instead of sorting. */
const INDEXES = [
	'create index users_name_idx on users (name collate nocase, id)',
	'create index users_role_name_idx on users (role, name collate nocase, id)',
	'create index users_started_idx on users (started_on, name collate nocase, id)',
	'create index users_created_idx on users (created_at, id)'
];

console.log(`Building ${PEOPLE.toLocaleString('en')} people…`);
const db = build();
const before = measure(db);
const plan = async (search: string) => {
	const q = parsePeopleQuery(new URLSearchParams(search)).query;
	// The page's own statement, as drizzle builds it: capture it through the statement cache.
	const prepare = db.$client.prepare.bind(db.$client);
	const seen: string[] = [];
	db.$client.prepare = ((sql: string) => {
		seen.push(sql);
		return prepare(sql);
	}) as typeof db.$client.prepare;
	await listPeople(db, q, NOW);
	db.$client.prepare = prepare as typeof db.$client.prepare;
	const page = seen.find((s) => s.includes('limit'))!;
	return (
		(await db.$client.prepare(`explain query plan ${page}`).all(...pageParams(page, q))) as {
			detail: string;
		}[]
	)
		.map((r) => r.detail)
		.join('; ');
};
/** Placeholder values for EXPLAIN (only the plan matters, not the rows). */
const pageParams = (sql: string, _q: unknown) => Array((sql.match(/\?/g) ?? []).length).fill(1);

console.log(`plan (name, page 1), before: ${await plan('')}`);
for (const index of INDEXES) db.$client.exec(index);
db.$client.exec('analyze');
console.log(`plan (name, page 1), after:  ${await plan('')}`);
console.log(`plan (role, page 50), after: ${await plan('sort=role&page=50')}`);
const after = measure(db);

console.log(
	`\n${'view'.padEnd(20)} ${'now (ms)'.padStart(9)} ${'indexed (ms)'.padStart(13)} ${'ratio'.padStart(7)}`
);
for (const [name, ms] of before) {
	const indexed = after.get(name)!;
	console.log(
		`${name.padEnd(20)} ${ms.toFixed(2).padStart(9)} ${indexed.toFixed(2).padStart(13)} ${(indexed / ms).toFixed(2).padStart(7)}`
	);
}
db.$client.close();
