import { describe, expect, it } from 'vitest';
import { backoff, describe as reason, isPermanent } from './sender';

describe('backoff', () => {
	it('waits 30 s, then doubles, and never more than an hour', () => {
		expect([1, 2, 3, 4].map(backoff)).toEqual([30_000, 60_000, 120_000, 240_000]);
		expect(backoff(8)).toBe(3_600_000);
		expect(backoff(50)).toBe(3_600_000);
	});
});

describe('isPermanent', () => {
	it('is a 5xx refusal of the recipient or the message, nothing else', () => {
		expect(isPermanent({ code: 'EENVELOPE', responseCode: 550 })).toBe(true);
		expect(isPermanent({ code: 'EMESSAGE', responseCode: 552 })).toBe(true);
		// A full mailbox for now, a bad password, a dead server: worth trying again.
		expect(isPermanent({ code: 'EENVELOPE', responseCode: 452 })).toBe(false);
		expect(isPermanent({ code: 'EAUTH', responseCode: 535 })).toBe(false);
		expect(isPermanent({ code: 'ECONNECTION' })).toBe(false);
		expect(isPermanent(new Error('boom'))).toBe(false);
	});
});

describe('the reason kept for the admin', () => {
	it('never carries an SMTP URL (it may hold the password)', () => {
		const text = reason(new Error('could not reach smtp://joe:s3cret@mail.example.com:587 now'));
		expect(text).not.toContain('s3cret');
		expect(text).toContain('smtp://…');
		expect(reason({ code: 'EENVELOPE', responseCode: 550, message: 'No such user' })).toBe(
			'EENVELOPE 550 No such user'
		);
		expect(reason(new Error('x'.repeat(1000))).length).toBe(300);
	});
});
