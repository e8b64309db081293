import { describe, expect, it } from 'vitest';
import { en } from './en';
import { isMessageKey, t } from './index';

describe('t', () => {
	it('returns the English message', () => {
		expect(t('email_taken')).toBe(en.email_taken);
	});

	it('fills {placeholders} from params, numbers included', () => {
		expect(t('csv_duplicate_email', { email: 'ann@example.com', other: 3 })).toBe(
			'ann@example.com is also on line 3.'
		);
	});

	it('leaves placeholders without a param as they are', () => {
		expect(t('csv_duplicate_email', { email: 'ann@example.com' })).toBe(
			'ann@example.com is also on line {other}.'
		);
		expect(t('csv_duplicate_email')).toBe('{email} is also on line {other}.');
	});

	it('does not re-expand placeholders that appear inside a param value', () => {
		expect(t('csv_duplicate_email', { email: '{other}', other: 7 })).toBe(
			'{other} is also on line 7.'
		);
	});
});

describe('isMessageKey', () => {
	it('knows the catalog keys', () => {
		expect(isMessageKey('email_taken')).toBe(true);
		expect(isMessageKey('csv_empty')).toBe(true);
	});

	it.each(['no_such_key', '', 'toString', '__proto__', 'constructor'])('refuses %j', (key) => {
		expect(isMessageKey(key)).toBe(false);
	});
});
