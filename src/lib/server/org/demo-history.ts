import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import { serially, type Db } from '../db';
import { teamMembers, teams, users } from '../db/schema';
import { addGoal, agreeGoal, commentGoal, confirmCompetency, selfAssess } from '../growth/plan';
import { attemptQuestions, startAttempt, submitAttempt } from '../quiz/attempts';
import { token } from '../quiz/random';
import type { Question, Quiz } from '../quiz/types';
import { completeLesson } from '../record/lessons';
import { Conversation } from '../roleplay/engine';
import { WEAK_REPLY } from '../roleplay/explore';
import { recordObserved } from '../roleplay/observed';
import { act, choiceOrder, getRun, setShared, startRun } from '../roleplay/runs';
import { rubricValue } from '../roleplay/scoring';
import type { Scenario } from '../roleplay/types';
import { scenarioIn } from '../roleplay/editions';
import { localizeQuiz } from '../quiz/translations';
import { PLANS } from './demo-plans';
import { playChineseCoaching, playDemoCoaching } from './demo-coaching';
import { playTeamRooms } from './demo-rooms';

const DAY = 86_400_000;

/** A small deterministic random source, so every demo start tells the same story. */
export function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A quiz attempt's seed (which questions, in which order) fixed by who takes which quiz, so every
 * demo draws the same questions. The attempts are submitted at once; nobody answers them later.
 */
function demoSeed(...parts: (string | number)[]) {
	return createHash('sha256')
		.update(`demo:${parts.join(':')}`)
		.digest('hex')
		.slice(0, 26);
}

/** The form a person would send for a quiz attempt, each question right with probability `skill`. */
export function answerForm(quiz: Quiz, seed: string, questions: Question[], right: () => boolean) {
	const form = new FormData();
	for (const q of questions) {
		const ok = right();
		const tok = (id: string) => token(seed, q.id, id);
		if (q.type === 'matching') {
			const rights = q.pairs.map((p) => p.id);
			q.pairs.forEach((p, i) =>
				form.set(
					`q.${q.id}.match.${tok(`L:${p.id}`)}`,
					tok(`R:${ok ? p.id : rights[(i + 1) % rights.length]}`)
				)
			);
		} else if (q.type === 'ordering') {
			const order = ok ? q.answer : [...q.answer].reverse();
			order.forEach((id, i) => form.set(`q.${q.id}.pos.${tok(id)}`, String(i + 1)));
		} else if (q.type === 'multiple') {
			const chosen = ok
				? q.answer
				: q.options.filter((o) => !q.answer.includes(o.id)).map((o) => o.id);
			for (const id of chosen.length ? chosen : [q.options[0].id])
				form.append(`q.${q.id}`, tok(id));
		} else {
			const wrong = q.options.find((o) => o.id !== q.answer)!.id;
			form.set(`q.${q.id}`, tok(ok ? q.answer : wrong));
		}
		form.set(`q.${q.id}.sure`, ok ? 'sure' : 'unsure');
	}
	return form;
}

/**
 * Plays one run through the real run functions: at each step the best choice with probability
 * `skill`, otherwise the weakest; free text gets the model answer or a weak reply.
 */
export async function playRun(
	db: Db,
	userId: number,
	scenario: Scenario,
	skill: number,
	rand: () => number,
	at: number
) {
	let run = await startRun(db, userId, scenario, { restart: true, now: at });
	for (let step = 0; step < 60 && run.status === 'open'; step++) {
		const offer = Conversation.resume(scenario, run.inkState).offer();
		const good = rand() < skill;
		const now = at + (step + 1) * 40_000;
		if (offer.kind === 'end') break;
		if (offer.kind === 'free') {
			await act(
				db,
				run,
				scenario,
				userId,
				run.step,
				{
					kind: 'free',
					text: good ? offer.step.model : scenario.language === 'zh' ? WEAK_REPLY_ZH : WEAK_REPLY
				},
				now
			);
		} else {
			const values = offer.choices.map((c) => rubricValue(scenario, c.effects.points));
			const real = values.indexOf(good ? Math.max(...values) : Math.min(...values));
			const shown = choiceOrder(run.seed, run.step, offer.choices.length).indexOf(real);
			await act(db, run, scenario, userId, run.step, { kind: 'choice', index: shown }, now);
		}
		run = (await getRun(db, run.id))!;
	}
	return run;
}

/** A weak typed reply in Chinese: no empathy, no plan, nothing the customer can hold on to. */
const WEAK_REPLY_ZH = '我也不知道，这个我们没办法。';

/** The language to record a quiz in: Chinese when the person works in it and it is translated. */
function quizLanguage(quiz: Quiz, language: string | undefined) {
	return language && localizeQuiz(quiz, language).translated ? language : undefined;
}

/**
 * A few weeks of activity for the demo organisation, played through the real domain functions
 * (lessons completed, quizzes submitted, role-plays played, observed practice, goals), so every
 * demo agent has a record worth looking at and the leads have a team to coach.
 */
export async function playDemoHistory(db: Db, content: ContentIndex, now = Date.now()) {
	const rand = random(20261124);
	const people = new Map(
		(await db.select().from(users).where(eq(users.demo, true))).map((u) => [u.email, u])
	);
	// Each agent's lead: the lead of their team.
	const leadOf = new Map(
		(
			await db
				.select({ userId: teamMembers.userId, lead: users })
				.from(teamMembers)
				.innerJoin(teams, eq(teams.id, teamMembers.teamId))
				.innerJoin(users, eq(users.id, teams.leadId))
		).map((r) => [r.userId, r.lead])
	);
	const wang = people.get('lead.wang@demo.coachline.test');
	const lin = people.get('lead.lin@demo.coachline.test');
	const competencies = new Set(content.competencies.map((c) => c.id));
	const agentCourses = content.courses.filter((c) => c.audience !== 'lead');
	const scenarios = content.scenarios.filter((s) => s.audience === 'agent');
	for (const plan of PLANS) {
		const person = people.get(plan.email);
		if (!person) continue;
		const lead = leadOf.get(person.id);
		const days = Math.min(
			42,
			Math.max(2, person.startedOn ? Math.floor((now - Date.parse(person.startedOn)) / DAY) : 30)
		);
		const lessons = [
			...agentCourses
				.slice(0, plan.courses)
				.flatMap((c) => c.lessons.map((l) => ({ course: c, lesson: l }))),
			...(agentCourses[plan.courses]?.lessons
				.slice(0, plan.extraLessons)
				.map((l) => ({ course: agentCourses[plan.courses], lesson: l })) ?? [])
		];
		// Spread the person's activity over their first weeks, oldest first.
		const when = (i: number, total: number) =>
			now - days * DAY + Math.floor(((i + 1) / (total + 1)) * (days - 1) * DAY);
		await serially(lessons, async ({ course, lesson }, i) => {
			const at = when(i, lessons.length);
			await completeLesson(db, person.id, course, lesson, at);
			const quiz = content.quiz(lesson.id);
			if (!quiz || rand() > 0.8) return;
			const attempt = await startAttempt(
				db,
				person.id,
				quiz,
				at + 60_000,
				demoSeed(person.email, quiz.id)
			);
			const questions = attemptQuestions(quiz, attempt)!;
			await submitAttempt(
				db,
				attempt,
				quiz,
				answerForm(quiz, attempt.seed, questions, () => rand() < plan.quizSkill),
				at + 300_000,
				quizLanguage(quiz, plan.language)
			);
		});
		// Each course read to the end ends with its assessment: a first try at the person's own
		// skill, and (after revising) a day later until it is passed. Its own random sequence, so
		// the rest of the history does not shift when an assessment changes.
		const assessRand = random(plan.email.length * 7919 + 1);
		await serially(agentCourses.slice(0, plan.courses), async (course) => {
			const quiz = content.quiz(course.slug);
			const last = lessons.findLastIndex((x) => x.course.slug === course.slug);
			if (!quiz || last < 0) return;
			let at = when(last, lessons.length) + 2 * 3_600_000;
			for (let attemptNo = 0; attemptNo < 3; attemptNo++, at += DAY) {
				if (at + 900_000 > now) break;
				const skill = attemptNo === 0 ? plan.quizSkill : attemptNo === 1 ? 0.9 : 1;
				const attempt = await startAttempt(
					db,
					person.id,
					quiz,
					at,
					demoSeed(person.email, quiz.id, attemptNo)
				);
				const questions = attemptQuestions(quiz, attempt)!;
				const result = await submitAttempt(
					db,
					attempt,
					quiz,
					answerForm(quiz, attempt.seed, questions, () => assessRand() < skill),
					at + 900_000,
					quizLanguage(quiz, plan.language)
				);
				if (result.recorded && result.passed) break;
			}
		});
		for (let r = 0; r < plan.runs && scenarios.length; r++) {
			const base = scenarios[(r * 3 + person.id) % scenarios.length];
			const scenario = plan.language ? scenarioIn(base, plan.language) : base;
			const at = when(r, plan.runs) + 3_600_000;
			const run = await playRun(db, person.id, scenario, plan.runSkill, rand, at);
			if (r === 0 && run.status === 'finished')
				await setShared(db, run, person.id, true, at + 600_000);
		}
		if (plan.observed && lead && scenarios.length) {
			const scenario = scenarios[person.id % scenarios.length];
			const ratings = Object.fromEntries(
				scenario.criteria.map((c) => [c.id, Math.min(4, 2 + Math.floor(rand() * 3))])
			);
			const success = [...scenario.endings.values()].find((e) => e.success)!;
			await recordObserved(
				db,
				lead,
				person.id,
				scenario,
				{
					ratings,
					ending: success.id,
					comment:
						plan.observedComment ??
						'Calm, clear and kind under pressure. Next: name the reply time earlier.'
				},
				now - 5 * DAY
			);
		}
		if (plan.confirm && lead && competencies.has(plan.confirm))
			await confirmCompetency(db, lead, person.id, plan.confirm, competencies, now - 2 * DAY);
		for (const g of plan.goals ?? []) {
			if (!competencies.has(g.competency)) continue;
			const goal = await addGoal(
				db,
				person.id,
				{
					competency: g.competency,
					text: g.text,
					targetDate: new Date(now + g.inDays * DAY).toISOString().slice(0, 10)
				},
				competencies,
				now - 7 * DAY
			);
			if (g.agreed && lead) await agreeGoal(db, lead, goal.id, true, now - 6 * DAY);
			if (g.comment && lead) await commentGoal(db, lead, goal.id, g.comment, now - 6 * DAY);
		}
		if (plan.courses >= 3)
			for (const id of ['listening', 'empathy', 'resolution'])
				if (competencies.has(id))
					await selfAssess(
						db,
						person.id,
						id,
						Math.min(4, plan.courses - 1),
						competencies,
						now - 7 * DAY
					);
	}
	if (wang) await playDemoCoaching(db, content, wang, people, now);
	if (lin) await playChineseCoaching(db, content, lin, people, now);
	await playTeamRooms(db, content, people, now);
	return (await db.select({ id: users.id }).from(users).where(eq(users.demo, true))).length;
}
