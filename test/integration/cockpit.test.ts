import { and, count, eq, inArray, isNull } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
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
beforeEach(() => {
	db = testDb();
	agent = addPerson(db);
	mate = addPerson(db);
	lead = addPerson(db, { role: 'lead' });
	otherLead = addPerson(db, { role: 'lead' });
	outsider = addPerson(db);
	team = db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning().get().id;
	const other = db.insert(teams).values({ name: 'Chat', leadId: otherLead.id }).returning().get();
	db.insert(teamMembers)
		.values([
			{ teamId: team, userId: agent.id },
			{ teamId: team, userId: mate.id },
			{ teamId: other.id, userId: outsider.id }
		])
		.run();
});

const rows = (table: typeof assignments | typeof notifications | typeof reviews) =>
	db.select({ n: count() }).from(table).get()!.n;
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
	it('go to one agent or every active member of a team, each notified', () => {
		const one = assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		expect(one.count).toBe(1);
		const all = assign(
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
		expect(rows(assignments)).toBe(3);
		expect(rows(notifications)).toBe(3);
		expect(openAssignmentsOf(db, content, agent.id, day(0)).map((a) => a.title)).toEqual([
			'Why service matters',
			'Service foundations'
		]);
		// Narrowed to some kinds of item (/practice lists the scenarios only).
		const of = (types: ('lesson' | 'course' | 'quiz' | 'scenario')[]) =>
			openAssignmentsOf(db, content, agent.id, day(0), types).map((a) => a.type);
		expect(of(['course'])).toEqual(['course']);
		expect(of(['lesson', 'course'])).toEqual(['lesson', 'course']);
		expect(of(['scenario'])).toEqual([]);
	});

	it('never open the same item twice for one person: an agent is refused, a team skips them', () => {
		const toTeam = (item: string) => ({
			target: { kind: 'team' as const, id: team },
			item,
			dueDate: day(14),
			note: ''
		});
		assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		expect(
			domainFailureOf(() => assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW + 1))
		).toEqual({ key: 'assign_already_open', status: 409 });
		expect(rows(assignments)).toBe(1);
		// The team: the agent keeps theirs (and its date), the mate gets one.
		const team1 = assign(db, content, lead, toTeam(`lesson:${LESSON}`), NOW + 2);
		expect(team1).toMatchObject({ count: 1, alreadyOpen: 1 });
		expect(
			db
				.select({ userId: assignments.userId, due: assignments.dueDate })
				.from(assignments)
				.all()
				.sort((a, b) => a.userId - b.userId)
		).toEqual(
			[
				{ userId: agent.id, due: toAgent('').dueDate },
				{ userId: mate.id, due: day(14) }
			].sort((a, b) => a.userId - b.userId)
		);
		// Everyone has it open: refused, nothing written.
		expect(
			domainFailureOf(() => assign(db, content, lead, toTeam(`lesson:${LESSON}`), NOW + 3))
		).toEqual({ key: 'assign_all_open', status: 409 });
		expect(rows(assignments)).toBe(2);
		// Done, it can be assigned again (a refresher).
		const course = content.course('service-foundations')!;
		completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW + 4);
		expect(assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW + 5).count).toBe(1);
	});

	it('reach people who join the team later when the lead asks, with the same number of days', () => {
		const toTeam = (item: string, newcomers: boolean) => ({
			target: { kind: 'team' as const, id: team },
			item,
			dueDate: day(10),
			note: 'Before the new rota',
			newcomers
		});
		assign(db, content, lead, toTeam(`lesson:${LESSON}`, true), NOW);
		assign(db, content, lead, toTeam('course:communication-skills', false), NOW);
		// Cancelled after one member had finished it: over for newcomers too.
		const cancelled = assign(db, content, lead, toTeam('course:needs-and-expectations', true), NOW);
		db.update(assignments)
			.set({ status: 'done', completedAt: NOW })
			.where(and(eq(assignments.batch, cancelled.batch), eq(assignments.userId, mate.id)))
			.run();
		cancelBatch(db, lead, cancelled.batch, NOW);
		// Three days later someone joins: the lesson (10 days from their join day), nothing else.
		const newcomer = addPerson(db);
		const joined = NOW + 3 * DAY;
		expect(addMember(db, team, newcomer.id, lead.id, content, joined)).toBe(1);
		const theirs = db.select().from(assignments).where(eq(assignments.userId, newcomer.id)).all();
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
			db.select().from(notifications).where(eq(notifications.userId, newcomer.id)).all()
		).toMatchObject([{ kind: 'assigned', params: { title: 'Why service matters', due: day(13) } }]);
		// Someone who already finished it gets it done at once; someone with it open keeps theirs.
		const done = addPerson(db);
		const course = content.course('service-foundations')!;
		completeLesson(db, done.id, course, content.lesson(LESSON)!, NOW);
		addMember(db, team, done.id, lead.id, content, joined);
		expect(
			db.select().from(assignments).where(eq(assignments.userId, done.id)).get()
		).toMatchObject({
			status: 'done'
		});
		const busy = addPerson(db);
		const admin = addPerson(db, { role: 'admin' });
		assign(db, content, admin, { ...toAgentOf(busy.id), item: `lesson:${LESSON}` }, NOW);
		expect(addMember(db, team, busy.id, lead.id, content, joined)).toBe(0);
		expect(db.select().from(assignments).where(eq(assignments.userId, busy.id)).all()).toHaveLength(
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

	it('are refused, with nothing written, for another team, a bad item, date or note', () => {
		const cases: [() => unknown, number, string][] = [
			[() => assign(db, content, otherLead, toAgent(`lesson:${LESSON}`), NOW), 403, 'forbidden'],
			[() => assign(db, content, agent, toAgent(`lesson:${LESSON}`), NOW), 403, 'forbidden'],
			[
				() =>
					assign(
						db,
						content,
						otherLead,
						{ ...toAgent(`lesson:${LESSON}`), target: { kind: 'team', id: team } },
						NOW
					),
				403,
				'forbidden'
			],
			[() => assign(db, content, lead, toAgent('lesson:no/such'), NOW), 400, 'assign_item_unknown'],
			[
				() => assign(db, content, lead, toAgent('scenario:customers-are-ruder'), NOW),
				400,
				'assign_item_unknown'
			],
			[
				() => assign(db, content, lead, toAgent(`lesson:${LESSON}`, day(-1)), NOW),
				400,
				'assign_date_past'
			],
			[
				() => assign(db, content, lead, toAgent(`lesson:${LESSON}`, '2026-02-30'), NOW),
				400,
				'assign_date'
			],
			[
				() => assign(db, content, lead, toAgent(`lesson:${LESSON}`, day(1), 'n'.repeat(501)), NOW),
				400,
				'assign_note_long'
			]
		];
		for (const [act, status, key] of cases) expect(domainFailureOf(act)).toEqual({ key, status });
		expect(rows(assignments)).toBe(0);
		expect(rows(notifications)).toBe(0);
	});

	it('close in the transaction that completes the lesson, and its course', () => {
		const course = content.course('service-foundations')!;
		assign(db, content, lead, toAgent(`lesson:${LESSON}`), NOW);
		assign(db, content, lead, toAgent('course:service-foundations'), NOW);
		completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW + 1000);
		expect(openAssignmentsOf(db, content, agent.id, day(0)).map((a) => a.type)).toEqual(['course']);
		for (const lesson of course.lessons) completeLesson(db, agent.id, course, lesson, NOW + 2000);
		expect(openAssignmentsOf(db, content, agent.id, day(0))).toEqual([]);
		const done = db.select().from(assignments).all();
		expect(done.every((a) => a.status === 'done' && a.completedAt !== null)).toBe(true);
	});

	it('close when a quiz is passed, not when it is failed', () => {
		const quiz = content.quiz(LESSON)!;
		assign(db, content, lead, toAgent(`quiz:${LESSON}`), NOW);
		const take = (right: boolean, at: number) => {
			const attempt = startAttempt(db, agent.id, quiz, at);
			submitAttempt(
				db,
				attempt,
				quiz,
				answerForm(quiz, attempt.seed, attemptQuestions(quiz, attempt)!, () => right),
				at + 1
			);
		};
		take(false, NOW);
		expect(openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(1);
		take(true, NOW + 2 * DAY);
		expect(openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(0);
	});

	it('close when a scenario is passed', () => {
		const scenario = content.scenario('third-call-still-broken')!;
		assign(db, content, lead, toAgent('scenario:third-call-still-broken'), NOW);
		let seed = 1;
		const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
		playRun(db, agent.id, scenario, 1, rand, NOW + 1000);
		expect(openAssignmentsOf(db, content, agent.id, day(0))).toHaveLength(0);
	});

	it('are done at once for someone who already finished the item', () => {
		const course = content.course('service-foundations')!;
		completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW - DAY);
		const r = assign(
			db,
			content,
			lead,
			{ ...toAgent(`lesson:${LESSON}`), target: { kind: 'team', id: team } },
			NOW
		);
		expect(r.alreadyDone).toBe(1);
		expect(openAssignmentsOf(db, content, agent.id, day(0))).toEqual([]);
		expect(openAssignmentsOf(db, content, mate.id, day(0))).toHaveLength(1);
		// Only the person with open work is told.
		expect(rows(notifications)).toBe(1);
	});

	it('are edited and cancelled as a batch, open rows only, by their lead only', () => {
		const { batch } = assign(
			db,
			content,
			lead,
			{ target: { kind: 'team', id: team }, item: `lesson:${LESSON}`, dueDate: day(3), note: '' },
			NOW
		);
		completeLesson(
			db,
			mate.id,
			content.course('service-foundations')!,
			content.lesson(LESSON)!,
			NOW
		);
		expect(
			domainFailureOf(() => editBatch(db, otherLead, batch, { dueDate: day(9), note: 'x' }, NOW))
		).toEqual({ key: 'forbidden', status: 403 });
		editBatch(db, lead, batch, { dueDate: day(9), note: 'Take your time' }, NOW);
		const after = db.select().from(assignments).all();
		expect(after.find((a) => a.userId === agent.id)).toMatchObject({
			dueDate: day(9),
			note: 'Take your time'
		});
		expect(after.find((a) => a.userId === mate.id)).toMatchObject({
			dueDate: day(3),
			status: 'done'
		});
		cancelBatch(db, lead, batch, NOW);
		expect(
			db
				.select()
				.from(assignments)
				.all()
				.map((a) => a.status)
				.sort()
		).toEqual(['cancelled', 'done']);
		expect(domainFailureOf(() => cancelBatch(db, lead, batch, NOW))).toEqual({
			key: 'assignment_closed',
			status: 409
		});
		expect(domainFailureOf(() => cancelBatch(db, lead, 'no-such', NOW)).status).toBe(404);
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

	it('score the marks, append a statement and review evidence, and tell the agent', () => {
		const review = createReview(
			db,
			content,
			lead,
			agent.id,
			input({ 'no-reply-time': '1', interrupted: '2' }),
			NOW
		);
		expect(review.score).toBe(80);
		const s = db.select().from(statements).where(eq(statements.id, review.statementId)).get()!;
		expect(s).toMatchObject({
			actorId: agent.id,
			verb: 'scored',
			objectType: 'interaction',
			success: true
		});
		const evidence = db
			.select()
			.from(competencyEvidence)
			.where(eq(competencyEvidence.statementId, s.id))
			.all();
		expect(evidence.every((e) => e.kind === 'review')).toBe(true);
		expect(Object.fromEntries(evidence.map((e) => [e.competency, e.score]))).toMatchObject({
			expectations: 0,
			listening: expect.closeTo(1 - 10 / 20, 5)
		});
		expect(
			db
				.select()
				.from(notifications)
				.all()
				.map((n) => [n.userId, n.kind])
		).toEqual([[agent.id, 'review']]);
		expect(timelineOf(db, content, agent.id, 'review', 'coach').map((e) => e.href)).toEqual([
			`/reviews/${review.id}`
		]);
	});

	it('refuse marks out of range, future dates and other teams, writing nothing', () => {
		const cases: [() => unknown, number, string][] = [
			[
				() => createReview(db, content, lead, agent.id, input({ interrupted: '4' }), NOW),
				400,
				'review_mark_range'
			],
			[
				() => createReview(db, content, lead, agent.id, input({ rude: '1.0' }), NOW),
				400,
				'review_mark_range'
			],
			[
				() =>
					createReview(db, content, lead, agent.id, input({}, { interactionDate: day(1) }), NOW),
				400,
				'review_date_future'
			],
			[
				() => createReview(db, content, lead, agent.id, input({}, { reference: ' ' }), NOW),
				400,
				'review_reference_empty'
			],
			[
				() => createReview(db, content, lead, agent.id, input({}, { scorecard: 'nope' }), NOW),
				400,
				'review_scorecard_unknown'
			],
			[() => createReview(db, content, otherLead, agent.id, input({}), NOW), 403, 'forbidden'],
			[() => createReview(db, content, mate, agent.id, input({}), NOW), 403, 'forbidden']
		];
		for (const [act, status, key] of cases) expect(domainFailureOf(act)).toEqual({ key, status });
		expect(rows(reviews)).toBe(0);
		expect(db.select({ n: count() }).from(statements).get()!.n).toBe(0);
	});

	it('are acknowledged or disputed once by the agent; a lead resolves a dispute once, revising the evidence', () => {
		const a = createReview(db, content, lead, agent.id, input({}), NOW);
		acknowledgeReview(db, agent, a.id, NOW);
		expect(domainFailureOf(() => disputeReview(db, agent, a.id, 'late', NOW)).status).toBe(409);

		const b = createReview(
			db,
			content,
			lead,
			agent.id,
			input({ 'need-not-confirmed': '1', 'no-reply-time': '1' }),
			NOW
		);
		expect(b.score).toBe(80);
		expect(domainFailureOf(() => disputeReview(db, lead, b.id, 'for them', NOW))).toEqual({
			key: 'review_not_found',
			status: 404
		});
		expect(domainFailureOf(() => disputeReview(db, agent, b.id, '  ', NOW)).key).toBe(
			'review_reason_empty'
		);
		expect(
			domainFailureOf(() =>
				resolveReview(
					db,
					content,
					lead,
					b.id,
					{ outcome: 'upheld', note: 'x', marks: () => '' },
					NOW
				)
			).status
		).toBe(409);
		disputeReview(db, agent, b.id, 'I confirmed it at 02:10', NOW);
		expect(
			db.select().from(notifications).where(eq(notifications.userId, lead.id)).all()
		).toHaveLength(1);
		expect(
			domainFailureOf(() =>
				resolveReview(
					db,
					content,
					otherLead,
					b.id,
					{ outcome: 'revised', note: 'x', marks: () => '' },
					NOW
				)
			).status
		).toBe(403);
		resolveReview(
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
		const revised = db.select().from(reviews).where(eq(reviews.id, b.id)).get()!;
		expect(revised).toMatchObject({ status: 'resolved', score: 90, resolution: 'Fair point' });
		expect(revised.statementId).not.toBe(b.statementId);
		// The old statement stays (the record is append-only); only the new one has evidence.
		expect(
			db
				.select()
				.from(competencyEvidence)
				.where(eq(competencyEvidence.statementId, b.statementId))
				.all()
		).toEqual([]);
		expect(
			db
				.select()
				.from(competencyEvidence)
				.where(eq(competencyEvidence.statementId, revised.statementId!))
				.all().length
		).toBeGreaterThan(0);
		expect(
			domainFailureOf(() =>
				resolveReview(
					db,
					content,
					lead,
					b.id,
					{ outcome: 'upheld', note: 'again', marks: () => '' },
					NOW
				)
			).status
		).toBe(409);
		expect(reviewFor(db, mate, b.id)).toBeNull();
		expect(reviewFor(db, otherLead, b.id)).toBeNull();
		expect(reviewFor(db, agent, b.id)?.id).toBe(b.id);
	});

	it('settle the notifications that asked for an answer once it is given, and no others', () => {
		const unread = (userId: number, link: string) =>
			db
				.select({ kind: notifications.kind })
				.from(notifications)
				.where(
					and(
						eq(notifications.userId, userId),
						eq(notifications.link, link),
						isNull(notifications.readAt)
					)
				)
				.all()
				.map((n) => n.kind);
		const a = createReview(db, content, lead, agent.id, input({}), NOW);
		const b = createReview(db, content, lead, agent.id, input({ 'no-reply-time': '1' }), NOW);
		expect(unread(agent.id, `/reviews/${a.id}`)).toEqual(['review']);
		// Acknowledged: its request is read; the other review's still waits.
		acknowledgeReview(db, agent, a.id, NOW + 1);
		expect(unread(agent.id, `/reviews/${a.id}`)).toEqual([]);
		expect(unread(agent.id, `/reviews/${b.id}`)).toEqual(['review']);
		// Disputed: the agent's request is read, the lead is asked to resolve it.
		disputeReview(db, agent, b.id, 'I did give a reply time', NOW + 2);
		expect(unread(agent.id, `/reviews/${b.id}`)).toEqual([]);
		expect(unread(lead.id, `/reviews/${b.id}`)).toEqual(['dispute']);
		// Resolved: the lead's request is read, and the agent hears the outcome (unread).
		resolveReview(
			db,
			content,
			lead,
			b.id,
			{ outcome: 'upheld', note: 'The recording has none', marks: () => '' },
			NOW + 3
		);
		expect(unread(lead.id, `/reviews/${b.id}`)).toEqual([]);
		expect(unread(agent.id, `/reviews/${b.id}`)).toEqual(['resolved']);
	});
});

describe('one-to-ones', () => {
	it('have a time on the lead’s clock, kept as one moment every reader sees in their own zone', () => {
		const at = (time: string, zone: string) =>
			scheduleSession(
				db,
				content,
				lead,
				agent.id,
				{ date: '2026-12-07', time, zone, focus: [], notes: '' },
				NOW
			);
		// 14:30 in Shanghai is 06:30 UTC; the agent is told the moment, not the lead's wall time.
		const s = at('14:30', 'Asia/Shanghai');
		expect(new Date(s.startsAt!).toISOString()).toBe('2026-12-07T06:30:00.000Z');
		const note = db.select().from(notifications).where(eq(notifications.userId, agent.id)).all();
		expect(note.at(-1)!.params).toEqual({ date: '2026-12-07', at: String(s.startsAt) });
		// No time: a day only, as before.
		expect(
			scheduleSession(
				db,
				content,
				lead,
				agent.id,
				{ date: '2026-12-08', focus: [], notes: '' },
				NOW
			).startsAt
		).toBeNull();
		// A time that is not one: refused, nothing written.
		const before = db.select({ n: count() }).from(coachingSessions).get()!.n;
		for (const time of ['25:00', '9.30', '14:30:00'])
			expect(domainFailureOf(() => at(time, 'Europe/London'))).toEqual({
				key: 'session_time',
				status: 400
			});
		expect(db.select({ n: count() }).from(coachingSessions).get()!.n).toBe(before);
	});

	it('are scheduled with focus, written up with the agent’s own evidence, acknowledged and ticked off', () => {
		expect(
			domainFailureOf(() =>
				scheduleSession(
					db,
					content,
					lead,
					agent.id,
					{ date: day(0), focus: ['telepathy'], notes: '' },
					NOW
				)
			).key
		).toBe('session_focus_unknown');
		expect(
			domainFailureOf(() =>
				scheduleSession(
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
			).key
		).toBe('session_focus_many');
		expect(
			domainFailureOf(() =>
				scheduleSession(
					db,
					content,
					otherLead,
					agent.id,
					{ date: day(0), focus: [], notes: '' },
					NOW
				)
			).status
		).toBe(403);
		const session = scheduleSession(
			db,
			content,
			lead,
			agent.id,
			{ date: day(0), focus: ['listening'], notes: 'Agenda' },
			NOW
		);
		const review = createReview(
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
		const mateReview = createReview(
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
			domainFailureOf(() =>
				updateSession(
					db,
					content,
					lead,
					session.id,
					{ notes: '', focus: [], evidence: [`review:${mateReview.id}`], followUp: '' },
					NOW
				)
			).key
		).toBe('session_evidence_unknown');
		expect(
			domainFailureOf(() =>
				updateSession(
					db,
					content,
					lead,
					session.id,
					{ notes: '', focus: [], evidence: [], followUp: day(-1) },
					NOW
				)
			).key
		).toBe('session_follow_up_before');
		updateSession(
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

		const before = db.select({ n: count() }).from(actionItems).get()!.n;
		expect(
			domainFailureOf(() =>
				addActionItem(
					db,
					content,
					lead,
					session.id,
					{ text: 'Practise', dueDate: day(7), item: 'scenario:no-such' },
					NOW
				)
			).key
		).toBe('assign_item_unknown');
		// The action item and its assignment are one transaction: neither was written.
		expect(db.select({ n: count() }).from(actionItems).get()!.n).toBe(before);
		const item = addActionItem(
			db,
			content,
			lead,
			session.id,
			{ text: 'Practise', dueDate: day(7), item: 'scenario:third-call-still-broken' },
			NOW
		);
		expect(db.select().from(assignments).all()).toMatchObject([
			{ actionItemId: item.id, userId: agent.id }
		]);

		expect(domainFailureOf(() => acknowledgeSession(db, mate, session.id, NOW)).status).toBe(404);
		acknowledgeSession(db, agent, session.id, NOW);
		expect(domainFailureOf(() => acknowledgeSession(db, agent, session.id, NOW)).status).toBe(409);
		expect(domainFailureOf(() => tickActionItem(db, mate, item.id, true, NOW)).status).toBe(404);
		tickActionItem(db, agent, item.id, true, NOW);
		expect(db.select().from(actionItems).where(eq(actionItems.id, item.id)).get()!.doneAt).toBe(
			NOW
		);
	});
});

describe('the dashboard', () => {
	it('counts assignments, course completion, quiet members, and suggests practice after a failed review', () => {
		const course = content.course('service-foundations')!;
		assign(
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
		assign(
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
		for (const lesson of course.lessons) completeLesson(db, mate.id, course, lesson, NOW - DAY);
		createReview(
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
		db.update(users)
			.set({ createdAt: NOW - 60 * DAY })
			.where(inArray(users.id, [agent.id, mate.id]))
			.run();
		const d = teamDashboard(db, content, [team], NOW + DAY);
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

		expect(dashboardTeams(db, lead, null).selected.map((t) => t.id)).toEqual([team]);
		expect(dashboardTeams(db, otherLead, team).unknown).toBe(true);
	});

	it('calls quiet only someone who has been here long enough to be', () => {
		const newHire = addPerson(db);
		const upcoming = addPerson(db);
		db.insert(teamMembers)
			.values([
				{ teamId: team, userId: newHire.id },
				{ teamId: team, userId: upcoming.id }
			])
			.run();
		// Started three days ago, nothing done yet; starts next week; both accounts made a month ago.
		db.update(users)
			.set({ createdAt: NOW - 30 * DAY, startedOn: day(-3) })
			.where(eq(users.id, newHire.id))
			.run();
		db.update(users)
			.set({ createdAt: NOW - 30 * DAY, startedOn: day(7) })
			.where(eq(users.id, upcoming.id))
			.run();
		// The agent's account is two months old, with nothing done in that time.
		db.update(users)
			.set({ createdAt: NOW - 60 * DAY })
			.where(eq(users.id, agent.id))
			.run();
		// The mate's account was made today, but their history (brought in) goes back 40 days.
		completeLesson(
			db,
			mate.id,
			content.course('service-foundations')!,
			content.lesson(LESSON)!,
			NOW - 40 * DAY
		);
		const d = teamDashboard(db, content, [team], NOW);
		const quiet = (u: User) => d.members.find((m) => m.id === u.id)!.inactive;
		expect(quiet(newHire)).toBe(false);
		expect(quiet(upcoming)).toBe(false);
		expect(quiet(agent)).toBe(true);
		expect(quiet(mate)).toBe(true);
		// Seventeen days after the start date, still nothing: quiet.
		expect(
			teamDashboard(db, content, [team], NOW + 14 * DAY).members.find((m) => m.id === newHire.id)!
				.inactive
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
	const members = () => teamDashboard(db, content, [team], NOW).members;

	it('lists disputes, unanswered reviews, one-to-ones due, follow-ups due and overdue work, for their members only', () => {
		const outsiderReview = createReview(db, content, otherLead, outsider.id, input(), NOW);
		disputeReview(db, outsider, outsiderReview.id, 'Not mine to see', NOW);
		const disputed = createReview(db, content, lead, agent.id, input(), NOW - 10 * DAY);
		disputeReview(db, agent, disputed.id, 'I did confirm the need', NOW - 9 * DAY);
		// Unanswered for five days (counts), and since this morning (too soon to chase).
		const old = createReview(db, content, lead, mate.id, input(), NOW - 5 * DAY);
		createReview(db, content, lead, mate.id, input(), NOW - 3600_000);
		const session = scheduleSession(
			db,
			content,
			lead,
			mate.id,
			{ date: day(1), focus: [], notes: '' },
			NOW
		);
		// An earlier one-to-one with the agent whose follow-up date has passed, none since.
		const earlier = scheduleSession(
			db,
			content,
			lead,
			agent.id,
			{ date: day(-20), focus: [], notes: '' },
			NOW - 21 * DAY
		);
		updateSession(
			db,
			content,
			lead,
			earlier.id,
			{ notes: 'Went well', focus: [], followUp: day(-2), evidence: [] },
			NOW - 20 * DAY
		);
		assign(db, content, lead, toAgent(`lesson:${LESSON}`, day(-1)), NOW - 5 * DAY);

		const needs = needsYou(db, members(), [{ id: team, name: 'Phones' }], day(0), (id) => id, NOW);
		expect(needs.map((n) => [n.kind, n.link])).toEqual([
			['dispute', `/reviews/${disputed.id}`],
			['session', `/coaching/${session.id}`],
			['follow-up', `/team/people/${agent.id}/session`],
			['overdue', `/team/people/${agent.id}`],
			['unacknowledged', `/reviews/${old.id}`]
		]);
		// Resolved, scheduled again, done: nothing of those is left.
		resolveReview(
			db,
			content,
			lead,
			disputed.id,
			{ outcome: 'upheld', note: 'Heard it', marks: () => '' },
			NOW
		);
		scheduleSession(db, content, lead, agent.id, { date: day(3), focus: [], notes: '' }, NOW);
		const course = content.course('service-foundations')!;
		completeLesson(db, agent.id, course, content.lesson(LESSON)!, NOW);
		expect(
			needsYou(db, members(), [{ id: team, name: 'Phones' }], day(0), (id) => id, NOW).map(
				(n) => n.kind
			)
		).toEqual(['session', 'unacknowledged']);
		expect(needsYou(db, [], [], day(0), (id) => id, NOW)).toEqual([]);
	});
});
