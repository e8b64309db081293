import { describe, expect, it } from 'vitest';
import { reviewTotal, type TotalItem } from './review-total';

const items: TotalItem[] = [
	{ id: 'no-name', kind: 'deduction', points: 5 },
	{ id: 'interrupted', kind: 'deduction', points: 5 },
	{ id: 'warmth', kind: 'bonus', points: 10 },
	{ id: 'rude', kind: 'critical' }
];
const marks = (m: Record<string, number>) => (id: string) => m[id] ?? 0;

describe('reviewTotal', () => {
	it('takes each deduction per count from the maximum and adds the bonus', () => {
		expect(reviewTotal(100, items, marks({}))).toEqual({ score: 100, critical: false });
		expect(reviewTotal(100, items, marks({ 'no-name': 1, interrupted: 3 })).score).toBe(80);
		expect(reviewTotal(100, items, marks({ interrupted: 2, warmth: 4 })).score).toBe(94);
	});

	it('stays within 0 and the maximum', () => {
		expect(reviewTotal(100, items, marks({ warmth: 10 })).score).toBe(100);
		expect(reviewTotal(10, items, marks({ 'no-name': 1, interrupted: 3 })).score).toBe(0);
	});

	it('is 0 with a critical item ticked, whatever else', () => {
		expect(reviewTotal(100, items, marks({ rude: 1, warmth: 10 }))).toEqual({
			score: 0,
			critical: true
		});
	});
});
