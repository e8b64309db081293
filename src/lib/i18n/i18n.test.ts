import { describe, expect, it } from 'vitest';
import * as compiled from '$lib/paraglide/messages';
import en from './messages/en.json';
import { isMessageKey, t, type MessageKey } from './index';

const keys = Object.keys(en).filter((key) => key !== '$schema') as MessageKey[];

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

	it("says every message exactly as Paraglide's compiled function does", () => {
		const functions = compiled as unknown as Record<string, (inputs?: object) => string>;
		expect(Object.keys(functions).filter((name) => name !== 'm')).toEqual(
			expect.arrayContaining(keys)
		);
		for (const key of keys) {
			const names = [...en[key].matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
			const params = Object.fromEntries(names.map((name, i) => [name, `<${name} ${i}>`]));
			expect(t(key, params), key).toBe(functions[key](params));
		}
	});
});

describe('isMessageKey', () => {
	it('knows the catalog keys', () => {
		expect(isMessageKey('email_taken')).toBe(true);
		expect(isMessageKey('csv_empty')).toBe(true);
	});

	it.each(['no_such_key', '', 'toString', '__proto__', 'constructor', '$schema'])(
		'refuses %j',
		(key) => {
			expect(isMessageKey(key)).toBe(false);
		}
	);
});
