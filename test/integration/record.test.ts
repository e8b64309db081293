import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { write, type Db, exec } from '../../src/lib/server/db';
import { progress, selfChecks, statements } from '../../src/lib/server/db/schema';
import type { Course, Lesson } from '../../src/lib/server/content';
import {
	completeLesson,
	courseProgress,
	findLesson,
	lessonStatus,
	openLesson,
	progressOf,
	READ_STATEMENT_INTERVAL_MS,
	saveSelfCheck,
	SELF_CHECK_MAX,
	selfChecksOf
} from '../../src/lib/server/record/lessons';
import { appendStatement, statementsOf, VERBS } from '../../src/lib/server/record/statements';
import { addPerson, domainErrorOf, domainFailureOf, testDb } from './db';

// Hand-built content: explicit, and independent of edits to content/.
function lesson(courseSlug: string, slug: string, props: Partial<Lesson> = {}): Lesson {
	return {
		id: `${courseSlug}/${slug}`,
		courseSlug,
		slug,
		module: `/content/courses/01-${courseSlug}/01-${slug}.md`,
		title: `Lesson ${slug}`,
		summary: `Summary of ${slug}`,
		minutes: 5,
		competencies: [],
		sources: [],
		prerequisites: [],
		version: `v-${slug}-1`,
		text: `Text of ${slug}`,
		selfChecks: [],
		anchors: [],
		headings: [],
		file: `/tmp/${slug}.md`,
		hasQuiz: false,
		translations: {},
		...props
	};
}

function course(slug: string, lessonSlugs: string[]): Course {
	return {
		slug,
		title: `Course ${slug}`,
		summary: `Summary of ${slug}`,
		audience: 'everyone',
		competencies: [],
		order: 1,
		intro: [],
		version: `c-${slug}-1`,
		lessons: lessonSlugs.map((s) => lesson(slug, s)),
		translations: {}
	};
}

const T0 = Date.UTC(2025, 0, 6, 9, 0, 0);

let db: Db;
let learner: Awaited<ReturnType<typeof addPerson>>;
let basics: Course;
let intro: Lesson, middle: Lesson, last: Lesson;
beforeEach(async () => {
	db = testDb();
	learner = await addPerson(db);
	basics = course('basics', ['intro', 'middle', 'last']);
	[intro, middle, last] = basics.lessons;
});

/** Every row INSERTed, UPDATEd or DELETEd on the connection since it opened. */
const totalChanges = async () =>
	((await db.$client.prepare('select total_changes() as n').get()) as { n: number }).n;
const statementCount = async () => (await db.select().from(statements)).length;
const progressRow = async (userId: number, objectType: 'lesson' | 'course', objectId: string) =>
	(await progressOf(db, userId)).get(`${objectType}:${objectId}`);

describe('openLesson', () => {
	it('appends one experienced statement and a started progress row', async () => {
		expect(await openLesson(db, learner.id, intro, T0)).toBe(true);

		expect(await statementsOf(db, learner.id)).toMatchObject([
			{
				actorId: learner.id,
				verb: 'experienced',
				objectType: 'lesson',
				objectId: intro.id,
				contentVersion: intro.version,
				timestamp: T0
			}
		]);
		expect(await progressRow(learner.id, 'lesson', intro.id)).toEqual({
			userId: learner.id,
			objectType: 'lesson',
			objectId: intro.id,
			status: 'started',
			startedAt: T0,
			lastOpenedAt: T0,
			completedAt: null,
			bestScore: null,
			attempts: 0
		});
		expect(lessonStatus(await progressOf(db, learner.id), intro.id)).toBe('started');
	});

	it('writes nothing at all when opened again within the interval', async () => {
		await openLesson(db, learner.id, intro, T0);
		const changes = await totalChanges();
		const count = await statementCount();

		expect(await openLesson(db, learner.id, intro, T0 + 1)).toBe(false);
		expect(await openLesson(db, learner.id, intro, T0 + READ_STATEMENT_INTERVAL_MS - 1)).toBe(
			false
		);

		expect(await totalChanges()).toBe(changes);
		expect(await statementCount()).toBe(count);
		expect((await progressRow(learner.id, 'lesson', intro.id))?.lastOpenedAt).toBe(T0);
	});

	it('appends again once the interval has passed, and moves lastOpenedAt', async () => {
		await openLesson(db, learner.id, intro, T0);
		const later = T0 + READ_STATEMENT_INTERVAL_MS;

		expect(await openLesson(db, learner.id, intro, later)).toBe(true);

		expect((await statementsOf(db, learner.id)).map((s) => [s.verb, s.timestamp])).toEqual([
			['experienced', T0],
			['experienced', later]
		]);
		expect(await progressRow(learner.id, 'lesson', intro.id)).toMatchObject({
			status: 'started',
			startedAt: T0,
			lastOpenedAt: later
		});
	});

	it('throttles per person and per lesson', async () => {
		const other = await addPerson(db);
		await openLesson(db, learner.id, intro, T0);
		expect(await openLesson(db, learner.id, middle, T0 + 1)).toBe(true);
		expect(await openLesson(db, other.id, intro, T0 + 2)).toBe(true);
		expect(await statementCount()).toBe(3);
	});

	it('keeps a completed lesson completed when it is opened afterwards', async () => {
		await completeLesson(db, learner.id, basics, intro, T0);
		expect(await openLesson(db, learner.id, intro, T0 + 1)).toBe(true);
		expect(await progressRow(learner.id, 'lesson', intro.id)).toMatchObject({
			status: 'completed',
			completedAt: T0,
			lastOpenedAt: T0 + 1
		});
	});
});

describe('completeLesson', () => {
	it('appends a completed statement with the course as context and marks progress', async () => {
		await openLesson(db, learner.id, intro, T0);
		const result = await completeLesson(db, learner.id, basics, intro, T0 + 1000);

		expect(result).toEqual({ changed: true, courseCompleted: false });
		expect((await statementsOf(db, learner.id)).at(-1)).toMatchObject({
			verb: 'completed',
			objectType: 'lesson',
			objectId: intro.id,
			completion: true,
			context: { course: 'basics' },
			contentVersion: intro.version,
			timestamp: T0 + 1000
		});
		expect(await progressRow(learner.id, 'lesson', intro.id)).toMatchObject({
			status: 'completed',
			startedAt: T0,
			lastOpenedAt: T0,
			completedAt: T0 + 1000
		});
		expect(await progressRow(learner.id, 'course', basics.slug)).toBeUndefined();
	});

	it('changes nothing the second time (a double submit or a replay)', async () => {
		await completeLesson(db, learner.id, basics, intro, T0);
		const changes = await totalChanges();
		const count = await statementCount();

		expect(await completeLesson(db, learner.id, basics, intro, T0 + 5000)).toEqual({
			changed: false,
			courseCompleted: false
		});

		expect(await totalChanges()).toBe(changes);
		expect(await statementCount()).toBe(count);
		expect((await progressRow(learner.id, 'lesson', intro.id))?.completedAt).toBe(T0);
	});

	it('completes the course with the last remaining lesson, in the same transaction', async () => {
		await completeLesson(db, learner.id, basics, intro, T0);
		await completeLesson(db, learner.id, basics, middle, T0 + 1);
		const changes = await totalChanges();

		expect(await completeLesson(db, learner.id, basics, last, T0 + 2)).toEqual({
			changed: true,
			courseCompleted: true
		});

		// Lesson statement + lesson progress + course statement + course progress.
		expect((await totalChanges()) - changes).toBe(4);
		const course = (await statementsOf(db, learner.id)).filter((s) => s.objectType === 'course');
		expect(course).toMatchObject([
			{
				verb: 'completed',
				objectId: basics.slug,
				completion: true,
				contentVersion: basics.version,
				timestamp: T0 + 2
			}
		]);
		expect(await progressRow(learner.id, 'course', basics.slug)).toMatchObject({
			status: 'completed',
			startedAt: T0 + 2,
			completedAt: T0 + 2
		});
	});

	it('keeps nothing, not even the lesson, when the course step fails', async () => {
		await completeLesson(db, learner.id, basics, intro, T0);
		await completeLesson(db, learner.id, basics, middle, T0 + 1);
		db.$client.exec(`create temp trigger fail_course before insert on main.progress
			when new.object_type = 'course' begin select raise(abort, 'boom'); end`);
		const count = await statementCount();

		await expect(completeLesson(db, learner.id, basics, last, T0 + 2)).rejects.toThrow('boom');

		expect(await statementCount()).toBe(count);
		expect(lessonStatus(await progressOf(db, learner.id), last.id)).toBe('not-started');
		expect(await progressRow(learner.id, 'course', basics.slug)).toBeUndefined();
	});

	it('works out of order, and completes the course only once', async () => {
		expect((await completeLesson(db, learner.id, basics, last, T0)).courseCompleted).toBe(false);
		expect((await completeLesson(db, learner.id, basics, intro, T0 + 1)).courseCompleted).toBe(
			false
		);
		expect((await completeLesson(db, learner.id, basics, middle, T0 + 2)).courseCompleted).toBe(
			true
		);

		const record = (await statementsOf(db, learner.id)).map((s) => `${s.verb} ${s.objectId}`);
		expect(record).toEqual([
			'completed basics/last',
			'completed basics/intro',
			'completed basics/middle',
			'completed basics'
		]);
	});

	it('works for a lesson that was never opened', async () => {
		expect(await completeLesson(db, learner.id, basics, middle, T0)).toEqual({
			changed: true,
			courseCompleted: false
		});
		expect(await progressRow(learner.id, 'lesson', middle.id)).toEqual({
			userId: learner.id,
			objectType: 'lesson',
			objectId: middle.id,
			status: 'completed',
			startedAt: T0,
			lastOpenedAt: null,
			completedAt: T0,
			bestScore: null,
			attempts: 0
		});
		expect((await statementsOf(db, learner.id)).map((s) => s.verb)).toEqual(['completed']);
	});

	it('does not count lessons of other people or other courses towards the course', async () => {
		const other = await addPerson(db);
		const extra = course('extra', ['only']);
		await completeLesson(db, other.id, basics, intro, T0);
		await completeLesson(db, other.id, basics, middle, T0);
		await completeLesson(db, learner.id, extra, extra.lessons[0], T0);

		expect((await completeLesson(db, learner.id, basics, last, T0 + 1)).courseCompleted).toBe(
			false
		);
		expect(await progressRow(learner.id, 'course', basics.slug)).toBeUndefined();
		expect((await progressRow(learner.id, 'course', extra.slug))?.status).toBe('completed');
	});
});

describe('progress projections', () => {
	it('lessonStatus and courseProgress follow the record', async () => {
		const empty = await progressOf(db, learner.id);
		expect(lessonStatus(empty, intro.id)).toBe('not-started');
		expect(courseProgress(empty, basics)).toEqual({
			done: 0,
			total: 3,
			percent: 0,
			completedAt: null
		});

		await openLesson(db, learner.id, intro, T0);
		await completeLesson(db, learner.id, basics, middle, T0 + 1);
		let p = await progressOf(db, learner.id);
		expect([intro, middle, last].map((l) => lessonStatus(p, l.id))).toEqual([
			'started',
			'completed',
			'not-started'
		]);
		expect(courseProgress(p, basics)).toEqual({
			done: 1,
			total: 3,
			percent: 33,
			completedAt: null
		});

		await completeLesson(db, learner.id, basics, intro, T0 + 2);
		expect(courseProgress(await progressOf(db, learner.id), basics).percent).toBe(67);

		await completeLesson(db, learner.id, basics, last, T0 + 3);
		p = await progressOf(db, learner.id);
		expect(courseProgress(p, basics)).toEqual({
			done: 3,
			total: 3,
			percent: 100,
			completedAt: T0 + 3
		});
	});

	it('a course without lessons is at 0 percent, not NaN', async () => {
		expect(courseProgress(await progressOf(db, learner.id), course('empty', []))).toEqual({
			done: 0,
			total: 0,
			percent: 0,
			completedAt: null
		});
	});

	it('findLesson looks lessons up by course and lesson slug', () => {
		const index = {
			competencies: [],
			courses: [basics],
			paths: [],
			quizzes: [],
			scenarios: [],
			scenario: () => undefined,
			scenariosFor: () => [],
			scorecards: [],
			jobAids: [],
			jobAid: () => undefined,
			jobAidsFor: () => [],
			glossary: [],
			scorecard: () => undefined,
			quiz: () => undefined,
			course: (slug: string) => (slug === basics.slug ? basics : undefined),
			lesson: (id: string) => basics.lessons.find((l) => l.id === id)
		};
		expect(findLesson(index, 'basics', 'middle')).toEqual({ course: basics, lesson: middle });
		expect(findLesson(index, 'basics', 'nope')).toBeNull();
		expect(findLesson(index, 'nope', 'middle')).toBeNull();
	});
});

describe('the statements table', () => {
	it('keeps nothing when the transaction that appended fails', async () => {
		const changes = await statementCount();
		await expect(
			write(db, async (tx) => {
				await appendStatement(tx, {
					actorId: learner.id,
					verb: 'experienced',
					objectType: 'lesson',
					objectId: intro.id
				});
				throw new Error('boom');
			})
		).rejects.toThrow('boom');
		expect(await statementCount()).toBe(changes);
		expect(await statementsOf(db, learner.id)).toEqual([]);
	});

	it('keeps nothing when completeLesson fails after appending', async () => {
		db.$client.exec(`create temp trigger fail_progress before insert on main.progress
			begin select raise(abort, 'boom'); end`);
		await expect(completeLesson(db, learner.id, basics, intro, T0)).rejects.toThrow('boom');
		expect(await statementCount()).toBe(0);
		expect((await progressOf(db, learner.id)).size).toBe(0);
	});

	it('is append-only: UPDATE and DELETE are refused', async () => {
		await openLesson(db, learner.id, intro, T0);
		const [before] = await statementsOf(db, learner.id);

		expect(() => db.$client.prepare(`update statements set verb = 'completed'`).run()).toThrow(
			'statements are append-only'
		);
		expect(() =>
			db.$client
				.prepare('update statements set content_version = ? where id = ?')
				.run('x', before.id)
		).toThrow('statements are append-only');
		expect(() => db.$client.prepare('delete from statements').run()).toThrow(
			'statements are append-only'
		);
		await expect(exec(db.delete(statements).where(eq(statements.id, before.id)))).rejects.toThrow(
			'statements are append-only'
		);

		expect(await statementsOf(db, learner.id)).toEqual([before]);
	});

	it('keeps the content version a statement was written with after the lesson changes', async () => {
		await openLesson(db, learner.id, intro, T0);
		const edited: Lesson = { ...intro, version: 'v-intro-2' };
		await completeLesson(db, learner.id, basics, edited, T0 + 1);

		expect((await statementsOf(db, learner.id)).map((s) => [s.verb, s.contentVersion])).toEqual([
			['experienced', 'v-intro-1'],
			['completed', 'v-intro-2']
		]);
	});

	it('statementsOf returns only that actor, oldest first', async () => {
		const other = await addPerson(db);
		const add = async (actorId: number, objectId: string, timestamp: number) =>
			await write(
				db,
				async (tx) =>
					await appendStatement(tx, {
						actorId,
						verb: 'experienced',
						objectType: 'lesson',
						objectId,
						timestamp
					})
			);
		// Appended out of time order, interleaved with another person's.
		await add(learner.id, 'b', T0 + 20);
		await add(other.id, 'x', T0 + 15);
		await add(learner.id, 'a', T0 + 10);
		await add(learner.id, 'c', T0 + 30);
		await add(other.id, 'y', T0 + 5);

		expect((await statementsOf(db, learner.id)).map((s) => [s.objectId, s.timestamp])).toEqual([
			['a', T0 + 10],
			['b', T0 + 20],
			['c', T0 + 30]
		]);
		expect((await statementsOf(db, other.id)).map((s) => s.objectId)).toEqual(['y', 'x']);
		expect(await statementsOf(db, (await addPerson(db)).id)).toEqual([]);
	});

	it('records only verbs that have an xAPI IRI', async () => {
		await openLesson(db, learner.id, intro, T0);
		await completeLesson(db, learner.id, basics, intro, T0 + 1);
		for (const s of await statementsOf(db, learner.id)) expect(VERBS).toHaveProperty(s.verb);
	});
});

describe('self checks', () => {
	const withChecks = () =>
		lesson('basics', 'reflect', {
			selfChecks: [
				{ id: 'first', prompt: 'What did you notice?' },
				{ id: 'second', prompt: 'What will you try?' }
			]
		});
	const rows = async () => await db.select().from(selfChecks);

	it('saves a trimmed answer, and replaces it for the same check', async () => {
		const l = withChecks();
		expect(await saveSelfCheck(db, learner.id, l, 'first', '  I interrupted twice.  \n', T0)).toBe(
			'saved'
		);
		expect(await selfChecksOf(db, learner.id, l.id)).toEqual({ first: 'I interrupted twice.' });

		await saveSelfCheck(db, learner.id, l, 'first', 'Only once, in fact.', T0 + 1);
		await saveSelfCheck(db, learner.id, l, 'second', 'Summarise first.', T0 + 2);
		expect(await selfChecksOf(db, learner.id, l.id)).toEqual({
			first: 'Only once, in fact.',
			second: 'Summarise first.'
		});
		expect(await rows()).toHaveLength(2);
		expect((await rows()).find((r) => r.checkId === 'first')?.updatedAt).toBe(T0 + 1);
	});

	it.each(['', '   ', '\n\t '])('clears the answer when it is saved as %j', async (empty) => {
		const l = withChecks();
		await saveSelfCheck(db, learner.id, l, 'first', 'Something', T0);
		await saveSelfCheck(db, learner.id, l, 'second', 'Kept', T0);
		expect(await saveSelfCheck(db, learner.id, l, 'first', empty, T0 + 1)).toBe('cleared');
		expect(await selfChecksOf(db, learner.id, l.id)).toEqual({ second: 'Kept' });
		// An empty answer with nothing saved: refused with its own message, not "Saved".
		expect(
			await domainFailureOf(
				async () => await saveSelfCheck(db, learner.id, l, 'first', empty, T0 + 2)
			)
		).toEqual({ key: 'selfcheck_empty', status: 422 });
		expect(await rows()).toHaveLength(1);
	});

	it('refuses an unknown check id with a 404, writing nothing', async () => {
		const l = withChecks();
		expect(
			await domainFailureOf(async () => await saveSelfCheck(db, learner.id, l, 'third', 'x'))
		).toEqual({
			key: 'selfcheck_unknown',
			status: 404
		});
		// A check of another lesson is unknown here too.
		expect(
			await domainErrorOf(async () => await saveSelfCheck(db, learner.id, intro, 'first', 'x'))
		).toBe('selfcheck_unknown');
		expect(await rows()).toEqual([]);
	});

	it(`refuses more than SELF_CHECK_MAX characters after trimming`, async () => {
		const l = withChecks();
		expect(
			await domainErrorOf(
				async () => await saveSelfCheck(db, learner.id, l, 'first', 'x'.repeat(SELF_CHECK_MAX + 1))
			)
		).toBe('selfcheck_too_long');
		expect(await rows()).toEqual([]);

		await saveSelfCheck(db, learner.id, l, 'first', `  ${'x'.repeat(SELF_CHECK_MAX)}  `);
		expect((await selfChecksOf(db, learner.id, l.id)).first).toHaveLength(SELF_CHECK_MAX);
	});

	it('keeps answers private to each person', async () => {
		const l = withChecks();
		const other = await addPerson(db);
		await saveSelfCheck(db, learner.id, l, 'first', 'Mine', T0);

		expect(await selfChecksOf(db, other.id, l.id)).toEqual({});
		await saveSelfCheck(db, other.id, l, 'first', 'Theirs', T0 + 1);
		await saveSelfCheck(db, other.id, l, 'first', '', T0 + 2);

		expect(await selfChecksOf(db, learner.id, l.id)).toEqual({ first: 'Mine' });
		expect(await selfChecksOf(db, other.id, l.id)).toEqual({});
		expect(await selfChecksOf(db, learner.id, 'basics/other-lesson')).toEqual({});
	});
});

describe('progress rows', () => {
	it('are only ever written for the person acting', async () => {
		const other = await addPerson(db);
		await openLesson(db, learner.id, intro, T0);
		await completeLesson(db, learner.id, basics, middle, T0);
		expect(await db.select().from(progress).where(eq(progress.userId, other.id))).toEqual([]);
		expect((await progressOf(db, other.id)).size).toBe(0);
	});
});
