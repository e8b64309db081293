import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import { write, type Db, type Tx, exec, one } from '../db';
import { prepared } from '../db/statements';
import type { ContentIndex } from '../content';
import {
	assignments,
	auditLog,
	progress,
	teamMembers,
	users,
	ASSIGNABLE,
	type AssignableType,
	type Assignment
} from '../db/schema';
import { DomainError } from '../errors';
import { isIsoDate } from '../org/validation';
import { utcDate } from '$lib/time';
import { dayIn, formatDate } from '$lib/format';
import { addDays } from '../record/onboarding';
import { requireCoachOf, requireLeadOfTeam, type Viewer } from './access';
import { itemLink, itemTitle, parseItem, type ItemRef } from './items';
import { notify } from './notifications';

export const NOTE_MAX = 500;

export interface AssignInput {
	target: { kind: 'agent' | 'team'; id: number };
	/** `type:id`, as the picker sends it. */
	item: string;
	dueDate: string;
	note: string;
	/** A team assignment only: also give it to people who join the team later. */
	newcomers?: boolean;
}

/** Checks an assignment's item, due date and note; returns them cleaned. */
export function checkAssignment(
	content: ContentIndex,
	input: { item: string; dueDate: string; note: string },
	today: string
): { item: ItemRef; dueDate: string; note: string } {
	const item = parseItem(content, input.item);
	if (!item) throw new DomainError('assign_item_unknown', 400);
	if (!isIsoDate(input.dueDate)) throw new DomainError('assign_date', 400);
	if (input.dueDate < today) throw new DomainError('assign_date_past', 400);
	const note = input.note.trim();
	if (note.length > NOTE_MAX) throw new DomainError('assign_note_long', 400, { max: NOTE_MAX });
	return { item, dueDate: input.dueDate, note };
}

/** When (if ever) each person completed the item, from the progress projection. */
async function completedAt(tx: Tx, userIds: number[], item: ItemRef) {
	const rows = await tx
		.select({ userId: progress.userId, at: progress.completedAt })
		.from(progress)
		.where(
			and(
				inArray(progress.userId, userIds),
				eq(progress.objectType, item.type),
				eq(progress.objectId, item.id),
				eq(progress.status, 'completed')
			)
		);
	return new Map(rows.map((r) => [r.userId, r.at ?? 0]));
}

/** Who among `userIds` has `item` assigned and still open: their name and its due date. */
async function openAlready(tx: Tx, userIds: number[], item: { type: AssignableType; id: string }) {
	const rows = await tx
		.select({ userId: assignments.userId, due: assignments.dueDate, name: users.name })
		.from(assignments)
		.innerJoin(users, eq(users.id, assignments.userId))
		.where(
			and(
				inArray(assignments.userId, userIds),
				eq(assignments.itemType, item.type),
				eq(assignments.itemId, item.id),
				eq(assignments.status, 'open')
			)
		)
		.orderBy(assignments.dueDate);
	const out = new Map<number, { name: string; due: string }>();
	for (const r of rows) if (!out.has(r.userId)) out.set(r.userId, { name: r.name, due: r.due });
	return out;
}

/**
 * A lead assigns an item to one agent or to every active member of a team they lead (one row per
 * person, one shared batch). Someone who already completed the item gets it as done at once, so
 * a finished course never sits overdue. Each person with open work is notified.
 */
export async function assign(
	db: Db,
	content: ContentIndex,
	viewer: Viewer,
	input: AssignInput,
	now = Date.now()
) {
	const made = await write(db, async (tx) => await assignIn(tx, content, viewer, input, {}, now));
	// Only an action item's assignment is ever skipped (batch null); this one made its rows.
	return { ...made, batch: made.batch! };
}

/** `assign` inside the caller's transaction (a coaching action item assigns with it). */
export async function assignIn(
	tx: Tx,
	content: ContentIndex,
	viewer: Viewer,
	input: AssignInput,
	extra: { actionItemId?: number },
	now: number
) {
	{
		let userIds: number[];
		let teamId: number | null = null;
		if (input.target.kind === 'agent') {
			await requireCoachOf(tx, viewer, input.target.id);
			userIds = [input.target.id];
		} else {
			teamId = (await requireLeadOfTeam(tx, viewer, input.target.id)).id;
			userIds = (
				await tx
					.select({ id: users.id })
					.from(teamMembers)
					.innerJoin(users, eq(users.id, teamMembers.userId))
					.where(and(eq(teamMembers.teamId, teamId), eq(users.status, 'active')))
			)
				.map((r) => r.id)
				.filter((id) => id !== viewer.id);
			if (userIds.length === 0) throw new DomainError('assign_team_empty', 422);
		}
		const { item, dueDate, note } = checkAssignment(content, input, dayIn(now));
		// One open assignment per person and item: whoever has it open keeps theirs (and its date).
		// (An action item of a one-to-one about an item already open relies on that assignment.)
		const open = await openAlready(tx, userIds, item);
		const forAction = extra.actionItemId !== undefined;
		if (open.size && input.target.kind === 'agent' && !forAction) {
			const [{ name, due }] = open.values();
			throw new DomainError('assign_already_open', 409, { name, due: formatDate(due) });
		}
		userIds = userIds.filter((id) => !open.has(id));
		if (userIds.length === 0) {
			if (forAction) return { batch: null, count: 0, alreadyDone: 0, alreadyOpen: open.size };
			throw new DomainError('assign_all_open', 409);
		}
		const done = await completedAt(tx, userIds, item);
		const batch = crypto.randomUUID();
		const title = itemTitle(content, item)!;
		for (const userId of userIds) {
			const finished = done.get(userId);
			await exec(
				tx.insert(assignments).values({
					batch,
					userId,
					teamId,
					itemType: item.type,
					itemId: item.id,
					dueDate,
					note,
					assignedBy: viewer.id,
					status: finished === undefined ? 'open' : 'done',
					completedAt: finished ?? null,
					actionItemId: extra.actionItemId ?? null,
					newcomers: teamId !== null && !!input.newcomers,
					createdAt: now,
					updatedAt: now
				})
			);
			if (finished === undefined)
				await notify(tx, userId, 'assigned', { title, due: dueDate }, itemLink(item), now);
		}
		await exec(
			tx.insert(auditLog).values({
				actorId: viewer.id,
				action: 'assignment.create',
				target: teamId ? `team:${teamId}` : `user:${userIds[0]}`,
				detail: { batch, item: `${item.type}:${item.id}`, dueDate },
				at: now
			})
		);
		return { batch, count: userIds.length, alreadyDone: done.size, alreadyOpen: open.size };
	}
}

/**
 * Someone joins a team: the team's batches marked for newcomers (and not cancelled) are given to
 * them too, in the caller's transaction, as if they had been there: due as long after today as the
 * batch allowed when it was made (at least a day), or done at once if they already finished the
 * item. An item they already have open is left as it is.
 */
export async function joinTeamAssignments(
	tx: Tx,
	content: ContentIndex | null,
	teamId: number,
	userId: number,
	now: number
) {
	const batches = await tx
		.select({
			batch: assignments.batch,
			itemType: assignments.itemType,
			itemId: assignments.itemId,
			dueDate: sql<string>`max(${assignments.dueDate})`,
			note: assignments.note,
			assignedBy: assignments.assignedBy,
			createdAt: sql<number>`min(${assignments.createdAt})`
		})
		.from(assignments)
		.where(and(eq(assignments.teamId, teamId), eq(assignments.newcomers, true)))
		.groupBy(assignments.batch)
		// A cancelled batch (its open rows cancelled; rows already done stay done) is over.
		.having(sql`sum(${assignments.status} = 'cancelled') = 0`);
	const today = dayIn(now);
	let given = 0;
	for (const b of batches) {
		const item = { type: b.itemType, id: b.itemId };
		if (
			await one(
				tx
					.select({ id: assignments.id })
					.from(assignments)
					.where(and(eq(assignments.batch, b.batch), eq(assignments.userId, userId)))
			)
		)
			continue;
		if ((await openAlready(tx, [userId], item)).size) continue;
		const window = Math.max(
			1,
			Math.round(
				(Date.parse(`${b.dueDate}T00:00:00Z`) - Date.parse(`${dayIn(b.createdAt)}T00:00:00Z`)) /
					86_400_000
			)
		);
		const dueDate = addDays(today, window);
		const finished = (await completedAt(tx, [userId], item)).get(userId);
		await exec(
			tx.insert(assignments).values({
				batch: b.batch,
				userId,
				teamId,
				itemType: item.type,
				itemId: item.id,
				dueDate,
				note: b.note,
				assignedBy: b.assignedBy,
				status: finished === undefined ? 'open' : 'done',
				completedAt: finished ?? null,
				newcomers: true,
				createdAt: now,
				updatedAt: now
			})
		);
		if (finished === undefined) {
			const title = (content && itemTitle(content, item)) ?? item.id;
			await notify(tx, userId, 'assigned', { title, due: dueDate }, itemLink(item), now);
		}
		given++;
	}
	return given;
}

/** The open rows of a batch, after checking the viewer coaches every person in it. */
async function batchRows(tx: Tx, viewer: Viewer, batch: string): Promise<Assignment[]> {
	const rows = await tx.select().from(assignments).where(eq(assignments.batch, batch));
	if (rows.length === 0) throw new DomainError('assignment_not_found', 404);
	for (const userId of new Set(rows.map((r) => r.userId))) await requireCoachOf(tx, viewer, userId);
	return rows;
}

/** A lead moves the due date or rewrites the note of a batch's open assignments. */
export async function editBatch(
	db: Db,
	viewer: Viewer,
	batch: string,
	input: { dueDate: string; note: string },
	now = Date.now()
) {
	await write(db, async (tx) => {
		const rows = await batchRows(tx, viewer, batch);
		if (!isIsoDate(input.dueDate)) throw new DomainError('assign_date', 400);
		if (input.dueDate < dayIn(now)) throw new DomainError('assign_date_past', 400);
		const note = input.note.trim();
		if (note.length > NOTE_MAX) throw new DomainError('assign_note_long', 400, { max: NOTE_MAX });
		if (!rows.some((r) => r.status === 'open')) throw new DomainError('assignment_closed', 409);
		await exec(
			tx
				.update(assignments)
				.set({ dueDate: input.dueDate, note, updatedAt: now })
				.where(and(eq(assignments.batch, batch), eq(assignments.status, 'open')))
		);
	});
}

/** A lead cancels a batch's open assignments (done ones stay done: they happened). */
export async function cancelBatch(db: Db, viewer: Viewer, batch: string, now = Date.now()) {
	await write(db, async (tx) => {
		const rows = await batchRows(tx, viewer, batch);
		if (!rows.some((r) => r.status === 'open')) throw new DomainError('assignment_closed', 409);
		await exec(
			tx
				.update(assignments)
				.set({ status: 'cancelled', updatedAt: now })
				.where(and(eq(assignments.batch, batch), eq(assignments.status, 'open')))
		);
		await exec(
			tx.insert(auditLog).values({
				actorId: viewer.id,
				action: 'assignment.cancel',
				target: `batch:${batch}`,
				at: now
			})
		);
	});
}

/**
 * Finishing an item closes the person's open assignments of it. Called in the transaction that
 * appends the completing statement, so the assignment is done exactly when the record says so.
 */
export async function completeAssignments(
	tx: Tx,
	userId: number,
	type: AssignableType,
	id: string,
	now: number
) {
	await exec(
		tx
			.update(assignments)
			.set({ status: 'done', completedAt: now, updatedAt: now })
			.where(
				and(
					eq(assignments.userId, userId),
					eq(assignments.itemType, type),
					eq(assignments.itemId, id),
					eq(assignments.status, 'open')
				)
			)
	);
}

export interface AssignmentView {
	id: number;
	batch: string;
	title: string;
	type: AssignableType;
	/** The item's own id (a course slug, a lesson id…). */
	itemId: string;
	link: string;
	dueDate: string;
	note: string;
	status: 'open' | 'done' | 'cancelled';
	overdue: boolean;
	completedOn: string | null;
}

function view(content: ContentIndex, a: Assignment, today: string): AssignmentView {
	const item = { type: a.itemType, id: a.itemId };
	return {
		id: a.id,
		batch: a.batch,
		title: itemTitle(content, item) ?? a.itemId,
		type: a.itemType,
		itemId: a.itemId,
		link: itemLink(item),
		dueDate: a.dueDate,
		note: a.note,
		status: a.status,
		overdue: a.status === 'open' && a.dueDate < today,
		completedOn: a.completedAt ? dayIn(a.completedAt) : null
	};
}

/**
 * One person's open assignments of some item types (a JSON array bound to `:types`), soonest
 * due first: /learn and /practice read it on every visit, so it is built once.
 */
const openOfTypes = prepared((db) =>
	db
		.select()
		.from(assignments)
		.where(
			and(
				eq(assignments.userId, sql.placeholder('user')),
				eq(assignments.status, 'open'),
				sql`${assignments.itemType} in (select value from json_each(${sql.placeholder('types')}))`
			)
		)
		.orderBy(assignments.dueDate, assignments.id)
		.prepare()
);

/** One person's open assignments, soonest due first; `types` narrows them (e.g. scenarios). */
export async function openAssignmentsOf(
	db: Db,
	content: ContentIndex,
	userId: number,
	today: string,
	types: readonly AssignableType[] = ASSIGNABLE
): Promise<AssignmentView[]> {
	return (await openOfTypes(db).all({ user: userId, types: JSON.stringify(types) })).map((a) =>
		view(content, a, today)
	);
}

/** Everything assigned to one person (for their lead's page), newest first. */
export async function assignmentsOf(db: Db, content: ContentIndex, userId: number, today: string) {
	return (
		await db
			.select()
			.from(assignments)
			.where(eq(assignments.userId, userId))
			.orderBy(desc(assignments.createdAt), desc(assignments.id))
			.limit(100)
	).map((a) => view(content, a, today));
}

/** Open assignments due within `days` days (today included): the bell's "due soon". */
export async function dueSoon(
	db: Db,
	content: ContentIndex,
	userId: number,
	today: string,
	days = 2
) {
	const last = utcDate(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000);
	return (await openAssignmentsOf(db, content, userId, today)).filter((a) => a.dueDate <= last);
}

/**
 * The batches given to people in `userIds` (null: everyone, for an admin), newest first, each
 * with who it went to and how far along it is.
 */
export async function batchesFor(
	db: Db,
	content: ContentIndex,
	userIds: number[] | null,
	today: string
) {
	if (userIds?.length === 0) return [];
	const rows = await db
		.select({
			batch: assignments.batch,
			itemType: assignments.itemType,
			itemId: assignments.itemId,
			teamId: assignments.teamId,
			dueDate: sql<string>`max(${assignments.dueDate})`,
			note: sql<string>`max(${assignments.note})`,
			createdAt: sql<number>`min(${assignments.createdAt})`,
			people: sql<number>`count(*)`,
			open: sql<number>`sum(${assignments.status} = 'open')`,
			done: sql<number>`sum(${assignments.status} = 'done')`,
			overdue: sql<number>`sum(${assignments.status} = 'open' and ${assignments.dueDate} < ${today})`,
			person: sql<string>`min(${users.name})`,
			newcomers: sql<number>`max(${assignments.newcomers})`
		})
		.from(assignments)
		.innerJoin(users, eq(users.id, assignments.userId))
		.where(userIds ? inArray(assignments.userId, userIds) : undefined)
		.groupBy(assignments.batch)
		.orderBy(desc(sql`min(${assignments.createdAt})`))
		.limit(100);
	return rows.map((r) => {
		const item = { type: r.itemType, id: r.itemId };
		return {
			...r,
			title: itemTitle(content, item) ?? r.itemId,
			link: itemLink(item),
			cancelled: r.people - r.open - r.done
		};
	});
}
