import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import {
	competencyEvidence,
	notifications,
	replyReviews,
	statements,
	teamMembers,
	teams,
	type RoleplayRun,
	type User
} from '../../src/lib/server/db/schema';
import { debriefOf } from '../../src/lib/server/roleplay/present';
import {
	contestReply,
	replyCandidates,
	replyReviewsOf,
	rescoreReply,
	upholdReply
} from '../../src/lib/server/roleplay/rescore';
import { getRun, setShared, startRun } from '../../src/lib/server/roleplay/runs';
import { addPerson, domainFailureOf, testDb } from './db';
import { playMoves, scenario, strong } from './roleplay-fixture';

// The strong path, typing a reply that only half does the job: a time, but nobody owns it.
const HALF = 'You will get an update from us tomorrow morning.';

let db: Db;
let agent: User;
let lead: User;
let run: RoleplayRun;
beforeEach(() => {
	db = testDb();
	agent = addPerson(db);
	lead = addPerson(db, { role: 'lead' });
	const team = db.insert(teams).values({ name: 'Chat', leadId: lead.id }).returning().get();
	db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }).run();
	run = playMoves(db, agent.id, startRun(db, agent.id, scenario).id, strong.moves, HALF);
});

const STEP = 8;
const table = () => ({
	reviews: db.select().from(replyReviews).all(),
	notifications: db.select().from(notifications).all().length,
	statements: db.select().from(statements).all().length,
	evidence: db.select().from(competencyEvidence).all()
});

describe('an agent contests a typed reply', () => {
	it('shares the run, tells their lead, and can be done once', () => {
		expect(run.sharedAt).toBeNull();
		contestReply(db, run, scenario, agent.id, STEP, '  I did give her a time!  ');
		const fresh = getRun(db, run.id)!;
		expect(fresh.sharedAt).not.toBeNull();
		// Its evidence is the lead's to see now.
		expect(
			db
				.select()
				.from(competencyEvidence)
				.all()
				.every((e) => !e.private)
		).toBe(true);
		const [row] = db.select().from(replyReviews).all();
		expect(row).toMatchObject({
			status: 'contested',
			contestReason: 'I did give her a time!',
			freeStep: 'reply-time',
			scoreBefore: 4 / 6
		});
		expect(db.select().from(notifications).where(eq(notifications.userId, lead.id)).all()).toEqual([
			expect.objectContaining({ kind: 'contest', link: `/practice/runs/${run.id}#reply-${STEP}` })
		]);
		const before = table();
		expect(
			domainFailureOf(() => contestReply(db, fresh, scenario, agent.id, STEP, 'again'))
		).toEqual({
			key: 'reply_review_exists',
			status: 409
		});
		expect(table()).toEqual(before);
		expect(debriefOf(fresh, scenario, replyReviewsOf(db, run.id)).replies[0].review).toMatchObject({
			status: 'contested'
		});
	});

	it('refuses an empty or oversized reason, a step that is not a typed reply, someone else', () => {
		const before = table();
		const other = addPerson(db);
		const cases: [() => unknown, string, number][] = [
			[
				() => contestReply(db, run, scenario, agent.id, STEP, '   '),
				'reply_review_reason_empty',
				400
			],
			[
				() => contestReply(db, run, scenario, agent.id, STEP, 'x'.repeat(501)),
				'reply_review_reason_long',
				400
			],
			[() => contestReply(db, run, scenario, agent.id, 3, 'why'), 'reply_review_no_reply', 404],
			[() => contestReply(db, run, scenario, agent.id, 99, 'why'), 'reply_review_no_reply', 404],
			[() => contestReply(db, run, scenario, other.id, STEP, 'why'), 'roleplay_not_found', 404]
		];
		for (const [fn, key, status] of cases) expect(domainFailureOf(fn)).toEqual({ key, status });
		expect(table()).toEqual(before);
		expect(getRun(db, run.id)!.sharedAt).toBeNull();
	});
});

describe('a lead re-scores a typed reply', () => {
	it('replaces the decision’s evidence, re-scores the run and tells the agent', () => {
		setShared(db, run, agent.id, true);
		run = getRun(db, run.id)!;
		const oldEvidence = db.select().from(competencyEvidence).all();
		const ownership = (rows: typeof oldEvidence) =>
			rows.find((e) => e.competency === 'ownership')!.score;
		rescoreReply(db, lead, run, scenario, STEP, 100, 'She had a time and my name on the ticket.');
		const fresh = getRun(db, run.id)!;
		expect(fresh.score).toBeGreaterThan(run.score!);
		const evidence = db.select().from(competencyEvidence).all();
		expect(evidence).toHaveLength(oldEvidence.length);
		expect(ownership(evidence)).toBeGreaterThan(ownership(oldEvidence));
		// A new outcome statement, marked as re-scored; the evidence hangs off it.
		const outcome = db
			.select()
			.from(statements)
			.where(eq(statements.id, evidence[0].statementId))
			.get()!;
		expect(outcome.context).toMatchObject({ rescored: { step: STEP, by: lead.id, score: 1 } });
		const debrief = debriefOf(fresh, scenario, replyReviewsOf(db, run.id));
		expect(debrief.replies[0].rescored).toMatchObject({
			score: 100,
			reason: 'She had a time and my name on the ticket.'
		});
		expect(debrief.replies[0].score).toBe(67);
		expect(db.select().from(notifications).where(eq(notifications.userId, agent.id)).all()).toEqual(
			[expect.objectContaining({ kind: 'rescored' })]
		);
		// Authors see it without a name, with what the rules read and what the lead decided.
		expect(replyCandidates(db, scenario.id)).toEqual([
			expect.objectContaining({
				step: 'reply-time',
				reply: HALF,
				status: 'rescored',
				scoreAfter: 1
			})
		]);
		setShared(db, fresh, agent.id, false);
		expect(replyCandidates(db, scenario.id)).toEqual([]);
	});

	it('answers a contest by letting the score stand', () => {
		contestReply(db, run, scenario, agent.id, STEP, 'I gave a time.');
		run = getRun(db, run.id)!;
		upholdReply(db, lead, run, scenario, STEP, 'A time, yes, but nobody owned the call.');
		expect(db.select().from(replyReviews).get()).toMatchObject({
			status: 'upheld',
			reviewReason: 'A time, yes, but nobody owned the call.'
		});
		// Answered: the lead's request to look again is read; the agent's answer waits, unread.
		const unread = (userId: number) =>
			db
				.select({ kind: notifications.kind, readAt: notifications.readAt })
				.from(notifications)
				.where(eq(notifications.userId, userId))
				.all()
				.filter((n) => n.readAt === null)
				.map((n) => n.kind);
		expect(unread(lead.id)).toEqual([]);
		expect(unread(agent.id)).toEqual(['rescored']);
		expect(domainFailureOf(() => upholdReply(db, lead, run, scenario, STEP, 'again'))).toEqual({
			key: 'reply_review_not_contested',
			status: 409
		});
	});

	it('is refused on a private run, to another team’s lead, to the agent, and with bad input', () => {
		const stranger = addPerson(db, { role: 'lead' });
		const before = table();
		// Private: nobody but the agent may see it, so it does not exist for the lead.
		expect(domainFailureOf(() => rescoreReply(db, lead, run, scenario, STEP, 80, 'ok'))).toEqual({
			key: 'roleplay_not_found',
			status: 404
		});
		setShared(db, run, agent.id, true);
		run = getRun(db, run.id)!;
		const shared = table();
		const cases: [() => unknown, string, number][] = [
			[() => rescoreReply(db, stranger, run, scenario, STEP, 80, 'ok'), 'roleplay_not_found', 404],
			[() => rescoreReply(db, agent, run, scenario, STEP, 80, 'ok'), 'roleplay_not_found', 404],
			[() => rescoreReply(db, lead, run, scenario, STEP, 101, 'ok'), 'reply_review_score', 400],
			[() => rescoreReply(db, lead, run, scenario, STEP, -1, 'ok'), 'reply_review_score', 400],
			[() => rescoreReply(db, lead, run, scenario, STEP, 2.5, 'ok'), 'reply_review_score', 400],
			[() => rescoreReply(db, lead, run, scenario, STEP, 80, ''), 'reply_review_reason_empty', 400],
			[() => rescoreReply(db, lead, run, scenario, 2, 80, 'ok'), 'reply_review_no_reply', 404],
			[() => upholdReply(db, stranger, run, scenario, STEP, 'ok'), 'roleplay_not_found', 404]
		];
		for (const [fn, key, status] of cases) expect(domainFailureOf(fn)).toEqual({ key, status });
		expect(table()).toEqual(shared);
		expect(before.statements).toBe(shared.statements);
	});
});
