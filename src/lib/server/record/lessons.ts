import { and, eq, sql } from 'drizzle-orm';
import { unlessFull, write, type Db, exec, one } from '../db';
import { prepared } from '../db/statements';
import { competencyEvidence, progress, selfChecks } from '../db/schema';
import type { ContentIndex, Course, Lesson } from '../content';
import { DomainError } from '../errors';
import { appendStatement } from './statements';
import { completeAssignments } from '../cockpit/assignments';

/** A reading statement per person and lesson at most this often: reading is not writing. */
export const READ_STATEMENT_INTERVAL_MS = 60 * 60 * 1000;
export const SELF_CHECK_MAX = 4000;

type Row = typeof progress.$inferSelect;

async function row(
	db: Pick<Db, 'select'>,
	userId: number,
	objectType: 'lesson' | 'course',
	objectId: string
) {
	return await one(
		db
			.select()
			.from(progress)
			.where(
				and(
					eq(progress.userId, userId),
					eq(progress.objectType, objectType),
					eq(progress.objectId, objectId)
				)
			)
	);
}

/**
 * Records that a person opened a lesson. Within READ_STATEMENT_INTERVAL_MS of the last one this
 * only reads: no statement, no projection write.
 */
export async function openLesson(
	db: Db,
	userId: number,
	lesson: Lesson,
	now = Date.now(),
	/** The translation read ('zh-CN'), recorded on the statement; English otherwise. */
	language?: string
): Promise<boolean> {
	const last = await row(db, userId, 'lesson', lesson.id);
	if (last?.lastOpenedAt && now - last.lastOpenedAt < READ_STATEMENT_INTERVAL_MS) return false;
	return await write(db, async (tx) => {
		const current = await row(tx, userId, 'lesson', lesson.id);
		if (current?.lastOpenedAt && now - current.lastOpenedAt < READ_STATEMENT_INTERVAL_MS)
			return false;
		await appendStatement(tx, {
			actorId: userId,
			verb: 'experienced',
			objectType: 'lesson',
			objectId: lesson.id,
			...(language ? { context: { language } } : {}),
			contentVersion: lesson.version,
			timestamp: now
		});
		if (current)
			await exec(
				tx
					.update(progress)
					.set({ lastOpenedAt: now })
					.where(rowKey(userId, 'lesson', lesson.id))
			);
		else
			await exec(
				tx.insert(progress).values({
					userId,
					objectType: 'lesson',
					objectId: lesson.id,
					status: 'started',
					startedAt: now,
					lastOpenedAt: now
				})
			);
		return true;
	});
}

function rowKey(userId: number, objectType: 'lesson' | 'course', objectId: string) {
	return and(
		eq(progress.userId, userId),
		eq(progress.objectType, objectType),
		eq(progress.objectId, objectId)
	);
}

async function markCompleted(
	tx: Parameters<Parameters<typeof write>[1]>[0],
	userId: number,
	type: 'lesson' | 'course',
	id: string,
	existing: Row | undefined,
	now: number
) {
	if (existing)
		await exec(
			tx
				.update(progress)
				.set({ status: 'completed', completedAt: now })
				.where(rowKey(userId, type, id))
		);
	else
		await exec(
			tx.insert(progress).values({
				userId,
				objectType: type,
				objectId: id,
				status: 'completed',
				startedAt: now,
				completedAt: now
			})
		);
	await completeAssignments(tx, userId, type, id, now);
}

/**
 * Marks a lesson complete, and its course when this was the last lesson left, in one
 * transaction. Completing twice (a double submit, a replay) changes nothing the second time.
 */
export async function completeLesson(
	db: Db,
	userId: number,
	course: Course,
	lesson: Lesson,
	now = Date.now()
) {
	return await write(db, async (tx) => {
		const current = await row(tx, userId, 'lesson', lesson.id);
		if (current?.status === 'completed') return { changed: false, courseCompleted: false };
		const s = await appendStatement(tx, {
			actorId: userId,
			verb: 'completed',
			objectType: 'lesson',
			objectId: lesson.id,
			completion: true,
			contentVersion: lesson.version,
			context: { course: course.slug },
			timestamp: now
		});
		await markCompleted(tx, userId, 'lesson', lesson.id, current, now);
		// Reading a lesson is awareness: evidence for each competency it teaches.
		for (const competency of lesson.competencies)
			await exec(
				tx
					.insert(competencyEvidence)
					.values({ userId, competency, kind: 'lesson', score: 1, statementId: s.id, at: now })
			);

		const done = new Set(
			(
				await tx
					.select({ id: progress.objectId })
					.from(progress)
					.where(
						and(
							eq(progress.userId, userId),
							eq(progress.objectType, 'lesson'),
							eq(progress.status, 'completed')
						)
					)
			).map((r) => r.id)
		);
		const courseRow = await row(tx, userId, 'course', course.slug);
		const courseCompleted =
			course.lessons.every((l) => done.has(l.id)) && courseRow?.status !== 'completed';
		if (courseCompleted) {
			await appendStatement(tx, {
				actorId: userId,
				verb: 'completed',
				objectType: 'course',
				objectId: course.slug,
				completion: true,
				contentVersion: course.version,
				timestamp: now
			});
			await markCompleted(tx, userId, 'course', course.slug, courseRow, now);
		}
		return { changed: true, courseCompleted };
	});
}

/** Everything one person has on lessons and courses, keyed `type:id`. */
const progressRows = prepared((db) =>
	db
		.select()
		.from(progress)
		.where(eq(progress.userId, sql.placeholder('user')))
		.prepare()
);

/** Every progress row of a person, keyed "type:id" (lesson:…, course:…, quiz:…, scenario:…). */
export async function progressOf(db: Db, userId: number): Promise<Map<string, Row>> {
	const rows = await progressRows(db).all({ user: userId });
	return new Map(rows.map((r) => [`${r.objectType}:${r.objectId}`, r]));
}

/**
 * A person opens a lesson: their progress, after noting the visit (openLesson) when the last one
 * is more than READ_STATEMENT_INTERVAL_MS old. A repeat visit reads once and writes nothing; a
 * full storage loses the "viewed" statement, not the lesson.
 */
export async function visitLesson(
	db: Db,
	userId: number,
	lesson: Lesson,
	now = Date.now(),
	language?: string
) {
	const rows = await progressOf(db, userId);
	const last = rows.get(`lesson:${lesson.id}`)?.lastOpenedAt;
	if (last && now - last < READ_STATEMENT_INTERVAL_MS) return rows;
	return (await unlessFull(async () => await openLesson(db, userId, lesson, now, language)))
		? await progressOf(db, userId)
		: rows;
}

export function lessonStatus(
	p: Map<string, Row>,
	lessonId: string
): 'not-started' | 'started' | 'completed' {
	return p.get(`lesson:${lessonId}`)?.status ?? 'not-started';
}

export function courseProgress(p: Map<string, Row>, course: Course) {
	const done = course.lessons.filter((l) => lessonStatus(p, l.id) === 'completed').length;
	const total = course.lessons.length;
	return {
		done,
		total,
		percent: total ? Math.round((done / total) * 100) : 0,
		completedAt: p.get(`course:${course.slug}`)?.completedAt ?? null
	};
}

/** Saves (or replaces) a learner's private answer to one SelfCheck prompt of a lesson. */
export async function saveSelfCheck(
	db: Db,
	userId: number,
	lesson: Lesson,
	checkId: string,
	answer: string,
	now = Date.now()
): Promise<'saved' | 'cleared'> {
	if (!lesson.selfChecks.some((c) => c.id === checkId))
		throw new DomainError('selfcheck_unknown', 404);
	const text = answer.trim();
	if (text.length > SELF_CHECK_MAX)
		throw new DomainError('selfcheck_too_long', 422, { max: SELF_CHECK_MAX });
	return await write(db, async (tx) => {
		if (!text) {
			// An empty answer clears a saved one; with nothing saved there is nothing to do, and
			// the person is told so rather than "Saved".
			const { changes } = await exec(
				tx
					.delete(selfChecks)
					.where(
						and(
							eq(selfChecks.userId, userId),
							eq(selfChecks.lessonId, lesson.id),
							eq(selfChecks.checkId, checkId)
						)
					)
			);
			if (!changes) throw new DomainError('selfcheck_empty', 422);
			return 'cleared' as const;
		}
		await exec(
			tx
				.insert(selfChecks)
				.values({ userId, lessonId: lesson.id, checkId, answer: text, updatedAt: now })
				.onConflictDoUpdate({
					target: [selfChecks.userId, selfChecks.lessonId, selfChecks.checkId],
					set: { answer: text, updatedAt: now }
				})
		);
		return 'saved' as const;
	});
}

const selfCheckRows = prepared((db) =>
	db
		.select({ checkId: selfChecks.checkId, answer: selfChecks.answer })
		.from(selfChecks)
		.where(
			and(
				eq(selfChecks.userId, sql.placeholder('user')),
				eq(selfChecks.lessonId, sql.placeholder('lesson'))
			)
		)
		.prepare()
);

export async function selfChecksOf(
	db: Db,
	userId: number,
	lessonId: string
): Promise<Record<string, string>> {
	const rows = await selfCheckRows(db).all({ user: userId, lesson: lessonId });
	return Object.fromEntries(rows.map((r) => [r.checkId, r.answer]));
}

/** A lesson and its course by their URL slugs, or null. */
export function findLesson(index: ContentIndex, courseSlug: string, lessonSlug: string) {
	const course = index.course(courseSlug);
	const lesson = course?.lessons.find((l) => l.slug === lessonSlug);
	return course && lesson ? { course, lesson } : null;
}
