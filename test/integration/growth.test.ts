import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, type Db } from '../../src/lib/server/db';
import { loadContent } from '../../src/lib/server/content';
import {
	competencyEvidence,
	devGoals,
	goalComments,
	statements,
	teamMembers,
	teams,
	type User
} from '../../src/lib/server/db/schema';
import { completeLesson } from '../../src/lib/server/record/lessons';
import { evidenceCsv } from '../../src/lib/server/growth/csv';
import {
	addGoal,
	agreeGoal,
	commentGoal,
	confirmCompetency,
	deleteGoal,
	planOf,
	saveNotes,
	selfAssess,
	setGoalStatus
} from '../../src/lib/server/growth/plan';
import { growthView } from '../../src/lib/server/growth/view';
import { playRun } from '../../src/lib/server/org/demo-history';
import { addPerson, domainFailureOf, testDb } from './db';

const { index } = loadContent('test/fixtures/content/valid');
const COMPETENCIES = new Set(index.competencies.map((c) => c.id));
const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 24, 12);

let db: Db;
let agent: User;
let lead: User;
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
	lead = await addPerson(db, { role: 'lead' });
	const team = await returned(
		db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning()
	);
	await exec(db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }));
});

describe('the growth record', () => {
	it('starts at level 0 everywhere with an empty timeline', async () => {
		const view = await growthView(db, index, agent, null, 'self', NOW);
		expect(view.levels.map((l) => [l.id, l.level])).toEqual([
			['listening', 0],
			['empathy', 0],
			['ownership', 0]
		]);
		expect(view.timeline).toEqual([]);
		expect(view.completions).toEqual({ courses: [], paths: [] });
	});

	it('turns lessons into awareness and role-plays into proficiency once quizzes stand under them, with a timeline and a trend', async () => {
		const basics = index.course('basics')!;
		for (const lesson of basics.lessons)
			await completeLesson(db, agent.id, basics, lesson, NOW - 20 * DAY);
		const followUp = index.course('follow-up')!;
		for (const lesson of followUp.lessons)
			await completeLesson(db, agent.id, followUp, lesson, NOW - 19 * DAY);
		await playRun(db, agent.id, index.scenario('late-parcel')!, 1, () => 0, NOW - 3 * DAY);
		const levels = async () => (await growthView(db, index, agent, null, 'self', NOW)).levels;
		// One run at 100%, with lessons but no quiz under it: aware, and it says on what evidence.
		expect((await levels()).map((l) => [l.id, l.level])).toEqual([
			['listening', 1],
			['empathy', 1],
			['ownership', 1]
		]);
		expect((await levels()).find((l) => l.id === 'empathy')).toMatchObject({
			kinds: ['lesson', 'roleplay']
		});
		// Quiz answers (evidence written as a quiz submission writes it) and a second run.
		const answers = await returned(
			db
				.insert(statements)
				.values({
					id: 'quiz-1',
					actorId: agent.id,
					verb: 'answered',
					objectType: 'question',
					objectId: 'basics/intro#q1',
					timestamp: NOW - 2 * DAY
				})
				.returning()
		);
		await exec(
			db.insert(competencyEvidence).values(
				['listening', 'empathy', 'ownership'].flatMap((competency) =>
					[1, 0.8, 0.9].map((score) => ({
						userId: agent.id,
						competency,
						kind: 'quiz' as const,
						score,
						statementId: answers.id,
						at: NOW - 2 * DAY
					}))
				)
			)
		);
		await playRun(db, agent.id, index.scenario('late-parcel')!, 1, () => 0, NOW - 2 * DAY);
		const view = await growthView(db, index, agent, null, 'self', NOW);
		const level = (id: string) => view.levels.find((l) => l.id === id)!;
		// Both runs scored 100% on every criterion: proficient in all three.
		expect(['listening', 'empathy', 'ownership'].map((id) => level(id).level)).toEqual([3, 3, 3]);
		// Twelve weekly points, rising once the evidence arrived.
		expect(level('empathy').trend).toHaveLength(12);
		expect(level('empathy').trend[0]).toBe(0);
		expect(level('empathy').trend[11]).toBeGreaterThan(3);
		expect(view.timeline.map((e) => e.kind).slice(0, 3)).toEqual([
			'roleplay',
			'roleplay',
			'course'
		]);
		expect(view.completions.courses.map((c) => c.slug)).toEqual(['basics', 'follow-up']);
		const only = (await growthView(db, index, agent, 'lesson', 'self', NOW)).timeline;
		expect(only.length).toBe(basics.lessons.length + followUp.lessons.length);
		expect(new Set(only.map((e) => e.kind))).toEqual(new Set(['lesson']));
	});

	it('suggests the weakest competencies with lessons not read yet', async () => {
		const basics = index.course('basics')!;
		await completeLesson(db, agent.id, basics, basics.lessons[0], NOW - DAY);
		const { next } = (await growthView(db, index, agent, null, 'self', NOW)).focus;
		expect(next.length).toBe(3);
		for (const f of next)
			for (const l of f.lessons) expect(l.href).not.toBe(`/learn/${basics.lessons[0].id}`);
	});

	it('exports the evidence as CSV, defusing spreadsheet formulas', async () => {
		const basics = index.course('basics')!;
		await completeLesson(db, agent.id, basics, basics.lessons[0], NOW);
		const csv = await evidenceCsv(db, index, agent.id, 'self');
		const lines = csv.trim().split('\r\n');
		// The person's own export says which rows are private practice; a coach's has no such rows.
		expect(lines[0]).toBe('date,competency,kind,score,activity_type,activity,verb,visibility');
		expect(lines.length).toBe(1 + basics.lessons[0].competencies.length);
		expect(lines[1]).toMatch(
			/^2026-11-24T12:00:00.000Z,.+,lesson,1.000,lesson,basics\/intro,completed,shared$/
		);
		expect((await evidenceCsv(db, index, agent.id, 'coach')).split('\r\n')[0]).toBe(
			'date,competency,kind,score,activity_type,activity,verb'
		);
	});
});

describe('the development plan', () => {
	const goal = {
		competency: 'empathy',
		text: 'Name the feeling first on every call.',
		targetDate: '2026-12-31'
	};

	it('lets the agent add, finish, reopen and remove goals, with a self-assessment and notes', async () => {
		const g = await addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		await setGoalStatus(db, agent.id, g.id, 'done', NOW);
		expect((await planOf(db, agent.id)).goals[0].status).toBe('done');
		await selfAssess(db, agent.id, 'empathy', 3, COMPETENCIES, NOW);
		await selfAssess(db, agent.id, 'empathy', 2, COMPETENCIES, NOW);
		await saveNotes(db, agent.id, '  Ask Wang about the chat macros.  ', NOW);
		const plan = await planOf(db, agent.id);
		expect(plan.self).toEqual({ empathy: 2 });
		expect(plan.notes).toBe('Ask Wang about the chat macros.');
		await deleteGoal(db, agent.id, g.id);
		expect((await planOf(db, agent.id)).goals).toEqual([]);
	});

	it('refuses bad goals, levels and other people\u2019s goals with a message', async () => {
		expect(
			await domainFailureOf(
				async () => await addGoal(db, agent.id, { ...goal, competency: 'telepathy' }, COMPETENCIES)
			)
		).toEqual({ key: 'goal_competency', status: 400 });
		expect(
			await domainFailureOf(
				async () => await addGoal(db, agent.id, { ...goal, text: '  ' }, COMPETENCIES)
			)
		).toEqual({ key: 'goal_text_empty', status: 400 });
		expect(
			await domainFailureOf(
				async () => await addGoal(db, agent.id, { ...goal, text: 'x'.repeat(301) }, COMPETENCIES)
			)
		).toMatchObject({ key: 'goal_text_long' });
		for (const targetDate of ['2026-02-30', 'tomorrow', '2026-1-5'])
			expect(
				await domainFailureOf(
					async () => await addGoal(db, agent.id, { ...goal, targetDate }, COMPETENCIES)
				)
			).toEqual({ key: 'goal_date', status: 400 });
		expect(
			await domainFailureOf(async () => await selfAssess(db, agent.id, 'empathy', 5, COMPETENCIES))
		).toEqual({
			key: 'self_level',
			status: 400
		});
		expect(
			await domainFailureOf(async () => await saveNotes(db, agent.id, 'x'.repeat(4001)))
		).toMatchObject({
			key: 'notes_long'
		});
		const g = await addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		const other = await addPerson(db);
		expect(
			await domainFailureOf(async () => await setGoalStatus(db, other.id, g.id, 'done'))
		).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(await domainFailureOf(async () => await deleteGoal(db, other.id, g.id))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(await db.select().from(devGoals)).toHaveLength(1);
	});

	it('lets the lead comment and agree; another lead and a peer get nothing written', async () => {
		const g = await addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		await commentGoal(db, lead, g.id, 'Good one. Try the third-call scenario.', NOW);
		await agreeGoal(db, lead, g.id, true, NOW);
		const plan = await planOf(db, agent.id);
		expect(plan.goals[0]).toMatchObject({ agreedBy: lead.id, agreedByName: lead.name });
		expect(plan.goals[0].comments.map((c) => [c.author, c.body])).toEqual([
			[lead.name, 'Good one. Try the third-call scenario.']
		]);

		const stranger = await addPerson(db, { role: 'lead' });
		const peer = await addPerson(db);
		expect(await domainFailureOf(async () => await agreeGoal(db, stranger, g.id, false))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(await domainFailureOf(async () => await commentGoal(db, peer, g.id, 'hi'))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(await domainFailureOf(async () => await agreeGoal(db, agent, g.id, true))).toEqual({
			key: 'forbidden',
			status: 403
		});
		expect(await domainFailureOf(async () => await commentGoal(db, lead, g.id, ' '))).toMatchObject(
			{
				key: 'goal_comment_empty'
			}
		);
		expect(await db.select().from(goalComments)).toHaveLength(1);
	});

	it("records a lead's confirmation as evidence, and only for their own team's members", async () => {
		await confirmCompetency(db, lead, agent.id, 'empathy', COMPETENCIES, NOW);
		const rows = await db.select().from(statements).where(eq(statements.actorId, agent.id));
		expect(rows.map((s) => [s.verb, s.objectType, s.objectId])).toEqual([
			['confirmed', 'competency', 'empathy']
		]);
		expect(
			(await growthView(db, index, agent, 'coaching', 'self', NOW)).timeline.map((e) => e.title)
		).toEqual(['Empathy']);
		const stranger = await addPerson(db, { role: 'lead' });
		expect(
			await domainFailureOf(
				async () => await confirmCompetency(db, stranger, agent.id, 'empathy', COMPETENCIES)
			)
		).toEqual({ key: 'forbidden', status: 403 });
		expect(
			await domainFailureOf(
				async () => await confirmCompetency(db, lead, lead.id, 'empathy', COMPETENCIES)
			)
		).toEqual({ key: 'forbidden', status: 403 });
		expect(
			await domainFailureOf(
				async () => await confirmCompetency(db, agent, agent.id, 'empathy', COMPETENCIES)
			)
		).toEqual({ key: 'forbidden', status: 403 });
	});
});

it('filters the timeline by kind in the query: practice and observed role-plays apart', async () => {
	const { recordObserved } = await import('../../src/lib/server/roleplay/observed');
	const scenario = index.scenario('late-parcel')!;
	await playRun(db, agent.id, scenario, 1, () => 0, NOW - 2 * DAY);
	const ratings = Object.fromEntries(scenario.criteria.map((c) => [c.id, 3]));
	await recordObserved(
		db,
		lead,
		agent.id,
		scenario,
		{ ratings, ending: null, comment: '' },
		NOW - DAY
	);
	const kinds = async (kind: 'roleplay' | 'observed') =>
		(await growthView(db, index, agent, kind, 'self', NOW)).timeline.map((e) => e.kind);
	expect(await kinds('roleplay')).toEqual(['roleplay']);
	expect(await kinds('observed')).toEqual(['observed']);
});
