import { describe, expect, it } from 'vitest';
import {
	hashPassword,
	isCommonPassword,
	passwordProblem,
	PASSWORD_MAX,
	PASSWORD_MIN,
	verifyPassword
} from './password';

describe('passwordProblem', () => {
	it('refuses 7 characters and accepts 8', () => {
		expect(PASSWORD_MIN).toBe(8);
		expect(passwordProblem('tr0ub4d')).toBe('password_too_short');
		expect(passwordProblem('tr0ub4d0')).toBeNull();
	});

	it('accepts 128 characters and refuses 129', () => {
		expect(PASSWORD_MAX).toBe(128);
		expect(passwordProblem('x'.repeat(128))).toBeNull();
		expect(passwordProblem('x'.repeat(129))).toBe('password_too_long');
	});

	it('counts code points, not UTF-16 units', () => {
		const emoji = '😀';
		expect(emoji.length).toBe(2);
		// 7 emoji are 14 UTF-16 units but still only 7 characters.
		expect(passwordProblem(emoji.repeat(7))).toBe('password_too_short');
		expect(passwordProblem(emoji.repeat(8))).toBeNull();
		// 128 emoji are 256 UTF-16 units but only 128 characters.
		expect(passwordProblem(emoji.repeat(128))).toBeNull();
		expect(passwordProblem(emoji.repeat(129))).toBe('password_too_long');
	});

	it.each(['password', '12345678', 'qwertyuiop', 'sunshine'])('refuses the common %j', (pw) => {
		expect(passwordProblem(pw)).toBe('password_too_common');
	});

	it('matches common passwords case-insensitively', () => {
		expect(isCommonPassword('PassWord')).toBe(true);
		expect(passwordProblem('QWERTYUIOP')).toBe('password_too_common');
	});

	it('has no composition rules: a lower-case passphrase with spaces is fine', () => {
		expect(passwordProblem('aaaa bbbb cccc')).toBeNull();
		expect(passwordProblem('correct horse battery staple')).toBeNull();
	});
});

describe('hashPassword and verifyPassword', () => {
	it('hashes with argon2id at m=19456, t=2, p=1 and verifies', async () => {
		const hash = await hashPassword('correct horse battery staple');
		expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
		expect(await verifyPassword(hash, 'correct horse battery staple')).toBe(true);
		expect(await verifyPassword(hash, 'correct horse battery stapler')).toBe(false);
	});

	it('salts: the same password hashes differently twice', async () => {
		const [a, b] = await Promise.all([hashPassword('same secret'), hashPassword('same secret')]);
		expect(a).not.toBe(b);
	});

	it.each(['', 'not a hash', '$argon2id$v=19$m=19456,t=2,p=1$broken'])(
		'answers false (does not throw) for the garbage hash %j',
		async (garbage) => {
			await expect(verifyPassword(garbage, 'anything')).resolves.toBe(false);
		}
	);
});
