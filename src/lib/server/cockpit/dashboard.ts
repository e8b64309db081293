import { and, desc, eq, gte, isNotNull, sql, type SQLWrapper } from 'drizzle-orm';
import type { Db } from '../db';
import { prepared } from '../db/statements';
import type { ContentIndex } from '../content';
import {
	assignments,
	competencyEvidence,
	observedPractice,
	progress,
	quizAttempts,
	reviews,
	roleplayRuns,
	teamMembers,
	users
} from '../db/schema';
import { listTeams } from '../org/teams';
import {
	combine,
	levelFrom,
	recencyWeight,
	type EvidenceKind,
	type Tallies
} from '../growth/competency';
import { dayIn } from '$lib/format';
import type { Viewer } from './access';
import { competenciesIn, competencyName, courseIn, lessonIn } from '../content/localize';
import { requestLocale } from '../i18n/locale';
import { scenarioIn } from '../roleplay/editions';
import type { Scenario } from '../roleplay/types';

const DAY = 86_400_000;
export const INACTIVE_DAYS = 14;

/**
 * Quiet: nothing done for INACTIVE_DAYS, by someone who has been here that long. `start` is when
 * they started (their start date, else when their account was made); activity before it (a
 * history brought in, the demo's) shows they were here earlier. Someone who started three days
 * ago and has not begun is new, not quiet; someone whose start date is ahead has not started.
 */
export function isQuiet(last: number | null, start: number, now: number) {
	const limit = INACTIVE_DAYS * DAY;
	const since = last === null ? start : Math.min(start, last);
	return (last === null || now - last > limit) && now - since > limit;
}

/** Recent means the last 30 days for flags, failed reviews and role-play results. */
const RECENT_DAYS = 30;
/** A competency is low when its scored evidence (quizzes, role-plays, reviews) averages below this. */
export const LOW_MEAN = 0.6;
const SCORED = ['quiz', 'roleplay', 'observed', 'review'] as const;

/**
 * The teams a viewer may look at on /team (those they lead; an admin, every team) and the ones
 * selected: the one asked for, else all of a lead's teams, else an admin's first team (an
 * organisation-wide dashboard of thousands is a report, not a dashboard).
 */
export async function dashboardTeams(db: Db, viewer: Viewer, wanted: number | null) {
	const teams = await listTeams(db, viewer.role === 'admin' ? undefined : viewer.id);
	const chosen = wanted === null ? null : teams.find((t) => t.id === wanted);
	const selected = chosen ? [chosen] : viewer.role === 'admin' ? teams.slice(0, 1) : teams;
	return { teams, selected, unknown: wanted !== null && !chosen };
}

/** `column` is one of the ids in the JSON array bound to `:name`: one statement for any list. */
const oneOf = (column: SQLWrapper, name = 'ids') =>
	sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;

const membersQuery = prepared((db) =>
	db
		.selectDistinct({
			id: users.id,
			name: users.name,
			startedOn: users.startedOn,
			createdAt: users.createdAt
		})
		.from(teamMembers)
		.innerJoin(users, eq(users.id, teamMembers.userId))
		.where(and(oneOf(teamMembers.teamId, 'teams'), eq(users.status, 'active')))
		.orderBy(users.name)
		.prepare()
);

const assignmentCounts = prepared((db) =>
	db
		.select({
			userId: assignments.userId,
			open: sql<number>`sum(${assignments.status} = 'open')`,
			done: sql<number>`sum(${assignments.status} = 'done')`,
			overdue: sql<number>`sum(${assignments.status} = 'open' and ${assignments.dueDate} < ${sql.placeholder('today')})`
		})
		.from(assignments)
		.where(oneOf(assignments.userId))
		.groupBy(assignments.userId)
		.prepare()
);

/**
 * The newest learning event of each person: their statements read newest first along the
 * (actor, timestamp) index, stopping at the first that counts. What a lead did about the agent
 * (a review, a confirmation) is not the agent's activity; practice the agent has not shared is
 * not the lead's to see, not even its time.
 */
const lastActiveQuery = prepared((db) =>
	db.$client.prepare<{ ids: string }, { userId: number; at: number | null }>(
		`select j.value as userId,
			(select s.timestamp from statements s
				where s.actor_id = j.value and s.verb not in ('scored', 'confirmed')
					and not exists (select 1 from roleplay_runs r where r.id = s.registration and r.shared_at is null)
				order by s.timestamp desc limit 1) as at
		from json_each(:ids) j`
	)
);

/**
 * Shared evidence summed per person, competency and kind, read from the projection the database
 * keeps as evidence is written (competency_tallies, migration 0011): one row per person,
 * competency and kind. Rows come as arrays (the heat map reads a few hundred of them); `t0` is the
 * row's own time, from which its weights are brought to `now` (recencyWeight).
 */
const evidenceTallies = prepared((db) =>
	db.$client.prepare<
		{ ids: string },
		[
			userId: number,
			competency: string,
			kind: EvidenceKind,
			n: number,
			w: number,
			ws: number,
			t0: number
		]
	>(
		`select t.user_id, t.competency, t.kind, t.n, t.w, t.ws, t.t0
		from json_each(:ids) j
		join competency_tallies t on t.user_id = j.value and t.private = 0`
	)
);

const coursesCompleted = prepared((db) =>
	db
		.select({ course: progress.objectId, n: sql<number>`count(*)` })
		.from(progress)
		.where(
			and(
				oneOf(progress.userId),
				eq(progress.objectType, 'course'),
				eq(progress.status, 'completed')
			)
		)
		.groupBy(progress.objectId)
		.prepare()
);

/** The team's newest shared role-play runs. */
const sharedRuns = prepared((db) =>
	db
		.select({
			id: roleplayRuns.id,
			userId: roleplayRuns.userId,
			scenarioId: roleplayRuns.scenarioId,
			score: roleplayRuns.score,
			passed: roleplayRuns.passed,
			at: roleplayRuns.sharedAt
		})
		.from(roleplayRuns)
		.where(
			and(
				oneOf(roleplayRuns.userId),
				isNotNull(roleplayRuns.sharedAt),
				eq(roleplayRuns.status, 'finished')
			)
		)
		.orderBy(desc(roleplayRuns.sharedAt))
		.limit(10)
		.prepare()
);

/** The team's newest observed practice. */
const observedRuns = prepared((db) =>
	db
		.select({
			id: observedPractice.id,
			userId: observedPractice.agentId,
			scenarioId: observedPractice.scenarioId,
			score: observedPractice.score,
			passed: observedPractice.passed,
			at: observedPractice.createdAt
		})
		.from(observedPractice)
		.where(oneOf(observedPractice.agentId))
		.orderBy(desc(observedPractice.createdAt))
		.limit(10)
		.prepare()
);

/** The team's newest quiz attempts with answers marked "sure" that were wrong. */
const flaggedAttempts = prepared((db) =>
	db
		.select({
			id: quizAttempts.id,
			userId: quizAttempts.userId,
			quizId: quizAttempts.quizId,
			flagged: quizAttempts.flagged,
			at: quizAttempts.submittedAt
		})
		.from(quizAttempts)
		.where(
			and(
				oneOf(quizAttempts.userId),
				eq(quizAttempts.status, 'submitted'),
				gte(quizAttempts.submittedAt, sql.placeholder('since')),
				sql`json_array_length(coalesce(${quizAttempts.flagged}, '[]')) > 0`
			)
		)
		.orderBy(desc(quizAttempts.submittedAt))
		.limit(10)
		.prepare()
);

/** The team's reviews since a moment, newest first. */
const recentReviews = prepared((db) =>
	db
		.select({
			agentId: reviews.agentId,
			id: reviews.id,
			reference: reviews.reference,
			score: reviews.score,
			scorecardId: reviews.scorecardId,
			statementId: reviews.statementId
		})
		.from(reviews)
		.where(and(oneOf(reviews.agentId), gte(reviews.createdAt, sql.placeholder('since'))))
		.orderBy(desc(reviews.createdAt))
		.prepare()
);

/** The lowest-scored competency of one piece of work (a review's statement). */
const weakestOf = prepared((db) =>
	db
		.select({ competency: competencyEvidence.competency, score: competencyEvidence.score })
		.from(competencyEvidence)
		.where(
			and(
				eq(competencyEvidence.userId, sql.placeholder('agent')),
				eq(competencyEvidence.statementId, sql.placeholder('statement'))
			)
		)
		.orderBy(competencyEvidence.score)
		.limit(1)
		.prepare()
);

/**
 * The lessons the members have completed: a suggestion is a lesson not done yet, or a scenario
 * (and a scenario passed in private practice is not the lead's to know, so none count as done).
 */
const completedItems = prepared((db) =>
	db
		.select({ userId: progress.userId, type: progress.objectType, id: progress.objectId })
		.from(progress)
		.where(
			and(
				oneOf(progress.userId),
				eq(progress.objectType, 'lesson'),
				eq(progress.status, 'completed')
			)
		)
		.prepare()
);

/** What the members have been assigned and not done yet. */
const openItems = prepared((db) =>
	db
		.select({ userId: assignments.userId, type: assignments.itemType, id: assignments.itemId })
		.from(assignments)
		.where(and(oneOf(assignments.userId), eq(assignments.status, 'open')))
		.prepare()
);

/**
 * Everything on a lead's dashboard for the members of `teamIds`, from the projections (progress,
 * assignments, evidence) and a handful of indexed range reads: no scan of the record.
 */
/** When a member started: their start date (the day's first moment, UTC), else their account's. */
const startOf = (m: { startedOn: string | null; createdAt: number }) =>
	m.startedOn ? Date.parse(`${m.startedOn}T00:00:00Z`) || m.createdAt : m.createdAt;

export async function teamDashboard(
	db: Db,
	content: ContentIndex,
	teamIds: number[],
	now = Date.now()
) {
	const today = dayIn(now);
	const members = teamIds.length
		? await membersQuery(db).all({ teams: JSON.stringify(teamIds) })
		: [];
	const ids = members.map((m) => m.id);
	const list = JSON.stringify(ids);
	// Every query below reads the members' rows only; with no members there is nothing to read.
	const each = async <T>(read: () => T[] | Promise<T[]>): Promise<T[]> =>
		ids.length ? await read() : [];

	const counts = new Map(
		(await each(() => assignmentCounts(db).all({ ids: list, today }))).map((r) => [r.userId, r])
	);
	// The newest learning event per person, read along the (actor, timestamp) index.
	const lastActive = new Map(
		(await each(() => lastActiveQuery(db).all({ ids: list })))
			.filter((r) => r.at !== null)
			.map((r) => [r.userId, r.at!])
	);
	const evidence = new Map<number, Map<string, Tallies>>();
	const tallyRows = await each(() => evidenceTallies(db).raw(true).all({ ids: list }));
	for (const [userId, competency, kind, n, w, ws, t0] of tallyRows) {
		const decay = recencyWeight(t0, now);
		const mine = evidence.get(userId) ?? new Map<string, Tallies>();
		const tallies = mine.get(competency) ?? {};
		tallies[kind] = { n, weight: w * decay, weighted: ws * decay };
		mine.set(competency, tallies);
		evidence.set(userId, mine);
	}
	const completedCourses = await each(() => coursesCompleted(db).all({ ids: list }));

	const competencies = competenciesIn(content);
	const rows = members.map((m) => {
		const c = counts.get(m.id);
		const last = lastActive.get(m.id) ?? null;
		const mine = evidence.get(m.id) ?? new Map();
		return {
			id: m.id,
			name: m.name,
			open: c?.open ?? 0,
			done: c?.done ?? 0,
			overdue: c?.overdue ?? 0,
			lastActive: last === null ? null : dayIn(last),
			inactive: isQuiet(last, startOf(m), now),
			levels: competencies.map((comp) => levelFrom(mine.get(comp.id) ?? {}).level)
		};
	});

	const since = now - RECENT_DAYS * DAY;
	const recentRuns = [
		...(await each(() => sharedRuns(db).all({ ids: list }))).map((r) => ({
			...r,
			kind: 'shared' as const,
			link: `/practice/runs/${r.id}`
		})),
		...(await each(() => observedRuns(db).all({ ids: list }))).map((r) => ({
			...r,
			kind: 'observed' as const,
			link: `/team/people/${r.userId}#observed`
		}))
	]
		.sort((a, b) => (b.at ?? 0) - (a.at ?? 0))
		.slice(0, 10);

	const name = new Map(members.map((m) => [m.id, m.name]));
	const flagged = (await each(() => flaggedAttempts(db).all({ ids: list, since }))).map((a) => {
		const quiz = content.quiz(a.quizId);
		return {
			id: a.id,
			person: name.get(a.userId) ?? '',
			userId: a.userId,
			quiz: quiz?.title ?? a.quizId,
			at: a.at ? dayIn(a.at) : '',
			questions: (a.flagged ?? []).map(
				(q) => quiz?.questions.find((question) => question.id === q)?.prompt ?? q
			)
		};
	});

	// The newest failed review of each member in the last 30 days, with its weakest competency.
	const reviewFailed = new Map<number, { id: number; reference: string; competency: string }>();
	for (const r of await each(() => recentReviews(db).all({ ids: list, since }))) {
		const card = content.scorecard(r.scorecardId);
		if (reviewFailed.has(r.agentId) || !card || r.score >= card.passMark || !r.statementId)
			continue;
		const weakest = await weakestOf(db).get({ agent: r.agentId, statement: r.statementId });
		if (weakest)
			reviewFailed.set(r.agentId, {
				id: r.id,
				reference: r.reference,
				competency: weakest.competency
			});
	}

	return {
		members: rows,
		competencies: competencies.map((c) => ({ id: c.id, name: c.name })),
		courses: content.courses.map((c) => ({
			slug: c.slug,
			title: courseIn(c, requestLocale()).title,
			completed: completedCourses.find((r) => r.course === c.slug)?.n ?? 0,
			of: ids.length
		})),
		recentRuns: recentRuns.map((r) => ({
			...r,
			person: name.get(r.userId) ?? '',
			title: content.scenario(r.scenarioId)
				? scenarioIn(content.scenario(r.scenarioId)!, requestLocale()).title
				: r.scenarioId,
			score: r.score === null ? null : Math.round(r.score * 100),
			at: r.at ? dayIn(r.at) : ''
		})),
		flagged,
		inactive: rows
			.filter((r) => r.inactive)
			.map((r) => ({ id: r.id, name: r.name, lastActive: r.lastActive })),
		suggestions: await suggestions(content, members, evidence, reviewFailed, db)
	};
}

/**
 * One suggestion per member at most: after a failed review, practice for its weakest competency;
 * otherwise for a competency whose scored evidence averages below LOW_MEAN. The suggestion is the
 * first lesson on it they have not completed, else a scenario that practises it.
 */
async function suggestions(
	content: ContentIndex,
	members: { id: number; name: string }[],
	evidence: Map<number, Map<string, Tallies>>,
	reviewFailed: Map<number, { id: number; reference: string; competency: string }>,
	db: Db
) {
	type Reason = { key: 'suggest_review'; reference: string } | { key: 'suggest_low'; mean: number };
	// Who needs one, and on what: from what is already read, before reading anything more.
	const wanted: { member: (typeof members)[number]; competency: string; reason: Reason }[] = [];
	for (const member of members) {
		const failed = reviewFailed.get(member.id);
		if (failed) {
			wanted.push({
				member,
				competency: failed.competency,
				reason: { key: 'suggest_review', reference: failed.reference }
			});
			continue;
		}
		let lowest: { id: string; mean: number } | null = null;
		for (const [id, tallies] of evidence.get(member.id) ?? []) {
			const { mean, n } = combine(tallies, SCORED);
			if (n < 2) continue;
			if (mean < LOW_MEAN && (!lowest || mean < lowest.mean)) lowest = { id, mean };
		}
		if (lowest)
			wanted.push({
				member,
				competency: lowest.id,
				reason: { key: 'suggest_low', mean: Math.round(lowest.mean * 100) }
			});
	}
	if (wanted.length === 0) return [];

	const list = JSON.stringify(wanted.map((w) => w.member.id));
	const done = new Set(
		(await completedItems(db).all({ ids: list })).map((p) => `${p.userId}:${p.type}:${p.id}`)
	);
	const open = new Set(
		(await openItems(db).all({ ids: list })).map((a) => `${a.userId}:${a.type}:${a.id}`)
	);
	const lessons = content.courses.flatMap((c) => c.lessons);
	const out = [];
	for (const { member: m, competency, reason } of wanted) {
		const free = (type: string, id: string) =>
			!done.has(`${m.id}:${type}:${id}`) && !open.has(`${m.id}:${type}:${id}`);
		const lesson = lessons.find((l) => l.competencies.includes(competency) && free('lesson', l.id));
		const scenario = content.scenarios.find(
			(s) => s.audience === 'agent' && s.competencies.includes(competency) && free('scenario', s.id)
		);
		const locale = requestLocale();
		const asScenario = (s: Scenario) => ({
			type: 'scenario' as const,
			id: s.id,
			title: scenarioIn(s, locale).title
		});
		const item =
			reason.key === 'suggest_review' && scenario
				? asScenario(scenario)
				: lesson
					? { type: 'lesson' as const, id: lesson.id, title: lessonIn(lesson, locale).title }
					: scenario
						? asScenario(scenario)
						: null;
		if (!item) continue;
		out.push({
			userId: m.id,
			name: m.name,
			competency: competencyName(content, competency),
			reason,
			item: { ...item, value: `${item.type}:${item.id}` }
		});
		if (out.length >= 10) break;
	}
	return out;
}
