import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { serially, returned, exec, one, type Db } from '../../src/lib/server/db';
import {
	competencyEvidence,
	observedPractice,
	progress,
	roleplayRuns,
	statements,
	teamMembers,
	teams,
	type User
} from '../../src/lib/server/db/schema';
import { WEAK_REPLY, type Move } from '../../src/lib/server/roleplay/explore';
import { readRatings, recordObserved, runAccess } from '../../src/lib/server/roleplay/observed';
import {
	act,
	addComment,
	choiceOrder,
	commentsOf,
	getRun,
	MAX_REPLY,
	setShared,
	startRun,
	viewRun
} from '../../src/lib/server/roleplay/runs';
import { debriefOf } from '../../src/lib/server/roleplay/present';
import { addPerson, domainFailureOf, testDb } from './db';
import { playMoves as playFixture, scenario, strong, weak } from './roleplay-fixture';

let db: Db;
let agent: User;
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
});

const verbs = async (userId: number) =>
	(
		await db
			.select({ verb: statements.verb, objectType: statements.objectType })
			.from(statements)
			.where(eq(statements.actorId, userId))
	).map((s) => `${s.verb} ${s.objectType}`);

const playMoves = async (runId: string, moves: Move[]) =>
	await playFixture(db, agent.id, runId, moves);

describe('a practice run', () => {
	it('starts with the opening lines and shows the browser only texts, never effects', async () => {
		const run = await startRun(db, agent.id, scenario);
		const view = viewRun(run, scenario);
		expect(view.transcript.map((l) => [l.who, l.text])).toEqual([
			['stage', 'The chat window opens.'],
			['customer', 'Where is my parcel? It was due on Monday.']
		]);
		// Both choices, in an order shuffled per run (the strong one is not always first).
		expect(view.offer.kind).toBe('choices');
		expect(view.offer.kind === 'choices' && [...view.offer.choices].sort()).toEqual([
			"I'm sorry it hasn't arrived. That's worrying.",
			'Sorry about that. Can I take the order number so I can check the tracking straight away?'
		]);
		expect(view.meter).toEqual({ label: 'Mood', value: 5, min: 0, max: 10 });
		const json = JSON.stringify(view);
		for (const secret of ['#', 'feeling', 'note', 'Naming the worry', 'mood+', run.seed])
			expect(json).not.toContain(secret);
		expect(run.seed).toMatch(/^[0-9a-f]{32}$/);
	});

	it('resumes the open run, and a restart abandons it for a new one', async () => {
		const first = await startRun(db, agent.id, scenario);
		await act(db, first, scenario, agent.id, 0, { kind: 'choice', index: 0 });
		const again = await startRun(db, agent.id, scenario);
		expect(again.id).toBe(first.id);
		expect(again.step).toBe(1);
		const fresh = await startRun(db, agent.id, scenario, { restart: true });
		expect(fresh.id).not.toBe(first.id);
		expect((await getRun(db, first.id))!.status).toBe('abandoned');
		expect(fresh.step).toBe(0);
	});

	it('plays the strongest path to a passing debrief, recording everything in one go', async () => {
		const run = await playMoves((await startRun(db, agent.id, scenario)).id, strong.moves);
		expect(run.status).toBe('finished');
		expect(run.ending).toBe('resolved');
		expect(run.passed).toBe(true);
		// The first step's trade-off could have earned ownership the strongest path gives up:
		// feeling 5/5, hearing 3/3, owning 6/8 → (2·1 + 1·1 + 2·0.75) / 5.
		expect(run.score).toBe(0.9);
		expect(viewRun(run, scenario).offer).toEqual({ kind: 'end' });
		expect(await verbs(agent.id)).toEqual([
			'attempted scenario',
			...Array(8).fill('answered scenario-step'),
			'completed scenario',
			'passed scenario'
		]);
		const p = (await one(
			db
				.select()
				.from(progress)
				.where(and(eq(progress.userId, agent.id), eq(progress.objectType, 'scenario')))
		))!;
		expect([p.status, p.bestScore, p.attempts]).toEqual(['completed', 0.9, 1]);
		const evidence = await db
			.select({
				competency: competencyEvidence.competency,
				kind: competencyEvidence.kind,
				score: competencyEvidence.score
			})
			.from(competencyEvidence)
			.where(eq(competencyEvidence.userId, agent.id));
		expect(evidence.sort((a, b) => a.competency.localeCompare(b.competency))).toEqual([
			{ competency: 'empathy', kind: 'roleplay', score: 1 },
			{ competency: 'listening', kind: 'roleplay', score: 1 },
			{ competency: 'ownership', kind: 'roleplay', score: 0.75 }
		]);
		const debrief = debriefOf(run, scenario);
		expect(debrief.passed).toBe(true);
		expect(debrief.weakest).toBeNull();
		expect(debrief.replies).toEqual([
			expect.objectContaining({
				text: scenario.free.get('reply-time')!.model,
				score: 100,
				matched: [
					{
						explain: 'You gave her a time she will hear back.',
						good: true,
						quotes: ['call', '3 pm']
					},
					{
						explain: 'You said what you are doing about it yourself.',
						good: true,
						quotes: ["I'll call"]
					}
				],
				missed: [],
				tone: [],
				form: []
			})
		]);
		// The verdict says both halves; the ending's paragraph about owning shows (owning 75%).
		expect(debrief.verdict).toEqual({
			goodEnding: true,
			reachedMark: true,
			reason: 'passed',
			short: []
		});
		expect(debrief.ending!.paragraphs).toEqual([
			'She felt heard.',
			'She knew exactly when she would hear back.'
		]);
		// The story heard the reply: she answers the time she was given.
		expect(run.transcript.map((l) => l.text)).toContain('Good, that time then.');
	});

	it('plays the weakest path to a failing debrief that names the moment to work on', async () => {
		const run = await playMoves((await startRun(db, agent.id, scenario)).id, weak.moves);
		expect([run.ending, run.passed, run.score]).toEqual(['escalated', false, 0]);
		expect((await verbs(agent.id)).slice(-1)).toEqual(['failed scenario']);
		const debrief = debriefOf(run, scenario);
		// Every criterion shows the choices that cost it, with their feedback.
		const feeling = debrief.criteria.find((c) => c.id === 'feeling')!;
		expect(feeling.score).toBe(0);
		expect(feeling.evidence[0]).toMatchObject({
			step: 7,
			response: "It's at the depot.",
			points: -1,
			why: 'Facts alone, after a long wait, feel curt.'
		});
		// The weakest moment: the biggest gap between the reply given and the best one offered
		// (the typed reply falls 10 points short: 6 on offer, −4 taken).
		expect(debrief.weakest).toMatchObject({
			step: 8,
			said: WEAK_REPLY,
			why: null,
			better: { text: scenario.free.get('reply-time')!.model, why: null }
		});
		expect(debrief.replies[0].text).toBe(WEAK_REPLY);
		expect(debrief.replies[0].matched).toEqual([
			{
				explain: '"Nothing we can do" closes the door; say what you can do.',
				good: false,
				quotes: ['nothing we can do']
			}
		]);
		expect(debrief.replies[0].missed).toEqual([
			'You gave her a time she will hear back.',
			'You said what you are doing about it yourself.'
		]);
		// Neither half of the verdict was met, and it says so, naming what held the run back.
		expect(debrief.verdict).toMatchObject({
			goodEnding: false,
			reachedMark: false,
			reason: 'both'
		});
		expect(debrief.verdict.short.map((c) => c.label)).toEqual([
			'Acknowledges the feeling',
			'Shows she was heard'
		]);
		const p = (await one(db.select().from(progress).where(eq(progress.userId, agent.id))))!;
		expect([p.status, p.bestScore]).toEqual(['started', 0]);
	});
});

describe('the story hears what was typed', () => {
	const typed = async (reply: string) => {
		const moves = strong.moves.map((m) => (m.kind === 'free' ? { ...m, text: reply } : m));
		return await playMoves((await startRun(db, agent.id, scenario, { restart: true })).id, moves);
	};
	it.each([
		[
			"Calm down, I'll message you by 3 pm with the slot.",
			"Excuse me? Don't talk to me like that."
		],
		['courier 3 pm message today', 'Sorry, what does that mean?'],
		["I'll message you by 3 pm today with the slot.", 'Good, that time then.'],
		['We are looking into it for you at the moment.', "That's not a time."]
	])('%s → %s', async (reply, answer) => {
		const run = await typed(reply);
		const after = run.transcript.findIndex((l) => l.who === 'agent' && l.text === reply);
		expect(run.transcript[after + 1]?.text).toBe(answer);
	});
	it('a rude reply costs the mood it would have won, and the tone costs rubric points', async () => {
		const polite = await typed("I'll message you by 3 pm today with the slot.");
		const rude = await typed("Calm down, I'll message you by 3 pm with the slot.");
		expect(rude.variables.mood).toBeLessThan(polite.variables.mood);
		expect(rude.score!).toBeLessThan(polite.score!);
	});
});

describe('choiceOrder', () => {
	it('is a permutation, stable for a seed and step, and varies between seeds', () => {
		const order = choiceOrder('seed-a', 3, 4);
		expect([...order].sort()).toEqual([0, 1, 2, 3]);
		expect(choiceOrder('seed-a', 3, 4)).toEqual(order);
		const firsts = new Set(Array.from({ length: 40 }, (_, i) => choiceOrder(`seed-${i}`, 1, 3)[0]));
		expect(firsts).toEqual(new Set([0, 1, 2]));
	});
	it('puts the best choice anywhere: every position about equally often over many runs', () => {
		const counts = [0, 0, 0];
		for (let i = 0; i < 3000; i++) counts[choiceOrder(`s${i}`, 1, 3).indexOf(0)]++;
		for (const n of counts) expect(n).toBeGreaterThan(850);
	});
	it('is not the order the run id alone would give: the seed is secret and per run', async () => {
		const a = await startRun(db, agent.id, scenario);
		const b = await startRun(db, agent.id, scenario, { restart: true });
		expect(a.seed).not.toBe(b.seed);
		expect(a.seed).not.toContain(a.id);
	});
});

describe('bad input leaves the run unchanged', () => {
	const snapshot = async (id: string) => {
		const { updatedAt: _u, ...rest } = (await getRun(db, id))!;
		return { run: rest, statements: (await verbs(agent.id)).length };
	};

	it('refuses a choice that was not offered, a replayed step and a wrong kind of answer', async () => {
		const run = await startRun(db, agent.id, scenario);
		const before = await snapshot(run.id);
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 0, { kind: 'choice', index: 2 })
			)
		).toEqual({
			key: 'roleplay_choice_not_offered',
			status: 400
		});
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 0, { kind: 'choice', index: -1 })
			)
		).toEqual({
			key: 'roleplay_choice_not_offered',
			status: 400
		});
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 3, { kind: 'choice', index: 0 })
			)
		).toEqual({
			key: 'roleplay_stale',
			status: 409
		});
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 0, { kind: 'free', text: 'hello' })
			)
		).toEqual({
			key: 'roleplay_expects_choice',
			status: 400
		});
		expect(await snapshot(run.id)).toEqual(before);
	});

	it('takes a double submit once: the second copy of the same step is refused', async () => {
		const run = await startRun(db, agent.id, scenario);
		await act(db, run, scenario, agent.id, 0, { kind: 'choice', index: 0 });
		// The same form again, read before the first one was written (two tabs, a double click).
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 0, { kind: 'choice', index: 1 })
			)
		).toEqual({
			key: 'roleplay_stale',
			status: 409
		});
		expect((await verbs(agent.id)).filter((v) => v.startsWith('answered'))).toHaveLength(1);
		expect((await getRun(db, run.id))!.step).toBe(1);
	});

	it('refuses empty and oversized replies at a free-text step, keeping the run where it was', async () => {
		const run = await playMoves(
			(await startRun(db, agent.id, scenario)).id,
			strong.moves.slice(0, 7)
		);
		const before = await snapshot(run.id);
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 7, { kind: 'free', text: '   ' })
			)
		).toEqual({
			key: 'roleplay_reply_empty',
			status: 400
		});
		expect(
			await domainFailureOf(
				async () =>
					await act(db, run, scenario, agent.id, 7, {
						kind: 'free',
						text: 'x'.repeat(MAX_REPLY + 1)
					})
			)
		).toEqual({ key: 'roleplay_reply_too_long', status: 400 });
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 7, { kind: 'choice', index: 0 })
			)
		).toEqual({
			key: 'roleplay_expects_text',
			status: 400
		});
		expect(await snapshot(run.id)).toEqual(before);
	});

	it("refuses to replay a finished run and to act on someone else's run", async () => {
		const run = await playMoves((await startRun(db, agent.id, scenario)).id, strong.moves);
		const before = await snapshot(run.id);
		expect(
			await domainFailureOf(
				async () => await act(db, run, scenario, agent.id, 8, { kind: 'choice', index: 0 })
			)
		).toEqual({
			key: 'roleplay_finished',
			status: 409
		});
		const other = await addPerson(db);
		const theirs = await startRun(db, other.id, scenario);
		expect(
			await domainFailureOf(
				async () => await act(db, theirs, scenario, agent.id, 0, { kind: 'choice', index: 0 })
			)
		).toEqual({
			key: 'roleplay_not_found',
			status: 404
		});
		expect(await domainFailureOf(async () => await setShared(db, theirs, agent.id, true))).toEqual({
			key: 'roleplay_not_found',
			status: 404
		});
		expect((await getRun(db, theirs.id))!.step).toBe(0);
		expect(await snapshot(run.id)).toEqual(before);
	});
});

describe('sharing with the lead', () => {
	async function teamWith(member: User) {
		const lead = await addPerson(db, { role: 'lead' });
		const team = await returned(
			db
				.insert(teams)
				.values({ name: `Team ${lead.id}`, leadId: lead.id })
				.returning()
		);
		await exec(db.insert(teamMembers).values({ teamId: team.id, userId: member.id }));
		return lead;
	}

	it('keeps a run private until the learner shares it, then only their leads (and admins) see it', async () => {
		const lead = await teamWith(agent);
		const otherLead = await teamWith(await addPerson(db));
		const peer = await addPerson(db);
		const admin = await addPerson(db, { role: 'admin' });
		const run = await playMoves((await startRun(db, agent.id, scenario)).id, strong.moves);
		const access = async () =>
			await serially(
				[agent, lead, otherLead, peer, admin],
				async (u) => await runAccess(db, u, (await getRun(db, run.id))!)
			);
		expect(await access()).toEqual(['owner', null, null, null, null]);
		await setShared(db, run, agent.id, true);
		expect(await access()).toEqual(['owner', 'reviewer', null, null, 'reviewer']);
		await setShared(db, (await getRun(db, run.id))!, agent.id, false);
		expect(await access()).toEqual(['owner', null, null, null, null]);
	});

	it('stores line comments and refuses empty, oversized and off-transcript ones', async () => {
		const lead = await teamWith(agent);
		const run = await playMoves((await startRun(db, agent.id, scenario)).id, strong.moves);
		await addComment(db, run, lead.id, 2, '  Lovely opening: you named the worry first.  ');
		expect((await commentsOf(db, run.id)).map((c) => [c.line, c.body])).toEqual([
			[2, 'Lovely opening: you named the worry first.']
		]);
		expect(await domainFailureOf(async () => await addComment(db, run, lead.id, 2, ' '))).toEqual({
			key: 'roleplay_comment_empty',
			status: 400
		});
		expect(
			await domainFailureOf(async () => await addComment(db, run, lead.id, 2, 'x'.repeat(2001)))
		).toMatchObject({
			key: 'roleplay_comment_too_long'
		});
		expect(
			await domainFailureOf(async () => await addComment(db, run, lead.id, 999, 'hm'))
		).toMatchObject({
			key: 'roleplay_comment_line'
		});
		expect(await commentsOf(db, run.id)).toHaveLength(1);
	});
});

describe('observed practice', () => {
	const form = (ratings: Record<string, string>) => {
		const f = new FormData();
		for (const [k, v] of Object.entries(ratings)) f.set(`rating-${k}`, v);
		return f;
	};

	it("records a lead's ratings as the agent's evidence, and refuses a lead outside the agent's teams", async () => {
		const lead = await addPerson(db, { role: 'lead' });
		const team = await returned(
			db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning()
		);
		await exec(db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }));
		const ratings = readRatings(scenario, form({ feeling: '4', hearing: '2', owning: '3' }));
		const row = await recordObserved(db, lead, agent.id, scenario, {
			ratings,
			ending: 'resolved',
			comment: 'Good calm tone.'
		});
		// (2·4 + 1·2 + 2·3) / (5·4) = 16/20
		expect([row.score, row.passed]).toEqual([0.8, true]);
		expect(await verbs(agent.id)).toEqual(['passed scenario']);
		const evidence = await db
			.select()
			.from(competencyEvidence)
			.where(eq(competencyEvidence.userId, agent.id));
		expect(evidence.map((e) => [e.competency, e.kind, e.score]).sort()).toEqual([
			['empathy', 'observed', 1],
			['listening', 'observed', 0.5],
			['ownership', 'observed', 0.75]
		]);

		const stranger = await addPerson(db, { role: 'lead' });
		const outsider = await addPerson(db);
		expect(
			await domainFailureOf(
				async () =>
					await recordObserved(db, stranger, agent.id, scenario, {
						ratings,
						ending: null,
						comment: ''
					})
			)
		).toEqual({
			key: 'forbidden',
			status: 403
		});
		expect(
			await domainFailureOf(
				async () =>
					await recordObserved(db, lead, outsider.id, scenario, {
						ratings,
						ending: null,
						comment: ''
					})
			)
		).toEqual({
			key: 'forbidden',
			status: 403
		});
		expect(
			await domainFailureOf(
				async () =>
					await recordObserved(db, lead, agent.id, scenario, {
						ratings,
						ending: 'bogus',
						comment: ''
					})
			)
		).toEqual({
			key: 'observed_unknown_ending',
			status: 400
		});
		expect(await db.select().from(observedPractice)).toHaveLength(1);
	});

	it('refuses missing and out-of-range ratings', async () => {
		expect(
			await domainFailureOf(() => readRatings(scenario, form({ feeling: '4', hearing: '2' })))
		).toMatchObject({
			key: 'observed_rating_missing'
		});
		expect(
			await domainFailureOf(() =>
				readRatings(scenario, form({ feeling: '5', hearing: '2', owning: '1' }))
			)
		).toMatchObject({
			key: 'observed_rating_missing'
		});
		expect(
			await domainFailureOf(() =>
				readRatings(scenario, form({ feeling: '-1', hearing: '2', owning: '1' }))
			)
		).toMatchObject({
			key: 'observed_rating_missing'
		});
	});
});

it('keeps runs out of reach of a deleted scenario version', async () => {
	const run = await startRun(db, agent.id, scenario);
	await exec(
		db.update(roleplayRuns).set({ scenarioVersion: 'old' }).where(eq(roleplayRuns.id, run.id))
	);
	const stale = (await getRun(db, run.id))!;
	expect(viewRun(stale, scenario).offer).toEqual({ kind: 'end' });
	expect(
		await domainFailureOf(
			async () => await act(db, stale, scenario, agent.id, 0, { kind: 'choice', index: 0 })
		)
	).toEqual({
		key: 'roleplay_changed',
		status: 409
	});
	// Starting again replaces the outdated run instead of resuming it.
	expect((await startRun(db, agent.id, scenario)).id).not.toBe(run.id);
});
