import type { Db } from '../db';
import { prepared } from '../db/statements';
import { addDays } from '../record/onboarding';
import { closedWeeks, fallingTwice, teamMood } from '../morale/pulse';

/**
 * What is waiting on a lead, for the top of /team: each thing with the person it concerns and a
 * link to where it is done. Read for the members of the teams on the dashboard only.
 */
export type Need =
	| { kind: 'dispute'; person: string; reference: string; link: string }
	| { kind: 'contested'; person: string; scenario: string; link: string }
	| { kind: 'unacknowledged'; person: string; reference: string; since: string; link: string }
	| { kind: 'session'; person: string; date: string; link: string }
	| { kind: 'follow-up'; person: string; date: string; link: string }
	| { kind: 'overdue'; person: string; count: number; link: string }
	| { kind: 'mood'; team: string; link: string };

/** A review the agent has not answered for this long is worth a word. */
const UNACKNOWLEDGED_DAYS = 3;
const DAY = 86_400_000;

type Row = { userId: number; name: string };

/** Disputed reviews, and reviews the agent has left unanswered since before `before`. */
const openReviews = prepared((db) =>
	db.$client.prepare<
		{ ids: string; before: number },
		Row & { id: number; reference: string; status: 'new' | 'disputed'; at: number }
	>(
		`select r.id, r.reference, r.status, r.created_at as at, u.id as userId, u.name
		from json_each(:ids) j join reviews r on r.agent_id = j.value join users u on u.id = r.agent_id
		where r.status = 'disputed' or (r.status = 'new' and r.created_at < :before)
		order by r.created_at`
	)
);

const contested = prepared((db) =>
	db.$client.prepare<{ ids: string }, Row & { runId: string; step: number; scenarioId: string }>(
		`select q.run_id as runId, q.step, q.scenario_id as scenarioId, u.id as userId, u.name
		from json_each(:ids) j join roleplay_runs r on r.user_id = j.value
			join reply_reviews q on q.run_id = r.id join users u on u.id = r.user_id
		where q.status = 'contested' and r.shared_at is not null order by q.contested_at`
	)
);

/** Each member's next one-to-one from `from` on, and their latest follow-up date. */
const sessions = prepared((db) =>
	db.$client.prepare<
		{ ids: string; from: string; until: string },
		Row & { id: number; date: string }
	>(
		`select s.id, s.scheduled_for as date, u.id as userId, u.name
		from json_each(:ids) j join coaching_sessions s on s.agent_id = j.value
			join users u on u.id = s.agent_id
		where s.scheduled_for between :from and :until order by s.scheduled_for`
	)
);

const followUps = prepared((db) =>
	db.$client.prepare<{ ids: string; today: string }, Row & { id: number; date: string }>(
		`select s.id, s.follow_up as date, u.id as userId, u.name
		from json_each(:ids) j join coaching_sessions s on s.agent_id = j.value
			join users u on u.id = s.agent_id
		where s.follow_up is not null and s.follow_up <= :today
			and not exists (select 1 from coaching_sessions later
				where later.agent_id = s.agent_id and later.scheduled_for > s.scheduled_for)
		order by s.follow_up`
	)
);

/**
 * Everything waiting on the lead of `members` (the dashboard's rows, with the overdue counts it
 * has already read) and `teams`.
 */
export async function needsYou(
	db: Db,
	members: { id: number; name: string; overdue: number }[],
	teams: { id: number; name: string }[],
	today: string,
	scenarioTitle: (id: string) => string,
	now = Date.now()
): Promise<Need[]> {
	if (!members.length) return [];
	const ids = JSON.stringify(members.map((m) => m.id));
	const out: Need[] = [];
	const reviews = await openReviews(db).all({ ids, before: now - UNACKNOWLEDGED_DAYS * DAY });
	for (const r of reviews)
		if (r.status === 'disputed')
			out.push({
				kind: 'dispute',
				person: r.name,
				reference: r.reference,
				link: `/reviews/${r.id}`
			});
	for (const r of await contested(db).all({ ids }))
		out.push({
			kind: 'contested',
			person: r.name,
			scenario: scenarioTitle(r.scenarioId),
			link: `/practice/runs/${r.runId}#reply-${r.step}`
		});
	for (const r of await sessions(db).all({ ids, from: today, until: addDays(today, 1) }))
		out.push({ kind: 'session', person: r.name, date: r.date, link: `/coaching/${r.id}` });
	for (const r of await followUps(db).all({ ids, today }))
		out.push({
			kind: 'follow-up',
			person: r.name,
			date: r.date,
			link: `/team/people/${r.userId}/session`
		});
	for (const m of [...members].sort((a, b) => b.overdue - a.overdue))
		if (m.overdue > 0)
			out.push({ kind: 'overdue', person: m.name, count: m.overdue, link: `/team/people/${m.id}` });
	for (const r of reviews.filter((r) => r.status === 'new'))
		out.push({
			kind: 'unacknowledged',
			person: r.name,
			reference: r.reference,
			since: new Date(r.at).toISOString().slice(0, 10),
			link: `/reviews/${r.id}`
		});
	// Two falling weeks among the closed ones (the week under way says nothing yet).
	const closed = closedWeeks(new Date(now), 4);
	for (const team of teams)
		if (fallingTwice(await teamMood(db, team.id, closed)))
			out.push({ kind: 'mood', team: team.name, link: `/our-team/${team.id}/mood` });
	return out;
}
