import { and, desc, eq } from 'drizzle-orm';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { serially, returned, write, type Db, exec, one } from '../db';
import { competencyEvidence, quizAttempts, type QuizAttempt } from '../db/schema';
import { DomainError } from '../errors';
import { recordScoredAttempt } from '../record/progress';
import { appendStatement } from '../record/statements';
import { gradeAttempt } from './grade';
import { AnswerError, drawQuestions, readAnswers } from './present';
import type { Question, Quiz, Response } from './types';

const INTERACTION: Record<Question['type'], string> = {
	single: 'choice',
	multiple: 'choice',
	'best-response': 'choice',
	truefalse: 'true-false',
	ordering: 'sequencing',
	matching: 'matching'
};

/** xAPI's response string for an interaction (choice a[,]b, sequencing, matching a[.]b[,]…). */
function responseString(r: Response) {
	if (r.type === 'choice') return r.selected.join('[,]');
	if (r.type === 'ordering') return r.order.join('[,]');
	return Object.entries(r.pairs)
		.map(([l, rt]) => `${l}[.]${rt}`)
		.join('[,]');
}

export async function getAttempt(
	db: Db,
	attemptId: string,
	userId: number
): Promise<QuizAttempt | undefined> {
	if (!/^[0-9a-f-]{36}$/.test(attemptId)) return undefined;
	return await one(
		db
			.select()
			.from(quizAttempts)
			.where(and(eq(quizAttempts.id, attemptId), eq(quizAttempts.userId, userId)))
	);
}

export async function attemptsOf(db: Db, userId: number, quizId: string) {
	return await db
		.select()
		.from(quizAttempts)
		.where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.quizId, quizId)))
		.orderBy(desc(quizAttempts.createdAt));
}

const DAY = 86_400_000;

/**
 * When the next attempt may start, or null for now: the cooldown after the last submitted
 * attempt, and for an assessment, once its daily attempts are used, 24 hours after the oldest of
 * them. `attempts` are the person's, newest first.
 */
export function nextAttemptAt(
	quiz: Quiz,
	attempts: QuizAttempt[],
	now = Date.now()
): number | null {
	const submitted = attempts.filter((a) => a.status === 'submitted' && a.submittedAt);
	const cooldown =
		quiz.cooldownMinutes && submitted[0]
			? submitted[0].submittedAt! + quiz.cooldownMinutes * 60_000
			: 0;
	let daily = 0;
	if (quiz.attemptsPerDay) {
		const today = submitted.filter((a) => a.submittedAt! > now - DAY);
		if (today.length >= quiz.attemptsPerDay)
			daily = today[quiz.attemptsPerDay - 1].submittedAt! + DAY;
	}
	const at = Math.max(cooldown, daily);
	return at > now ? at : null;
}

/**
 * Starts an attempt, or returns the person's open attempt at the same quiz version (a reload or
 * a second click must not pile up attempts).
 */
export async function startAttempt(
	db: Db,
	userId: number,
	quiz: Quiz,
	now = Date.now(),
	/** Only the demo history names one, so that every demo draws the same questions. */
	fixedSeed?: string
): Promise<QuizAttempt> {
	return await write(db, async (tx) => {
		const mine = await tx
			.select()
			.from(quizAttempts)
			.where(and(eq(quizAttempts.userId, userId), eq(quizAttempts.quizId, quiz.id)))
			.orderBy(desc(quizAttempts.createdAt));
		const open = mine.find((a) => a.status === 'open' && a.quizVersion === quiz.version);
		if (open) return open;
		const wait = nextAttemptAt(quiz, mine, now);
		if (wait)
			throw new DomainError('quiz_cooldown', 409, { minutes: Math.ceil((wait - now) / 60_000) });
		const seed =
			fixedSeed ?? encodeBase32LowerCaseNoPadding(crypto.getRandomValues(new Uint8Array(16)));
		return await returned(
			tx
				.insert(quizAttempts)
				.values({
					id: crypto.randomUUID(),
					userId,
					quizId: quiz.id,
					quizVersion: quiz.version,
					seed,
					questionIds: drawQuestions(quiz, seed).map((q) => q.id),
					createdAt: now
				})
				.returning()
		);
	});
}

/** The attempt's questions from the current quiz, or null when the quiz changed under it. */
export function attemptQuestions(quiz: Quiz, attempt: QuizAttempt): Question[] | null {
	if (attempt.quizVersion !== quiz.version) return null;
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const questions = attempt.questionIds.map((id) => byId.get(id));
	return questions.every(Boolean) ? (questions as Question[]) : null;
}

const ANSWER_ERRORS = {
	missing: ['quiz_answer_missing', 422],
	forged: ['quiz_answer_forged', 422],
	'unknown-question': ['quiz_answer_unknown_question', 400],
	'duplicate-position': ['quiz_answer_duplicate_position', 422]
} as const;

/**
 * Grades and records a submission in one transaction: the attempt, one `answered` statement per
 * question, `passed` or `failed`, the quiz's progress and the competency evidence. A second
 * submission of the same attempt (double click, back button, replay) records nothing.
 */
export async function submitAttempt(
	db: Db,
	attempt: QuizAttempt,
	quiz: Quiz,
	form: FormData,
	now = Date.now(),
	/** The translation the quiz was taken in ('zh-CN'), recorded on its statements. */
	language?: string
) {
	if (attempt.status === 'submitted') return { recorded: false as const };
	const languageContext = language ? { language } : {};
	const questions = attemptQuestions(quiz, attempt);
	if (!questions) throw new DomainError('quiz_changed', 409);
	let responses;
	try {
		responses = readAnswers(questions, attempt.seed, form);
	} catch (e) {
		if (!(e instanceof AnswerError)) throw e;
		const [key, status] = ANSWER_ERRORS[e.reason];
		throw new DomainError(key, status, {
			n: questions.findIndex((q) => q.id === e.questionId) + 1
		});
	}
	const { graded, scaled, passed } = gradeAttempt(questions, responses, quiz.passMark);

	return await write(db, async (tx) => {
		const claimed = await exec(
			tx
				.update(quizAttempts)
				.set({
					status: 'submitted',
					answers: graded.map((g) => ({ ...g, response: responses.get(g.questionId)!.response })),
					score: scaled,
					passed,
					flagged: graded.filter((g) => g.flagged).map((g) => g.questionId),
					submittedAt: now
				})
				.where(and(eq(quizAttempts.id, attempt.id), eq(quizAttempts.status, 'open')))
		);
		if (claimed.changes === 0) return { recorded: false as const };

		await serially(questions, async (q, i) => {
			const g = graded[i];
			const s = await appendStatement(tx, {
				actorId: attempt.userId,
				verb: 'answered',
				objectType: 'question',
				objectId: `${quiz.id}#${q.id}`,
				result: { response: responseString(responses.get(q.id)!.response), sure: g.sure },
				scoreScaled: g.score,
				success: g.correct,
				registration: attempt.id,
				context: {
					quiz: quiz.id,
					...languageContext,
					interactionType: INTERACTION[q.type],
					competencies: q.competencies,
					flagged: g.flagged
				},
				contentVersion: quiz.version,
				timestamp: now
			});
			for (const competency of q.competencies)
				await exec(
					tx.insert(competencyEvidence).values({
						userId: attempt.userId,
						competency,
						kind: 'quiz',
						score: g.score,
						statementId: s.id,
						at: now
					})
				);
		});
		await appendStatement(tx, {
			actorId: attempt.userId,
			verb: passed ? 'passed' : 'failed',
			objectType: 'quiz',
			objectId: quiz.id,
			scoreScaled: scaled,
			success: passed,
			completion: true,
			durationMs: now - attempt.createdAt,
			registration: attempt.id,
			context:
				quiz.kind === 'lesson'
					? { course: quiz.courseSlug, ...languageContext }
					: language
						? languageContext
						: null,
			contentVersion: quiz.version,
			timestamp: now
		});
		await recordScoredAttempt(tx, {
			userId: attempt.userId,
			objectType: 'quiz',
			objectId: quiz.id,
			startedAt: attempt.createdAt,
			score: scaled,
			passed,
			now
		});
		return { recorded: true as const, scaled, passed };
	});
}
