import { count, sql } from 'drizzle-orm';
import type { Db } from '../db';
import type { ContentIndex } from '../content';
import { users, type Role } from '../db/schema';
import { onboardingPlan, oneDueDate } from '../record/onboarding';
import { courseIn } from '../content/localize';
import { requestLocale } from '../i18n/locale';
import { statusOf } from './people';
import { dayIn } from '$lib/format';
import { PEOPLE_STATUSES, type PeopleStatus } from '$lib/people-query';

const DAY = 86_400_000;
/** "This week" on the admin home: the last seven days. */
export const ACTIVE_DAYS = 7;
/** How many of the people furthest behind on onboarding the admin home names. */
export const BEHIND_SHOWN = 5;

/** Everyone, by role and by where their account stands: one grouped statement. */
export async function peopleFigures(db: Db, now = Date.now()) {
	const status = statusOf(now);
	const rows = await db
		.select({ role: users.role, status, n: count() })
		.from(users)
		.groupBy(users.role, status);
	const roles: Record<Role, number> = { learner: 0, lead: 0, admin: 0 };
	const statuses = Object.fromEntries(PEOPLE_STATUSES.map((s) => [s, 0])) as Record<
		PeopleStatus,
		number
	>;
	// Who could be learning: everyone not disabled, per role (the courses' "of N").
	const enabled: Record<Role, number> = { learner: 0, lead: 0, admin: 0 };
	for (const r of rows) {
		roles[r.role] += r.n;
		statuses[r.status] += r.n;
		if (r.status !== 'disabled') enabled[r.role] += r.n;
	}
	return { total: rows.reduce((n, r) => n + r.n, 0), roles, statuses, enabled };
}

/**
 * People with an account who were active in the last ACTIVE_DAYS: signed in (a session used
 * since), or a learning event of their own, counted as the lead's dashboard counts "last active"
 * (cockpit/dashboard.ts): not what a lead recorded about them (scored, confirmed), not practice
 * they keep private. One statement: an indexed probe per person, never a scan of the record.
 */
export function activeThisWeek(db: Db, now = Date.now()) {
	const since = now - ACTIVE_DAYS * DAY;
	return db.get<{ active: number; of: number }>(sql`
		select coalesce(sum(
			exists (select 1 from sessions s where s.user_id = u.id and s.last_seen_at >= ${since})
			or exists (select 1 from statements s
				where s.actor_id = u.id and s.timestamp >= ${since} and s.verb not in ('scored', 'confirmed')
					and not exists (select 1 from roleplay_runs r where r.id = s.registration and r.shared_at is null))
		), 0) as active, count(*) as of
		from users u where u.status = 'active' and u.password_hash is not null`);
}

/** Someone with onboarding items overdue, and how many. */
export interface Behind {
	id: number;
	name: string;
	items: number;
}

/**
 * Onboarding across the organisation: for each active person with a start date, their plan as
 * /learn shows it to them (onboardingPlan, with a lead's earlier assigned date winning as in
 * oneDueDate), counted as finished, overdue (any item overdue) or on track. Two statements: the
 * people with the path's steps they have completed, and open assignments of those steps.
 */
export function onboardingFigures(db: Db, content: ContentIndex, now = Date.now()) {
	const path = content.paths.find((p) => p.id === 'onboarding');
	const empty = { people: 0, onTrack: 0, overdue: 0, done: 0, behind: [] as Behind[] };
	if (!path || path.courses.length === 0) return empty;
	const today = dayIn(now);
	const steps = JSON.stringify(path.courses.map((c) => [c.kind, c.id]));
	// `k` is a step's position on the path; `done` lists the positions the person completed.
	const people = db.all<{ id: number; name: string; startedOn: string; done: string | null }>(sql`
		with steps as materialized (
			select key as k, value ->> 0 as type, value ->> 1 as id from json_each(${steps}))
		select u.id, u.name, u.started_on as startedOn,
			(select group_concat(s.k) from steps s
				join progress p on p.user_id = u.id and p.object_type = s.type and p.object_id = s.id
				where p.status = 'completed') as done
		from users u where u.status = 'active' and u.started_on is not null`);
	if (people.length === 0) return empty;
	const assigned = new Map<number, { type: string; itemId: string; dueDate: string }[]>();
	const open = db.all<{ userId: number; type: string; itemId: string; dueDate: string }>(sql`
		select a.user_id as userId, a.item_type as type, a.item_id as itemId, min(a.due_date) as dueDate
		from json_each(${steps}) j
		join assignments a on a.item_type = j.value ->> 0 and a.item_id = j.value ->> 1
		where a.status = 'open'
		group by a.user_id, a.item_type, a.item_id`);
	for (const a of open) assigned.set(a.userId, [...(assigned.get(a.userId) ?? []), a]);

	// People who started the same day and completed the same steps have the same plan: worked
	// out once (thousands of people share a few hundred start dates), unless a lead assigned a
	// step a date of its own.
	const shared = new Map<string, { late: number; done: boolean }>();
	const position = new Map(path.courses.map((c, i) => [`${c.kind}:${c.id}`, i]));
	const standing = (person: (typeof people)[number]) => {
		const mine = assigned.get(person.id);
		const key = `${person.startedOn}|${person.done ?? ''}`;
		const known = mine ? undefined : shared.get(key);
		if (known) return known;
		const completed = new Set((person.done ?? '').split(',').filter(Boolean).map(Number));
		const plan = onboardingPlan(
			path,
			person.startedOn,
			(step) => completed.has(position.get(`${step.kind}:${step.id}`)!),
			today
		);
		const dates = (mine ?? []).map((a) => ({ ...a, overdue: a.dueDate < today }));
		const items = oneDueDate(plan, dates, today).plan;
		const result = {
			late: items.filter((i) => i.status === 'overdue').length,
			done: items.every((i) => i.status === 'done')
		};
		if (!mine) shared.set(key, result);
		return result;
	};

	let onTrack = 0;
	let done = 0;
	const overdue: Behind[] = [];
	for (const person of people) {
		const { late, done: finished } = standing(person);
		if (late) overdue.push({ id: person.id, name: person.name, items: late });
		else if (finished) done++;
		else onTrack++;
	}
	overdue.sort((a, b) => b.items - a.items || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	return {
		people: people.length,
		onTrack,
		overdue: overdue.length,
		done,
		behind: overdue.slice(0, BEHIND_SHOWN)
	};
}

/**
 * Per course, how many of the people it is for have completed it (every lesson read) and how
 * many hold its certificate (its assessment, the quiz named like the course, passed too: the
 * rule of growth/record.ts completions). Agents' courses count agents, leads' courses leads.
 * One statement, read person by person along the progress key, never a scan of all progress.
 */
export function courseFigures(db: Db, content: ContentIndex, enabled: Record<Role, number>) {
	const rows = db.all<{ course: string; role: Role; done: number; certified: number }>(sql`
		select p.object_id as course, u.role as role, count(*) as done,
			sum(exists (select 1 from progress q where q.user_id = u.id and q.object_type = 'quiz'
				and q.object_id = p.object_id and q.status = 'completed')) as certified
		from users u
		cross join progress p on p.user_id = u.id and p.object_type = 'course' and p.status = 'completed'
		where u.status = 'active' and u.role in ('learner', 'lead')
		group by p.object_id, u.role`);
	const locale = requestLocale();
	return content.courses.map((c) => {
		const role: Role = c.audience === 'lead' ? 'lead' : 'learner';
		const row = rows.find((r) => r.course === c.slug && r.role === role);
		return {
			slug: c.slug,
			title: courseIn(c, locale).title,
			role,
			done: row?.done ?? 0,
			certified: row?.certified ?? 0,
			of: enabled[role]
		};
	});
}

/** Everything the admin home shows about the organisation. */
export async function adminOverview(db: Db, content: ContentIndex, now = Date.now()) {
	const people = await peopleFigures(db, now);
	return {
		people,
		active: activeThisWeek(db, now)!,
		onboarding: onboardingFigures(db, content, now),
		courses: courseFigures(db, content, people.enabled)
	};
}
