import { and, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { one, type Db } from '../../src/lib/server/db';
import {
	competencyEvidence,
	progress,
	quizAttempts,
	statements,
	type QuizAttempt
} from '../../src/lib/server/db/schema';
import { DomainError } from '../../src/lib/server/errors';
import { getAttempt, startAttempt, submitAttempt } from '../../src/lib/server/quiz/attempts';
import { token } from '../../src/lib/server/quiz/random';
import { attemptResults } from '../../src/lib/server/quiz/results';
import type { Option, Question, Quiz } from '../../src/lib/server/quiz/types';
import { statementsOf } from '../../src/lib/server/record/statements';
import { addPerson, counts, testDb } from './db';

// Hand-built quiz: explicit, and independent of edits to content/.
const base = {
	prompt: 'Prompt',
	explanation: 'Explanation',
	section: null,
	difficulty: 2 as const,
	lessonId: 'service/listening'
};
const opts = (...ids: string[]): Option[] =>
	ids.map((id) => ({ id, text: `Text ${id}`, feedback: `Feedback ${id}` }));

const QUESTIONS: Question[] = [
	{
		...base,
		id: 'q-single',
		type: 'single',
		competencies: ['listening'],
		section: 'why-it-matters',
		options: opts('a', 'b', 'c'),
		answer: 'b'
	},
	{
		...base,
		id: 'q-multi',
		type: 'multiple',
		competencies: ['listening', 'empathy'],
		options: opts('m1', 'm2', 'm3', 'm4'),
		answer: ['m1', 'm3']
	},
	{
		...base,
		id: 'q-tf',
		type: 'truefalse',
		competencies: ['empathy'],
		options: [
			{ id: 'true', text: 'True', feedback: 'Feedback true' },
			{ id: 'false', text: 'False', feedback: 'Feedback false' }
		],
		answer: 'true'
	},
	{
		...base,
		id: 'q-best',
		type: 'best-response',
		competencies: ['empathy', 'resolution'],
		customer: 'Nobody ever calls back!',
		options: opts('x', 'y', 'z'),
		answer: 'z'
	},
	{
		...base,
		id: 'q-order',
		type: 'ordering',
		competencies: ['resolution'],
		options: opts('s1', 's2', 's3'),
		answer: ['s1', 's2', 's3']
	},
	{
		...base,
		id: 'q-match',
		type: 'matching',
		competencies: ['listening'],
		pairs: ['p1', 'p2', 'p3'].map((id) => ({
			id,
			left: `Left ${id}`,
			right: `Right ${id}`,
			feedback: `Feedback ${id}`
		}))
	}
];

function makeQuiz(props: Partial<Quiz> = {}): Quiz {
	return {
		id: 'service/listening',
		kind: 'lesson',
		title: 'Listening quiz',
		courseSlug: 'service',
		version: 'v1',
		passMark: 0.8,
		draw: QUESTIONS.length,
		cooldownMinutes: 0,
		questions: QUESTIONS,
		attemptsPerDay: null,
		...props
	};
}

const RIGHT: Record<string, string[] | Record<string, string>> = {
	'q-single': ['b'],
	'q-multi': ['m1', 'm3'],
	'q-tf': ['true'],
	'q-best': ['z'],
	'q-order': ['s1', 's2', 's3'],
	'q-match': { p1: 'p1', p2: 'p2', p3: 'p3' }
};

/**
 * The form the page would send for `attempt`, in option ids turned into the attempt's tokens:
 * the right answer unless `given` says otherwise (`null` leaves a question unanswered).
 */
function formFor(
	attempt: QuizAttempt,
	quiz: Quiz,
	given: Record<string, string[] | Record<string, string> | null> = {},
	sure: Record<string, 'sure' | 'unsure'> = {}
) {
	const form = new FormData();
	const tok = (q: Question, id: string) => token(attempt.seed, q.id, id);
	for (const id of attempt.questionIds) {
		const q = quiz.questions.find((x) => x.id === id)!;
		const answer = id in given ? given[id] : RIGHT[id];
		if (answer === null) continue;
		if (q.type === 'matching') {
			for (const [left, right] of Object.entries(answer as Record<string, string>))
				form.append(`q.${q.id}.match.${tok(q, `L:${left}`)}`, tok(q, `R:${right}`));
		} else if (q.type === 'ordering') {
			(answer as string[]).forEach((optionId, i) =>
				form.append(`q.${q.id}.pos.${tok(q, optionId)}`, String(i + 1))
			);
		} else for (const optionId of answer as string[]) form.append(`q.${q.id}`, tok(q, optionId));
		if (sure[id]) form.append(`q.${q.id}.sure`, sure[id]);
	}
	return form;
}

/** Row counts of every table, the quiz ones included. */
async function allCounts(db: Db) {
	const n = async (
		table: typeof statements | typeof progress | typeof quizAttempts | typeof competencyEvidence
	) => (await one(db.select({ n: count() }).from(table)))!.n;
	return {
		...(await counts(db)),
		statements: await n(statements),
		progress: await n(progress),
		quizAttempts: await n(quizAttempts),
		competencyEvidence: await n(competencyEvidence)
	};
}

/** Runs `fn`, which must throw a DomainError, and returns it. */
async function domainError(fn: () => unknown): Promise<DomainError> {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return e;
		throw e;
	}
	throw new Error('expected a DomainError, but nothing was thrown');
}

const T0 = Date.UTC(2025, 2, 3, 9, 0, 0);
const MIN = 60_000;

let db: Db;
let learner: Awaited<ReturnType<typeof addPerson>>;
let quiz: Quiz;
beforeEach(async () => {
	db = testDb();
	learner = await addPerson(db);
	quiz = makeQuiz();
});

/** Every row INSERTed, UPDATEd or DELETEd on the connection since it opened. */
const totalChanges = async () =>
	((await db.$client.prepare('select total_changes() as n').get()) as { n: number }).n;
const readAttempt = async (id: string) =>
	(await one(db.select().from(quizAttempts).where(eq(quizAttempts.id, id))))!;
const quizProgress = async (userId = learner.id, quizId = quiz.id) =>
	await one(
		db
			.select()
			.from(progress)
			.where(
				and(
					eq(progress.userId, userId),
					eq(progress.objectType, 'quiz'),
					eq(progress.objectId, quizId)
				)
			)
	);

describe('startAttempt', () => {
	it('creates an open attempt with `draw` questions and a secret seed', async () => {
		const q4 = makeQuiz({ draw: 4 });
		const attempt = await startAttempt(db, learner.id, q4, T0);

		expect(attempt).toMatchObject({
			userId: learner.id,
			quizId: q4.id,
			quizVersion: 'v1',
			status: 'open',
			answers: null,
			score: null,
			passed: null,
			flagged: null,
			createdAt: T0,
			submittedAt: null
		});
		expect(attempt.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
		expect(attempt.questionIds).toHaveLength(4);
		expect(new Set(attempt.questionIds).size).toBe(4);
		for (const id of attempt.questionIds) expect(QUESTIONS.map((q) => q.id)).toContain(id);
		// 16 random bytes in base32: not guessable, and not the same for anyone else.
		expect(attempt.seed).toMatch(/^[a-z2-7]{26}$/);
		const other = await startAttempt(db, (await addPerson(db)).id, q4, T0);
		expect(other.seed).not.toBe(attempt.seed);
		expect(other.id).not.toBe(attempt.id);
		expect(await readAttempt(attempt.id)).toEqual(attempt);
	});

	it('returns the same open attempt when started again', async () => {
		const first = await startAttempt(db, learner.id, quiz, T0);
		const changes = await totalChanges();

		const again = await startAttempt(db, learner.id, quiz, T0 + 5 * MIN);

		expect(again).toEqual(first);
		expect(await totalChanges()).toBe(changes);
		expect((await allCounts(db)).quizAttempts).toBe(1);
	});

	it('refuses a new attempt within the cooldown, and allows it after', async () => {
		const cooled = makeQuiz({ cooldownMinutes: 30 });
		const first = await startAttempt(db, learner.id, cooled, T0);
		expect(
			(await submitAttempt(db, first, cooled, formFor(first, cooled), T0 + MIN)).recorded
		).toBe(true);
		const before = await allCounts(db);

		const e = await domainError(
			async () => await startAttempt(db, learner.id, cooled, T0 + 11 * MIN)
		);
		expect(e.key).toBe('quiz_cooldown');
		expect(e.status).toBe(409);
		expect(e.params).toEqual({ minutes: 20 });
		const late = await domainError(
			async () => await startAttempt(db, learner.id, cooled, T0 + 31 * MIN - 1)
		);
		expect(late.params).toEqual({ minutes: 1 });
		expect(await allCounts(db)).toEqual(before);

		const next = await startAttempt(db, learner.id, cooled, T0 + 31 * MIN);
		expect(next.id).not.toBe(first.id);
		expect(next.status).toBe('open');
		// Another person is not held back by this one's cooldown.
		expect((await startAttempt(db, (await addPerson(db)).id, cooled, T0 + 2 * MIN)).status).toBe(
			'open'
		);
	});

	it('starts a fresh attempt when the quiz version changed', async () => {
		const old = await startAttempt(db, learner.id, quiz, T0);
		const changed = makeQuiz({ version: 'v2' });

		const fresh = await startAttempt(db, learner.id, changed, T0 + MIN);

		expect(fresh.id).not.toBe(old.id);
		expect(fresh).toMatchObject({ quizVersion: 'v2', status: 'open' });
		expect((await startAttempt(db, learner.id, changed, T0 + 2 * MIN)).id).toBe(fresh.id);
		expect((await allCounts(db)).quizAttempts).toBe(2);
	});
});

describe('submitAttempt', () => {
	it('records a right attempt: attempt, statements, progress and evidence', async () => {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		const now = T0 + 3 * MIN;

		const result = await submitAttempt(
			db,
			attempt,
			quiz,
			formFor(attempt, quiz, {}, { 'q-single': 'sure', 'q-tf': 'unsure' }),
			now
		);

		expect(result).toEqual({ recorded: true, scaled: 1, passed: true });
		const stored = await readAttempt(attempt.id);
		expect(stored).toMatchObject({
			status: 'submitted',
			score: 1,
			passed: true,
			flagged: [],
			submittedAt: now
		});
		const answers = stored.answers as { questionId: string; score: number; sure: unknown }[];
		expect(answers.map((a) => a.questionId)).toEqual(attempt.questionIds);
		expect(answers.every((a) => a.score === 1)).toBe(true);
		expect(answers.find((a) => a.questionId === 'q-single')!.sure).toBe(true);
		expect(answers.find((a) => a.questionId === 'q-tf')!.sure).toBe(false);
		expect(answers.find((a) => a.questionId === 'q-best')!.sure).toBeNull();

		const all = await statementsOf(db, learner.id);
		const answered = all.filter((s) => s.verb === 'answered');
		expect(answered).toHaveLength(QUESTIONS.length);
		const interaction = {
			'q-single': 'choice',
			'q-multi': 'choice',
			'q-tf': 'true-false',
			'q-best': 'choice',
			'q-order': 'sequencing',
			'q-match': 'matching'
		};
		for (const q of QUESTIONS) {
			const s = answered.find((x) => x.objectId === `${quiz.id}#${q.id}`);
			expect(s, q.id).toMatchObject({
				actorId: learner.id,
				objectType: 'question',
				registration: attempt.id,
				scoreScaled: 1,
				success: true,
				contentVersion: 'v1',
				timestamp: now,
				context: {
					quiz: quiz.id,
					interactionType: interaction[q.id as keyof typeof interaction],
					competencies: q.competencies,
					flagged: false
				}
			});
		}
		const responses = Object.fromEntries(
			answered.map((s) => [s.objectId.split('#')[1], (s.result as { response: string }).response])
		);
		expect(responses['q-single']).toBe('b');
		expect(responses['q-multi'].split('[,]').sort()).toEqual(['m1', 'm3']);
		expect(responses['q-order']).toBe('s1[,]s2[,]s3');
		expect(responses['q-match'].split('[,]').sort()).toEqual(['p1[.]p1', 'p2[.]p2', 'p3[.]p3']);

		const verdict = all.filter((s) => s.objectType === 'quiz');
		expect(verdict).toHaveLength(1);
		expect(verdict[0]).toMatchObject({
			verb: 'passed',
			objectId: quiz.id,
			scoreScaled: 1,
			success: true,
			completion: true,
			durationMs: 3 * MIN,
			registration: attempt.id,
			context: { course: 'service' },
			contentVersion: 'v1',
			timestamp: now
		});
		expect(all).toHaveLength(QUESTIONS.length + 1);

		expect(await quizProgress()).toEqual({
			userId: learner.id,
			objectType: 'quiz',
			objectId: quiz.id,
			status: 'completed',
			startedAt: T0,
			lastOpenedAt: null,
			completedAt: now,
			bestScore: 1,
			attempts: 1
		});

		const evidence = await db.select().from(competencyEvidence);
		const expected = QUESTIONS.flatMap((q) =>
			q.competencies.map((competency) => ({
				userId: learner.id,
				competency,
				kind: 'quiz',
				score: 1,
				statementId: answered.find((s) => s.objectId === `${quiz.id}#${q.id}`)!.id,
				// Quiz evidence belongs to no practice run and is never private.
				runId: null,
				private: false,
				at: now
			}))
		);
		expect(evidence).toHaveLength(expected.length);
		expect(evidence.map(({ id: _id, ...row }) => row)).toEqual(expect.arrayContaining(expected));
	});

	it('grades partial credit and flags "sure" answers that were not right', async () => {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		const result = await submitAttempt(
			db,
			attempt,
			quiz,
			formFor(
				attempt,
				quiz,
				{
					'q-multi': ['m1'],
					'q-tf': ['false'],
					'q-order': ['s1', 's3', 's2'],
					'q-match': { p1: 'p1', p2: 'p3', p3: 'p2' }
				},
				{ 'q-multi': 'sure', 'q-tf': 'unsure', 'q-single': 'sure', 'q-order': 'sure' }
			),
			T0 + MIN
		);

		// (1 + 1/2 + 0 + 1 + 1/3 + 1/3) / 6
		expect(result).toEqual({ recorded: true, scaled: 0.5278, passed: false });
		const stored = await readAttempt(attempt.id);
		expect(stored.flagged?.sort()).toEqual(['q-multi', 'q-order']);
		const answered = (await statementsOf(db, learner.id)).filter((s) => s.verb === 'answered');
		const multi = answered.find((s) => s.objectId.endsWith('#q-multi'))!;
		expect(multi).toMatchObject({
			scoreScaled: 0.5,
			success: false,
			context: { flagged: true },
			result: { response: 'm1', sure: true }
		});
		expect((await statementsOf(db, learner.id)).find((s) => s.objectType === 'quiz')).toMatchObject(
			{
				verb: 'failed',
				scoreScaled: 0.5278,
				success: false,
				completion: true
			}
		);
		const evidence = await db
			.select()
			.from(competencyEvidence)
			.where(eq(competencyEvidence.statementId, multi.id));
		expect(evidence.map((e) => [e.competency, e.score]).sort()).toEqual([
			['empathy', 0.5],
			['listening', 0.5]
		]);
		expect(await quizProgress()).toMatchObject({
			status: 'started',
			completedAt: null,
			bestScore: 0.5278,
			attempts: 1
		});
	});

	it('writes everything in one transaction: a failure at the end keeps nothing', async () => {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		const before = await allCounts(db);
		db.$client.exec(`create temp trigger fail_quiz_progress before insert on main.progress
			when new.object_type = 'quiz' begin select raise(abort, 'boom'); end`);

		await expect(
			submitAttempt(db, attempt, quiz, formFor(attempt, quiz), T0 + MIN)
		).rejects.toThrow('boom');

		expect(await allCounts(db)).toEqual(before);
		expect(await readAttempt(attempt.id)).toEqual(attempt);
		db.$client.exec('drop trigger temp.fail_quiz_progress');
		expect(
			(await submitAttempt(db, attempt, quiz, formFor(attempt, quiz), T0 + 2 * MIN)).recorded
		).toBe(true);
	});

	it('records nothing the second time, whether the attempt is read again or not', async () => {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		const form = formFor(attempt, quiz);
		expect((await submitAttempt(db, attempt, quiz, form, T0 + MIN)).recorded).toBe(true);
		const changes = await totalChanges();
		const before = await allCounts(db);
		const stored = await readAttempt(attempt.id);

		// A fresh read of the attempt: already submitted.
		const fresh = (await getAttempt(db, attempt.id, learner.id))!;
		expect(fresh.status).toBe('submitted');
		expect(await submitAttempt(db, fresh, quiz, form, T0 + 2 * MIN)).toEqual({ recorded: false });
		// The same stale object, still 'open' in memory (a double click racing the first).
		expect(attempt.status).toBe('open');
		expect(await submitAttempt(db, attempt, quiz, form, T0 + 3 * MIN)).toEqual({ recorded: false });
		// Even with other answers.
		expect(
			await submitAttempt(
				db,
				attempt,
				quiz,
				formFor(attempt, quiz, { 'q-single': ['a'] }),
				T0 + 4 * MIN
			)
		).toEqual({ recorded: false });

		// A submitted attempt is simply done, even when the quiz changed since.
		expect(await submitAttempt(db, fresh, makeQuiz({ version: 'v2' }), form, T0 + 5 * MIN)).toEqual(
			{
				recorded: false
			}
		);
		expect(await submitAttempt(db, fresh, quiz, new FormData(), T0 + 5 * MIN)).toEqual({
			recorded: false
		});

		expect(await totalChanges()).toBe(changes);
		expect(await allCounts(db)).toEqual(before);
		expect(await readAttempt(attempt.id)).toEqual(stored);
		expect((await quizProgress())?.attempts).toBe(1);
	});

	it('keeps the best score and the first pass across attempts', async () => {
		const wrong = { 'q-single': ['a'], 'q-tf': ['false'] };
		const first = await startAttempt(db, learner.id, quiz, T0);
		expect(
			await submitAttempt(db, first, quiz, formFor(first, quiz, wrong), T0 + MIN)
		).toMatchObject({
			passed: false,
			scaled: 0.6667
		});
		expect(await quizProgress()).toMatchObject({
			status: 'started',
			startedAt: T0,
			completedAt: null,
			bestScore: 0.6667,
			attempts: 1
		});

		const second = await startAttempt(db, learner.id, quiz, T0 + 10 * MIN);
		expect(second.id).not.toBe(first.id);
		expect(
			await submitAttempt(db, second, quiz, formFor(second, quiz), T0 + 11 * MIN)
		).toMatchObject({
			passed: true,
			scaled: 1
		});
		expect(await quizProgress()).toMatchObject({
			status: 'completed',
			startedAt: T0,
			completedAt: T0 + 11 * MIN,
			bestScore: 1,
			attempts: 2
		});

		const third = await startAttempt(db, learner.id, quiz, T0 + 20 * MIN);
		expect(
			await submitAttempt(db, third, quiz, formFor(third, quiz, wrong), T0 + 21 * MIN)
		).toMatchObject({ passed: false });
		expect(await quizProgress()).toMatchObject({
			status: 'completed',
			startedAt: T0,
			completedAt: T0 + 11 * MIN,
			bestScore: 1,
			attempts: 3
		});
		// A later pass keeps the date of the first.
		const fourth = await startAttempt(db, learner.id, quiz, T0 + 30 * MIN);
		await submitAttempt(db, fourth, quiz, formFor(fourth, quiz), T0 + 31 * MIN);
		expect(await quizProgress()).toMatchObject({
			status: 'completed',
			completedAt: T0 + 11 * MIN,
			bestScore: 1,
			attempts: 4
		});
		expect(
			(await statementsOf(db, learner.id))
				.filter((s) => s.objectType === 'quiz')
				.map((s) => [s.verb, s.registration])
		).toEqual([
			['failed', first.id],
			['passed', second.id],
			['failed', third.id],
			['passed', fourth.id]
		]);
	});

	describe('bad input records nothing and leaves the attempt open', () => {
		let attempt: QuizAttempt;
		let before: Awaited<ReturnType<typeof allCounts>>;
		let changes: number;
		beforeEach(async () => {
			attempt = await startAttempt(db, learner.id, quiz, T0);
			before = await allCounts(db);
			changes = await totalChanges();
		});
		const nothingRecorded = async () => {
			expect(await allCounts(db)).toEqual(before);
			expect(await totalChanges()).toBe(changes);
			expect((await readAttempt(attempt.id)).status).toBe('open');
		};

		it('a missing answer, named by its 1-based number', async () => {
			for (const [i, id] of attempt.questionIds.entries()) {
				const e = await domainError(
					async () =>
						await submitAttempt(db, attempt, quiz, formFor(attempt, quiz, { [id]: null }), T0 + MIN)
				);
				expect([e.key, e.status, e.params]).toEqual(['quiz_answer_missing', 422, { n: i + 1 }]);
			}
			await nothingRecorded();
		});

		it('a forged token', async () => {
			const form = formFor(attempt, quiz);
			form.set('q.q-single', 'not-a-token');
			const e = await domainError(
				async () => await submitAttempt(db, attempt, quiz, form, T0 + MIN)
			);
			expect([e.key, e.status]).toEqual(['quiz_answer_forged', 422]);
			expect(e.params).toEqual({ n: attempt.questionIds.indexOf('q-single') + 1 });
			// Tokens of another attempt are forged here too.
			const other = await startAttempt(db, (await addPerson(db)).id, quiz, T0);
			before = await allCounts(db);
			changes = await totalChanges();
			const theirs = formFor(attempt, quiz);
			theirs.set('q.q-best', token(other.seed, 'q-best', 'z'));
			expect(
				(await domainError(async () => await submitAttempt(db, attempt, quiz, theirs, T0 + MIN)))
					.key
			).toBe('quiz_answer_forged');
			await nothingRecorded();
		});

		it('an answer to a question not in the attempt', async () => {
			const small = makeQuiz({ draw: 2 });
			const two = await startAttempt(db, (await addPerson(db)).id, small, T0);
			before = await allCounts(db);
			changes = await totalChanges();
			const outside = QUESTIONS.find((q) => !two.questionIds.includes(q.id))!;
			const form = formFor(two, small);
			form.append(`q.${outside.id}`, token(two.seed, outside.id, 'a'));
			const e = await domainError(async () => await submitAttempt(db, two, small, form, T0 + MIN));
			expect([e.key, e.status]).toEqual(['quiz_answer_unknown_question', 400]);
			expect((await readAttempt(two.id)).status).toBe('open');
			await nothingRecorded();
		});

		it('two steps of an ordering at the same position', async () => {
			const form = formFor(attempt, quiz);
			form.set(`q.q-order.pos.${token(attempt.seed, 'q-order', 's2')}`, '1');
			const e = await domainError(
				async () => await submitAttempt(db, attempt, quiz, form, T0 + MIN)
			);
			expect([e.key, e.status]).toEqual(['quiz_answer_duplicate_position', 422]);
			await nothingRecorded();
		});

		it('a quiz that changed since the attempt started', async () => {
			const changed = makeQuiz({ version: 'v2' });
			const e = await domainError(
				async () => await submitAttempt(db, attempt, changed, formFor(attempt, quiz), T0 + MIN)
			);
			expect([e.key, e.status]).toEqual(['quiz_changed', 409]);
			// The same version without one of the attempt's questions cannot be graded either.
			const shrunk = makeQuiz({ questions: QUESTIONS.filter((q) => q.id !== 'q-tf') });
			expect(
				(
					await domainError(
						async () => await submitAttempt(db, attempt, shrunk, formFor(attempt, quiz), T0 + MIN)
					)
				).key
			).toBe('quiz_changed');
			await nothingRecorded();
		});
	});
});

describe('getAttempt', () => {
	it("finds one's own attempt only, and nothing for a malformed id", async () => {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		const other = await addPerson(db);

		expect(await getAttempt(db, attempt.id, learner.id)).toEqual(attempt);
		expect(await getAttempt(db, attempt.id, other.id)).toBeUndefined();
		expect(await getAttempt(db, crypto.randomUUID(), learner.id)).toBeUndefined();
		for (const bad of [
			'',
			'not-an-id',
			attempt.id.toUpperCase(),
			`${attempt.id}x`,
			attempt.id.slice(1),
			"' or 1=1 --"
		])
			expect(await getAttempt(db, bad, learner.id), bad).toBeUndefined();
	});
});

describe('attemptResults', () => {
	async function submitted(
		given: Parameters<typeof formFor>[2],
		sure: Parameters<typeof formFor>[3]
	) {
		const attempt = await startAttempt(db, learner.id, quiz, T0);
		await submitAttempt(db, attempt, quiz, formFor(attempt, quiz, given, sure), T0 + MIN);
		return await readAttempt(attempt.id);
	}

	it('gives, per question, what was given with its feedback and what was expected', async () => {
		const attempt = await submitted(
			{
				'q-single': ['a'],
				'q-multi': ['m1', 'm2'],
				'q-order': ['s2', 's1', 's3'],
				'q-match': { p1: 'p1', p2: 'p3', p3: 'p2' }
			},
			{ 'q-single': 'sure' }
		);
		const results = attemptResults(quiz, attempt);
		expect(results.map((r) => r.id)).toEqual(attempt.questionIds);
		const byId = Object.fromEntries(results.map((r) => [r.id, r]));

		expect(byId['q-single']).toEqual({
			id: 'q-single',
			type: 'single',
			prompt: 'Prompt',
			score: 0,
			correct: false,
			flagged: true,
			given: [{ text: 'Text a', feedback: 'Feedback a', right: false }],
			expected: ['Text b'],
			explanation: 'Explanation',
			href: '/learn/service/listening#why-it-matters'
		});
		expect(byId['q-multi']).toMatchObject({
			score: 0,
			correct: false,
			flagged: false,
			given: expect.arrayContaining([
				{ text: 'Text m1', feedback: 'Feedback m1', right: true },
				{ text: 'Text m2', feedback: 'Feedback m2', right: false }
			]),
			expected: ['Text m1', 'Text m3'],
			href: '/learn/service/listening'
		});
		expect(byId['q-multi'].given).toHaveLength(2);
		expect(byId['q-tf']).toMatchObject({
			score: 1,
			correct: true,
			given: [{ text: 'True', feedback: 'Feedback true', right: true }],
			expected: ['True']
		});
		expect(byId['q-best']).toMatchObject({
			type: 'best-response',
			customer: 'Nobody ever calls back!',
			score: 1,
			given: [{ text: 'Text z', feedback: 'Feedback z', right: true }],
			expected: ['Text z']
		});
		expect(byId['q-order']).toMatchObject({
			score: 1 / 3,
			correct: false,
			given: [
				{ text: '1. Text s2', feedback: 'Feedback s2', right: false },
				{ text: '2. Text s1', feedback: 'Feedback s1', right: false },
				{ text: '3. Text s3', feedback: 'Feedback s3', right: true }
			],
			expected: ['1. Text s1', '2. Text s2', '3. Text s3']
		});
		expect(byId['q-match']).toMatchObject({
			score: 1 / 3,
			given: [
				{ text: 'Left p1 → Right p1', feedback: 'Feedback p1', right: true },
				{ text: 'Left p2 → Right p3', feedback: 'Feedback p2', right: false },
				{ text: 'Left p3 → Right p2', feedback: 'Feedback p3', right: false }
			],
			expected: ['Left p1 → Right p1', 'Left p2 → Right p2', 'Left p3 → Right p3']
		});
		for (const r of results) expect('customer' in r).toBe(r.type === 'best-response');
	});

	it('skips a question removed from the quiz since', async () => {
		const attempt = await submitted({}, {});
		const later = makeQuiz({
			version: 'v2',
			questions: QUESTIONS.filter((q) => q.id !== 'q-order')
		});

		const results = attemptResults(later, attempt);

		expect(results.map((r) => r.id)).toEqual(attempt.questionIds.filter((id) => id !== 'q-order'));
		expect(results.every((r) => r.correct)).toBe(true);
	});

	it('gives nothing for an attempt not submitted yet', async () => {
		expect(attemptResults(quiz, await startAttempt(db, learner.id, quiz, T0))).toEqual([]);
	});
});
