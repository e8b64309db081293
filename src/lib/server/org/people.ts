import { and, count, sql, type SQL } from 'drizzle-orm';
import { one, type Db } from '../db';
import { invitations, teamMembers, teams, users, type Role } from '../db/schema';
import {
	PEOPLE_PAGE_SIZE,
	type PeopleQuery,
	type PeopleSort,
	type PeopleStatus
} from '$lib/people-query';

/** The person has an invitation link that still works at `now`. */
const openInvitation = (now: number) =>
	sql`exists (select 1 from ${invitations} where ${invitations.userId} = ${users.id} and ${invitations.expiresAt} > ${now})`;

/**
 * Where a person stands, as the people list and the admin home show it: active (has set a
 * password), pending (invited, the link still works), expired (never accepted and no working
 * link) or disabled. One SQL expression, so a filter, a sort and a count agree with the badge.
 */
export function statusOf(now: number): SQL<PeopleStatus> {
	return sql<PeopleStatus>`case
		when ${users.status} = 'disabled' then 'disabled'
		when ${users.passwordHash} is not null then 'active'
		when ${openInvitation(now)} then 'pending'
		else 'expired' end`;
}

function statusIs(status: PeopleStatus, now: number): SQL {
	const active = sql`${users.status} = 'active'`;
	switch (status) {
		case 'disabled':
			return sql`${users.status} = 'disabled'`;
		case 'active':
			return sql`${active} and ${users.passwordHash} is not null`;
		case 'pending':
			return sql`${active} and ${users.passwordHash} is null and ${openInvitation(now)}`;
		case 'expired':
			return sql`${active} and ${users.passwordHash} is null and not ${openInvitation(now)}`;
	}
}

/** A letter outside ASCII that has an upper and a lower case. */
const hasCaseBeyondAscii = (s: string) =>
	[...s].some((c) => c > '\x7f' && c.toUpperCase() !== c.toLowerCase());

/** LIKE's own characters in what was typed match themselves. */
const likeText = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(query: PeopleQuery, now: number): SQL | undefined {
	const where: SQL[] = [];
	if (query.q) {
		const needle = query.q.normalize('NFKC').toLowerCase();
		const pattern = `%${likeText(needle)}%`;
		// LIKE folds A–Z itself, and Chinese has no case. Only a search with other letters that
		// have case (é, ł) needs fold() (db/index.ts), a call into JavaScript for every name.
		// Emails are stored lower-cased (validation.ts), so LIKE finds them as they are.
		const name = hasCaseBeyondAscii(needle) ? sql`fold(${users.name})` : sql`${users.name}`;
		where.push(
			sql`(${name} like ${pattern} escape '\\' or ${users.email} like ${pattern} escape '\\')`
		);
	}
	// A member of the team, or its lead; `in (select …)` is read once, not once per person.
	if (query.team === 'none')
		where.push(
			sql`${users.id} not in (select ${teamMembers.userId} from ${teamMembers})
				and ${users.id} not in (select ${teams.leadId} from ${teams} where ${teams.leadId} is not null)`
		);
	else if (query.team !== null)
		where.push(
			sql`(${users.id} in (select ${teamMembers.userId} from ${teamMembers} where ${teamMembers.teamId} = ${query.team})
				or ${users.id} in (select ${teams.leadId} from ${teams} where ${teams.id} = ${query.team}))`
		);
	if (query.role) where.push(sql`${users.role} = ${query.role}`);
	if (query.status) where.push(statusIs(query.status, now));
	return where.length ? and(...where) : undefined;
}

function ordering(sort: PeopleSort, dir: 'asc' | 'desc', now: number): SQL[] {
	const d = dir === 'desc' ? sql`desc` : sql`asc`;
	const byName = sql`${users.name} collate nocase`;
	// Ties (and the order within a role or status) by name, then id: every page is stable.
	const then = [sql`${byName} asc`, sql`${users.id} asc`];
	switch (sort) {
		case 'name':
			return [sql`${byName} ${d}`, sql`${users.id} ${d}`];
		case 'email':
			return [sql`${users.email} ${d}`];
		case 'role':
			return [
				sql`case ${users.role} when 'learner' then 0 when 'lead' then 1 else 2 end ${d}`,
				...then
			];
		case 'status':
			return [
				sql`case ${statusOf(now)} when 'active' then 0 when 'pending' then 1 when 'expired' then 2 else 3 end ${d}`,
				...then
			];
		case 'started':
			// People without a start date come last either way.
			return [sql`${users.startedOn} is null`, sql`${users.startedOn} ${d}`, ...then];
		case 'added':
			return [sql`${users.createdAt} ${d}`, sql`${users.id} ${d}`];
	}
}

/** One row of the people list. */
export interface PersonRow {
	id: number;
	name: string;
	email: string;
	role: Role;
	status: PeopleStatus;
	startedOn: string | null;
	/** Teams they are a member or the lead of, by name. */
	teams: string[];
}

/**
 * One page of the people list: filtered, counted, sorted and cut in SQL, so 10,000 people cost
 * the same three statements as ten (the count, the page, the page's teams). A page past the end
 * shows the last one.
 */
export async function listPeople(db: Db, query: PeopleQuery, now = Date.now()) {
	const where = conditions(query, now);
	const total = (await one(db.select({ n: count() }).from(users).where(where)))!.n;
	const pages = Math.max(1, Math.ceil(total / PEOPLE_PAGE_SIZE));
	const page = Math.min(query.page, pages);
	const rows = total
		? await db
				.select({
					id: users.id,
					name: users.name,
					email: users.email,
					role: users.role,
					status: statusOf(now),
					startedOn: users.startedOn
				})
				.from(users)
				.where(where)
				.orderBy(...ordering(query.sort, query.dir, now))
				.limit(PEOPLE_PAGE_SIZE)
				.offset((page - 1) * PEOPLE_PAGE_SIZE)
		: [];
	const teamsOf = teamNamesOf(
		db,
		rows.map((r) => r.id)
	);
	const people: PersonRow[] = rows.map((r) => ({ ...r, teams: teamsOf.get(r.id) ?? [] }));
	return {
		people,
		total,
		page,
		pages,
		/** 1-based positions of the first and last person shown (0 and 0 when none). */
		from: total ? (page - 1) * PEOPLE_PAGE_SIZE + 1 : 0,
		to: (page - 1) * PEOPLE_PAGE_SIZE + rows.length
	};
}

/**
 * The names of the teams each of `ids` is a member or the lead of, in one statement for any
 * number of people (the ids go in as one JSON array).
 */
export function teamNamesOf(db: Db, ids: number[]): Map<number, string[]> {
	const out = new Map<number, string[]>();
	if (ids.length === 0) return out;
	const list = JSON.stringify(ids);
	const rows = db.all<{ userId: number; name: string }>(sql`
		select ${teamMembers.userId} as userId, ${teams.name} as name
			from ${teamMembers} join ${teams} on ${teams.id} = ${teamMembers.teamId}
			where ${teamMembers.userId} in (select value from json_each(${list}))
		union all
		select ${teams.leadId}, ${teams.name} from ${teams}
			where ${teams.leadId} in (select value from json_each(${list}))
		order by name collate nocase`);
	for (const r of rows) out.set(r.userId, [...(out.get(r.userId) ?? []), r.name]);
	return out;
}
