import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScorecards, markLimit, scoreReview, scorecardIn, type Scorecard } from './scorecard';

const card: Scorecard = {
	id: 'test',
	title: 'Test',
	summary: '',
	max: 100,
	passMark: 80,
	version: 'v',
	translations: {},
	sections: [
		{
			id: 's',
			label: 'S',
			items: [
				{
					id: 'interrupt',
					kind: 'deduction',
					label: 'I',
					competency: 'listening',
					points: 5,
					max_count: 3
				},
				{
					id: 'reply-time',
					kind: 'deduction',
					label: 'R',
					competency: 'expectations',
					points: 10,
					max_count: 1
				},
				{ id: 'warmth', kind: 'bonus', label: 'W', competency: 'empathy', points: 5 },
				{ id: 'rude', kind: 'critical', label: 'X', competency: 'composure' }
			]
		}
	]
};

describe('scoreReview', () => {
	it('gives a clean interaction the maximum and full marks on every competency it can lose', () => {
		const r = scoreReview(card, {});
		expect(r).toMatchObject({ score: 100, passed: true, critical: false, deducted: 0, bonus: 0 });
		// Warmth not shown is no evidence against empathy: bonus-only items never count against.
		expect(r.competencies).toEqual({ listening: 1, expectations: 1, composure: 1 });
	});

	it('deducts points per miss and scores each competency by the share it kept', () => {
		const r = scoreReview(card, { interrupt: 2, 'reply-time': 1 });
		expect(r.score).toBe(100 - 10 - 10);
		expect(r.passed).toBe(true);
		expect(r.competencies.listening).toBeCloseTo(5 / 15);
		expect(r.competencies.expectations).toBe(0);
	});

	it('lets a bonus win back points but never above the maximum', () => {
		expect(scoreReview(card, { interrupt: 3, warmth: 5 }).score).toBe(90);
		expect(scoreReview(card, { warmth: 5 }).score).toBe(100);
		expect(scoreReview(card, { warmth: 3 }).competencies.empathy).toBe(1);
	});

	it('zeroes the review and every competency when a critical item is marked', () => {
		const r = scoreReview(card, { rude: 1, warmth: 5 });
		expect(r).toMatchObject({ score: 0, passed: false, critical: true });
		expect(Object.values(r.competencies).every((v) => v === 0)).toBe(true);
	});

	it('fails below the pass mark', () => {
		expect(scoreReview(card, { interrupt: 3, 'reply-time': 1 }).passed).toBe(false);
	});

	it('knows how far each kind of mark goes', () => {
		const [interrupt, , warmth, rude] = card.sections[0].items;
		expect([markLimit(interrupt), markLimit(warmth), markLimit(rude)]).toEqual([3, 5, 1]);
	});
});

/** Loads scorecards from a temporary folder holding `files`; problems as "line: message". */
function loadFiles(files: Record<string, string>) {
	const dir = mkdtempSync(join(tmpdir(), 'coachline-scorecards-'));
	for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
	const problems: string[] = [];
	const cards = loadScorecards(
		dir,
		new Set(['listening', 'empathy']),
		(_file, line, message) => problems.push(`${line}: ${message}`),
		(error) => problems.push(...error.issues.map((i) => `${i.path.join('.')}: ${i.message}`))
	);
	rmSync(dir, { recursive: true, force: true });
	return { cards, problems };
}

describe('loadScorecards', () => {
	const load = (yaml: string) => loadFiles({ 'card.yaml': yaml });
	const good = `title: Card
pass_mark: 80
sources: [{ seed: seed-001, section: L9 }]
sections:
  - id: need
    label: Need
    items:
      - { id: interrupt, kind: deduction, label: Interrupted, competency: listening, points: 10, max_count: 3 }
      - { id: warmth, kind: bonus, label: Warm, competency: empathy, points: 5 }
`;

	it('loads a good card with its defaults', () => {
		const { cards, problems } = load(good);
		expect(problems).toEqual([]);
		expect(cards[0]).toMatchObject({ id: 'card', max: 100, passMark: 80 });
	});

	it('reports an unknown competency on its line', () => {
		const { cards, problems } = load(
			good.replace('competency: listening', 'competency: telepathy')
		);
		expect(cards).toEqual([]);
		expect(problems).toEqual(['8: unknown competency "telepathy"']);
	});

	it('reports a duplicate item id', () => {
		const { problems } = load(good.replace('id: warmth', 'id: interrupt'));
		expect(problems).toEqual(['9: duplicate id "interrupt"']);
	});

	it('refuses a card nothing can lower, or one nobody can fail', () => {
		expect(load(good.replace(/ {6}- \{ id: interrupt.*\n/, '')).problems[0]).toMatch(
			/no deduction item/
		);
		expect(load(good.replace('max_count: 3', 'max_count: 1')).problems[0]).toMatch(
			/still meets pass_mark 80/
		);
		expect(load(good.replace('pass_mark: 80', 'pass_mark: 120')).problems[0]).toMatch(
			/above max 100/
		);
	});

	it('names a schema problem by its path', () => {
		const { problems } = load(good.replace('kind: bonus', 'kind: extra'));
		expect(problems.join('\n')).toMatch(/sections\.0\.items\.1/);
	});
});

describe('scorecard translations', () => {
	const card = `title: Card
pass_mark: 80
sources: [{ seed: seed-001, section: L9 }]
sections:
  - id: need
    label: Need
    items:
      - { id: interrupt, kind: deduction, label: Interrupted, competency: listening, points: 10, max_count: 3 }
      - { id: warmth, kind: bonus, label: Warm, competency: empathy, points: 5 }
`;
	const load = (translation: string) =>
		loadFiles({ 'card.yaml': card, 'card.zh-CN.yaml': translation });
	const zh = `title: 质检表
summary: 测试用。
sections:
  - id: need
    label: 理解需求
    items:
      - { id: interrupt, label: 打断客户 }
      - { id: warmth, label: 语气热情 }
`;

	it('relabels the card in Chinese and keeps everything that scores', () => {
		const { cards, problems } = load(zh);
		expect(problems).toEqual([]);
		const [original] = cards;
		const chinese = scorecardIn(original, 'zh-CN');
		expect(chinese.title).toBe('质检表');
		expect(chinese.sections[0].items.map((i) => i.label)).toEqual(['打断客户', '语气热情']);
		expect(
			chinese.sections[0].items.map((i) => [i.id, i.kind, 'points' in i ? i.points : null])
		).toEqual(
			original.sections[0].items.map((i) => [i.id, i.kind, 'points' in i ? i.points : null])
		);
		expect(scorecardIn(original, 'en')).toBe(original);
	});

	it('refuses other items, or scoring keys, in a translation', () => {
		expect(load(zh.replace('id: warmth', 'id: kindness')).problems).toEqual([
			"4: must have the original's sections and items, in its order: need: interrupt, warmth"
		]);
		expect(load(zh.replace('label: 打断客户', 'label: 打断客户, points: 1')).problems).toEqual([
			'sections.0.items.0: Unrecognized key: "points"'
		]);
	});
});
