import { describe, expect, it } from 'vitest';
import { FailureThrottle, TokenBucket } from './rate-limit';

describe('TokenBucket', () => {
	it('allows `capacity` attempts at once, then refuses', () => {
		const bucket = new TokenBucket(3, 1000);
		const results = Array.from({ length: 4 }, () => bucket.consume('a', 0));
		expect(results).toEqual([true, true, true, false]);
	});

	it('refills one token per refillMs, measured with the `now` argument', () => {
		const bucket = new TokenBucket(2, 1000);
		expect(bucket.consume('a', 0)).toBe(true);
		expect(bucket.consume('a', 0)).toBe(true);
		expect(bucket.consume('a', 999)).toBe(false);
		expect(bucket.consume('a', 1000)).toBe(true);
		expect(bucket.consume('a', 1000)).toBe(false);
	});

	it('refills only up to capacity, however long the key was idle', () => {
		const bucket = new TokenBucket(2, 1000);
		bucket.consume('a', 0);
		const later = 1_000_000;
		const results = Array.from({ length: 3 }, () => bucket.consume('a', later));
		expect(results).toEqual([true, true, false]);
	});

	it('says whether a token is available without taking it', () => {
		const bucket = new TokenBucket(1, 1000);
		expect(bucket.available('a', 0)).toBe(true);
		expect(bucket.available('a', 0)).toBe(true);
		expect(bucket.consume('a', 0)).toBe(true);
		expect(bucket.available('a', 500)).toBe(false);
		expect(bucket.available('a', 1000)).toBe(true);
		expect(bucket.size).toBe(1);
	});

	it('keeps keys apart', () => {
		const bucket = new TokenBucket(1, 1000);
		expect(bucket.consume('a', 0)).toBe(true);
		expect(bucket.consume('a', 0)).toBe(false);
		expect(bucket.consume('b', 0)).toBe(true);
	});

	it('keeps at most maxKeys entries and forgets the least recently used first', () => {
		const bucket = new TokenBucket(1, 60_000, 2);
		bucket.consume('a', 0);
		bucket.consume('b', 0);
		bucket.consume('a', 0); // refused, but touches 'a': now 'b' is the oldest
		bucket.consume('c', 0); // evicts 'b'
		expect(bucket.size).toBe(2);
		expect(bucket.consume('a', 0)).toBe(false); // still remembered, still empty
		expect(bucket.consume('b', 0)).toBe(true); // forgotten, so a fresh bucket
	});

	it('does not grow beyond maxKeys under many distinct keys', () => {
		const bucket = new TokenBucket(1, 1000, 100);
		for (let i = 0; i < 1000; i++) bucket.consume(`10.0.${i >> 8}.${i & 255}`, 0);
		expect(bucket.size).toBe(100);
	});
});

describe('FailureThrottle', () => {
	/** The wait right after the n-th consecutive failure, all failing at time 0. */
	function waitsAfterFailures(n: number) {
		const throttle = new FailureThrottle();
		const waits: number[] = [];
		for (let i = 0; i < n; i++) {
			throttle.fail('k', 0);
			waits.push(throttle.waitMs('k', 0));
		}
		return waits;
	}

	it('does not make an unknown key wait', () => {
		expect(new FailureThrottle().waitMs('nobody', 0)).toBe(0);
	});

	it('lets the first four failures go without waiting', () => {
		expect(waitsAfterFailures(4)).toEqual([0, 0, 0, 0]);
	});

	it('makes the fifth failure wait 5 seconds', () => {
		expect(waitsAfterFailures(5)[4]).toBe(5000);
	});

	it('grows the wait with each failure and caps it at 300 seconds', () => {
		const waits = waitsAfterFailures(15);
		for (let i = 5; i < waits.length; i++) expect(waits[i]).toBeGreaterThanOrEqual(waits[i - 1]);
		expect(waits[5]).toBeGreaterThan(waits[4]);
		expect(Math.max(...waits)).toBe(300_000);
		expect(waits.slice(-3)).toEqual([300_000, 300_000, 300_000]);
	});

	it('counts the wait down with time', () => {
		const throttle = new FailureThrottle();
		for (let i = 0; i < 5; i++) throttle.fail('k', 1000);
		expect(throttle.waitMs('k', 3000)).toBe(3000);
		expect(throttle.waitMs('k', 6000)).toBe(0);
		expect(throttle.waitMs('k', 60_000)).toBe(0);
	});

	it('keeps keys apart', () => {
		const throttle = new FailureThrottle();
		for (let i = 0; i < 5; i++) throttle.fail('a', 0);
		expect(throttle.waitMs('a', 0)).toBe(5000);
		expect(throttle.waitMs('b', 0)).toBe(0);
	});

	it('starts counting from zero again after reset', () => {
		const throttle = new FailureThrottle();
		for (let i = 0; i < 6; i++) throttle.fail('k', 0);
		expect(throttle.waitMs('k', 0)).toBeGreaterThan(0);
		throttle.reset('k');
		expect(throttle.waitMs('k', 0)).toBe(0);
		for (let i = 0; i < 4; i++) throttle.fail('k', 0);
		expect(throttle.waitMs('k', 0)).toBe(0);
	});

	it('keeps at most maxKeys entries, forgetting the oldest', () => {
		const throttle = new FailureThrottle(3);
		for (let i = 0; i < 5; i++) throttle.fail('first', 0);
		for (const key of ['b', 'c', 'd']) throttle.fail(key, 0);
		expect(throttle.size).toBe(3);
		expect(throttle.waitMs('first', 0)).toBe(0);
	});
});
