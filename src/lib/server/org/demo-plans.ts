/**
 * What each demo agent has done since the organisation started using Coachline: how many courses
 * (by order) they read to the end and how far into the next, how well they answer quizzes and
 * play role-plays, and the plan they keep with their lead. Veterans have done a lot and are
 * proficient in some competencies; new hires have read a few lessons. New people are appended,
 * so the random draws (and so the records) of the people before them stay as they were.
 */
export interface Plan {
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

export const PLANS: Plan[] = [
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
	},
	{
		email: 'grace@demo.coachline.test',
		courses: 2,
		extraLessons: 2,
		quizSkill: 0.75,
		runs: 3,
		runSkill: 0.7,
		goals: [
			{
				competency: 'needs',
				text: 'Ask one open question before offering a fix on every call.',
				inDays: 28,
				agreed: true,
				comment: 'Yes. Listen for the second need too: it is often the real one.'
			}
		]
	},
	{
		email: 'hannah@demo.coachline.test',
		courses: 6,
		extraLessons: 0,
		quizSkill: 0.92,
		runs: 6,
		runSkill: 0.92,
		observed: true,
		observedComment:
			'A model escalation: the customer felt heard within a minute, and the plan was clear.',
		confirm: 'resolution',
		goals: [
			{
				competency: 'teamwork',
				text: 'Sit with Mei on ten calls in her first month and debrief each one.',
				inDays: 30,
				agreed: true,
				comment: 'Thank you for taking this on. Tell me what she needs from me.'
			}
		]
	},
	{
		email: 'ben@demo.coachline.test',
		courses: 4,
		extraLessons: 2,
		quizSkill: 0.85,
		runs: 4,
		runSkill: 0.8,
		observed: true,
		observedComment: 'Steady and polite. Next: recap what was agreed before you close the call.'
	},
	{
		email: 'chen.jing@demo.coachline.test',
		courses: 6,
		extraLessons: 0,
		quizSkill: 0.9,
		runs: 5,
		runSkill: 0.92,
		observed: true,
		language: 'zh-CN',
		observedComment: '面对情绪激动的客户依然冷静，复述需求很到位，整个处理过程清楚、有温度。',
		confirm: 'empathy',
		goals: [
			{
				competency: 'coaching',
				text: '每周和一位新同事一起复盘两封投诉邮件，帮他们找准语气。',
				inDays: 35,
				agreed: true,
				comment: '非常好。复盘时先说做得好的地方，再说可以改进的。'
			}
		]
	},
	{
		email: 'liu.yang@demo.coachline.test',
		courses: 1,
		extraLessons: 3,
		quizSkill: 0.7,
		runs: 2,
		runSkill: 0.6,
		language: 'zh-CN'
	},
	{
		email: 'huang.lei@demo.coachline.test',
		courses: 3,
		extraLessons: 1,
		quizSkill: 0.8,
		runs: 3,
		runSkill: 0.75,
		language: 'zh-CN',
		goals: [
			{
				competency: 'clarity',
				text: '邮件回复控制在五句话以内，先给结论，再给原因。',
				inDays: 21,
				agreed: false
			}
		]
	},
	{
		email: 'li.na@demo.coachline.test',
		courses: 4,
		extraLessons: 1,
		quizSkill: 0.85,
		runs: 4,
		runSkill: 0.85,
		observed: true,
		language: 'zh-CN',
		observedComment:
			'公开回复表态得体，及时转到私信处理，没有在评论区争论。下一步：私信里更早给出处理时间。'
	},
	{
		email: 'wang.qiang@demo.coachline.test',
		courses: 2,
		extraLessons: 1,
		quizSkill: 0.75,
		runs: 2,
		runSkill: 0.65,
		language: 'zh-CN'
	},
	{
		email: 'zhou.ting@demo.coachline.test',
		courses: 3,
		extraLessons: 2,
		quizSkill: 0.8,
		runs: 3,
		runSkill: 0.8,
		language: 'zh-CN',
		goals: [
			{
				competency: 'boundaries',
				text: '遇到带节奏的评论，先私信了解情况，公开场合只表态、不争论。',
				inDays: 30,
				agreed: true,
				comment: '同意。拿不准的时候先找我对一下口径。'
			}
		]
	},
	{
		email: 'zhao.min@demo.coachline.test',
		courses: 0,
		extraLessons: 2,
		quizSkill: 0.65,
		runs: 0,
		runSkill: 0,
		language: 'zh-CN'
	},
	{
		email: 'lucas@demo.coachline.test',
		courses: 1,
		extraLessons: 2,
		quizSkill: 0.7,
		runs: 1,
		runSkill: 0.6
	},
	{
		email: 'sara@demo.coachline.test',
		courses: 3,
		extraLessons: 0,
		quizSkill: 0.8,
		runs: 3,
		runSkill: 0.8
	}
];
