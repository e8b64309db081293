import { describe, expect, it } from 'vitest';
import { levelOf, recencyWeight, tally, type Evidence } from './competency';

const NOW = Date.UTC(2026, 10, 24);
const daysAgo = (d: number) => NOW - d * 86_400_000;
const e = (kind: Evidence['kind'], score: number, age = 0): Evidence => ({
	kind,
	score,
	at: daysAgo(age)
});

describe('recencyWeight', () => {
	it('halves every 90 days', () => {
		expect(recencyWeight(NOW, NOW)).toBe(1);
		expect(recencyWeight(daysAgo(90), NOW)).toBeCloseTo(0.5);
		expect(recencyWeight(daysAgo(180), NOW)).toBeCloseTo(0.25);
		expect(recencyWeight(NOW + 1000, NOW)).toBe(1);
	});
});

describe('tally', () => {
	it('weights the mean towards recent evidence', () => {
		// A quiz answer today scored 1, one 90 days ago scored 0: weights 1 and 0.5.
		const t = tally([e('quiz', 1), e('quiz', 0, 90)], ['quiz'], NOW);
		expect(t.weight).toBeCloseTo(1.5);
		expect(t.mean).toBeCloseTo(2 / 3);
	});
});

describe('levelOf (worked examples)', () => {
	// What someone who has done the groundwork has: a lesson read and a quiz's answers, mostly right.
	const groundwork = [e('lesson', 1, 2), e('quiz', 1, 1), e('quiz', 0.8, 1), e('quiz', 0.6, 1)];

	it('level 0 with no evidence', () => {
		expect(levelOf([], NOW)).toEqual({ level: 0, score: 0, evidence: 0, kinds: [] });
	});

	it('level 1 after a lesson read today; a lesson from two years ago has faded', () => {
		expect(levelOf([e('lesson', 1)], NOW)).toMatchObject({
			level: 1,
			evidence: 1,
			kinds: ['lesson']
		});
		// 0.5^(730/90) ≈ 0.004: far below the bar of 0.5.
		expect(levelOf([e('lesson', 1, 730)], NOW).level).toBe(0);
	});

	it('level 2 needs the lesson and two recent quiz answers averaging 60%', () => {
		const lesson = e('lesson', 1);
		expect(levelOf([lesson, e('quiz', 1), e('quiz', 0.5)], NOW)).toMatchObject({
			level: 2,
			evidence: 3,
			kinds: ['lesson', 'quiz']
		});
		// One answer is not enough weight; two poor answers are not good enough.
		expect(levelOf([lesson, e('quiz', 1)], NOW)).toMatchObject({ level: 1, score: 1.5 });
		expect(levelOf([lesson, e('quiz', 0.5), e('quiz', 0.5)], NOW).level).toBe(1);
		// Quizzes without the lesson: not yet on the ladder's first rung.
		expect(levelOf([e('quiz', 1), e('quiz', 1)], NOW).level).toBe(0);
	});

	it('a mean exactly at the bar meets it, though its floating-point sum lands a hair below', () => {
		// 0.6 × three recency weights summed, over the weights summed, is 0.5999999999999999.
		const quizzes = [e('quiz', 0.6, 0), e('quiz', 0.6, 1), e('quiz', 0.6, 3)];
		expect(tally(quizzes, ['quiz'], NOW).mean).toBeLessThan(0.6);
		expect(levelOf([e('lesson', 1), ...quizzes], NOW).level).toBe(2);
		const runs = [e('roleplay', 0.7, 0), e('roleplay', 0.7, 24)];
		expect(tally(runs, ['roleplay'], NOW).mean).toBeLessThan(0.7);
		expect(levelOf([...groundwork, ...runs], NOW).level).toBe(3);
		// Just under the bar is still under it.
		expect(
			levelOf([...groundwork, e('roleplay', 0.699, 0), e('roleplay', 0.7, 24)], NOW).level
		).toBe(2);
	});

	it('level 3 needs two recent role-plays or observed sessions at 70%, on top of level 2', () => {
		expect(levelOf([...groundwork, e('roleplay', 0.8), e('observed', 0.9, 7)], NOW)).toMatchObject({
			level: 3,
			evidence: 6,
			kinds: ['lesson', 'quiz', 'roleplay', 'observed']
		});
		// One run, however good, is one run: not yet proficient.
		expect(levelOf([...groundwork, e('roleplay', 1)], NOW).level).toBe(2);
		// Two strong runs but no quizzes or lessons behind them: the ladder's first rung is missing.
		expect(levelOf([e('roleplay', 1), e('roleplay', 1)], NOW).level).toBe(0);
		// Role-plays from a year ago (weight ≈ 0.06 each) no longer show proficiency.
		expect(levelOf([...groundwork, e('roleplay', 1, 365), e('roleplay', 1, 360)], NOW).level).toBe(
			2
		);
	});

	it('a few poor practice runs in one sitting move a proficient agent one step, not three', () => {
		const proficient = [...groundwork, e('roleplay', 0.9, 20), e('roleplay', 0.85, 10)];
		expect(levelOf(proficient, NOW).level).toBe(3);
		// Three runs at 20% within minutes: the role-play mean falls under 70%.
		const after = [...proficient, e('roleplay', 0.2), e('roleplay', 0.2), e('roleplay', 0.2)];
		expect(levelOf(after, NOW).level).toBe(2);
		// The quizzes and the lesson still stand: practising, not back to aware.
		expect(levelOf([...after, e('roleplay', 0.2), e('roleplay', 0.2)], NOW).level).toBe(2);
	});

	it('level 4 needs sustained skill and reviews at 85% and a lead confirmation', () => {
		// Four pieces within a month: weight ≈ 1 + 0.93 + 0.86 + 0.79 ≥ 3.
		const skill = [
			...groundwork,
			e('roleplay', 0.9),
			e('observed', 0.9, 10),
			e('review', 0.9, 20),
			e('review', 0.9, 30)
		];
		expect(levelOf(skill, NOW).level).toBe(3);
		expect(levelOf([...skill, e('confirmation', 1, 5)], NOW).level).toBe(4);
		// Confirmed, but the skill is not at the bar.
		const weaker = [
			...groundwork,
			e('roleplay', 0.75),
			e('observed', 0.8, 10),
			e('review', 0.8, 20)
		];
		expect(levelOf([...weaker, e('confirmation', 1)], NOW).level).toBe(3);
	});

	it('scores progress towards the next level for charts, never a whole step', () => {
		// Level 2 with two role-plays at 35% (weight 2 of 1.5, mean 0.35 of 0.7): half way to 3.
		const s = levelOf([...groundwork, e('roleplay', 0.35), e('roleplay', 0.35)], NOW);
		expect(s).toMatchObject({ level: 2, score: 2.5 });
		expect(levelOf([...groundwork, e('roleplay', 1), e('roleplay', 1)], NOW).score).toBeLessThan(4);
	});
});
