import { and, asc, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import { returned, write, type Db, type Tx, exec, one } from '../db';
import { prepared } from '../db/statements';
import type { ContentIndex } from '../content';
import {
	actionItems,
	assignments,
	coachingSessions,
	quizAttempts,
	reviews,
	roleplayRuns,
	users,
	type CoachingSession
} from '../db/schema';
import { canSee } from '../auth/guard';
import { DomainError } from '../errors';
import { isIsoDate } from '../org/validation';
import { dayIn, instantAt } from '$lib/format';
import { requireCoachOf, type Viewer } from './access';
import { assignIn } from './assignments';
import { notify } from './notifications';
import { competencyName } from '../content/localize';

export const SESSION_NOTES_MAX = 4000;
export const ACTION_MAX = 300;
export const FOCUS_MAX = 4;

function checkFocus(focus: string[], competencies: Set<string>) {
	const unique = [...new Set(focus.filter(Boolean))];
	if (unique.some((c) => !competencies.has(c))) throw new DomainError('session_focus_unknown', 400);
	if (unique.length > FOCUS_MAX)
		throw new DomainError('session_focus_many', 400, { max: FOCUS_MAX });
	return unique;
}

function checkNotes(notes: string) {
	const v = notes.trim();
	if (v.length > SESSION_NOTES_MAX)
		throw new DomainError('session_notes_long', 400, { max: SESSION_NOTES_MAX });
	return v;
}

/** A lead schedules a one-to-one with an agent they coach; the agent is notified. */
export async function scheduleSession(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	agentId: number,
	/** `time` ("14:30", or empty for a day only) is on the clock of `zone`, the lead's. */
	input: { date: string; time?: string; zone?: string; focus: string[]; notes: string },
	now = Date.now()
) {
	return await write(db, async (tx) => {
		await requireCoachOf(tx, viewer, agentId);
		if (!isIsoDate(input.date)) throw new DomainError('session_date', 400);
		const startsAt = input.time ? instantAt(input.date, input.time, input.zone ?? 'UTC') : null;
		if (input.time && startsAt === null) throw new DomainError('session_time', 400);
		const focus = checkFocus(input.focus, new Set(content.competencies.map((c) => c.id)));
		const notes = checkNotes(input.notes);
		const session = await returned(
			tx
				.insert(coachingSessions)
				.values({
					agentId,
					leadId: viewer.id,
					scheduledFor: input.date,
					startsAt,
					focus,
					evidence: [],
					notes,
					createdAt: now,
					updatedAt: now
				})
				.returning()
		);
		await notify(
			tx,
			agentId,
			'session',
			startsAt === null ? { date: input.date } : { date: input.date, at: String(startsAt) },
			`/coaching/${session.id}`,
			now
		);
		return session;
	});
}

/** The session, for its agent and anyone who coaches them; null (a 404) for everyone else. */
export async function sessionFor(
	db: Db,
	viewer: Viewer,
	id: number
): Promise<CoachingSession | null> {
	const session = await one(db.select().from(coachingSessions).where(eq(coachingSessions.id, id)));
	if (!session) return null;
	if (session.agentId === viewer.id) return session;
	return viewer.role !== 'learner' && (await canSee(db, viewer, session.agentId)) ? session : null;
}

async function coachedSession(tx: Tx, viewer: Viewer, id: number) {
	const session = await one(tx.select().from(coachingSessions).where(eq(coachingSessions.id, id)));
	if (!session) throw new DomainError('session_not_found', 404);
	await requireCoachOf(tx, viewer, session.agentId);
	return session;
}

/** What a lead may attach: the agent's shared runs, submitted quiz attempts and reviews. */
export async function attachableEvidence(db: Db | Tx, content: ContentIndex, agentId: number) {
	const runs = await db
		.select({
			id: roleplayRuns.id,
			scenarioId: roleplayRuns.scenarioId,
			score: roleplayRuns.score,
			at: roleplayRuns.sharedAt
		})
		.from(roleplayRuns)
		.where(and(eq(roleplayRuns.userId, agentId), isNotNull(roleplayRuns.sharedAt)))
		.orderBy(desc(roleplayRuns.sharedAt))
		.limit(20);
	const attempts = await db
		.select({
			id: quizAttempts.id,
			quizId: quizAttempts.quizId,
			score: quizAttempts.score,
			at: quizAttempts.submittedAt
		})
		.from(quizAttempts)
		.where(and(eq(quizAttempts.userId, agentId), eq(quizAttempts.status, 'submitted')))
		.orderBy(desc(quizAttempts.submittedAt))
		.limit(20);
	const revs = await db
		.select({
			id: reviews.id,
			reference: reviews.reference,
			score: reviews.score,
			at: reviews.createdAt
		})
		.from(reviews)
		.where(eq(reviews.agentId, agentId))
		.orderBy(desc(reviews.createdAt))
		.limit(20);
	const pct = (s: number | null) => (s === null ? null : Math.round(s * 100));
	return [
		...runs.map((r) => ({
			key: `run:${r.id}`,
			kind: 'run' as const,
			title: content.scenario(r.scenarioId)?.title ?? r.scenarioId,
			score: pct(r.score),
			link: `/practice/runs/${r.id}`,
			date: r.at ? dayIn(r.at) : ''
		})),
		...attempts.map((a) => ({
			key: `attempt:${a.id}`,
			kind: 'attempt' as const,
			title: content.quiz(a.quizId)?.title ?? a.quizId,
			score: pct(a.score),
			link: `/attempts/${a.id}`,
			date: a.at ? dayIn(a.at) : ''
		})),
		...revs.map((r) => ({
			key: `review:${r.id}`,
			kind: 'review' as const,
			title: r.reference,
			score: Math.round(r.score),
			link: `/reviews/${r.id}`,
			date: dayIn(r.at)
		}))
	];
}

/** The lead writes up the session: notes, focus, attached evidence, follow-up date. */
export async function updateSession(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	id: number,
	input: { notes: string; focus: string[]; evidence: string[]; followUp: string },
	now = Date.now()
) {
	await write(db, async (tx) => {
		const session = await coachedSession(tx, viewer, id);
		const focus = checkFocus(input.focus, new Set(content.competencies.map((c) => c.id)));
		const notes = checkNotes(input.notes);
		if (input.followUp && !isIsoDate(input.followUp))
			throw new DomainError('session_follow_up_date', 400);
		if (input.followUp && input.followUp < session.scheduledFor)
			throw new DomainError('session_follow_up_before', 400);
		const allowed = new Set(
			(await attachableEvidence(tx, content, session.agentId)).map((e) => e.key)
		);
		const evidence = [...new Set(input.evidence)];
		if (evidence.some((e) => !allowed.has(e)))
			throw new DomainError('session_evidence_unknown', 400);
		await exec(
			tx
				.update(coachingSessions)
				.set({ notes, focus, evidence, followUp: input.followUp || null, updatedAt: now })
				.where(eq(coachingSessions.id, id))
		);
	});
}

/**
 * The lead adds an agreed action item with a due date; when it names an item to learn, the item
 * is assigned to the agent in the same transaction and closes when they finish it.
 */
export async function addActionItem(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	sessionId: number,
	input: { text: string; dueDate: string; item: string },
	now = Date.now()
) {
	return await write(db, async (tx) => {
		const session = await coachedSession(tx, viewer, sessionId);
		const text = input.text.trim();
		if (!text) throw new DomainError('action_empty', 400);
		if (text.length > ACTION_MAX) throw new DomainError('action_long', 400, { max: ACTION_MAX });
		if (!isIsoDate(input.dueDate)) throw new DomainError('assign_date', 400);
		if (input.dueDate < dayIn(now)) throw new DomainError('assign_date_past', 400);
		const action = await returned(
			tx
				.insert(actionItems)
				.values({ sessionId, text, dueDate: input.dueDate, createdAt: now })
				.returning()
		);
		if (input.item)
			await assignIn(
				tx,
				content,
				viewer,
				{
					target: { kind: 'agent', id: session.agentId },
					item: input.item,
					dueDate: input.dueDate,
					note: text
				},
				{ actionItemId: action.id },
				now
			);
		return action;
	});
}

async function ownSession(tx: Tx, viewer: Viewer, id: number) {
	const session = await one(tx.select().from(coachingSessions).where(eq(coachingSessions.id, id)));
	if (!session || session.agentId !== viewer.id) throw new DomainError('session_not_found', 404);
	return session;
}

/** The agent acknowledges the session (once). */
export async function acknowledgeSession(db: Db, viewer: Viewer, id: number, now = Date.now()) {
	await write(db, async (tx) => {
		const session = await ownSession(tx, viewer, id);
		if (session.acknowledgedAt) throw new DomainError('session_acknowledged', 409);
		await exec(
			tx.update(coachingSessions).set({ acknowledgedAt: now }).where(eq(coachingSessions.id, id))
		);
	});
}

/** The agent ticks an action item off (or back on). */
export async function tickActionItem(
	db: Db,
	viewer: Viewer,
	itemId: number,
	done: boolean,
	now = Date.now()
) {
	await write(db, async (tx) => {
		const item = await one(tx.select().from(actionItems).where(eq(actionItems.id, itemId)));
		if (!item) throw new DomainError('action_not_found', 404);
		await ownSession(tx, viewer, item.sessionId);
		await exec(
			tx
				.update(actionItems)
				.set({ doneAt: done ? (item.doneAt ?? now) : null })
				.where(eq(actionItems.id, itemId))
		);
	});
}

/** Everything on one session's page: the session, people, action items (with their assignment). */
export async function sessionView(
	db: Db,
	content: ContentIndex,
	session: CoachingSession,
	today: string
) {
	const names = new Map(
		(
			await db
				.select({ id: users.id, name: users.name })
				.from(users)
				.where(inArray(users.id, [session.agentId, session.leadId ?? session.agentId]))
		).map((u) => [u.id, u.name])
	);
	const items = await db
		.select()
		.from(actionItems)
		.where(eq(actionItems.sessionId, session.id))
		.orderBy(asc(actionItems.dueDate), asc(actionItems.id));
	const linked = items.length
		? await db
				.select({
					actionItemId: assignments.actionItemId,
					status: assignments.status,
					itemType: assignments.itemType,
					itemId: assignments.itemId
				})
				.from(assignments)
				.where(
					inArray(
						assignments.actionItemId,
						items.map((i) => i.id)
					)
				)
		: [];
	const evidence = await attachableEvidence(db, content, session.agentId);
	return {
		id: session.id,
		agent: { id: session.agentId, name: names.get(session.agentId) ?? '' },
		lead: session.leadId ? (names.get(session.leadId) ?? '') : '',
		date: session.scheduledFor,
		startsAt: session.startsAt,
		focus: session.focus.map((id) => ({
			id,
			name: competencyName(content, id)
		})),
		notes: session.notes,
		followUp: session.followUp,
		acknowledged: session.acknowledgedAt ? dayIn(session.acknowledgedAt) : null,
		evidence: evidence.filter((e) => session.evidence.includes(e.key)),
		attachable: evidence,
		items: items.map((i) => {
			const a = linked.find((l) => l.actionItemId === i.id);
			return {
				id: i.id,
				text: i.text,
				dueDate: i.dueDate,
				done: i.doneAt !== null,
				overdue: i.doneAt === null && i.dueDate < today,
				assignment: a ? { status: a.status } : null
			};
		})
	};
}

/** One agent's sessions, newest first, with how many action items are done. */
const sessionsOfQuery = prepared((db) =>
	db
		.select()
		.from(coachingSessions)
		.where(eq(coachingSessions.agentId, sql.placeholder('agent')))
		.orderBy(desc(coachingSessions.scheduledFor), desc(coachingSessions.id))
		.limit(50)
		.prepare()
);

/** The action items of an agent's newest 50 sessions (the ones sessionsOf lists). */
const sessionItemsQuery = prepared((db) =>
	db
		.select({ sessionId: actionItems.sessionId, doneAt: actionItems.doneAt })
		.from(actionItems)
		.innerJoin(coachingSessions, eq(coachingSessions.id, actionItems.sessionId))
		.where(eq(coachingSessions.agentId, sql.placeholder('agent')))
		.prepare()
);

export async function sessionsOf(db: Db, agentId: number) {
	const rows = await sessionsOfQuery(db).all({ agent: agentId });
	const items = rows.length ? await sessionItemsQuery(db).all({ agent: agentId }) : [];
	return rows.map((r) => {
		const mine = items.filter((i) => i.sessionId === r.id);
		return {
			id: r.id,
			date: r.scheduledFor,
			startsAt: r.startsAt,
			focus: r.focus,
			followUp: r.followUp,
			acknowledged: r.acknowledgedAt !== null,
			items: mine.length,
			itemsDone: mine.filter((i) => i.doneAt !== null).length
		};
	});
}
