/**
 * What the demo teams wrote in their rooms: Phone Support in English, the two teams 林芳 leads
 * in Chinese. People are named by the part of their email before the @.
 */

/** One answer of a week: a mood, or a mood with its comment. */
type Answer = number | [number, string];

export interface Room {
	team: string;
	/**
	 * The last closed weeks, oldest first: how many people answered and what they answered (the
	 * first `count` of the pool). Too few to show a week alone is fewer than 5.
	 */
	weeks: { count: number; pool: Answer[] }[];
	/** How many answered in each week of the first whole block of four weeks in view, if quiet. */
	thin?: number[];
	kudos: { from: string; to: string | null; text: string; daysAgo: number }[];
	suggestions: {
		by: string;
		anonymous: boolean;
		text: string;
		daysAgo: number;
		answer?: {
			status: 'received' | 'planned' | 'done' | 'declined';
			reply: string;
			daysAgo: number;
		};
	}[];
	cases: {
		kind: 'success' | 'lesson';
		title: string;
		body: string;
		competencies: string[];
		daysAgo: number;
		reactions: [string, 'helpful' | 'thanks' | 'me-too'][];
	}[];
}

const PHONE: Room = {
	team: 'Phone Support',
	// Averages 3.8, 3.4, 4.0, 3.6, 4.0, 3.4, 3.8, 4.2: never two falls in a row, whatever block
	// the quiet month lands on.
	weeks: [
		{
			count: 5,
			pool: [4, [4, 'Good week. Most callers were patient once we explained the delay.'], 3, 4, 4]
		},
		{
			count: 5,
			pool: [
				3,
				[3, 'Too many transfers from billing: customers were annoyed before they even reached us.'],
				4,
				4,
				3
			]
		},
		{ count: 5, pool: [4, 4, [5, 'The new refund macro saves me a lot of typing.'], 4, 3] },
		{ count: 5, pool: [4, [3, 'Short-staffed on the late shift again.'], 4, 3, 4] },
		{ count: 5, pool: [4, [5, 'Thanks to whoever covered my break on Tuesday.'], 4, 3, 4] },
		{ count: 5, pool: [3, 4, [3, 'Still no answer about the weekend rota.'], 4, 3] },
		{
			count: 6,
			pool: [4, 4, [3, 'The delivery-delay article in the knowledge base is out of date.'], 4, 4, 4]
		},
		{
			count: 6,
			pool: [4, [5, 'Calmer after the outage was fixed. Felt like a team this week.'], 4, 4, 4, 4]
		}
	],
	// A quiet month (a system migration, then holidays): four weeks too thin to show alone, which
	// the team's page shows as one block.
	thin: [3, 4, 2, 4],
	kudos: [
		{
			from: 'hannah',
			to: null,
			text: 'Huge thanks to everyone for Thursday’s outage: 240 calls and nobody left on hold without an update.',
			daysAgo: 16
		},
		{
			from: 'diego',
			to: 'tom',
			text: 'You took over my callback list while I was stuck on the outage bridge. Every customer got their call on time.',
			daysAgo: 9
		},
		{
			from: 'lead.wang',
			to: 'grace',
			text: 'The customer with the cancelled order wrote in to thank you by name. Well done, Grace.',
			daysAgo: 7
		},
		{
			from: 'ben',
			to: 'priya',
			text: 'Your note on the new warranty rules stopped me giving wrong information twice this week.',
			daysAgo: 5
		},
		{
			from: 'tom',
			to: 'hannah',
			text: 'Thank you for sitting with me on the repeat-complaint calls. “Own it end to end” made a real difference.',
			daysAgo: 3
		},
		{
			from: 'priya',
			to: 'mei',
			text: 'You stayed calm with the double-charge caller and checked the refund before promising it. Textbook.',
			daysAgo: 2
		}
	],
	suggestions: [
		{
			by: 'grace',
			anonymous: false,
			text: 'Could we add the courier’s tracking link to the delivery-delay macro? Customers always ask for it and we paste it by hand.',
			daysAgo: 20,
			answer: { status: 'done', reply: 'Added to the macro on Monday. Thanks, Grace.', daysAgo: 15 }
		},
		{
			by: 'ben',
			anonymous: true,
			text: 'A five-minute huddle at the start of the late shift, so we hear about outages before the first caller does.',
			daysAgo: 12,
			answer: {
				status: 'planned',
				reply: 'Starting next week at 17:55 by the whiteboard. We will try it for a month and see.',
				daysAgo: 10
			}
		},
		{
			by: 'tom',
			anonymous: false,
			text: 'Let agents give goodwill credits up to €10 without asking a supervisor.',
			daysAgo: 8,
			answer: {
				status: 'declined',
				reply:
					'Finance needs a second pair of eyes on every credit for now. I have asked whether the limit can change next quarter and will report back here.',
				daysAgo: 6
			}
		},
		{
			by: 'priya',
			anonymous: true,
			text: 'Please put the billing team’s direct line in the knowledge base so we can stop cold-transferring.',
			daysAgo: 2
		}
	],
	cases: [
		{
			kind: 'success',
			title: 'Owning a repeat caller from start to finish',
			body: 'A customer called for the third time about the same broken router. Instead of opening a new ticket, the agent read the history first, apologised for the repeat calls, booked the engineer while the customer was still on the line and promised a call back by 4 pm the next day. The call came at 3:50. The customer withdrew the complaint and thanked us in the survey.\n\nWhat we learn: read the history before you speak, own the case, and give a time you can keep.',
			competencies: ['ownership', 'expectations', 'resolution'],
			daysAgo: 11,
			reactions: [
				['priya', 'helpful'],
				['tom', 'helpful'],
				['tom', 'me-too'],
				['grace', 'thanks'],
				['mei', 'helpful']
			]
		},
		{
			kind: 'lesson',
			title: 'The delivery date we should not have promised',
			body: 'On a busy afternoon a customer was told “it will arrive by Friday”, from memory. The courier system said Monday. The customer planned around Friday and complained, and was right to.\n\nWhat we learn: check the system before giving a date, and say where the date comes from (“the courier’s system shows Monday”).',
			competencies: ['clarity', 'expectations'],
			daysAgo: 4,
			reactions: [
				['diego', 'me-too'],
				['ben', 'helpful'],
				['hannah', 'thanks']
			]
		}
	]
};

const CHAT: Room = {
	team: 'Chat & Email',
	// Shown weeks, then two busy weeks too thin to show alone (3 and 4 answers), which show only
	// together with Social Media's (林芳 leads both).
	weeks: [
		{ count: 5, pool: [4, [4, '这周整体还行，大部分客户都挺讲理的。'], 3, 4, 5] },
		{ count: 5, pool: [4, [3, '物流查询接口太慢，客户一直在催。'], 4, 4, 3] },
		{ count: 5, pool: [4, [5, '新的快捷回复很好用，省了不少打字时间。'], 4, 4, 3] },
		{ count: 6, pool: [3, 4, [3, '邮件积压有点多，希望能再加一个人手。'], 4, 3, 3] },
		{ count: 5, pool: [4, [3, '夜班排得太密了，希望能均衡一些。'], 5, 4, 4] },
		{ count: 6, pool: [4, 3, [5, '谢谢大家帮我顶班，这周轻松多了。'], 4, 4, 4] },
		{ count: 3, pool: [[2, '退货高峰，聊天排队一直没断过，有点撑不住。'], 3, 3] },
		{ count: 4, pool: [3, [4, '忙是忙，但大家互相帮忙，还算顺利。'], 2, 3] }
	],
	kudos: [
		{
			from: 'zhang',
			to: null,
			text: '感谢大家这周互相顶班，积压的邮件终于清完了！',
			daysAgo: 13
		},
		{
			from: 'huang.lei',
			to: 'chen.jing',
			text: '谢谢静姐帮我改那封道歉邮件，语气一下子就对了。',
			daysAgo: 10
		},
		{
			from: 'lead.lin',
			to: 'zhang',
			text: '张伟，那位投诉物流的客户专门留言表扬了你，说“终于有人把话说清楚了”。辛苦了！',
			daysAgo: 6
		},
		{
			from: 'chen.jing',
			to: 'liu.yang',
			text: '那位要求全额退款的客户，你一直很耐心，先安抚情绪再讲规则，最后客户自己说理解了。很棒！',
			daysAgo: 4
		}
	],
	suggestions: [
		{
			by: 'liu.yang',
			anonymous: false,
			text: '能不能把常见的物流问题整理成快捷回复？现在每次都要重新打字，客户等得着急。',
			daysAgo: 18,
			answer: {
				status: 'done',
				reply: '已经加进快捷回复库了，在“物流”分类下。谢谢刘洋！',
				daysAgo: 14
			}
		},
		{
			by: 'huang.lei',
			anonymous: true,
			text: '夜班和周末班能不能按月轮换？现在有人已经连着三周都是夜班了。',
			daysAgo: 11,
			answer: {
				status: 'planned',
				reply: '下个月开始按月轮换，排班表每周五前发到群里。有特殊情况提前跟我说。',
				daysAgo: 9
			}
		},
		{
			by: 'chen.jing',
			anonymous: true,
			text: '聊天同时接待的上限能不能从 5 个提到 8 个？高峰期排队太长了。',
			daysAgo: 7,
			answer: {
				status: 'declined',
				reply:
					'同时接待太多，回复质量会明显下降，上个月的质检结果也说明了这一点。先保持 5 个，高峰期我来协调加人。',
				daysAgo: 5
			}
		},
		{
			by: 'zhang',
			anonymous: false,
			text: '希望邮件模板能加上英文版，有些海外客户看不懂中文回复。',
			daysAgo: 2
		}
	],
	cases: [
		{
			kind: 'success',
			title: '先共情，再讲规则',
			body: '一位客户收到的商品有破损，非常生气，在聊天窗口里连发了十几条消息。同事没有急着解释退换货规则，而是先说：“东西坏了还要等这么久，换成是我也会着急。”等客户情绪平复下来，再一步步说明退换流程，并告诉她明天中午前会有专人联系。客户最后给了五星好评。\n\n我们学到：情绪先被看见，规则才听得进去。',
			competencies: ['empathy', 'composure', 'expectations'],
			daysAgo: 12,
			reactions: [
				['zhang', 'helpful'],
				['liu.yang', 'helpful'],
				['liu.yang', 'thanks'],
				['huang.lei', 'me-too'],
				['anna', 'helpful']
			]
		},
		{
			kind: 'lesson',
			title: '对外说法要统一',
			body: '同一个退款问题，邮件里说“3 个工作日到账”，聊天里又说“7 天内到账”，客户截图来质问我们。其实两种说法都不准确：到账时间要看银行。\n\n我们学到：对外口径要统一；拿不准的时候先查知识库或者问组长，不要凭印象回答。',
			competencies: ['clarity', 'quality'],
			daysAgo: 3,
			reactions: [
				['chen.jing', 'helpful'],
				['omar', 'me-too']
			]
		}
	]
};

const SOCIAL: Room = {
	team: 'Social Media',
	// Often too thin to show alone; its two busiest weeks at the end show only together with
	// Chat & Email's.
	weeks: [
		{ count: 4, pool: [[3, '微博上有条投诉被转发了很多次，压力有点大。'], 4, 4, 3] },
		{ count: 5, pool: [4, [4, '小红书私信的回复模板该更新了。'], 3, 5, 4] },
		{ count: 5, pool: [4, [5, '团队氛围很好，遇到难缠的客户大家都会帮忙。'], 4, 4, 3] },
		{ count: 3, pool: [3, 2, 4] },
		{ count: 5, pool: [4, [4, '这周比较顺利。'], 5, 4, 3] },
		{ count: 3, pool: [3, 3, 4] },
		{ count: 2, pool: [[2, '周末值班的人太少了。'], 3] },
		{ count: 3, pool: [3, [3, '评论区有人带节奏，回复前最好先和组长对一下口径。'], 2] }
	],
	kudos: [
		{
			from: 'wang.qiang',
			to: 'li.na',
			text: '谢谢娜姐周末帮我盯了一晚上的评论区。',
			daysAgo: 15
		},
		{
			from: 'lead.lin',
			to: null,
			text: '这周那条被大量转发的投诉，大家配合得很好：口径统一、及时私信，两小时内就给出了处理结果。谢谢每一位！',
			daysAgo: 8
		},
		{
			from: 'sara',
			to: 'zhou.ting',
			text: 'Thank you for translating our apology post so quickly for the overseas followers. It went out an hour earlier because of you.',
			daysAgo: 6
		},
		{
			from: 'li.na',
			to: 'zhao.min',
			text: '第一次在微博上回复投诉就很稳：先私信了解情况，没有在评论区争论。好样的！',
			daysAgo: 3
		}
	],
	suggestions: [
		{
			by: 'lucas',
			anonymous: false,
			text: 'Could we get a shared calendar of planned promotions? We often learn about a sale from the customers’ comments.',
			daysAgo: 19,
			answer: {
				status: 'done',
				reply:
					'共享日历已经建好，市场部每周一更新。Done: marketing updates the shared calendar every Monday.',
				daysAgo: 12
			}
		},
		{
			by: 'zhou.ting',
			anonymous: false,
			text: '建议整理一份社交媒体回复的“禁用语”清单，新同事上手会快很多。',
			daysAgo: 9,
			answer: {
				status: 'planned',
				reply: '好主意！周婷你愿意先整理个初稿吗？下周例会上大家一起过一遍。',
				daysAgo: 8
			}
		},
		{
			by: 'wang.qiang',
			anonymous: true,
			text: '晚上十点以后的私信能不能设置自动回复，告诉客户第二天早上九点前会回复？',
			daysAgo: 4
		}
	],
	cases: [
		{
			kind: 'lesson',
			title: '不要在评论区争对错',
			body: '有客户在微博评论区说我们“虚假宣传”，同事在评论区逐条反驳，结果引来更多人围观，转发量翻了好几倍。更好的做法是：公开回复一句致歉，说明已经私信联系；然后在私信里了解事实，给出处理时间。\n\n我们学到：公开场合只表态、不争论，具体问题转到私信里解决。',
			competencies: ['boundaries', 'composure', 'resolution'],
			daysAgo: 10,
			reactions: [
				['li.na', 'helpful'],
				['zhou.ting', 'me-too'],
				['zhao.min', 'thanks'],
				['lucas', 'helpful']
			]
		}
	]
};

export const DEMO_ROOMS: Room[] = [PHONE, CHAT, SOCIAL];
