import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import { type ContentIndex, type Course, type Lesson } from '../../src/lib/server/content';
import { rebuildSearch, searchLessons, toMatchQuery } from '../../src/lib/server/content/search';
import { testDb } from './db';
import { realContent } from './real-content';

let content: ContentIndex;
let allLessons: Lesson[];
beforeAll(() => {
	content = realContent();
	allLessons = content.courses.flatMap((c) => c.lessons);
	expect(allLessons.length).toBeGreaterThan(1);
});

let db: Db;
beforeEach(() => {
	db = testDb();
});

const rowCount = async () =>
	((await db.$client.prepare('select count(*) as n from lesson_search').get()) as { n: number }).n;
const ids = async (input: string, limit?: number) =>
	(await searchLessons(db, input, limit)).map((h) => h.lessonId);
const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** A small index of hand-made lessons, for tests that must not depend on content/. */
function handMade(lessons: Partial<Lesson>[]): ContentIndex {
	const full: Lesson[] = lessons.map((l, i) => ({
		id: `hand/lesson-${i}`,
		courseSlug: 'hand',
		slug: `lesson-${i}`,
		module: `/content/courses/99-hand/${i}.md`,
		title: `Untitled ${i}`,
		summary: '',
		minutes: 5,
		competencies: [],
		sources: [],
		prerequisites: [],
		version: `v${i}`,
		text: '',
		selfChecks: [],
		anchors: [],
		headings: [],
		file: `/tmp/hand-${i}.md`,
		hasQuiz: false,
		translations: {},
		...l
	}));
	const course: Course = {
		slug: 'hand',
		title: 'Hand made',
		summary: '',
		audience: 'everyone',
		competencies: [],
		order: 99,
		intro: [],
		version: 'c1',
		lessons: full,
		translations: {}
	};
	return {
		competencies: [],
		courses: [course],
		paths: [],
		quizzes: [],
		scenarios: [],
		scenario: () => undefined,
		scenariosFor: () => [],
		scorecards: [],
		jobAids: [],
		jobAid: () => undefined,
		jobAidsFor: () => [],
		glossary: [],
		scorecard: () => undefined,
		quiz: () => undefined,
		course: (slug) => (slug === course.slug ? course : undefined),
		lesson: (id) => full.find((l) => l.id === id)
	};
}

describe('rebuildSearch', () => {
	it('indexes every lesson of the real content, once', async () => {
		await rebuildSearch(db, content);
		expect(await rowCount()).toBe(allLessons.length);
		const indexed = (await db.$client
			.prepare('select lesson_id as id from lesson_search')
			.all()) as {
			id: string;
		}[];
		expect(indexed.map((r) => r.id).sort()).toEqual(allLessons.map((l) => l.id).sort());

		await rebuildSearch(db, content);
		expect(await rowCount()).toBe(allLessons.length);
	});

	it('writes nothing when the index already holds the same lessons', async () => {
		expect(await rebuildSearch(db, content)).toBe(true);
		const changes = db.$client.prepare('select total_changes() as n').pluck();
		const before = await changes.get();
		expect(await rebuildSearch(db, content)).toBe(false);
		expect(await changes.get()).toBe(before);
		// One lesson's text changed: rebuilt.
		const edited = handMade([{ title: 'Only one', text: 'first' }]);
		expect(await rebuildSearch(db, edited)).toBe(true);
		edited.courses[0].lessons[0].text = 'second';
		expect(await rebuildSearch(db, edited)).toBe(true);
		expect(await ids('second')).toEqual(['hand/lesson-0']);
	});

	it('replaces what was there before', async () => {
		await rebuildSearch(db, content);
		await rebuildSearch(db, handMade([{ title: 'Only one' }]));
		expect(await rowCount()).toBe(1);
		expect(await ids('only')).toEqual(['hand/lesson-0']);
		expect(await ids('listening')).toEqual([]);
	});
});

describe('searchLessons on the real content', () => {
	beforeEach(async () => await rebuildSearch(db, content));

	it('finds a lesson by a word of its body only', async () => {
		const lesson = content.lesson('communication-skills/active-listening')!;
		expect(words(lesson.text).has('interruptions')).toBe(true);
		expect(words(`${lesson.title} ${lesson.summary}`).has('interruptions')).toBe(false);

		const found = await ids('interruptions');
		expect(found).toContain(lesson.id);
		// And no lesson without a word of that stem (porter: interrupt).
		for (const l of allLessons)
			if (![...words(`${l.title} ${l.summary} ${l.text}`)].some((w) => w.startsWith('interrupt')))
				expect(found).not.toContain(l.id);
	});

	it('stems: "complaints" finds lessons that only say "complaint"', async () => {
		const onlySingular = allLessons.filter((l) => {
			const w = words(`${l.title} ${l.summary} ${l.text}`);
			return w.has('complaint') && ![...w].some((x) => x.startsWith('complaints'));
		});
		expect(onlySingular.length).toBeGreaterThan(0);

		const found = await ids('complaints', 100);
		for (const l of onlySingular) expect(found).toContain(l.id);
		// Not only as the last word (which is searched as a prefix): stemming, not prefixing.
		const withCustomer = onlySingular.filter((l) => words(l.text).has('customer'));
		expect(withCustomer.length).toBeGreaterThan(0);
		const both = await ids('complaints customer', 100);
		for (const l of withCustomer) expect(both).toContain(l.id);
	});

	it('wraps matches in <mark> in the snippet', async () => {
		const [hit] = await searchLessons(db, 'yardsticks');
		expect(hit.snippet).toMatch(/<mark>yardsticks<\/mark>/i);
		expect(hit.title).toBe(content.lesson(hit.lessonId)!.title);
	});

	it('puts the lesson titled after the query first', async () => {
		const [first] = await searchLessons(db, 'active listening');
		expect(first.lessonId).toBe('communication-skills/active-listening');
	});

	it('honours the limit', async () => {
		const all = await ids('customer');
		expect(all.length).toBeGreaterThan(2);
		expect(await ids('customer', 2)).toEqual(all.slice(0, 2));
		expect(await ids('customer', 1)).toEqual(all.slice(0, 1));
	});
});

describe('searchLessons on hand-made lessons', () => {
	it('ranks a title match above a body-only match', async () => {
		await rebuildSearch(
			db,
			handMade([
				{
					title: 'Greeting the caller',
					text: 'Say who you are. Then mention the refund policy only if the caller asks for a refund.'
				},
				{ title: 'Handling refunds', text: 'Listen, apologise, and act within your authority.' }
			])
		);
		expect(await ids('refund')).toEqual(['hand/lesson-1', 'hand/lesson-0']);
	});

	it('escapes lesson text in snippets, so content cannot inject markup', async () => {
		await rebuildSearch(
			db,
			handMade([
				{
					title: 'Unsafe',
					text: 'Never paste <script>alert(1)</script> into a reply & never trust "quotes" either.'
				}
			])
		);
		const [hit] = await searchLessons(db, 'alert');
		expect(hit.snippet).toContain('&lt;script&gt;');
		expect(hit.snippet).toContain('&amp;');
		expect(hit.snippet).toContain('&quot;quotes&quot;');
		expect(hit.snippet).toContain('<mark>alert</mark>');
		expect(hit.snippet).not.toMatch(/<script|<\/script/i);
		// The only tags left are the highlight marks.
		expect(hit.snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);

		expect(await ids('script')).toEqual(['hand/lesson-0']);
	});

	it('matches words the person has not finished typing', async () => {
		await rebuildSearch(db, handMade([{ title: 'Apologising well', text: 'A sincere apology.' }]));
		expect(await ids('sinc')).toEqual(['hand/lesson-0']);
		expect(await ids('apolog')).toEqual(['hand/lesson-0']);
	});

	it('needs every word to match', async () => {
		await rebuildSearch(
			db,
			handMade([
				{ title: 'Refunds', text: 'How to refund by card.' },
				{ title: 'Cash', text: 'How to refund in cash.' }
			])
		);
		expect(await ids('refund cash')).toEqual(['hand/lesson-1']);
	});
});

describe('query syntax never reaches FTS5', () => {
	beforeEach(async () => await rebuildSearch(db, content));

	const awkward = [
		'"',
		'"unbalanced',
		'customer*',
		'*',
		'(customer',
		'customer)',
		'()',
		'customer NEAR listening',
		'NEAR(customer listening, 2)',
		'customer OR',
		'OR',
		'AND',
		'NOT',
		'customer AND NOT listening',
		'-customer',
		'customer -listening',
		'title:customer',
		'lesson_id:x',
		':',
		'^customer',
		'{title body}: customer',
		"don't",
		'customer + listening',
		'a'.repeat(500),
		'x '.repeat(200),
		'\u0000customer',
		'😀 customer 😀',
		'ﬁnd ｃｕｓｔｏｍｅｒ'
	];
	it.each(
		awkward.map((input) => [
			input.length > 30 ? `${input.slice(0, 12)}… (${input.length} characters)` : input,
			input
		])
	)('%j returns an array and does not throw', async (_label, input) => {
		const hits = await searchLessons(db, input);
		expect(Array.isArray(hits)).toBe(true);
	});

	it('treats operators as plain words', async () => {
		// "OR" is not an operator: both words must match, so this finds no more than "customer".
		expect(await ids('customer OR zzzznotaword')).toEqual([]);
		expect(await ids('customer OR')).toEqual(await ids('customer or'));
		expect(await ids('customer NEAR listening')).toEqual(await ids('customer near listening'));
		expect(await ids('customer -listening')).toEqual(await ids('customer listening'));
		for (const input of ['"customer', '(customer)', 'customer*', '^customer', ':customer:'])
			expect(await ids(input)).toEqual(await ids('customer'));
		expect(await ids('ﬁnd ｃｕｓｔｏｍｅｒ')).toEqual(await ids('find customer'));
	});

	it.each(['', '   ', '"', '***', '()', '-:^', '"" * ""', '…—–', '😀'])(
		'%j finds nothing and is no query at all',
		async (input) => {
			expect(toMatchQuery(input)).toBeNull();
			expect(await searchLessons(db, input)).toEqual([]);
		}
	);

	it('quotes each word, with a prefix on the last one', () => {
		expect(toMatchQuery('angry customer')).toBe('"angry" "customer"*');
		expect(toMatchQuery('"angry" OR (customer*)')).toBe('"angry" "OR" "customer"*');
		expect(toMatchQuery('title:refund -cash')).toBe('"title" "refund" "cash"*');
	});
});

describe('searching in Chinese', () => {
	beforeEach(async () => await rebuildSearch(db, content));
	const zhText = (l: (typeof allLessons)[number]) => {
		const t = l.translations['zh-CN'];
		return t ? `${t.title} ${t.summary} ${t.text}` : '';
	};
	const zh = async (input: string, limit = 100) =>
		(await searchLessons(db, input, limit, 'zh-CN')).map((h) => h.lessonId);

	it.each(['投诉', '道歉', '情绪', '首问负责', '统一口径'])(
		'finds exactly the lessons whose Chinese edition says %s',
		async (term) => {
			const expected = allLessons.filter((l) => zhText(l).includes(term)).map((l) => l.id);
			expect(expected.length).toBeGreaterThan(0);
			expect((await zh(term)).sort()).toEqual(expected.sort());
		}
	);

	it('finds by one character, and puts the lesson titled after the query first', async () => {
		const expected = allLessons.filter((l) => zhText(l).includes('礼')).map((l) => l.id);
		expect((await zh('礼')).sort()).toEqual(expected.sort());
		expect((await zh('投诉处理流程'))[0]).toBe('complaint-handling/the-complaint-flow');
		expect((await zh('有效倾听'))[0]).toBe('communication-skills/active-listening');
	});

	it('needs every word, in Chinese and English mixed', async () => {
		const both = allLessons
			.filter((l) => zhText(l).includes('改进') && /pdca/i.test(zhText(l)))
			.map((l) => l.id);
		expect(both.length).toBeGreaterThan(0);
		expect((await zh('改进 PDCA')).sort()).toEqual(both.sort());
		expect((await zh('PDCA改进')).sort()).toEqual(both.sort());
		expect(await zh('投诉 zzzqqq')).toEqual([]);
	});

	it('marks the matches in a snippet of the Chinese edition, and says which edition matched', async () => {
		const [hit] = await searchLessons(db, '回复时间', 5, 'zh-CN');
		expect(hit.locale).toBe('zh-CN');
		expect(hit.snippet).toContain('<mark>回复时间</mark>');
		// A Chinese query from an English page still finds the Chinese editions.
		expect((await searchLessons(db, '回复时间', 5, 'en')).map((h) => h.lessonId)).toContain(
			hit.lessonId
		);
	});

	it('cannot be turned into query syntax or markup', async () => {
		for (const input of ['"投诉" OR *', '投诉 NEAR(', '<script>投诉</script>', '％_投诉', '""'])
			await zh(input);
		for (const hit of await searchLessons(db, '<b>投诉</b>', 20, 'zh-CN'))
			expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/);
	});

	it('an English reader searching in English still gets the English lessons first', async () => {
		const [first] = await searchLessons(db, 'active listening', 20, 'zh-CN');
		expect(first.lessonId).toBe('communication-skills/active-listening');
	});
});
