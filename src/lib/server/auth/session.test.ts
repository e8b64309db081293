import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	ABSOLUTE_LIFETIME_MS,
	generateToken,
	hashToken,
	IDLE_TIMEOUT_MS,
	sessionExpiry
} from './session';

describe('generateToken', () => {
	it('is 32 lower-case base32 characters, i.e. 160 bits', () => {
		const token = generateToken();
		expect(token).toMatch(/^[a-z2-7]{32}$/);
		expect(token.length * 5).toBe(160);
	});

	it('does not repeat', () => {
		const tokens = new Set(Array.from({ length: 1000 }, generateToken));
		expect(tokens.size).toBe(1000);
	});
});

describe('hashToken', () => {
	it('is the hex SHA-256 of the token', () => {
		const token = generateToken();
		const expected = createHash('sha256').update(token).digest('hex');
		expect(hashToken(token)).toBe(expected);
		expect(hashToken('abc')).toBe(
			'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
		);
	});

	it('is deterministic and differs between tokens', () => {
		const token = generateToken();
		expect(hashToken(token)).toBe(hashToken(token));
		expect(hashToken(token)).not.toBe(hashToken(generateToken()));
	});
});

describe('sessionExpiry', () => {
	const DAY = 24 * 60 * 60 * 1000;
	const createdAt = 1_000_000;

	it('is the idle timeout after the last request while that comes first', () => {
		expect(sessionExpiry({ createdAt, lastSeenAt: createdAt })).toBe(createdAt + IDLE_TIMEOUT_MS);
		const lastSeenAt = createdAt + 2 * DAY;
		expect(sessionExpiry({ createdAt, lastSeenAt })).toBe(lastSeenAt + IDLE_TIMEOUT_MS);
	});

	it('never goes past the absolute lifetime, however recent the last request', () => {
		const lastSeenAt = createdAt + ABSOLUTE_LIFETIME_MS - DAY;
		expect(lastSeenAt + IDLE_TIMEOUT_MS).toBeGreaterThan(createdAt + ABSOLUTE_LIFETIME_MS);
		expect(sessionExpiry({ createdAt, lastSeenAt })).toBe(createdAt + ABSOLUTE_LIFETIME_MS);
	});
});
