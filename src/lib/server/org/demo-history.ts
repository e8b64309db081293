import { eq, inArray } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import type { Db } from '../db';
import { teamMembers, users } from '../db/schema';
import { addGoal, agreeGoal, commentGoal, confirmCompetency, selfAssess } from '../growth/plan';
import { attemptQuestions, startAttempt, submitAttempt } from '../quiz/attempts';
import { token } from '../quiz/random';
import type { Question, Quiz } from '../quiz/types';
import { completeLesson } from '../record/lessons';
import { Conversation } from '../roleplay/engine';
import { WEAK_REPLY } from '../roleplay/explore';
import { recordObserved } from '../roleplay/observed';
import { act, choiceOrder, getRun, setShared, sharedRunsOf, startRun } from '../roleplay/runs';
import { contestReply } from '../roleplay/rescore';
import { rubricValue, type Decision } from '../roleplay/scoring';
import type { Scenario } from '../roleplay/types';
import { scenarioIn } from '../roleplay/editions';
import { localizeQuiz } from '../quiz/translations';
import { assign } from '../cockpit/assignments';
import {
	acknowledgeSession,
	addActionItem,
	scheduleSession,
	tickActionItem
} from '../cockpit/coaching';
import { acknowledgeReview, createReview, disputeReview } from '../cockpit/reviews';

const DAY = 86_400_000;

/** A small deterministic random source, so every demo start tells the same story. */
function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
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
export function playRun(
	db: Db,
	userId: number,
	scenario: Scenario,
	skill: number,
	rand: () => number,
	at: number
) {
	let run = startRun(db, userId, scenario, { restart: true, now: at });
	for (let step = 0; step < 60 && run.status === 'open'; step++) {
		const offer = Conversation.resume(scenario, run.inkState).offer();
		const good = rand() < skill;
		const now = at + (step + 1) * 40_000;
		if (offer.kind === 'end') break;
		if (offer.kind === 'free') {
			act(
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
			act(db, run, scenario, userId, run.step, { kind: 'choice', index: shown }, now);
		}
		run = getRun(db, run.id)!;
	}
	return run;
}

/** A weak typed reply in Chinese: no empathy, no plan, nothing the customer can hold on to. */
const WEAK_REPLY_ZH = '我也不知道，这个我们没办法。';

/** The language to record a quiz in: Chinese when the person works in it and it is translated. */
function quizLanguage(quiz: Quiz, language: string | undefined) {
	return language && localizeQuiz(quiz, language).translated ? language : undefined;
}

interface Plan {
	email: string;
	/** Courses (by order) completed, and how far into the next one. */
	courses: number;
	extraLessons: number;
	quizSkill: number;
	/** Role-plays: how many and how well. */
	runs: number;
	runSkill: number;
	observed?: boolean;
	confirm?: string;
	goals?: { competency: string; text: string; inDays: number; agreed: boolean; comment?: string }[];
	/** Works in Chinese: the Chinese editions of lessons, quizzes and role-plays where they exist. */
	language?: 'zh-CN';
	/** The lead's comment on observed practice (in the lead's language). */
	observedComment?: string;
}

const PLANS: Plan[] = [
	{
		email: 'mei@demo.coachline.test',
		courses: 0,
		extraLessons: 3,
		quizSkill: 0.7,
		runs: 0,
		runSkill: 0
	},
	{
		email: 'yuki@demo.coachline.test',
		courses: 0,
		extraLessons: 1,
		quizSkill: 0.6,
		runs: 0,
		runSkill: 0
	},
	{
		email: 'tom@demo.coachline.test',
		courses: 1,
		extraLessons: 2,
		quizSkill: 0.65,
		runs: 2,
		runSkill: 0.5
	},
	{
		email: 'omar@demo.coachline.test',
		courses: 2,
		extraLessons: 1,
		quizSkill: 0.75,
		runs: 3,
		runSkill: 0.7
	},
	{
		email: 'anna@demo.coachline.test',
		courses: 3,
		extraLessons: 2,
		quizSkill: 0.8,
		runs: 3,
		runSkill: 0.75,
		goals: [
			{
				competency: 'expectations',
				text: 'Set the reply time up front on every chat this month.',
				inDays: 21,
				agreed: false
			}
		]
	},
	{
		email: 'priya@demo.coachline.test',
		courses: 4,
		extraLessons: 1,
		quizSkill: 0.85,
		runs: 4,
		runSkill: 0.85,
		observed: true,
		goals: [
			{
				competency: 'boundaries',
				text: 'Hold a polite no with an over-claiming customer without escalating.',
				inDays: 30,
				agreed: true,
				comment: 'Good goal: try the media-threat scenario first.'
			},
			{
				competency: 'composure',
				text: 'Take the two-minute reset after every abusive call.',
				inDays: 14,
				agreed: false
			}
		]
	},
	{
		email: 'diego@demo.coachline.test',
		courses: 5,
		extraLessons: 0,
		quizSkill: 0.9,
		runs: 5,
		runSkill: 0.95,
		observed: true,
		confirm: 'empathy'
	},
	{
		email: 'zhang@demo.coachline.test',
		courses: 5,
		extraLessons: 0,
		quizSkill: 0.9,
		runs: 4,
		runSkill: 0.9,
		observed: true,
		language: 'zh-CN',
		observedComment:
			'语气平和，先安抚情绪再处理问题，做得很好。下一步：回复时间要说得更早、更具体。',
		goals: [
			{
				competency: 'ownership',
				text: '本月每一个未结的工单，都在结束会话前告诉客户明确的回复时间。',
				inDays: 21,
				agreed: true,
				comment: '很好的目标。每周一我们一起看一次未结工单。'
			}
		]
	}
];

/**
 * A few weeks of activity for the demo organisation, played through the real domain functions
 * (lessons completed, quizzes submitted, role-plays played, observed practice, goals), so every
 * demo agent has a record worth looking at and the leads have a team to coach.
 */
export function playDemoHistory(db: Db, content: ContentIndex, now = Date.now()) {
	const rand = random(20261124);
	const people = new Map(
		db
			.select()
			.from(users)
			.where(
				inArray(users.email, [
					...PLANS.map((p) => p.email),
					'lead.wang@demo.coachline.test',
					'lead.lin@demo.coachline.test'
				])
			)
			.all()
			.map((u) => [u.email, u])
	);
	const wang = people.get('lead.wang@demo.coachline.test');
	const lin = people.get('lead.lin@demo.coachline.test');
	const competencies = new Set(content.competencies.map((c) => c.id));
	const agentCourses = content.courses.filter((c) => c.audience !== 'lead');
	const scenarios = content.scenarios.filter((s) => s.audience === 'agent');
	for (const plan of PLANS) {
		const person = people.get(plan.email);
		if (!person) continue;
		const lead = person.email.match(/^(mei|tom|priya|diego)@/) ? wang : lin;
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
		lessons.forEach(({ course, lesson }, i) => {
			const at = when(i, lessons.length);
			completeLesson(db, person.id, course, lesson, at);
			const quiz = content.quiz(lesson.id);
			if (!quiz || rand() > 0.8) return;
			const attempt = startAttempt(db, person.id, quiz, at + 60_000);
			const questions = attemptQuestions(quiz, attempt)!;
			submitAttempt(
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
		agentCourses.slice(0, plan.courses).forEach((course) => {
			const quiz = content.quiz(course.slug);
			const last = lessons.findLastIndex((x) => x.course.slug === course.slug);
			if (!quiz || last < 0) return;
			let at = when(last, lessons.length) + 2 * 3_600_000;
			for (let attemptNo = 0; attemptNo < 3; attemptNo++, at += DAY) {
				if (at + 900_000 > now) break;
				const skill = attemptNo === 0 ? plan.quizSkill : attemptNo === 1 ? 0.9 : 1;
				const attempt = startAttempt(db, person.id, quiz, at);
				const questions = attemptQuestions(quiz, attempt)!;
				const result = submitAttempt(
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
			const run = playRun(db, person.id, scenario, plan.runSkill, rand, at);
			if (r === 0 && run.status === 'finished') setShared(db, run, person.id, true, at + 600_000);
		}
		if (plan.observed && lead && scenarios.length) {
			const scenario = scenarios[person.id % scenarios.length];
			const ratings = Object.fromEntries(
				scenario.criteria.map((c) => [c.id, Math.min(4, 2 + Math.floor(rand() * 3))])
			);
			const success = [...scenario.endings.values()].find((e) => e.success)!;
			recordObserved(
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
			confirmCompetency(db, lead, person.id, plan.confirm, competencies, now - 2 * DAY);
		for (const g of plan.goals ?? []) {
			if (!competencies.has(g.competency)) continue;
			const goal = addGoal(
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
			if (g.agreed && lead) agreeGoal(db, lead, goal.id, true, now - 6 * DAY);
			if (g.comment && lead) commentGoal(db, lead, goal.id, g.comment, now - 6 * DAY);
		}
		if (plan.courses >= 3)
			for (const id of ['listening', 'empathy', 'resolution'])
				if (competencies.has(id))
					selfAssess(db, person.id, id, Math.min(4, plan.courses - 1), competencies, now - 7 * DAY);
	}
	if (wang) playDemoCoaching(db, content, wang, people, now);
	if (lin) playChineseCoaching(db, content, lin, people, now);
	return db.select({ id: users.id }).from(users).where(eq(users.demo, true)).all().length;
}

/**
 * Wang's cockpit has something in it: a course assigned to the whole team and an overdue
 * scenario, a review Mei acknowledged and one Tom disputed (waiting for Wang), and a one-to-one
 * with Priya whose action items she is working through. All through the real domain functions.
 */
function playDemoCoaching(
	db: Db,
	content: ContentIndex,
	wang: typeof users.$inferSelect,
	people: Map<string, typeof users.$inferSelect>,
	now: number
) {
	const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
	const mei = people.get('mei@demo.coachline.test');
	const tom = people.get('tom@demo.coachline.test');
	const priya = people.get('priya@demo.coachline.test');
	const team = db
		.select({ teamId: teamMembers.teamId })
		.from(teamMembers)
		.where(eq(teamMembers.userId, mei?.id ?? -1))
		.get();
	if (!mei || !tom || !priya || !team || !content.course('complaint-handling')) return;
	assign(
		db,
		content,
		wang,
		{
			target: { kind: 'team', id: team.teamId },
			item: 'course:complaint-handling',
			dueDate: day(12),
			note: 'We start the complaint-handling refresher this month: one lesson a day is plenty.'
		},
		now - 2 * DAY
	);
	if (content.scenario('third-call-still-broken'))
		assign(
			db,
			content,
			wang,
			{
				target: { kind: 'agent', id: tom.id },
				item: 'scenario:third-call-still-broken',
				dueDate: day(-2),
				note: 'Practise owning a repeat complaint before we talk on Thursday.'
			},
			now - 9 * DAY
		);
	const card = content.scorecards[0];
	if (card) {
		const marks = (m: Record<string, string>) => (id: string) => m[id] ?? '';
		createReview(
			db,
			content,
			wang,
			mei.id,
			{
				scorecard: card.id,
				reference: 'CALL-20481',
				interactionDate: day(-5),
				excerpt: 'Customer: "I was charged twice." Mei: "Let me check that for you right now."',
				comment: 'Calm and clear. Give the reply time before you hang up, not only in the email.',
				marks: marks({ 'no-reply-time': '1', warmth: '5' })
			},
			now - 4 * DAY
		);
		const disputed = createReview(
			db,
			content,
			wang,
			tom.id,
			{
				scorecard: card.id,
				reference: 'CHAT-7731',
				interactionDate: day(-4),
				excerpt: '',
				comment:
					'The fix was right, but the need was never confirmed and the delivery date was wrong.',
				marks: marks({ 'need-not-confirmed': '1', 'wrong-information': '1', 'no-recap': '1' })
			},
			now - 3 * DAY
		);
		disputeReview(
			db,
			tom,
			disputed.id,
			'The delivery date came from the courier system at the time; it changed after the chat.',
			now - 2 * DAY
		);
	}
	const session = scheduleSession(
		db,
		content,
		wang,
		priya.id,
		{
			date: day(-3),
			focus: ['expectations', 'ownership'].filter((c) =>
				content.competencies.some((x) => x.id === c)
			),
			notes:
				'Went through two escalations from last week. Both ended well; both customers had called before. Agreed to give a reply time on every open case and to own repeat callers end to end.'
		},
		now - 3 * DAY
	);
	const lesson = content.courses
		.flatMap((c) => c.lessons)
		.find((l) => l.competencies.includes('expectations'));
	const first = addActionItem(
		db,
		content,
		wang,
		session.id,
		{ text: 'Give a reply time on every open case this week', dueDate: day(4), item: '' },
		now - 3 * DAY
	);
	addActionItem(
		db,
		content,
		wang,
		session.id,
		{
			text: 'Re-read the lesson on managing expectations',
			dueDate: day(7),
			item: lesson ? `lesson:${lesson.id}` : ''
		},
		now - 3 * DAY
	);
	acknowledgeSession(db, priya, session.id, now - 2 * DAY);
	tickActionItem(db, priya, first.id, true, now - DAY);
	contestDemoReply(db, content, tom, now - DAY);
}

/** Tom asks Wang to look again at a typed reply of a run he shared (waiting for Wang). */
function contestDemoReply(
	db: Db,
	content: ContentIndex,
	tom: typeof users.$inferSelect,
	now: number
) {
	const shared = sharedRunsOf(db, tom.id).find((r) => r.status === 'finished');
	const run = shared && getRun(db, shared.id);
	const scenario = run && content.scenario(run.scenarioId);
	const typed = run && (run.decisions as Decision[]).find((d) => d.kind === 'free');
	if (!run || !scenario || !typed) return;
	contestReply(
		db,
		run,
		scenario,
		tom.id,
		typed.step,
		'I said what he needed in my own words; I think the rules missed it.',
		now
	);
}

/**
 * 林芳 coaches 张伟 in Chinese: a reviewed chat he acknowledged and a one-to-one with an action
 * item, through the same domain functions as Wang's.
 */
function playChineseCoaching(
	db: Db,
	content: ContentIndex,
	lin: typeof users.$inferSelect,
	people: Map<string, typeof users.$inferSelect>,
	now: number
) {
	const day = (offset: number) => new Date(now + offset * DAY).toISOString().slice(0, 10);
	const zhang = people.get('zhang@demo.coachline.test');
	const card = content.scorecards[0];
	if (!zhang) return;
	if (card) {
		const review = createReview(
			db,
			content,
			lin,
			zhang.id,
			{
				scorecard: card.id,
				reference: 'CHAT-8120',
				interactionDate: day(-6),
				excerpt:
					'客户：“我的订单三天了还没发货！” 张伟：“非常抱歉让您久等了，我马上帮您查一下物流。”',
				comment:
					'先道歉、再查询，客户的情绪很快就平复了。结束前记得复述一遍解决方案，并给出回复时间。',
				marks: (id: string) =>
					(({ 'no-recap': '1', warmth: '5' }) as Record<string, string>)[id] ?? ''
			},
			now - 5 * DAY
		);
		acknowledgeReview(db, zhang, review.id, now - 4 * DAY);
	}
	const session = scheduleSession(
		db,
		content,
		lin,
		zhang.id,
		{
			date: day(-2),
			focus: ['ownership', 'expectations'].filter((c) =>
				content.competencies.some((x) => x.id === c)
			),
			notes:
				'一起回顾了上周两个重复来电的投诉。两位客户都是第二次来电，问题出在第一次没有给回复时间。约定：每个未结工单都给出明确的回复时间，并且首问负责，跟进到底。'
		},
		now - 2 * DAY
	);
	addActionItem(
		db,
		content,
		lin,
		session.id,
		{ text: '本周每个未结工单都写明回复时间', dueDate: day(5), item: '' },
		now - 2 * DAY
	);
	acknowledgeSession(db, zhang, session.id, now - DAY);
}
