import type { ContentIndex } from '../content';
import { one, type Db } from '../db';
import { teamMembers, users } from '../db/schema';
import { eq } from 'drizzle-orm';
import { getRun, sharedRunsOf } from '../roleplay/runs';
import { contestReply } from '../roleplay/rescore';
import type { Decision } from '../roleplay/scoring';
import { assign } from '../cockpit/assignments';
import {
	acknowledgeSession,
	addActionItem,
	scheduleSession,
	tickActionItem
} from '../cockpit/coaching';
import { acknowledgeReview, createReview, disputeReview } from '../cockpit/reviews';

const DAY = 86_400_000;
/**
 * Wang's cockpit has something in it: a course assigned to the whole team and an overdue
 * scenario, a review Mei acknowledged and one Tom disputed (waiting for Wang), and a one-to-one
 * with Priya whose action items she is working through. All through the real domain functions.
 */
export async function playDemoCoaching(
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
	const team = await one(
		db
			.select({ teamId: teamMembers.teamId })
			.from(teamMembers)
			.where(eq(teamMembers.userId, mei?.id ?? -1))
	);
	if (!mei || !tom || !priya || !team || !content.course('complaint-handling')) return;
	await assign(
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
		await assign(
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
		await createReview(
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
		const disputed = await createReview(
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
		await disputeReview(
			db,
			tom,
			disputed.id,
			'The delivery date came from the courier system at the time; it changed after the chat.',
			now - 2 * DAY
		);
	}
	const session = await scheduleSession(
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
	const first = await addActionItem(
		db,
		content,
		wang,
		session.id,
		{ text: 'Give a reply time on every open case this week', dueDate: day(4), item: '' },
		now - 3 * DAY
	);
	await addActionItem(
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
	await acknowledgeSession(db, priya, session.id, now - 2 * DAY);
	await tickActionItem(db, priya, first.id, true, now - DAY);
	await contestDemoReply(db, content, tom, now - DAY);
}

/** Tom asks Wang to look again at a typed reply of a run he shared (waiting for Wang). */
async function contestDemoReply(
	db: Db,
	content: ContentIndex,
	tom: typeof users.$inferSelect,
	now: number
) {
	const shared = (await sharedRunsOf(db, tom.id)).find((r) => r.status === 'finished');
	const run = shared && (await getRun(db, shared.id));
	const scenario = run && content.scenario(run.scenarioId);
	const typed = run && (run.decisions as Decision[]).find((d) => d.kind === 'free');
	if (!run || !scenario || !typed) return;
	await contestReply(
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
 * 林芳 coaches in Chinese: a reviewed chat 张伟 acknowledged, a one-to-one with him with an
 * action item, and a review 刘洋 disputed (waiting for her), through the same domain functions as
 * Wang's.
 */
export async function playChineseCoaching(
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
		const review = await createReview(
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
		await acknowledgeReview(db, zhang, review.id, now - 4 * DAY);
	}
	const session = await scheduleSession(
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
	await addActionItem(
		db,
		content,
		lin,
		session.id,
		{ text: '本周每个未结工单都写明回复时间', dueDate: day(5), item: '' },
		now - 2 * DAY
	);
	await acknowledgeSession(db, zhang, session.id, now - DAY);
	const liu = people.get('liu.yang@demo.coachline.test');
	if (!liu || !card) return;
	const disputed = await createReview(
		db,
		content,
		lin,
		liu.id,
		{
			scorecard: card.id,
			reference: 'CHAT-8342',
			interactionDate: day(-4),
			excerpt: '客户：“我周三要出差，东西能到吗？” 刘洋：“可以的，周二一定送到。”',
			comment:
				'语气很好，问题也解决了。但没有先确认客户的真实需求（出差前要收到），承诺的送达日期也和系统里的不一致。',
			marks: (id: string) =>
				(({ 'need-not-confirmed': '1', 'wrong-information': '1' }) as Record<string, string>)[id] ??
				''
		},
		now - 3 * DAY
	);
	await disputeReview(
		db,
		liu,
		disputed.id,
		'当时系统显示的预计送达时间就是周二，是后来物流公司改了时间。我是按系统信息回复的，截图已经发到群里了。',
		now - 2 * DAY
	);
}
