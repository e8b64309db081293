import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, one, type Db } from '../../src/lib/server/db';
import {
	actionItems,
	assignments,
	coachingSessions,
	competencyEvidence,
	notifications,
	reviews,
	statements,
	teamMembers,
	teams,
	users,
	type User
} from '../../src/lib/server/db/schema';
import { completeLesson } from '../../src/lib/server/record/lessons';
import { attemptQuestions, startAttempt, submitAttempt } from '../../src/lib/server/quiz/attempts';
import { answerForm, playRun } from '../../src/lib/server/org/demo-history';
import {
	assign,
	cancelBatch,
	editBatch,
	openAssignmentsOf
} from '../../src/lib/server/cockpit/assignments';
import {
	acknowledgeReview,
	createReview,
	disputeReview,
	resolveReview,
	reviewFor
} from '../../src/lib/server/cockpit/reviews';
import {
	acknowledgeSession,
	addActionItem,
	scheduleSession,
	tickActionItem,
	updateSession
} from '../../src/lib/server/cockpit/coaching';
import { dashboardTeams, teamDashboard } from '../../src/lib/server/cockpit/dashboard';
import { needsYou } from '../../src/lib/server/cockpit/needs';
import { addMember } from '../../src/lib/server/org/teams';
import { timelineOf } from '../../src/lib/server/growth/record';
import { assignableItems, parseItem } from '../../src/lib/server/cockpit/items';
import { addPerson, domainFailureOf, testDb } from './db';
import { realContent } from './real-content';

const content = realContent();
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);
const day = (offset: number) => new Date(NOW + offset * DAY).toISOString().slice(0, 10);
const LESSON = 'service-foundations/why-service-matters';

let db: Db;
let agent: User;
let mate: User;
let lead: User;
let otherLead: User;
let outsider: User;
let team: number;
beforeAll(() => expect(content.scorecards.length).toBeGreaterThan(0));
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
	mate = await addPerson(db);
	lead = await addPerson(db, { role: 'lead' });
	otherLead = await addPerson(db, { role: 'lead' });
	outsider = await addPerson(db);
	team = (await returned(db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning()))
		.id;
	const other = await returned(
		db.insert(teams).values({ name: 'Chat', leadId: otherLead.id }).returning()
	);
	await exec(
		db.insert(teamMembers).values([
			{ teamId: team, userId: agent.id },
			{ teamId: team, userId: mate.id },
			{ teamId: other.id, userId: outsider.id }
		])
	);
});

const rows = async (table: typeof assignments | typeof notifications | typeof reviews) =>
	(await one(db.select({ n: count() }).from(table)))!.n;
const toAgentOf = (id: number) => ({
	target: { kind: 'agent' as const, id },
	item: '',
	dueDate: day(7),
	note: ''
});
const toAgent = (item: string, due = day(7), note = '') => ({
	target: { kind: 'agent' as const, id: agent.id },
	item,
	dueDate: due,
	note
});

describe('assignments', () => {
	it('go to one agent or every active member of a team, each notified', async () => {
		const one = await assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		expect(one.count).toBe(1);
		const all = await assign(
			db,
			content,
			lead,
			{
				target: { kind: 'team', id: team },
				item: 'course:service-foundations',
				dueDate: day(14),
				note: 'x'
			},
			NOW
		);
		expect(all.count).toBe(2);
		expect(await rows(assignments)).toBe(3);
		expect(await rows(notifications)).toBe(3);
		expect((await openAssignmentsOf(db, content, agent.id, day(0))).map((a) => a.title)).toEqual([
			'Why service matters',
			'Service foundations'
		]);
		// Narrowed to some kinds of item (/practice lists the scenarios only).
		const of = async (types: ('lesson' | 'course' | 'quiz' | 'scenario')[]) =>
			(await openAssignmentsOf(db, content, agent.id, day(0), types)).map((a) => a.type);
		expect(await of(['course'])).toEqual(['course']);
		expect(await of(['lesson', 'course'])).toEqual(['lesson', 'course']);
		expect(await of(['scenario'])).toEqual([]);
	});

	it('never open the same item twice for one person: an agent is refused, a team skips them', async () => {
		const toTeam = (item: string) => ({
			target: { kind: 'team' as const, id: team },
			item,
			dueDate: day(14),
			note: ''
		});
		await assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		expect(
			await domainFailureOf(
				async () => await assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW + 1)
			)
		).toEqual({ key: 'assign_already_open', status: 409 });
		expect(await rows(assignments)).toBe(1);
		// The team: the agent keeps theirs (and its date), the mate gets one.
		const team1 = await assign(db, content, lead, toTeam(`lesson:${LESSON}`), NOW + 2);
		expect(team1).toMatchObject({ count: 1, alreadyOpen: 1 });
		expect(
			(
				await db.select({ userId: assignments.userId, due: assignments.dueDate }).from(assignments)
			).sort((a, b) => a.userId - b.userId)
		).toEqual(
			[
				{ userId: agent.id, due: toAgent('').dueDate },
				{ userId: mate.id, due: day(14) }
			].sort((a, b) => a.userId - b.userId)
		);
		// Everyone has it open: refused, nothing written.
		expect(
			await domainFailureOf(
				async () => await assign(db, content, lead, toTeam(`lesson:${LESSON}`), NOW + 3)
			)
		).toEqual({ key: 'assign_all_open', status: 409 });
		expect(await rows(assignments)).toBe(2);
		// Done, it can be assigned again (a refresher).
		const course = content.course('service-foundations')!;
		await completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW + 4);
		expect((await assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW + 5)).count).toBe(1);
	});

	it('reach people who join the team later when the lead asks, with the same number of days', async () => {
		const toTeam = (item: string, newcomers: boolean) => ({
			target: { kind: 'team' as const, id: team },
			item,
			dueDate: day(10),
			note: 'Before the new rota',
			newcomers
		});
		await assign(db, content, lead, toTeam(`lesson:${LESSON}`, true), NOW);
		await assign(db, content, lead, toTeam('course:communication-skills', false), NOW);
		// Cancelled after one member had finished it: over for newcomers too.
		const cancelled = await assign(
			db,
			content,
			lead,
			toTeam('course:needs-and-expectations', true),
			NOW
		);
		await exec(
			db
				.update(assignments)
				.set({ status: 'done', completedAt: NOW })
				.where(and(eq(assignments.batch, cancelled.batch), eq(assignments.userId, mate.id)))
		);
		await cancelBatch(db, lead, cancelled.batch, NOW);
		// Three days later someone joins: the lesson (10 days from their join day), nothing else.
		const newcomer = await addPerson(db);
		const joined = NOW + 3 * DAY;
		expect(await addMember(db, team, newcomer.id, lead.id, content, joined)).toBe(1);
		const theirs = await db.select().from(assignments).where(eq(assignments.userId, newcomer.id));
		expect(theirs).toMatchObject([
			{
				itemType: 'lesson',
				itemId: LESSON,
				dueDate: day(13),
				status: 'open',
				note: 'Before the new rota'
			}
		]);
		expect(
			await db.select().from(notifications).where(eq(notifications.userId, newcomer.id))
		).toMatchObject([{ kind: 'assigned', params: { title: 'Why service matters', due: day(13) } }]);
		// Someone who already finished it gets it done at once; someone with it open keeps theirs.
		const done = await addPerson(db);
		const course = content.course('service-foundations')!;
		await completeLesson(db, done.id, course, content.lesson(LESSON)!, NOW);
		await addMember(db, team, done.id, lead.id, content, joined);
		expect(
			await one(db.select().from(assignments).where(eq(assignments.userId, done.id)))
		).toMatchObject({
			status: 'done'
		});
		const busy = await addPerson(db);
		const admin = await addPerson(db, { role: 'admin' });
		await assign(db, content, admin, { ...toAgentOf(busy.id), item: `lesson:${LESSON}` }, NOW);
		expect(await addMember(db, team, busy.id, lead.id, content, joined)).toBe(0);
		expect(await db.select().from(assignments).where(eq(assignments.userId, busy.id))).toHaveLength(
			1
		);
	});

	it('offer everything assignable grouped by course, every entry assignable, no lead role-play', () => {
		const groups = assignableItems(content, 'en');
		const all = groups.flatMap((g) => g.options);
		expect(new Set(all.map((o) => o.value)).size).toBe(all.length);
		for (const o of all) expect(parseItem(content, o.value), o.value).not.toBeNull();
		const foundations = groups.find((g) => g.label === 'Service foundations')!;
		// The course first, then each lesson followed by its quiz.
		expect(foundations.options[0]).toEqual({
			value: 'course:service-foundations',
			type: 'course',
			label: 'Service foundations'
		});
		expect(foundations.options.slice(1, 3).map((o) => o.value)).toEqual([
			`lesson:${LESSON}`,
			`quiz:${LESSON}`
		]);
		expect(all.some((o) => o.value === 'quiz:service-foundations')).toBe(true);
		const leadOnly = content.scenarios.filter((s) => s.audience === 'lead').map((s) => s.id);
		expect(leadOnly.length).toBeGreaterThan(0);
		for (const id of leadOnly) expect(all.some((o) => o.value === `scenario:${id}`)).toBe(false);
		// Every agent role-play is offered once.
		const agentScenarios = content.scenarios.filter((s) => s.audience !== 'lead');
		expect(all.filter((o) => o.type === 'scenario')).toHaveLength(agentScenarios.length);
		// In Chinese, the titles are the Chinese ones.
		const zh = assignableItems(content, 'zh-CN').flatMap((g) => g.options);
		expect(zh.find((o) => o.value === `lesson:${LESSON}`)!.label).not.toBe(
			content.lesson(LESSON)!.title
		);
	});

	it('are refused, with nothing written, for another team, a bad item, date or note', async () => {
		const cases: [() => unknown, number, string][] = [
			[
				async () => await assign(db, content, otherLead, toAgent(`lesson:${LESSON}`), NOW),
				403,
				'forbidden'
			],
			[
				async () => await assign(db, content, agent, toAgent(`lesson:${LESSON}`), NOW),
				403,
				'forbidden'
			],
			[
				async () =>
					await assign(
						db,
						content,
						otherLead,
						{ ...toAgent(`lesson:${LESSON}`), target: { kind: 'team', id: team } },
						NOW
					),
				403,
				'forbidden'
			],
			[
				async () => await assign(db, content, lead, toAgent('lesson:no/such'), NOW),
				400,
				'assign_item_unknown'
			],
			[
				async () => await assign(db, content, lead, toAgent('scenario:customers-are-ruder'), NOW),
				400,
				'assign_item_unknown'
			],
			[
				async () => await assign(db, content, lead, toAgent(`lesson:${LESSON}`, day(-1)), NOW),
				400,
				'assign_date_past'
			],
			[
				async () => await assign(db, content, lead, toAgent(`lesson:${LESSON}`, '2026-02-30'), NOW),
				400,
				'assign_date'
			],
			[
				async () =>
					await assign(
						db,
						content,
						lead,
						toAgent(`lesson:${LESSON}`, day(1), 'n'.repeat(501)),
						NOW
					),
				400,
				'assign_note_long'
			]
		];
		for (const [act, status, key] of cases)
			expect(await domainFailureOf(act)).toEqual({ key, status });
		expect(await rows(assignments)).toBe(0);
		expect(await rows(notifications)).toBe(0);
	});

	it('close in the transaction that completes the lesson, and its course', async () => {
		const course = content.course('service-foundations')!;
		await assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		await assign(db, content, lead, toAgent('course:service-foundations'), NOW);
		await completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW + 1000);
		expect((await openAssignmentsOf(db, content, agent.id, day(0))).map((a) => a.type)).toEqual([
			'course'
		]);
		for (const lesson of course.lessons)
			await completeLesson(db, agent.id, course, lesson, NOW + 2000);
		expect(await openAssignmentsOf(db, content, agent.id, day(0))).toEqual([]);
		const done = await db.select().from(assignments);
		expect(done.every((a) => a.status === 'done' && a.completedAt !== null)).toBe(true);
	});

	it('close when a quiz is passed, not when it is failed', async () => {
		const quiz = content.quiz(LESSON)!;
		await assign(db, content, lead, toAgent(`quiz:${LESSON}`), NOW);
		const take = async (right: boolean, at: number) => {
			const attempt = await startAttempt(db, agent.id, quiz, at);
			await submitAttempt(
				db,
				attempt,
				quiz,
				answerForm(quiz, attempt.seed, attemptQuestions(quiz, attempt)!, () => right),
				at + 1
			);
		};
		await take(false, NOW);
		expect(await openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(1);
		await take(true, NOW + 2 * DAY);
		expect(await openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(0);
	});

	it('close when a scenario is passed', async () => {
		const scenario = content.scenario('third-call-still-broken')!;
		await assign(db, content, lead, toAgent('scenario:third-call-still-broken'), NOW);
		let seed = 1;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		await playRun(db, agent.id, scenario, 1, rand, NOW + 1000);
		expect(await openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(0);
	});

	it('are done at once for someone who already finished the item', async () => {
		const course = content.course('service-foundations')!;
		await completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW - DAY);
		const r = await assign(
			db,
			content,
			lead,
			{ ...toAgent(`lesson:${LESSON}`), target: { kind: 'team', id: team } },
			NOW
		);
		expect(r.alreadyDone).toBe(1);
		expect(await openAssignmentsOf(db, content, agent.id, day(0))).toEqual([]);
		expect(await openAssignmentsOf(db, content, mate.id, day(0))).toHaveLength(1);
		// Only the person with open work is told.
		expect(await rows(notifications)).toBe(1);
	});

	it('are edited and cancelled as a batch, open rows only, by their lead only', async () => {
		const { batch } = await assign(
			db,
			content,
			lead,
			{ target: { kind: 'team', id: team }, item: `lesson:${LESSON}`, dueDate: day(3), note: '' },
			NOW
		);
		await completeLesson(
			db,
			mate.id,
			content.course('service-foundations')!,
			content.lesson(LESSON)!,
			NOW
		);
		expect(
			await domainFailureOf(
				async () => await editBatch(db, otherLead, batch, { dueDate: day(9), note: 'x' }, NOW)
			)
		).toEqual({ key: 'forbidden', status: 403 });
		await editBatch(db, lead, batch, { dueDate: day(9), note: 'Take your time' }, NOW);
		const after = await db.select().from(assignments);
		expect(after.find((a) => a.userId === agent.id)).toMatchObject({
			dueDate: day(9),
			note: 'Take your time'
		});
		expect(after.find((a) => a.userId === mate.id)).toMatchObject({
			dueDate: day(3),
			status: 'done'
		});
		await cancelBatch(db, lead, batch, NOW);
		expect((await db.select().from(assignments)).map((a) => a.status).sort()).toEqual([
			'cancelled',
			'done'
		]);
		expect(await domainFailureOf(async () => await cancelBatch(db, lead, batch, NOW))).toEqual({
			key: 'assignment_closed',
			status: 409
		});
		expect(
			(await domainFailureOf(async () => await cancelBatch(db, lead, 'no-such', NOW))).status
		).toBe(404);
	});
});

describe('quality reviews', () => {
	const card = () => content.scorecards[0].id;
	const input = (marks: Record<string, string>, over: Record<string, string> = {}) => ({
		scorecard: card(),
		reference: 'T-1',
		interactionDate: day(-1),
		excerpt: '',
		comment: '',
		marks: (id: string) => marks[id] ?? '',
		...over
	});

	it('score the marks, append a statement and review evidence, and tell the agent', async () => {
		const review = await createReview(
			db,
			content,
			lead,
			agent.id,
			input({ 'no-reply-time': '1', interrupted: '2' }),
			NOW
		);
		expect(review.score).toBe(80);
		const s = (await one(
			db.select().from(statements).where(eq(statements.id, review.statementId))
		))!;
		expect(s).toMatchObject({
			actorId: agent.id,
			verb: 'scored',
			objectType: 'interaction',
			success: true
		});
		const evidence = await db
			.select()
			.from(competencyEvidence)
			.where(eq(competencyEvidence.statementId, s.id));
		expect(evidence.every((e) => e.kind === 'review')).toBe(true);
		expect(Object.fromEntries(evidence.map((e) => [e.competency, e.score]))).toMatchObject({
			expectations: 0,
			listening: expect.closeTo(1 - 10 / 20, 5)
		});
		expect((await db.select().from(notifications)).map((n) => [n.userId, n.kind])).toEqual([
			[agent.id, 'review']
		]);
		expect((await timelineOf(db, content, agent.id, 'review', 'coach')).map((e) => e.href)).toEqual(
			[`/reviews/${review.id}`]
		);
	});

	it('refuse marks out of range, future dates and other teams, writing nothing', async () => {
		const cases: [() => unknown, number, string][] = [
			[
				async () =>
					await createReview(db, content, lead, agent.id, input({ interrupted: '4' }), NOW),
				400,
				'review_mark_range'
			],
			[
				async () => await createReview(db, content, lead, agent.id, input({ rude: '1.0' }), NOW),
				400,
				'review_mark_range'
			],
			[
				async () =>
					await createReview(
						db,
						content,
						lead,
						agent.id,
						input({}, { interactionDate: day(1) }),
						NOW
					),
				400,
				'review_date_future'
			],
			[
				async () =>
					await createReview(db, content, lead, agent.id, input({}, { reference: ' ' }), NOW),
				400,
				'review_reference_empty'
			],
			[
				async () =>
					await createReview(db, content, lead, agent.id, input({}, { scorecard: 'nope' }), NOW),
				400,
				'review_scorecard_unknown'
			],
			[
				async () => await createReview(db, content, otherLead, agent.id, input({}), NOW),
				403,
				'forbidden'
			],
			[
				async () => await createReview(db, content, mate, agent.id, input({}), NOW),
				403,
				'forbidden'
			]
		];
		for (const [act, status, key] of cases)
			expect(await domainFailureOf(act)).toEqual({ key, status });
		expect(await rows(reviews)).toBe(0);
		expect((await one(db.select({ n: count() }).from(statements)))!.n).toBe(0);
	});

	it('are acknowledged or disputed once by the agent; a lead resolves a dispute once, revising the evidence', async () => {
		const a = await createReview(db, content, lead, agent.id, input({}), NOW);
		await acknowledgeReview(db, agent, a.id, NOW);
		expect(
			(await domainFailureOf(async () => await disputeReview(db, agent, a.id, 'late', NOW))).status
		).toBe(409);

		const b = await createReview(
			db,
			content,
			lead,
			agent.id,
			input({ 'need-not-confirmed': '1', 'no-reply-time': '1' }),
			NOW
		);
		expect(b.score).toBe(80);
		expect(
			await domainFailureOf(async () => await disputeReview(db, lead, b.id, 'for them', NOW))
		).toEqual({
			key: 'review_not_found',
			status: 404
		});
		expect(
			(await domainFailureOf(async () => await disputeReview(db, agent, b.id, '  ', NOW))).key
		).toBe('review_reason_empty');
		expect(
			(
				await domainFailureOf(
					async () =>
						await resolveReview(
							db,
							content,
							lead,
							b.id,
							{ outcome: 'upheld', note: 'x', marks: () => '' },
							NOW
						)
				)
			).status
		).toBe(409);
		await disputeReview(db, agent, b.id, 'I confirmed it at 02:10', NOW);
		expect(
			await db.select().from(notifications).where(eq(notifications.userId, lead.id))
		).toHaveLength(1);
		expect(
			(
				await domainFailureOf(
					async () =>
						await resolveReview(
							db,
							content,
							otherLead,
							b.id,
							{ outcome: 'revised', note: 'x', marks: () => '' },
							NOW
						)
				)
			).status
		).toBe(403);
		await resolveReview(
			db,
			content,
			lead,
			b.id,
			{
				outcome: 'revised',
				note: 'Fair point',
				marks: (id) => (id === 'no-reply-time' ? '1' : '')
			},
			NOW + 1
		);
		const revised = (await one(db.select().from(reviews).where(eq(reviews.id, b.id))))!;
		expect(revised).toMatchObject({ status: 'resolved', score: 90, resolution: 'Fair point' });
		expect(revised.statementId).not.toBe(b.statementId);
		// The old statement stays (the record is append-only); only the new one has evidence.
		expect(
			await db
				.select()
				.from(competencyEvidence)
				.where(eq(competencyEvidence.statementId, b.statementId))
		).toEqual([]);
		expect(
			(
				await db
					.select()
					.from(competencyEvidence)
					.where(eq(competencyEvidence.statementId, revised.statementId!))
			).length
		).toBeGreaterThan(0);
		expect(
			(
				await domainFailureOf(
					async () =>
						await resolveReview(
							db,
							content,
							lead,
							b.id,
							{ outcome: 'upheld', note: 'again', marks: () => '' },
							NOW
						)
				)
			).status
		).toBe(409);
		expect(await reviewFor(db, mate, b.id)).toBeNull();
		expect(await reviewFor(db, otherLead, b.id)).toBeNull();
		expect((await reviewFor(db, agent, b.id))?.id).toBe(b.id);
	});

	it('settle the notifications that asked for an answer once it is given, and no others', async () => {
		const unread = async (userId: number, link: string) =>
			(
				await db
					.select({ kind: notifications.kind })
					.from(notifications)
					.where(
						and(
							eq(notifications.userId, userId),
							eq(notifications.link, link),
							isNull(notifications.readAt)
						)
					)
			).map((n) => n.kind);
		const a = await createReview(db, content, lead, agent.id, input({}), NOW);
		const b = await createReview(db, content, lead, agent.id, input({ 'no-reply-time': '1' }), NOW);
		expect(await unread(agent.id, `/reviews/${a.id}`)).toEqual(['review']);
		// Acknowledged: its request is read; the other review's still waits.
		await acknowledgeReview(db, agent, a.id, NOW + 1);
		expect(await unread(agent.id, `/reviews/${a.id}`)).toEqual([]);
		expect(await unread(agent.id, `/reviews/${b.id}`)).toEqual(['review']);
		// Disputed: the agent's request is read, the lead is asked to resolve it.
		await disputeReview(db, agent, b.id, 'I did give a reply time', NOW + 2);
		expect(await unread(agent.id, `/reviews/${b.id}`)).toEqual([]);
		expect(await unread(lead.id, `/reviews/${b.id}`)).toEqual(['dispute']);
		// Resolved: the lead's request is read, and the agent hears the outcome (unread).
		await resolveReview(
			db,
			content,
			lead,
			b.id,
			{ outcome: 'upheld', note: 'The recording has none', marks: () => '' },
			NOW + 3
		);
		expect(await unread(lead.id, `/reviews/${b.id}`)).toEqual([]);
		expect(await unread(agent.id, `/reviews/${b.id}`)).toEqual(['resolved']);
	});
});

describe('one-to-ones', () => {
	it('have a time on the lead’s clock, kept as one moment every reader sees in their own zone', async () => {
		const at = async (time: string, zone: string) =>
			await scheduleSession(
				db,
				content,
				lead,
				agent.id,
				{ date: '2026-12-07', time, zone, focus: [], notes: '' },
				NOW
			);
		// 14:30 in Shanghai is 06:30 UTC; the agent is told the moment, not the lead's wall time.
		const s = await at('14:30', 'Asia/Shanghai');
		expect(new Date(s.startsAt!).toISOString()).toBe('2026-12-07T06:30:00.000Z');
		const note = await db.select().from(notifications).where(eq(notifications.userId, agent.id));
		expect(note.at(-1)!.params).toEqual({ date: '2026-12-07', at: String(s.startsAt) });
		// No time: a day only, as before.
		expect(
			(
				await scheduleSession(
					db,
					content,
					lead,
					agent.id,
					{ date: '2026-12-08', focus: [], notes: '' },
					NOW
				)
			).startsAt
		).toBeNull();
		// A time that is not one: refused, nothing written.
		const before = (await one(db.select({ n: count() }).from(coachingSessions)))!.n;
		for (const time of ['25:00', '9.30', '14:30:00'])
			expect(await domainFailureOf(async () => await at(time, 'Europe/London'))).toEqual({
				key: 'session_time',
				status: 400
			});
		expect((await one(db.select({ n: count() }).from(coachingSessions)))!.n).toBe(before);
	});

	it('are scheduled with focus, written up with the agent’s own evidence, acknowledged and ticked off', async () => {
		expect(
			(
				await domainFailureOf(
					async () =>
						await scheduleSession(
							db,
							content,
							lead,
							agent.id,
							{ date: day(0), focus: ['telepathy'], notes: '' },
							NOW
						)
				)
			).key
		).toBe('session_focus_unknown');
		expect(
			(
				await domainFailureOf(
					async () =>
						await scheduleSession(
							db,
							content,
							lead,
							agent.id,
							{
								date: day(0),
								focus: ['listening', 'empathy', 'clarity', 'needs', 'resolution'],
								notes: ''
							},
							NOW
						)
				)
			).key
		).toBe('session_focus_many');
		expect(
			(
				await domainFailureOf(
					async () =>
						await scheduleSession(
							db,
							content,
							otherLead,
							agent.id,
							{ date: day(0), focus: [], notes: '' },
							NOW
						)
				)
			).status
		).toBe(403);
		const session = await scheduleSession(
			db,
			content,
			lead,
			agent.id,
			{ date: day(0), focus: ['listening'], notes: 'Agenda' },
			NOW
		);
		const review = await createReview(
			db,
			content,
			lead,
			agent.id,
			{
				scorecard: content.scorecards[0].id,
				reference: 'T-9',
				interactionDate: day(0),
				excerpt: '',
				comment: '',
				marks: () => ''
			},
			NOW
		);
		const mateReview = await createReview(
			db,
			content,
			lead,
			mate.id,
			{
				scorecard: content.scorecards[0].id,
				reference: 'T-10',
				interactionDate: day(0),
				excerpt: '',
				comment: '',
				marks: () => ''
			},
			NOW
		);
		expect(
			(
				await domainFailureOf(
					async () =>
						await updateSession(
							db,
							content,
							lead,
							session.id,
							{ notes: '', focus: [], evidence: [`review:${mateReview.id}`], followUp: '' },
							NOW
						)
				)
			).key
		).toBe('session_evidence_unknown');
		expect(
			(
				await domainFailureOf(
					async () =>
						await updateSession(
							db,
							content,
							lead,
							session.id,
							{ notes: '', focus: [], evidence: [], followUp: day(-1) },
							NOW
						)
				)
			).key
		).toBe('session_follow_up_before');
		await updateSession(
			db,
			content,
			lead,
			session.id,
			{
				notes: 'We agreed',
				focus: ['listening'],
				evidence: [`review:${review.id}`],
				followUp: day(14)
			},
			NOW
		);

		const before = (await one(db.select({ n: count() }).from(actionItems)))!.n;
		expect(
			(
				await domainFailureOf(
					async () =>
						await addActionItem(
							db,
							content,
							lead,
							session.id,
							{ text: 'Practise', dueDate: day(7), item: 'scenario:no-such' },
							NOW
						)
				)
			).key
		).toBe('assign_item_unknown');
		// The action item and its assignment are one transaction: neither was written.
		expect((await one(db.select({ n: count() }).from(actionItems)))!.n).toBe(before);
		const item = await addActionItem(
			db,
			content,
			lead,
			session.id,
			{ text: 'Practise', dueDate: day(7), item: 'scenario:third-call-still-broken' },
			NOW
		);
		expect(await db.select().from(assignments)).toMatchObject([
			{ actionItemId: item.id, userId: agent.id }
		]);

		expect(
			(await domainFailureOf(async () => await acknowledgeSession(db, mate, session.id, NOW)))
				.status
		).toBe(404);
		await acknowledgeSession(db, agent, session.id, NOW);
		expect(
			(await domainFailureOf(async () => await acknowledgeSession(db, agent, session.id, NOW)))
				.status
		).toBe(409);
		expect(
			(await domainFailureOf(async () => await tickActionItem(db, mate, item.id, true, NOW))).status
		).toBe(404);
		await tickActionItem(db, agent, item.id, true, NOW);
		expect(
			(await one(db.select().from(actionItems).where(eq(actionItems.id, item.id))))!.doneAt
		).toBe(NOW);
	});
});

describe('the dashboard', () => {
	it('counts assignments, course completion, quiet members, and suggests practice after a failed review', async () => {
		const course = content.course('service-foundations')!;
		await assign(
			db,
			content,
			lead,
			{
				target: { kind: 'agent', id: agent.id },
				item: `lesson:${LESSON}`,
				dueDate: day(0),
				note: ''
			},
			NOW - 3 * DAY
		);
		await assign(
			db,
			content,
			lead,
			{
				target: { kind: 'agent', id: mate.id },
				item: `lesson:${LESSON}`,
				dueDate: day(5),
				note: ''
			},
			NOW
		);
		for (const lesson of course.lessons)
			await completeLesson(db, mate.id, course, lesson, NOW - DAY);
		await createReview(
			db,
			content,
			lead,
			agent.id,
			{
				scorecard: content.scorecards[0].id,
				reference: 'T-2',
				interactionDate: day(-1),
				excerpt: '',
				comment: '',
				marks: (id) => ({ 'wrong-information': '2', 'no-owner': '1' })[id] ?? ''
			},
			NOW
		);

		// Both have been here for two months.
		await exec(
			db
				.update(users)
				.set({ createdAt: NOW - 60 * DAY })
				.where(inArray(users.id, [agent.id, mate.id]))
		);
		const d = await teamDashboard(db, content, [team], NOW + DAY);
		const byName = (u: User) => d.members.find((m) => m.id === u.id)!;
		expect(byName(agent)).toMatchObject({ open: 1, done: 0, overdue: 1 });
		expect(byName(mate)).toMatchObject({ open: 0, done: 1, overdue: 0, inactive: false });
		// A review is the lead's activity, not the agent's: the agent is still quiet.
		expect(byName(agent).inactive).toBe(true);
		expect(d.inactive.map((p) => p.id)).toEqual([agent.id]);
		expect(d.courses.find((c) => c.slug === 'service-foundations')).toMatchObject({
			completed: 1,
			of: 2
		});
		expect(d.suggestions).toHaveLength(1);
		expect(d.suggestions[0]).toMatchObject({
			userId: agent.id,
			reason: { key: 'suggest_review', reference: 'T-2' }
		});
		expect(d.suggestions[0].item.type).toBe('scenario');

		expect((await dashboardTeams(db, lead, null)).selected.map((t) => t.id)).toEqual([team]);
		expect((await dashboardTeams(db, otherLead, team)).unknown).toBe(true);
	});

	it('calls quiet only someone who has been here long enough to be', async () => {
		const newHire = await addPerson(db);
		const upcoming = await addPerson(db);
		await exec(
			db.insert(teamMembers).values([
				{ teamId: team, userId: newHire.id },
				{ teamId: team, userId: upcoming.id }
			])
		);
		// Started three days ago, nothing done yet; starts next week; both accounts made a month ago.
		await exec(
			db
				.update(users)
				.set({ createdAt: NOW - 30 * DAY, startedOn: day(-3) })
				.where(eq(users.id, newHire.id))
		);
		await exec(
			db
				.update(users)
				.set({ createdAt: NOW - 30 * DAY, startedOn: day(7) })
				.where(eq(users.id, upcoming.id))
		);
		// The agent's account is two months old, with nothing done in that time.
		await exec(
			db
				.update(users)
				.set({ createdAt: NOW - 60 * DAY })
				.where(eq(users.id, agent.id))
		);
		// The mate's account was made today, but their history (brought in) goes back 40 days.
		await completeLesson(
			db,
			mate.id,
			content.course('service-foundations')!,
			content.lesson(LESSON)!,
			NOW - 40 * DAY
		);
		const d = await teamDashboard(db, content, [team], NOW);
		const quiet = (u: User) => d.members.find((m) => m.id === u.id)!.inactive;
		expect(quiet(newHire)).toBe(false);
		expect(quiet(upcoming)).toBe(false);
		expect(quiet(agent)).toBe(true);
		expect(quiet(mate)).toBe(true);
		// Seventeen days after the start date, still nothing: quiet.
		expect(
			(await teamDashboard(db, content, [team], NOW + 14 * DAY)).members.find(
				(m) => m.id === newHire.id
			)!.inactive
		).toBe(true);
	});
});

describe('what needs a lead', () => {
	const input = () => ({
		scorecard: content.scorecards[0].id,
		reference: 'T-9',
		interactionDate: day(-30),
		excerpt: '',
		comment: '',
		marks: () => ''
	});

	// The dashboard's rows: who, and how many open assignments are overdue.
	const members = async () => (await teamDashboard(db, content, [team], NOW)).members;

	it('lists disputes, unanswered reviews, one-to-ones due, follow-ups due and overdue work, for their members only', async () => {
		const outsiderReview = await createReview(db, content, otherLead, outsider.id, input(), NOW);
		await disputeReview(db, outsider, outsiderReview.id, 'Not mine to see', NOW);
		const disputed = await createReview(db, content, lead, agent.id, input(), NOW - 10 * DAY);
		await disputeReview(db, agent, disputed.id, 'I did confirm the need', NOW - 9 * DAY);
		// Unanswered for five days (counts), and since this morning (too soon to chase).
		const old = await createReview(db, content, lead, mate.id, input(), NOW - 5 * DAY);
		await createReview(db, content, lead, mate.id, input(), NOW - 3600_000);
		const session = await scheduleSession(
			db,
			content,
			lead,
			mate.id,
			{ date: day(1), focus: [], notes: '' },
			NOW
		);
		// An earlier one-to-one with the agent whose follow-up date has passed, none since.
		const earlier = await scheduleSession(
			db,
			content,
			lead,
			agent.id,
			{ date: day(-20), focus: [], notes: '' },
			NOW - 21 * DAY
		);
		await updateSession(
			db,
			content,
			lead,
			earlier.id,
			{ notes: 'Went well', focus: [], followUp: day(-2), evidence: [] },
			NOW - 20 * DAY
		);
		await assign(db, content, lead, toAgent(`lesson:${LESSON}`, day(-1)), NOW - 5 * DAY);

		const needs = await needsYou(
			db,
			await members(),
			[{ id: team, name: 'Phones' }],
			day(0),
			(id) => id,
			NOW
		);
		expect(needs.map((n) => [n.kind, n.link])).toEqual([
			['dispute', `/reviews/${disputed.id}`],
			['session', `/coaching/${session.id}`],
			['follow-up', `/team/people/${agent.id}/session`],
			['overdue', `/team/people/${agent.id}`],
			['unacknowledged', `/reviews/${old.id}`]
		]);
		// Resolved, scheduled again, done: nothing of those is left.
		await resolveReview(
			db,
			content,
			lead,
			disputed.id,
			{ outcome: 'upheld', note: 'Heard it', marks: () => '' },
			NOW
		);
		await scheduleSession(db, content, lead, agent.id, { date: day(3), focus: [], notes: '' }, NOW);
		const course = content.course('service-foundations')!;
		await completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW);
		expect(
			(
				await needsYou(db, await members(), [{ id: team, name: 'Phones' }], day(0), (id) => id, NOW)
			).map((n) => n.kind)
		).toEqual(['session', 'unacknowledged']);
		expect(await needsYou(db, [], [], day(0), (id) => id, NOW)).toEqual([]);
	});
});
