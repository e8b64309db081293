import { describe, expect, it } from 'vitest';
import { fallingTwice, isoWeek, recentWeeks, type WeekMood } from './pulse';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('isoWeek', () => {
	it.each([
		['2026-11-24', '2026-W48'],
		['2021-01-03', '2020-W53'],
		['2024-12-30', '2025-W01'],
		['2021-01-04', '2021-W01'],
		['2026-01-01', '2026-W01'],
		['2027-01-01', '2026-W53'],
		['2025-06-15', '2025-W24']
	])('%s is in %s', (date, week) => {
		expect(isoWeek(day(date))).toBe(week);
	});

	it('gives the Monday and the Sunday of one week the same week', () => {
		expect(isoWeek(day('2026-11-23'))).toBe('2026-W48');
		expect(isoWeek(day('2026-11-29'))).toBe('2026-W48');
		expect(isoWeek(day('2026-11-30'))).toBe('2026-W49');
		expect(isoWeek(day('2026-11-22'))).toBe('2026-W47');
	});

	it('uses the UTC day, at both ends of it', () => {
		expect(isoWeek(new Date('2026-11-29T23:59:59.999Z'))).toBe('2026-W48');
		expect(isoWeek(new Date('2026-11-30T00:00:00.000Z'))).toBe('2026-W49');
	});
});

describe('recentWeeks', () => {
	it('returns N consecutive weeks, oldest first, ending with the week of now', () => {
		expect(recentWeeks(day('2026-11-24'), 4)).toEqual([
			'2026-W45',
			'2026-W46',
			'2026-W47',
			'2026-W48'
		]);
	});

	it('runs across a year end, including a 53-week year', () => {
		expect(recentWeeks(day('2021-01-05'), 4)).toEqual([
			'2020-W51',
			'2020-W52',
			'2020-W53',
			'2021-W01'
		]);
		expect(recentWeeks(day('2025-01-02'), 3)).toEqual(['2024-W51', '2024-W52', '2025-W01']);
	});

	it('gives just the current week for a count of 1, and nothing for 0', () => {
		expect(recentWeeks(day('2026-11-29'), 1)).toEqual(['2026-W48']);
		expect(recentWeeks(day('2026-11-29'), 0)).toEqual([]);
	});

	it('has no gaps or repeats over a long span', () => {
		const weeks = recentWeeks(day('2027-01-10'), 120);
		expect(weeks).toHaveLength(120);
		expect(new Set(weeks).size).toBe(120);
		expect(weeks.at(-1)).toBe(isoWeek(day('2027-01-10')));
		expect([...weeks].sort()).toEqual(weeks);
	});
});

describe('fallingTwice', () => {
	/** Weeks with the given averages; null is a week hidden for too few answers. */
	const weeks = (...averages: (number | null)[]): WeekMood[] =>
		averages.map((average, i) => ({
			week: `2026-W${String(i + 10).padStart(2, '0')}`,
			answers: average === null ? 3 : 6,
			average,
			distribution: average === null ? null : [0, 0, 6, 0, 0],
			comments: average === null ? null : []
		}));

	it('is true for two decreases in a row', () => {
		expect(fallingTwice(weeks(4.2, 3.8, 3.1))).toBe(true);
		expect(fallingTwice(weeks(3.0, 4.5, 4.2, 3.8, 3.1))).toBe(true);
	});

	it('skips hidden weeks: the falls are counted among the weeks that can be shown', () => {
		expect(fallingTwice(weeks(4.2, null, 3.8, null, null, 3.1))).toBe(true);
		expect(fallingTwice(weeks(4.2, 3.8, 3.1, null))).toBe(true);
	});

	it('is false when flat or rising', () => {
		expect(fallingTwice(weeks(3.5, 3.5, 3.5))).toBe(false);
		expect(fallingTwice(weeks(3.1, 3.8, 4.2))).toBe(false);
		expect(fallingTwice(weeks(4.2, 3.8, 3.8))).toBe(false);
		expect(fallingTwice(weeks(4.2, 4.2, 3.8))).toBe(false);
	});

	it('is false for a single fall', () => {
		expect(fallingTwice(weeks(3.1, 4.2, 3.8))).toBe(false);
		expect(fallingTwice(weeks(4.2, 3.8, 4.0))).toBe(false);
	});

	it('looks at the latest shown weeks: an earlier double fall followed by a rise is over', () => {
		expect(fallingTwice(weeks(4.5, 4.0, 3.5, 3.9))).toBe(false);
	});

	it('is false with fewer than three shown weeks, however many are hidden', () => {
		expect(fallingTwice([])).toBe(false);
		expect(fallingTwice(weeks(4.2))).toBe(false);
		expect(fallingTwice(weeks(4.2, 3.1))).toBe(false);
		expect(fallingTwice(weeks(4.2, null, null, 3.1, null))).toBe(false);
		expect(fallingTwice(weeks(null, null, null, null))).toBe(false);
	});
});
