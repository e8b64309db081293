import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';
import { returned, write, type Db, type Tx, one, exec } from '../db';
import { prepared } from '../db/statements';
import {
	competencyEvidence,
	progress,
	roleplayComments,
	roleplayRuns,
	type RoleplayRun,
	type TranscriptLine
} from '../db/schema';
import { DomainError } from '../errors';
import { recordScoredAttempt } from '../record/progress';
import { appendStatement } from '../record/statements';
import { queueRun, withdrawRun } from '../record/forward';
import { Conversation, type Line, type Offer } from './engine';
import { choiceDecision, freeDecision, scoreRun, type Decision, type RunResult } from './scoring';
import type { Scenario } from './types';

/** Longest free-text reply accepted, in characters. */
export const MAX_REPLY = 1000;
export const MAX_COMMENT = 2000;

const stamp = (lines: Line[], at: number): TranscriptLine[] => lines.map((l) => ({ ...l, at }));
const newId = () => crypto.randomUUID().replaceAll('-', '');

export async function getRun(db: Db, id: string): Promise<RoleplayRun | undefined> {
	return await one(db.select().from(roleplayRuns).where(eq(roleplayRuns.id, id)));
}

/** The learner's unfinished run of a scenario, if any. */
export async function openRun(db: Db | Tx, userId: number, scenarioId: string) {
	return await one(
		db
			.select()
			.from(roleplayRuns)
			.where(
				and(
					eq(roleplayRuns.userId, userId),
					eq(roleplayRuns.scenarioId, scenarioId),
					eq(roleplayRuns.status, 'open')
				)
			)
			.orderBy(desc(roleplayRuns.startedAt))
	);
}

/**
 * Starts a run, or resumes the open one. `restart` abandons the open run first (it stays in
 * the learner's history as abandoned; nothing of it is scored).
 */
/**
 * The language a run is played in, on its statements: a translated edition says which (the
 * record, levels and assignments are the same in every language; English is the original).
 */
const languageOf = (scenario: Scenario) =>
	scenario.locale === 'en' ? {} : { context: { language: scenario.locale } };

export async function startRun(
	db: Db,
	userId: number,
	scenario: Scenario,
	{ restart = false, now = Date.now() } = {}
): Promise<RoleplayRun> {
	return await write(db, async (tx) => {
		const open = await openRun(tx, userId, scenario.id);
		if (open && !restart && open.scenarioVersion === scenario.version) return open;
		if (open)
			await exec(
				tx
					.update(roleplayRuns)
					.set({ status: 'abandoned', updatedAt: now })
					.where(and(eq(roleplayRuns.id, open.id), eq(roleplayRuns.status, 'open')))
			);
		const { conversation, lines } = Conversation.start(scenario);
		const run = await returned(
			tx
				.insert(roleplayRuns)
				.values({
					id: newId(),
					userId,
					scenarioId: scenario.id,
					scenarioVersion: scenario.version,
					seed: randomBytes(16).toString('hex'),
					inkState: conversation.save(),
					transcript: stamp(lines, now),
					decisions: [],
					variables: conversation.variables(),
					startedAt: now,
					updatedAt: now
				})
				.returning()
		);
		await appendStatement(tx, {
			actorId: userId,
			verb: 'attempted',
			objectType: 'scenario',
			objectId: scenario.id,
			registration: run.id,
			...languageOf(scenario),
			contentVersion: scenario.version,
			timestamp: now
		});
		await exec(
			tx
				.insert(progress)
				.values({
					userId,
					objectType: 'scenario',
					objectId: scenario.id,
					status: 'started',
					startedAt: now
				})
				.onConflictDoNothing()
		);
		return run;
	});
}

/**
 * The order a step's choices are shown in: shuffled per run and step (stable across reloads)
 * from the run's secret seed, which never leaves the server, so nobody can work out from what
 * the page shows where the script put the strongest reply. `order[shown] = index in the script`.
 */
export function choiceOrder(seed: string, step: number, n: number): number[] {
	const bytes = createHmac('sha256', seed).update(String(step)).digest();
	const order = Array.from({ length: n }, (_, i) => i);
	for (let i = n - 1; i > 0; i--) {
		// Two bytes per draw keep the modulo bias below 0.01 % for any realistic n.
		const j = bytes.readUInt16BE((2 * i) % (bytes.length - 1)) % (i + 1);
		[order[i], order[j]] = [order[j], order[i]];
	}
	return order;
}

/** What the browser may see of a run while it is being played: never effects or rules. */
export interface RunView {
	id: string;
	status: RoleplayRun['status'];
	step: number;
	transcript: TranscriptLine[];
	offer:
		| { kind: 'choices'; choices: string[] }
		| { kind: 'free'; prompt: string; max: number }
		| { kind: 'end' };
	meter: { label: string; value: number; min: number; max: number } | null;
}

export function viewRun(run: RoleplayRun, scenario: Scenario): RunView {
	let offer: RunView['offer'] = { kind: 'end' };
	if (run.status === 'open' && run.scenarioVersion === scenario.version) {
		const o: Offer = Conversation.resume(scenario, run.inkState).offer();
		offer =
			o.kind === 'choices'
				? {
						kind: 'choices',
						choices: choiceOrder(run.seed, run.step, o.choices.length).map((i) => o.choices[i].text)
					}
				: o.kind === 'free'
					? { kind: 'free', prompt: o.step.prompt, max: MAX_REPLY }
					: { kind: 'end' };
	}
	const meterVar = scenario.variables.find((v) => v.name === scenario.meter);
	return {
		id: run.id,
		status: run.status,
		step: run.step,
		transcript: run.transcript,
		offer,
		meter: meterVar
			? {
					label: meterVar.label,
					value: run.variables[meterVar.name] ?? meterVar.start,
					min: meterVar.min,
					max: meterVar.max
				}
			: null
	};
}

export type Action = { kind: 'choice'; index: number } | { kind: 'free'; text: string };

/**
 * Takes one decision in a run: the learner's own, open run, at the step the form was made
 * for. Appends an `answered` statement; at the end also `completed` and `passed`/`failed`,
 * the progress and the competency evidence, all in one transaction. A replayed or stale form
 * (another tab, the back button, a double submit) is refused and changes nothing.
 */
export async function act(
	db: Db,
	run: RoleplayRun,
	scenario: Scenario,
	userId: number,
	step: number,
	action: Action,
	now = Date.now()
) {
	if (run.userId !== userId) throw new DomainError('roleplay_not_found', 404);
	if (run.status !== 'open') throw new DomainError('roleplay_finished', 409);
	if (run.scenarioVersion !== scenario.version) throw new DomainError('roleplay_changed', 409);
	if (step !== run.step) throw new DomainError('roleplay_stale', 409);

	const conversation = Conversation.resume(scenario, run.inkState);
	const offer = conversation.offer();
	const transcript = [...run.transcript];
	const decisions = [...(run.decisions as Decision[])];
	const number = run.step + 1;
	let decision: Decision;
	let choiceIndex = 0;
	if (action.kind === 'choice') {
		if (offer.kind !== 'choices') throw new DomainError('roleplay_expects_text', 400);
		if (!Number.isInteger(action.index) || action.index < 0 || action.index >= offer.choices.length)
			throw new DomainError('roleplay_choice_not_offered', 400);
		// The form names the position shown; the script knows the choice by its own index.
		choiceIndex = choiceOrder(run.seed, run.step, offer.choices.length)[action.index];
		decision = choiceDecision(scenario, offer.choices, choiceIndex, number, transcript.length);
	} else {
		if (offer.kind !== 'free') throw new DomainError('roleplay_expects_choice', 400);
		const reply = action.text.trim();
		if (!reply) throw new DomainError('roleplay_reply_empty', 400);
		if (reply.length > MAX_REPLY)
			throw new DomainError('roleplay_reply_too_long', 400, { max: MAX_REPLY });
		decision = freeDecision(scenario, offer.step, reply, number, transcript.length);
	}
	transcript.push({ who: 'agent', text: decision.response, step: number, at: now });
	const next = conversation.choose(choiceIndex, decision.points, decision.flags);
	transcript.push(...stamp(next.lines, now));
	decisions.push(decision);

	let result: RunResult | null = null;
	let ending: string | null = null;
	if (next.ended) {
		ending = next.ending;
		const success = ending ? (scenario.endings.get(ending)?.success ?? false) : false;
		result = scoreRun(scenario, decisions, success);
	}

	return await write(db, async (tx) => {
		const claimed = await exec(
			tx
				.update(roleplayRuns)
				.set({
					step: number,
					inkState: conversation.save(),
					transcript,
					decisions,
					variables: conversation.variables(),
					updatedAt: now,
					...(result
						? {
								status: 'finished' as const,
								ending,
								score: result.score,
								passed: result.passed,
								result: Object.fromEntries(result.criteria.map((c) => [c.id, c.score])),
								finishedAt: now
							}
						: {})
				})
				.where(
					and(
						eq(roleplayRuns.id, run.id),
						eq(roleplayRuns.status, 'open'),
						eq(roleplayRuns.step, run.step)
					)
				)
		);
		if (claimed.changes === 0) throw new DomainError('roleplay_stale', 409);

		await appendStatement(tx, {
			actorId: userId,
			verb: 'answered',
			objectType: 'scenario-step',
			objectId: `${scenario.id}#${number}`,
			result: { response: decision.response },
			scoreScaled:
				decision.best > 0 ? Math.max(0, Math.min(1, decision.value / decision.best)) : null,
			registration: run.id,
			context: {
				scenario: scenario.id,
				interactionType: decision.kind === 'choice' ? 'choice' : 'long-fill-in',
				points: decision.points,
				...languageOf(scenario).context
			},
			contentVersion: scenario.version,
			timestamp: now
		});
		if (result) await finish(tx, run, scenario, userId, ending, result, now);
		return { finished: result !== null };
	});
}

async function finish(
	tx: Tx,
	run: RoleplayRun,
	scenario: Scenario,
	userId: number,
	ending: string | null,
	result: RunResult,
	now: number
) {
	await appendStatement(tx, {
		actorId: userId,
		verb: 'completed',
		objectType: 'scenario',
		objectId: scenario.id,
		completion: true,
		result: { ending },
		durationMs: now - run.startedAt,
		registration: run.id,
		...languageOf(scenario),
		contentVersion: scenario.version,
		timestamp: now
	});
	const outcome = await appendOutcome(tx, run, scenario, ending, result, { mode: 'practice' }, now);
	await recordEvidence(tx, userId, scenario, result, 'roleplay', outcome.id, now, {
		runId: run.id,
		private: run.sharedAt === null
	});
	await recordScoredAttempt(tx, {
		userId,
		objectType: 'scenario',
		objectId: scenario.id,
		startedAt: run.startedAt,
		score: result.score,
		passed: result.passed,
		now
	});
}

/** The `passed` or `failed` statement of a run (at its end, and again when a lead re-scores). */
export async function appendOutcome(
	tx: Tx,
	run: Pick<RoleplayRun, 'id' | 'userId'>,
	scenario: Scenario,
	ending: string | null,
	result: RunResult,
	context: Record<string, unknown>,
	now: number
) {
	return await appendStatement(tx, {
		actorId: run.userId,
		verb: result.passed ? 'passed' : 'failed',
		objectType: 'scenario',
		objectId: scenario.id,
		scoreScaled: result.score,
		success: result.passed,
		completion: true,
		result: {
			ending,
			criteria: Object.fromEntries(result.criteria.map((c) => [c.id, c.score]))
		},
		registration: run.id,
		context: { ...context, ...languageOf(scenario).context },
		contentVersion: scenario.version,
		timestamp: now
	});
}

/**
 * One evidence row per competency the rubric assessed: the mean of its criteria's scores. A
 * practice run's evidence carries the run, and is private until the run is shared.
 */
export async function recordEvidence(
	tx: Tx,
	userId: number,
	scenario: Scenario,
	result: Pick<RunResult, 'criteria'>,
	kind: 'roleplay' | 'observed',
	statementId: string,
	now: number,
	run: { runId: string; private: boolean } | null = null
) {
	const byCompetency = new Map<string, number[]>();
	for (const c of result.criteria)
		if (c.score !== null)
			byCompetency.set(c.competency, [...(byCompetency.get(c.competency) ?? []), c.score]);
	for (const [competency, scores] of byCompetency)
		await exec(
			tx.insert(competencyEvidence).values({
				userId,
				competency,
				kind,
				score: scores.reduce((a, b) => a + b, 0) / scores.length,
				statementId,
				runId: run?.runId ?? null,
				private: run?.private ?? false,
				at: now
			})
		);
}

/**
 * The learner shares a finished or unfinished run with their lead, or takes it back. The run's
 * evidence becomes visible to leads (levels, heat map, CSV) or private again in the same
 * transaction.
 */
export async function setShared(
	db: Db,
	run: RoleplayRun,
	userId: number,
	shared: boolean,
	now = Date.now()
) {
	if (run.userId !== userId) throw new DomainError('roleplay_not_found', 404);
	await write(db, async (tx) => shareInTx(tx, run.id, run.sharedAt, shared, now));
}

/** Shares or unshares a run inside the caller's transaction (a contest shares it too). */
export async function shareInTx(
	tx: Tx,
	runId: string,
	sharedAt: number | null,
	shared: boolean,
	now: number
) {
	await exec(
		tx
			.update(roleplayRuns)
			.set({ sharedAt: shared ? (sharedAt ?? now) : null })
			.where(eq(roleplayRuns.id, runId))
	);
	await exec(
		tx
			.update(competencyEvidence)
			.set({ private: !shared })
			.where(eq(competencyEvidence.runId, runId))
	);
	// The organisation's LRS gets a run once it is shared, and has it voided when taken back.
	if (shared) queueRun(tx, runId, now);
	else if (sharedAt !== null) await withdrawRun(tx, runId, now);
}

export async function addComment(
	db: Db,
	run: RoleplayRun,
	authorId: number,
	line: number,
	body: string,
	now = Date.now()
) {
	const text = body.trim();
	if (!text) throw new DomainError('roleplay_comment_empty', 400);
	if (text.length > MAX_COMMENT)
		throw new DomainError('roleplay_comment_too_long', 400, { max: MAX_COMMENT });
	if (!Number.isInteger(line) || line < 0 || line >= run.transcript.length)
		throw new DomainError('roleplay_comment_line', 400);
	return await write(
		db,
		async (tx) =>
			await returned(
				tx
					.insert(roleplayComments)
					.values({ runId: run.id, line, authorId, body: text, createdAt: now })
					.returning()
			)
	);
}

export async function commentsOf(db: Db, runId: string) {
	return await db
		.select()
		.from(roleplayComments)
		.where(eq(roleplayComments.runId, runId))
		.orderBy(roleplayComments.line, roleplayComments.createdAt);
}

const RUN_SUMMARY = {
	id: roleplayRuns.id,
	scenarioId: roleplayRuns.scenarioId,
	status: roleplayRuns.status,
	step: roleplayRuns.step,
	ending: roleplayRuns.ending,
	score: roleplayRuns.score,
	passed: roleplayRuns.passed,
	sharedAt: roleplayRuns.sharedAt,
	startedAt: roleplayRuns.startedAt,
	finishedAt: roleplayRuns.finishedAt
};

/** Built once: /practice and each scenario's page read them on every visit. */
const runsOfPerson = prepared((db) =>
	db
		.select(RUN_SUMMARY)
		.from(roleplayRuns)
		.where(eq(roleplayRuns.userId, sql.placeholder('user')))
		.orderBy(desc(roleplayRuns.startedAt))
		.prepare()
);
const runsOfScenario = prepared((db) =>
	db
		.select(RUN_SUMMARY)
		.from(roleplayRuns)
		.where(
			and(
				eq(roleplayRuns.userId, sql.placeholder('user')),
				eq(roleplayRuns.scenarioId, sql.placeholder('scenario'))
			)
		)
		.orderBy(desc(roleplayRuns.startedAt))
		.prepare()
);

/** A person's runs, newest first (without the server-only columns). */
export async function runsOf(db: Db, userId: number, scenarioId?: string) {
	return scenarioId === undefined
		? await runsOfPerson(db).all({ user: userId })
		: await runsOfScenario(db).all({ user: userId, scenario: scenarioId });
}

/** Runs a person has shared, newest first: what their leads can open. */
export async function sharedRunsOf(db: Db, userId: number) {
	return await db
		.select(RUN_SUMMARY)
		.from(roleplayRuns)
		.where(and(eq(roleplayRuns.userId, userId), isNotNull(roleplayRuns.sharedAt)))
		.orderBy(desc(roleplayRuns.sharedAt));
}
