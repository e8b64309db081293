// The people list (/admin/users): search, filters, sort and paging done in SQL, held against a
// model of the same people in JavaScript, at a handful of people and at 10,000.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { listPeople, teamNamesOf } from '../../src/lib/server/org/people';
import {
	DEFAULT_PEOPLE_QUERY,
	PEOPLE_PAGE_SIZE,
	parsePeopleQuery,
	type PeopleQuery,
	type PeopleSort,
	type PeopleStatus
} from '../../src/lib/people-query';
import { countStatements, testDb } from './db';

const NOW = Date.parse('2026-12-10T12:00:00Z');
const DAY = 86_400_000;

/** One person as the model knows them. */
interface Person {
	id: number;
	name: string;
	email: string;
	role: 'learner' | 'lead' | 'admin';
	status: PeopleStatus;
	startedOn: string | null;
	createdAt: number;
	teams: string[];
	teamIds: number[];
}

const FIRST = [
	'Ana',
	'ben',
	'Chen',
	'Dara',
	'Élodie',
	'Łukasz',
	'Zoë',
	'林',
	'王',
	'张',
	'Omar',
	'Priya'
];
const LAST = ['Lee', 'Sato', 'Kowalska', 'ÉVORA', '芳', '伟', 'Nair', 'Ruiz', 'Haddad', '100%_off'];

/**
 * `n` people in `teams` teams, written straight into the tables (a fixture, not the code under
 * test): every role, every account state (an invitation open, expired, or none at all), start
 * dates or none, Latin, accented and Chinese names. Returns the model.
 */
function populate(db: Db, n: number, teamCount: number): Person[] {
	const sqlite = db.$client;
	const people: Person[] = [];
	const teamIds: number[] = [];
	sqlite.transaction(() => {
		const insertTeam = sqlite.prepare('insert into teams (name) values (?)');
		for (let t = 0; t < teamCount; t++)
			teamIds.push(Number(insertTeam.run(`Team ${String(t).padStart(2, '0')}`).lastInsertRowid));
		const insertUser = sqlite.prepare(
			`insert into users (name, email, role, status, password_hash, started_on, created_at)
			values (?, ?, ?, ?, ?, ?, ?)`
		);
		const invite = sqlite.prepare(
			'insert into invitations (id, user_id, created_at, expires_at) values (?, ?, ?, ?)'
		);
		const member = sqlite.prepare('insert into team_members (team_id, user_id) values (?, ?)');
		const lead = sqlite.prepare('update teams set lead_id = ? where id = ?');
		const led = new Set<number>();
		for (let i = 0; i < n; i++) {
			const name = `${FIRST[i % FIRST.length]} ${LAST[(i * 7) % LAST.length]} ${i % 997}`;
			const role = i % 50 === 0 ? 'admin' : i % 10 === 0 ? 'lead' : 'learner';
			// Account states in a spread: active, pending, expired (old link), expired (no link), disabled.
			const kind = (i * 3) % 11;
			const disabled = kind === 10;
			const accepted = kind < 6;
			const link = accepted ? null : kind === 6 || kind === 7 ? 'open' : kind === 8 ? 'old' : null;
			const startedOn =
				i % 4 === 0
					? null
					: `2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
			const createdAt = NOW - ((i * 7919) % 1000) * DAY;
			const id = Number(
				insertUser.run(
					name,
					`person${i}@example.test`,
					role,
					disabled ? 'disabled' : 'active',
					accepted || disabled ? 'x' : null,
					startedOn,
					createdAt
				).lastInsertRowid
			);
			if (link) invite.run(`hash${i}`, id, NOW - DAY, link === 'open' ? NOW + DAY : NOW - 1);
			const person: Person = {
				id,
				name,
				email: `person${i}@example.test`,
				role,
				status: disabled
					? 'disabled'
					: accepted
						? 'active'
						: link === 'open'
							? 'pending'
							: 'expired',
				startedOn,
				createdAt,
				teams: [],
				teamIds: []
			};
			const team = i % (teamCount + 1); // one in teamCount + 1 people is in no team
			if (role === 'learner' && team < teamCount) {
				member.run(teamIds[team], id);
				person.teamIds.push(teamIds[team]);
			} else if (role === 'lead' && team < teamCount && !led.has(team)) {
				led.add(team);
				lead.run(id, teamIds[team]);
				person.teamIds.push(teamIds[team]);
			}
			person.teams = person.teamIds.map(
				(t) => `Team ${String(teamIds.indexOf(t)).padStart(2, '0')}`
			);
			people.push(person);
		}
	})();
	return people;
}

// The model's idea of the list, written independently of the SQL.
const fold = (s: string) => s.normalize('NFKC').toLowerCase();
const nocase = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase());
const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
const rank = { learner: 0, lead: 1, admin: 2, active: 0, pending: 1, expired: 2, disabled: 3 };

function expected(people: Person[], q: PeopleQuery): Person[] {
	const needle = fold(q.q);
	const matches = people.filter(
		(p) =>
			(!q.q || fold(p.name).includes(needle) || fold(p.email).includes(needle)) &&
			(q.team === null ||
				(q.team === 'none' ? p.teamIds.length === 0 : p.teamIds.includes(q.team))) &&
			(!q.role || p.role === q.role) &&
			(!q.status || p.status === q.status)
	);
	const sign = q.dir === 'asc' ? 1 : -1;
	const byName = (a: Person, b: Person) => cmp(nocase(a.name), nocase(b.name)) || a.id - b.id;
	const key: Record<PeopleSort, (a: Person, b: Person) => number> = {
		name: (a, b) => sign * byName(a, b),
		email: (a, b) => sign * cmp(a.email, b.email),
		role: (a, b) => sign * (rank[a.role] - rank[b.role]) || byName(a, b),
		status: (a, b) => sign * (rank[a.status] - rank[b.status]) || byName(a, b),
		started: (a, b) =>
			Number(a.startedOn === null) - Number(b.startedOn === null) ||
			sign * cmp(a.startedOn ?? '', b.startedOn ?? '') ||
			byName(a, b),
		added: (a, b) => sign * (a.createdAt - b.createdAt || a.id - b.id)
	};
	return matches.sort(key[q.sort]);
}

const query = (search: string) => parsePeopleQuery(new URLSearchParams(search)).query;

/** The list as listPeople gives it, checked against the model: count, page and rows. */
async function check(db: Db, people: Person[], search: string) {
	const q = query(search);
	const list = await listPeople(db, q, NOW);
	const all = expected(people, q);
	const pages = Math.max(1, Math.ceil(all.length / PEOPLE_PAGE_SIZE));
	const page = Math.min(q.page, pages);
	const slice = all.slice((page - 1) * PEOPLE_PAGE_SIZE, page * PEOPLE_PAGE_SIZE);
	expect({ total: list.total, pages: list.pages, page: list.page }, search).toEqual({
		total: all.length,
		pages,
		page
	});
	expect(
		list.people.map((p) => p.id),
		search
	).toEqual(slice.map((p) => p.id));
	expect(list.people, search).toEqual(
		slice.map((p) => ({
			id: p.id,
			name: p.name,
			email: p.email,
			role: p.role,
			status: p.status,
			startedOn: p.startedOn,
			teams: p.teams
		}))
	);
	expect({ from: list.from, to: list.to }).toEqual({
		from: slice.length ? (page - 1) * PEOPLE_PAGE_SIZE + 1 : 0,
		to: (page - 1) * PEOPLE_PAGE_SIZE + slice.length
	});
	return list;
}

describe('the people list with a few people', () => {
	let db: Db;
	let people: Person[];
	beforeAll(() => {
		db = testDb();
		people = populate(db, 60, 3);
	});

	it('tells the four account states apart', async () => {
		const counts = async (status: PeopleStatus) =>
			(await listPeople(db, { ...DEFAULT_PEOPLE_QUERY, status }, NOW)).total;
		for (const status of ['active', 'pending', 'expired', 'disabled'] as const)
			expect(await counts(status), status).toBe(people.filter((p) => p.status === status).length);
		// Someone invited whose link is past its time, and someone with no link at all: expired.
		expect(people.some((p) => p.status === 'expired')).toBe(true);
		// An open link that runs out: the same person moves from pending to expired.
		const later = await listPeople(
			db,
			{ ...DEFAULT_PEOPLE_QUERY, status: 'pending' },
			NOW + 2 * DAY
		);
		expect(later.total).toBe(0);
	});

	it('searches names and emails, case-insensitive in any script', async () => {
		for (const q of [
			'chen',
			'CHEN',
			'élodie',
			'ÉLODIE',
			'łukasz',
			'ŁUKASZ',
			'évora',
			'林',
			'王 伟',
			'PERSON1',
			'example.test'
		])
			await check(db, people, `q=${encodeURIComponent(q)}`);
		expect((await listPeople(db, query('q=%C5%81UKASZ'), NOW)).total).toBeGreaterThan(0);
		expect(
			(await listPeople(db, query(`q=${encodeURIComponent('林')}`), NOW)).total
		).toBeGreaterThan(0);
	});

	it("treats LIKE's own characters as text", async () => {
		const percent = await listPeople(db, query('q=%25_off'), NOW);
		expect(percent.total).toBe(people.filter((p) => p.name.includes('%_off')).length);
		expect((await listPeople(db, query('q=%25'), NOW)).total).toBe(percent.total);
		expect((await listPeople(db, query('q=_'), NOW)).total).toBe(percent.total);
		expect((await listPeople(db, query('q=%5C'), NOW)).total).toBe(0);
	});

	it('filters by team (members and the lead), by no team, by role', async () => {
		for (const search of [
			'team=1',
			'team=2',
			'team=3',
			'team=none',
			'role=lead',
			'role=admin',
			'team=1&role=lead'
		])
			await check(db, people, search);
		expect((await listPeople(db, query('team=1&role=lead'), NOW)).total).toBe(1);
	});

	it('a team that does not exist finds no one (the page shows every team instead, saying so)', async () => {
		expect((await listPeople(db, query('team=999999'), NOW)).total).toBe(0);
	});

	it('gives the teams of each person shown', () => {
		const teams = teamNamesOf(
			db,
			people.map((p) => p.id)
		);
		for (const p of people) expect(teams.get(p.id) ?? [], p.name).toEqual(p.teams);
		expect(teamNamesOf(db, []).size).toBe(0);
	});

	it('shows the last page for a page past the end, and an empty list as page 1 of 1', async () => {
		const list = await check(db, people, 'page=99');
		expect(list.page).toBe(2);
		const none = await check(db, people, 'q=nobody-by-this-name');
		expect(none).toMatchObject({ total: 0, page: 1, pages: 1, from: 0, to: 0, people: [] });
	});
});

describe('the people list at 10,000 people', () => {
	let db: Db;
	let people: Person[];
	beforeAll(() => {
		db = testDb();
		people = populate(db, 10_000, 40);
	}, 60_000);

	it('pages through everyone: 50 a page, 200 pages, the last page and past it', async () => {
		const first = await check(db, people, '');
		expect(first).toMatchObject({ total: 10_000, pages: 200, page: 1, from: 1, to: 50 });
		expect(await check(db, people, 'page=2')).toMatchObject({ from: 51, to: 100 });
		expect(await check(db, people, 'page=200')).toMatchObject({ from: 9951, to: 10_000 });
		expect((await check(db, people, 'page=201')).page).toBe(200);
		expect((await check(db, people, 'page=-3')).page).toBe(1);
	});

	it('sorts by every key, both ways, on the first, a middle and the last page', async () => {
		for (const sort of ['name', 'email', 'role', 'status', 'started', 'added'])
			for (const dir of ['asc', 'desc'])
				for (const page of [1, 77, 200])
					await check(db, people, `sort=${sort}&dir=${dir}&page=${page}`);
	});

	it('counts every filter and their combinations', async () => {
		for (const search of [
			'status=active',
			'status=pending',
			'status=expired',
			'status=disabled',
			'role=learner',
			'role=lead',
			'role=admin',
			'team=7',
			'team=none',
			'team=7&status=expired&sort=status&dir=desc',
			'role=learner&status=pending&sort=started&page=3',
			'q=chen&role=learner&sort=email&dir=desc&page=2',
			'q=%E6%9E%97&status=active',
			'q=%C3%89LODIE&team=none'
		])
			await check(db, people, search);
	});

	it('runs the same statements for 10,000 people as for a few, on any page', async () => {
		const small = testDb();
		populate(small, 20, 2);
		const statements = async (on: Db, search: string) =>
			(await countStatements(on, async () => await listPeople(on, query(search), NOW))).statements;
		const few = await statements(small, 'sort=status');
		expect(few).toBe(3);
		for (const search of ['', 'sort=status&page=150', 'q=an&team=3&status=pending&page=2'])
			expect(await statements(db, search), search).toBe(few);
	});
});
