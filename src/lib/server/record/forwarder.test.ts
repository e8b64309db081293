import { describe, expect, it } from 'vitest';
import { backoff, retryAfterMs, verdictOf } from './forwarder';

describe('the LRS forwarder’s rules', () => {
	it('backs off 30 s doubling, at most an hour', () => {
		expect([1, 2, 3, 4].map(backoff)).toEqual([30_000, 60_000, 120_000, 240_000]);
		expect(backoff(8)).toBe(3_600_000);
		expect(backoff(50)).toBe(3_600_000);
	});

	it('reads Retry-After as seconds or a date, never negative, at most a day', () => {
		const now = Date.parse('2026-12-07T09:00:00Z');
		expect(retryAfterMs('120', now)).toBe(120_000);
		expect(retryAfterMs('Mon, 07 Dec 2026 09:05:00 GMT', now)).toBe(300_000);
		expect(retryAfterMs('Mon, 07 Dec 2026 08:00:00 GMT', now)).toBe(0);
		expect(retryAfterMs('9999999', now)).toBe(86_400_000);
		expect(retryAfterMs('soon', now)).toBe(0);
		expect(retryAfterMs(null, now)).toBe(0);
	});

	it('sends on 2xx, splits on a refused or too large batch, waits on overload, pauses on the rest', () => {
		expect([200, 204].map(verdictOf)).toEqual(['sent', 'sent']);
		expect([400, 409, 413].map(verdictOf)).toEqual(['split', 'split', 'split']);
		expect([429, 500, 502, 503].map(verdictOf)).toEqual(['wait', 'wait', 'wait', 'wait']);
		expect([301, 302, 401, 403, 404, 405].map(verdictOf)).toEqual(Array(6).fill('pause'));
	});
});
