import { describe, expect, it } from 'vitest';
import { accountDelayMs, ACCOUNT_DELAYS_S, tokensAt } from './throttle';

describe('tokensAt', () => {
	const bucket = { capacity: 2, refillMs: 1000 };
	it('is full for an address never seen', () => {
		expect(tokensAt(undefined, 0, bucket)).toBe(2);
	});
	it('refills one token per refillMs from what was left', () => {
		expect(tokensAt({ tokens: 0, at: 0 }, 999, bucket)).toBeCloseTo(0.999);
		expect(tokensAt({ tokens: 0, at: 0 }, 1000, bucket)).toBe(1);
		expect(tokensAt({ tokens: 0.5, at: 1000 }, 1500, bucket)).toBe(1);
	});
	it('never refills past the capacity, however long the address was idle', () => {
		expect(tokensAt({ tokens: 0, at: 0 }, 1e9, bucket)).toBe(2);
	});
	it('does not count a clock that went backwards as time passed', () => {
		expect(tokensAt({ tokens: 0.5, at: 5000 }, 1000, bucket)).toBe(0.5);
	});
});

describe('accountDelayMs', () => {
	it('lets the first four failures go without a wait, then 5 s', () => {
		expect([0, 1, 2, 3, 4].map(accountDelayMs)).toEqual([0, 0, 0, 0, 0]);
		expect(accountDelayMs(5)).toBe(5000);
	});
	it('grows with each failure and stays at five minutes', () => {
		const waits = Array.from({ length: 15 }, (_, i) => accountDelayMs(i + 1));
		for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]);
		expect(waits.at(-1)).toBe(300_000);
		expect(Math.max(...waits)).toBe(ACCOUNT_DELAYS_S.at(-1)! * 1000);
	});
});
