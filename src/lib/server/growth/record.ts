import { and, desc, eq, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import type { Db } from '../db';
import { prepared } from '../db/statements';
import { progressOf } from '../record/lessons';
import { competencyEvidence, roleplayRuns, statements } from '../db/schema';
import { levelOf, type Evidence } from './competency';
import { t } from '$lib/i18n';
import { competenciesIn, competencyName, courseIn, lessonIn, pathIn } from '../content/localize';
import { requestLocale } from '../i18n/locale';
import { scenarioIn } from '../roleplay/editions';
import { localizeQuiz } from '../quiz/translations';

const WEEK = 7 * 86_400_000;
export const TREND_WEEKS = 12;
export const TIMELINE_LIMIT = 100;

export const TIMELINE_KINDS = [
	'lesson',
	'course',
	'quiz',
	'roleplay',
	'observed',
	'coaching',
	'review'
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/**
 * Who is looking at a record: the person themself sees everything, including practice runs they
 * have not shared; a coach (their lead, an admin) sees nothing of those.
 */
export type Audience = 'self' | 'coach';

const evidenceColumns = {
	competency: competencyEvidence.competency,
	kind: competencyEvidence.kind,
	score: competencyEvidence.score,
	at: competencyEvidence.at
};
/** Everything, for the person themself. */
const allEvidence = prepared((db) =>
	db
		.select(evidenceColumns)
		.from(competencyEvidence)
		.where(eq(competencyEvidence.userId, sql.placeholder('user')))
		.prepare()
);
/** What a coach may see: nothing from practice the person has not shared. */
const sharedEvidence = prepared((db) =>
	db
		.select(evidenceColumns)
		.from(competencyEvidence)
		.where(
			and(
				eq(competencyEvidence.userId, sql.placeholder('user')),
				eq(competencyEvidence.private, false)
			)
		)
		.prepare()
);

/** All of one person's competency evidence, by competency (read from one covering index). */
export async function evidenceOf(
	db: Db,
	userId: number,
	audience: Audience
): Promise<Map<string, Evidence[]>> {
	const rows = await (audience === 'coach' ? sharedEvidence : allEvidence)(db).all({
		user: userId
	});
	const by = new Map<string, Evidence[]>();
	for (const r of rows) {
		const list = by.get(r.competency);
		if (list) list.push(r);
		else by.set(r.competency, [r]);
	}
	return by;
}

/** Each competency's level now and at the end of each of the last weeks (oldest first). */
export function competencyLevels(
	content: ContentIndex,
	evidence: Map<string, Evidence[]>,
	now: number
) {
	return competenciesIn(content).map((c) => {
		const mine = evidence.get(c.id) ?? [];
		const current = levelOf(mine, now);
		const trend = Array.from({ length: TREND_WEEKS }, (_, i) => {
			const at = now - (TREND_WEEKS - 1 - i) * WEEK;
			return levelOf(
				mine.filter((e) => e.at <= at),
				at
			).score;
		});
		return {
			id: c.id,
			name: c.name,
			description: c.levels[current.level],
			...current,
			trend
		};
	});
}

/** The statements' object type behind each kind of timeline event. */
const OBJECT_TYPE: Record<TimelineKind, string> = {
	lesson: 'lesson',
	course: 'course',
	quiz: 'quiz',
	roleplay: 'scenario',
	observed: 'scenario',
	coaching: 'competency',
	review: 'interaction'
};

/** What a statement was about, as the timeline groups it. */
function kindOf(s: { verb: string; objectType: string; context: unknown }): TimelineKind | null {
	if (s.objectType === 'lesson' && s.verb === 'completed') return 'lesson';
	if (s.objectType === 'course' && s.verb === 'completed') return 'course';
	if (s.objectType === 'quiz' && (s.verb === 'passed' || s.verb === 'failed')) return 'quiz';
	if (s.objectType === 'scenario' && (s.verb === 'passed' || s.verb === 'failed'))
		return (s.context as { mode?: string } | null)?.mode === 'observed' ? 'observed' : 'roleplay';
	if (s.objectType === 'competency' && s.verb === 'confirmed') return 'coaching';
	if (s.objectType === 'interaction' && s.verb === 'scored') return 'review';
	return null;
}

/** The timeline's statement, for one audience and kind filter: built and prepared once. */
function buildTimeline(db: Db, audience: Audience, kind: TimelineKind | null) {
	return (
		db
			.select({
				id: statements.id,
				verb: statements.verb,
				objectType: statements.objectType,
				objectId: statements.objectId,
				scoreScaled: statements.scoreScaled,
				success: statements.success,
				context: statements.context,
				timestamp: statements.timestamp,
				// A practice run's events are private until its owner shares the run.
				private: sql<number>`${roleplayRuns.id} is not null and ${roleplayRuns.sharedAt} is null`
			})
			.from(statements)
			.leftJoin(roleplayRuns, eq(roleplayRuns.id, statements.registration))
			.where(
				and(
					eq(statements.actorId, sql.placeholder('user')),
					audience === 'coach'
						? or(isNull(roleplayRuns.id), isNotNull(roleplayRuns.sharedAt))
						: undefined,
					inArray(statements.verb, ['completed', 'passed', 'failed', 'confirmed', 'scored']),
					kind ? eq(statements.objectType, OBJECT_TYPE[kind]) : undefined,
					kind === 'observed'
						? sql`json_extract(${statements.context}, '$.mode') = 'observed'`
						: undefined,
					kind === 'roleplay'
						? sql`coalesce(json_extract(${statements.context}, '$.mode'), '') <> 'observed'`
						: undefined
				)
			)
			.orderBy(desc(statements.timestamp))
			// Rows the timeline skips (a scenario's `completed` beside its `passed`) are few: a small
			// margin over the limit is enough.
			.limit(sql.placeholder('limit'))
			.prepare()
	);
}
const timelineQueries = new Map<string, (db: Db) => ReturnType<typeof buildTimeline>>();
function timelineQuery(audience: Audience, kind: TimelineKind | null) {
	const key = `${audience}:${kind ?? ''}`;
	let query = timelineQueries.get(key);
	if (!query) {
		query = prepared((db) => buildTimeline(db, audience, kind));
		timelineQueries.set(key, query);
	}
	return query;
}

/**
 * The newest learning events (newest first): lessons and courses completed, quizzes and
 * role-plays passed or failed, observed practice, a lead's confirmations and quality reviews.
 * Read through the statements' (actor, timestamp) index, never a scan of the table.
 */
export async function timelineOf(
	db: Db,
	content: ContentIndex,
	userId: number,
	kind: TimelineKind | null,
	audience: Audience,
	limit = TIMELINE_LIMIT
) {
	const rows = await (
		await timelineQuery(audience, kind)
	)(db).all({ user: userId, limit: limit * 3 });
	const title = (type: string, id: string) =>
		(type === 'lesson'
			? content.lesson(id) && lessonIn(content.lesson(id)!, requestLocale()).title
			: type === 'course'
				? content.course(id) && courseIn(content.course(id)!, requestLocale()).title
				: type === 'quiz'
					? content.quiz(id) && localizeQuiz(content.quiz(id)!, requestLocale()).quiz.title
					: type === 'scenario'
						? content.scenario(id) && scenarioIn(content.scenario(id)!, requestLocale()).title
						: competencyName(content, id)) ?? id;
	const out = [];
	for (const r of rows) {
		const k = kindOf(r);
		if (!k || (kind && k !== kind)) continue;
		out.push({
			id: r.id,
			kind: k,
			title:
				r.objectType === 'interaction'
					? t('review_title', {
							reference: (r.context as { reference?: string } | null)?.reference ?? ''
						})
					: title(r.objectType, r.objectId),
			href:
				r.objectType === 'lesson' || r.objectType === 'course'
					? `/learn/${r.objectId}`
					: r.objectType === 'quiz'
						? `/quiz/${r.objectId}`
						: r.objectType === 'scenario'
							? `/practice/${r.objectId}`
							: r.objectType === 'interaction'
								? `/reviews/${r.objectId.replace(/^review:/, '')}`
								: null,
			score: r.scoreScaled === null ? null : Math.round(r.scoreScaled * 100),
			success: r.success,
			private: Boolean(r.private),
			rescored: Boolean((r.context as { rescored?: unknown } | null)?.rescored),
			at: r.timestamp
		});
		if (out.length >= limit) break;
	}
	return out;
}

/**
 * Courses completed (every lesson read, with the date), whether each is certified (its
 * assessment passed too: the certificate needs both, dated when the later happened), and
 * learning paths whose every course is complete.
 */
export async function completions(
	db: Db,
	content: ContentIndex,
	userId: number,
	known?: Awaited<ReturnType<typeof progressOf>>
) {
	const progress = known ?? (await progressOf(db, userId));
	const rows = [...progress.values()]
		.filter((r) => r.status === 'completed' && ['course', 'quiz', 'lesson'].includes(r.objectType))
		.map((r) => ({ type: r.objectType, id: r.objectId, at: r.completedAt }));
	const done = new Map(rows.filter((r) => r.type === 'course').map((r) => [r.id, r.at ?? 0]));
	// A course's assessment is the quiz whose id is the course's slug.
	const assessed = new Map(rows.filter((r) => r.type === 'quiz').map((r) => [r.id, r.at ?? 0]));
	const courses = content.courses
		.filter((c) => done.has(c.slug))
		.map((c) => ({
			slug: c.slug,
			title: courseIn(c, requestLocale()).title,
			at: done.get(c.slug)!,
			certified: assessed.has(c.slug),
			certifiedAt: assessed.has(c.slug) ? Math.max(done.get(c.slug)!, assessed.get(c.slug)!) : null
		}));
	// A path is complete when each step is: a course read and assessed, or a single lesson read.
	const lessonsDone = new Map(
		rows.filter((r) => r.type === 'lesson').map((r) => [r.id, r.at ?? 0])
	);
	const stepDone = (step: { kind: 'course' | 'lesson'; id: string }) =>
		step.kind === 'lesson'
			? lessonsDone.get(step.id)
			: (courses.find((c) => c.slug === step.id)?.certifiedAt ?? undefined);
	const paths = content.paths
		.filter((p) => p.courses.every((c) => stepDone(c) !== undefined))
		.map((p) => ({
			id: p.id,
			title: pathIn(p, requestLocale()).title,
			at: Math.max(...p.courses.map((c) => stepDone(c)!))
		}));
	return { courses, paths };
}

/** The strongest competencies, and the weakest with the lessons and scenarios that build them. */
export function focus(
	content: ContentIndex,
	levels: ReturnType<typeof competencyLevels>,
	completedLessons: Set<string>,
	role: 'learner' | 'lead' | 'admin'
) {
	const leadOnly = new Set(['coaching']);
	const relevant = levels.filter((l) => role !== 'learner' || !leadOnly.has(l.id));
	const strengths = [...relevant]
		.filter((l) => l.level >= 2)
		.sort((a, b) => b.score - a.score)
		.slice(0, 3)
		.map((l) => ({ id: l.id, name: l.name, level: l.level }));
	const next = [...relevant]
		.sort((a, b) => a.score - b.score || a.name.localeCompare(b.name))
		.slice(0, 3)
		.map((l) => ({
			id: l.id,
			name: l.name,
			level: l.level,
			lessons: content.courses
				.flatMap((c) => c.lessons)
				.filter((lesson) => lesson.competencies.includes(l.id) && !completedLessons.has(lesson.id))
				.slice(0, 3)
				.map((lesson) => ({
					href: `/learn/${lesson.id}`,
					title: lessonIn(lesson, requestLocale()).title
				})),
			scenarios: content.scenarios
				.filter(
					(s) => s.competencies.includes(l.id) && (s.audience === 'agent' || role !== 'learner')
				)
				.slice(0, 2)
				.map((s) => ({ href: `/practice/${s.id}`, title: scenarioIn(s, requestLocale()).title }))
		}));
	return { strengths, next };
}

/** Lessons the person has completed (for "next focus", which suggests only unread ones). */
export async function completedLessonsOf(
	db: Db,
	userId: number,
	known?: Awaited<ReturnType<typeof progressOf>>
) {
	const progress = known ?? (await progressOf(db, userId));
	return new Set(
		[...progress.values()]
			.filter((r) => r.objectType === 'lesson' && r.status === 'completed')
			.map((r) => r.objectId)
	);
}
