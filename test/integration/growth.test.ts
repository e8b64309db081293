import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
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
beforeEach(() => {
	db = testDb();
	agent = addPerson(db);
	lead = addPerson(db, { role: 'lead' });
	const team = db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning().get();
	db.insert(teamMembers).values({ teamId: team.id, userId: agent.id }).run();
});

describe('the growth record', () => {
	it('starts at level 0 everywhere with an empty timeline', () => {
		const view = growthView(db, index, agent, null, 'self', NOW);
		expect(view.levels.map((l) => [l.id, l.level])).toEqual([
			['listening', 0],
			['empathy', 0],
			['ownership', 0]
		]);
		expect(view.timeline).toEqual([]);
		expect(view.completions).toEqual({ courses: [], paths: [] });
	});

	it('turns lessons into awareness and role-plays into proficiency once quizzes stand under them, with a timeline and a trend', () => {
		const basics = index.course('basics')!;
		for (const lesson of basics.lessons)
			completeLesson(db, agent.id, basics, lesson, NOW - 20 * DAY);
		const followUp = index.course('follow-up')!;
		for (const lesson of followUp.lessons)
			completeLesson(db, agent.id, followUp, lesson, NOW - 19 * DAY);
		playRun(db, agent.id, index.scenario('late-parcel')!, 1, () => 0, NOW - 3 * DAY);
		const levels = () => growthView(db, index, agent, null, 'self', NOW).levels;
		// One run at 100%, with lessons but no quiz under it: aware, and it says on what evidence.
		expect(levels().map((l) => [l.id, l.level])).toEqual([
			['listening', 1],
			['empathy', 1],
			['ownership', 1]
		]);
		expect(levels().find((l) => l.id === 'empathy')).toMatchObject({
			kinds: ['lesson', 'roleplay']
		});
		// Quiz answers (evidence written as a quiz submission writes it) and a second run.
		const answers = db
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
			.get();
		db.insert(competencyEvidence)
			.values(
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
			.run();
		playRun(db, agent.id, index.scenario('late-parcel')!, 1, () => 0, NOW - 2 * DAY);
		const view = growthView(db, index, agent, null, 'self', NOW);
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
		const only = growthView(db, index, agent, 'lesson', 'self', NOW).timeline;
		expect(only.length).toBe(basics.lessons.length + followUp.lessons.length);
		expect(new Set(only.map((e) => e.kind))).toEqual(new Set(['lesson']));
	});

	it('suggests the weakest competencies with lessons not read yet', () => {
		const basics = index.course('basics')!;
		completeLesson(db, agent.id, basics, basics.lessons[0], NOW - DAY);
		const { next } = growthView(db, index, agent, null, 'self', NOW).focus;
		expect(next.length).toBe(3);
		for (const f of next)
			for (const l of f.lessons) expect(l.href).not.toBe(`/learn/${basics.lessons[0].id}`);
	});

	it('exports the evidence as CSV, defusing spreadsheet formulas', () => {
		const basics = index.course('basics')!;
		completeLesson(db, agent.id, basics, basics.lessons[0], NOW);
		const csv = evidenceCsv(db, index, agent.id, 'self');
		const lines = csv.trim().split('\r\n');
		// The person's own export says which rows are private practice; a coach's has no such rows.
		expect(lines[0]).toBe('date,competency,kind,score,activity_type,activity,verb,visibility');
		expect(lines.length).toBe(1 + basics.lessons[0].competencies.length);
		expect(lines[1]).toMatch(
			/^2026-11-24T12:00:00.000Z,.+,lesson,1.000,lesson,basics\/intro,completed,shared$/
		);
		expect(evidenceCsv(db, index, agent.id, 'coach').split('\r\n')[0]).toBe(
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

	it('lets the agent add, finish, reopen and remove goals, with a self-assessment and notes', () => {
		const g = addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		setGoalStatus(db, agent.id, g.id, 'done', NOW);
		expect(planOf(db, agent.id).goals[0].status).toBe('done');
		selfAssess(db, agent.id, 'empathy', 3, COMPETENCIES, NOW);
		selfAssess(db, agent.id, 'empathy', 2, COMPETENCIES, NOW);
		saveNotes(db, agent.id, '  Ask Wang about the chat macros.  ', NOW);
		const plan = planOf(db, agent.id);
		expect(plan.self).toEqual({ empathy: 2 });
		expect(plan.notes).toBe('Ask Wang about the chat macros.');
		deleteGoal(db, agent.id, g.id);
		expect(planOf(db, agent.id).goals).toEqual([]);
	});

	it('refuses bad goals, levels and other people\u2019s goals with a message', () => {
		expect(
			domainFailureOf(() =>
				addGoal(db, agent.id, { ...goal, competency: 'telepathy' }, COMPETENCIES)
			)
		).toEqual({ key: 'goal_competency', status: 400 });
		expect(
			domainFailureOf(() => addGoal(db, agent.id, { ...goal, text: '  ' }, COMPETENCIES))
		).toEqual({ key: 'goal_text_empty', status: 400 });
		expect(
			domainFailureOf(() => addGoal(db, agent.id, { ...goal, text: 'x'.repeat(301) }, COMPETENCIES))
		).toMatchObject({ key: 'goal_text_long' });
		for (const targetDate of ['2026-02-30', 'tomorrow', '2026-1-5'])
			expect(
				domainFailureOf(() => addGoal(db, agent.id, { ...goal, targetDate }, COMPETENCIES))
			).toEqual({ key: 'goal_date', status: 400 });
		expect(domainFailureOf(() => selfAssess(db, agent.id, 'empathy', 5, COMPETENCIES))).toEqual({
			key: 'self_level',
			status: 400
		});
		expect(domainFailureOf(() => saveNotes(db, agent.id, 'x'.repeat(4001)))).toMatchObject({
			key: 'notes_long'
		});
		const g = addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		const other = addPerson(db);
		expect(domainFailureOf(() => setGoalStatus(db, other.id, g.id, 'done'))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(domainFailureOf(() => deleteGoal(db, other.id, g.id))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(db.select().from(devGoals).all()).toHaveLength(1);
	});

	it('lets the lead comment and agree; another lead and a peer get nothing written', () => {
		const g = addGoal(db, agent.id, goal, COMPETENCIES, NOW);
		commentGoal(db, lead, g.id, 'Good one. Try the third-call scenario.', NOW);
		agreeGoal(db, lead, g.id, true, NOW);
		const plan = planOf(db, agent.id);
		expect(plan.goals[0]).toMatchObject({ agreedBy: lead.id, agreedByName: lead.name });
		expect(plan.goals[0].comments.map((c) => [c.author, c.body])).toEqual([
			[lead.name, 'Good one. Try the third-call scenario.']
		]);

		const stranger = addPerson(db, { role: 'lead' });
		const peer = addPerson(db);
		expect(domainFailureOf(() => agreeGoal(db, stranger, g.id, false))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(domainFailureOf(() => commentGoal(db, peer, g.id, 'hi'))).toEqual({
			key: 'goal_not_found',
			status: 404
		});
		expect(domainFailureOf(() => agreeGoal(db, agent, g.id, true))).toEqual({
			key: 'forbidden',
			status: 403
		});
		expect(domainFailureOf(() => commentGoal(db, lead, g.id, ' '))).toMatchObject({
			key: 'goal_comment_empty'
		});
		expect(db.select().from(goalComments).all()).toHaveLength(1);
	});

	it("records a lead's confirmation as evidence, and only for their own team's members", () => {
		confirmCompetency(db, lead, agent.id, 'empathy', COMPETENCIES, NOW);
		const rows = db.select().from(statements).where(eq(statements.actorId, agent.id)).all();
		expect(rows.map((s) => [s.verb, s.objectType, s.objectId])).toEqual([
			['confirmed', 'competency', 'empathy']
		]);
		expect(
			growthView(db, index, agent, 'coaching', 'self', NOW).timeline.map((e) => e.title)
		).toEqual(['Empathy']);
		const stranger = addPerson(db, { role: 'lead' });
		expect(
			domainFailureOf(() => confirmCompetency(db, stranger, agent.id, 'empathy', COMPETENCIES))
		).toEqual({ key: 'forbidden', status: 403 });
		expect(
			domainFailureOf(() => confirmCompetency(db, lead, lead.id, 'empathy', COMPETENCIES))
		).toEqual({ key: 'forbidden', status: 403 });
		expect(
			domainFailureOf(() => confirmCompetency(db, agent, agent.id, 'empathy', COMPETENCIES))
		).toEqual({ key: 'forbidden', status: 403 });
	});
});

it('filters the timeline by kind in the query: practice and observed role-plays apart', async () => {
	const { recordObserved } = await import('../../src/lib/server/roleplay/observed');
	const scenario = index.scenario('late-parcel')!;
	playRun(db, agent.id, scenario, 1, () => 0, NOW - 2 * DAY);
	const ratings = Object.fromEntries(scenario.criteria.map((c) => [c.id, 3]));
	recordObserved(db, lead, agent.id, scenario, { ratings, ending: null, comment: '' }, NOW - DAY);
	const kinds = (kind: 'roleplay' | 'observed') =>
		growthView(db, index, agent, kind, 'self', NOW).timeline.map((e) => e.kind);
	expect(kinds('roleplay')).toEqual(['roleplay']);
	expect(kinds('observed')).toEqual(['observed']);
});
