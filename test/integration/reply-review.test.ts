import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { returned, one, exec, type Db } from '../../src/lib/server/db';
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
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
	lead = await addPerson(db, { role: 'lead' });
	const team = await returned(
		db.insert(teams).values({ name: 'Chat', leadId: lead.id }).returning()
	);
	await exec(db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }));
	run = await playMoves(
		db,
		agent.id,
		(await startRun(db, agent.id, scenario)).id,
		strong.moves,
		HALF
	);
});

const STEP = 8;
const table = async () => ({
	reviews: await db.select().from(replyReviews),
	notifications: (await db.select().from(notifications)).length,
	statements: (await db.select().from(statements)).length,
	evidence: await db.select().from(competencyEvidence)
});

describe('an agent contests a typed reply', () => {
	it('shares the run, tells their lead, and can be done once', async () => {
		expect(run.sharedAt).toBeNull();
		await contestReply(db, run, scenario, agent.id, STEP, '  I did give her a time!  ');
		const fresh = (await getRun(db, run.id))!;
		expect(fresh.sharedAt).not.toBeNull();
		// Its evidence is the lead's to see now.
		expect((await db.select().from(competencyEvidence)).every((e) => !e.private)).toBe(true);
		const [row] = await db.select().from(replyReviews);
		expect(row).toMatchObject({
			status: 'contested',
			contestReason: 'I did give her a time!',
			freeStep: 'reply-time',
			scoreBefore: 4 / 6
		});
		expect(await db.select().from(notifications).where(eq(notifications.userId, lead.id))).toEqual([
			expect.objectContaining({ kind: 'contest', link: `/practice/runs/${run.id}#reply-${STEP}` })
		]);
		const before = await table();
		expect(
			await domainFailureOf(
				async () => await contestReply(db, fresh, scenario, agent.id, STEP, 'again')
			)
		).toEqual({
			key: 'reply_review_exists',
			status: 409
		});
		expect(await table()).toEqual(before);
		expect(
			debriefOf(fresh, scenario, await replyReviewsOf(db, run.id)).replies[0].review
		).toMatchObject({
			status: 'contested'
		});
	});

	it('refuses an empty or oversized reason, a step that is not a typed reply, someone else', async () => {
		const before = await table();
		const other = await addPerson(db);
		const cases: [() => unknown, string, number][] = [
			[
				async () => await contestReply(db, run, scenario, agent.id, STEP, '   '),
				'reply_review_reason_empty',
				400
			],
			[
				async () => await contestReply(db, run, scenario, agent.id, STEP, 'x'.repeat(501)),
				'reply_review_reason_long',
				400
			],
			[
				async () => await contestReply(db, run, scenario, agent.id, 3, 'why'),
				'reply_review_no_reply',
				404
			],
			[
				async () => await contestReply(db, run, scenario, agent.id, 99, 'why'),
				'reply_review_no_reply',
				404
			],
			[
				async () => await contestReply(db, run, scenario, other.id, STEP, 'why'),
				'roleplay_not_found',
				404
			]
		];
		for (const [fn, key, status] of cases)
			expect(await domainFailureOf(fn)).toEqual({ key, status });
		expect(await table()).toEqual(before);
		expect((await getRun(db, run.id))!.sharedAt).toBeNull();
	});
});

describe('a lead re-scores a typed reply', () => {
	it('replaces the decision’s evidence, re-scores the run and tells the agent', async () => {
		await setShared(db, run, agent.id, true);
		run = (await getRun(db, run.id))!;
		const oldEvidence = await db.select().from(competencyEvidence);
		const ownership = (rows: typeof oldEvidence) =>
			rows.find((e) => e.competency === 'ownership')!.score;
		await rescoreReply(
			db,
			lead,
			run,
			scenario,
			STEP,
			100,
			'She had a time and my name on the ticket.'
		);
		const fresh = (await getRun(db, run.id))!;
		expect(fresh.score).toBeGreaterThan(run.score!);
		const evidence = await db.select().from(competencyEvidence);
		expect(evidence).toHaveLength(oldEvidence.length);
		expect(ownership(evidence)).toBeGreaterThan(ownership(oldEvidence));
		// A new outcome statement, marked as re-scored; the evidence hangs off it.
		const outcome = (await one(
			db.select().from(statements).where(eq(statements.id, evidence[0].statementId))
		))!;
		expect(outcome.context).toMatchObject({ rescored: { step: STEP, by: lead.id, score: 1 } });
		const debrief = debriefOf(fresh, scenario, await replyReviewsOf(db, run.id));
		expect(debrief.replies[0].rescored).toMatchObject({
			score: 100,
			reason: 'She had a time and my name on the ticket.'
		});
		expect(debrief.replies[0].score).toBe(67);
		expect(await db.select().from(notifications).where(eq(notifications.userId, agent.id))).toEqual(
			[expect.objectContaining({ kind: 'rescored' })]
		);
		// Authors see it without a name, with what the rules read and what the lead decided.
		expect(await replyCandidates(db, scenario.id)).toEqual([
			expect.objectContaining({
				step: 'reply-time',
				reply: HALF,
				status: 'rescored',
				scoreAfter: 1
			})
		]);
		await setShared(db, fresh, agent.id, false);
		expect(await replyCandidates(db, scenario.id)).toEqual([]);
	});

	it('answers a contest by letting the score stand', async () => {
		await contestReply(db, run, scenario, agent.id, STEP, 'I gave a time.');
		run = (await getRun(db, run.id))!;
		await upholdReply(db, lead, run, scenario, STEP, 'A time, yes, but nobody owned the call.');
		expect(await one(db.select().from(replyReviews))).toMatchObject({
			status: 'upheld',
			reviewReason: 'A time, yes, but nobody owned the call.'
		});
		// Answered: the lead's request to look again is read; the agent's answer waits, unread.
		const unread = async (userId: number) =>
			(
				await db
					.select({ kind: notifications.kind, readAt: notifications.readAt })
					.from(notifications)
					.where(eq(notifications.userId, userId))
			)
				.filter((n) => n.readAt === null)
				.map((n) => n.kind);
		expect(await unread(lead.id)).toEqual([]);
		expect(await unread(agent.id)).toEqual(['rescored']);
		expect(
			await domainFailureOf(async () => await upholdReply(db, lead, run, scenario, STEP, 'again'))
		).toEqual({
			key: 'reply_review_not_contested',
			status: 409
		});
	});

	it('is refused on a private run, to another team’s lead, to the agent, and with bad input', async () => {
		const stranger = await addPerson(db, { role: 'lead' });
		const before = await table();
		// Private: nobody but the agent may see it, so it does not exist for the lead.
		expect(
			await domainFailureOf(async () => await rescoreReply(db, lead, run, scenario, STEP, 80, 'ok'))
		).toEqual({
			key: 'roleplay_not_found',
			status: 404
		});
		await setShared(db, run, agent.id, true);
		run = (await getRun(db, run.id))!;
		const shared = await table();
		const cases: [() => unknown, string, number][] = [
			[
				async () => await rescoreReply(db, stranger, run, scenario, STEP, 80, 'ok'),
				'roleplay_not_found',
				404
			],
			[
				async () => await rescoreReply(db, agent, run, scenario, STEP, 80, 'ok'),
				'roleplay_not_found',
				404
			],
			[
				async () => await rescoreReply(db, lead, run, scenario, STEP, 101, 'ok'),
				'reply_review_score',
				400
			],
			[
				async () => await rescoreReply(db, lead, run, scenario, STEP, -1, 'ok'),
				'reply_review_score',
				400
			],
			[
				async () => await rescoreReply(db, lead, run, scenario, STEP, 2.5, 'ok'),
				'reply_review_score',
				400
			],
			[
				async () => await rescoreReply(db, lead, run, scenario, STEP, 80, ''),
				'reply_review_reason_empty',
				400
			],
			[
				async () => await rescoreReply(db, lead, run, scenario, 2, 80, 'ok'),
				'reply_review_no_reply',
				404
			],
			[
				async () => await upholdReply(db, stranger, run, scenario, STEP, 'ok'),
				'roleplay_not_found',
				404
			]
		];
		for (const [fn, key, status] of cases)
			expect(await domainFailureOf(fn)).toEqual({ key, status });
		expect(await table()).toEqual(shared);
		expect(before.statements).toBe(shared.statements);
	});
});
