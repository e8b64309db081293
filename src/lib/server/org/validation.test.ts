import { describe, expect, it } from 'vitest';
import { EMAIL_MAX, isIsoDate, NAME_MAX, parseId, problems, userInputSchema } from './validation';

describe('isIsoDate', () => {
	it.each(['2026-01-31', '2024-02-29', '2000-02-29', '1999-12-31'])('accepts %j', (s) => {
		expect(isIsoDate(s)).toBe(true);
	});

	it.each([
		'2026-02-30',
		'2025-02-29',
		'1900-02-29',
		'2026-13-01',
		'2026-04-31',
		'2026-1-5',
		'26-01-05',
		'2026-01-05T00:00:00Z',
		' 2026-01-05',
		''
	])('refuses %j', (s) => {
		expect(isIsoDate(s)).toBe(false);
	});
});

describe('parseId', () => {
	it('accepts a positive integer', () => {
		expect(parseId('42')).toBe(42);
		expect(parseId('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
	});

	it.each(['0', '-1', '1.5', '1e3', '', ' 1', '1 ', '01', '0x10', '99999999999999999'])(
		'refuses %j',
		(s) => {
			expect(parseId(s)).toBeNull();
		}
	);

	it('refuses 16 digits beyond the safe integer range', () => {
		expect(parseId('9007199254740993')).toBeNull();
	});

	it('refuses what is not a string', () => {
		expect(parseId(42)).toBeNull();
		expect(parseId(null)).toBeNull();
		expect(parseId(undefined)).toBeNull();
	});
});

describe('userInputSchema', () => {
	const valid = { name: 'Ann Lee', email: 'ann@example.com', role: 'learner', startedOn: '' };
	/** The message key for each bad field of `input`, or {} when it parses. */
	const keysFor = (input: Record<string, unknown>) => {
		const r = userInputSchema.safeParse(input);
		return r.success ? {} : problems(r.error);
	};

	it('trims the name and trims and lower-cases the email', () => {
		const parsed = userInputSchema.parse({
			...valid,
			name: '  Ann Lee ',
			email: '  Ann.Lee@Example.COM '
		});
		expect(parsed).toEqual({
			name: 'Ann Lee',
			email: 'ann.lee@example.com',
			role: 'learner',
			startedOn: null
		});
	});

	it('keeps a real start date and turns an absent one into null', () => {
		expect(userInputSchema.parse({ ...valid, startedOn: '2024-02-29' }).startedOn).toBe(
			'2024-02-29'
		);
		const { name, email, role } = valid;
		expect(userInputSchema.parse({ name, email, role }).startedOn).toBeNull();
	});

	it.each([
		['a null byte', 'Ann\u0000 Lee'],
		['a right-to-left override', 'Ann \u202eeeL'],
		['a left-to-right isolate', 'Ann \u2066Lee\u2069'],
		['a right-to-left mark', 'Ann\u200f Lee'],
		['a zero-width space', 'Ann\u200bLee'],
		['a line separator', 'Ann\u2028Lee'],
		['a byte-order mark', 'Ann\ufeffLee'],
		['a C1 control', 'Ann\u0085Lee'],
		['a tab', 'Ann\tLee']
	])('refuses a name with %s', (_, name) => {
		expect(keysFor({ ...valid, name })).toEqual({ name: 'name_invalid_characters' });
	});

	it.each([
		'王丽',
		'Zoë Ødegaard',
		'محمد علي',
		'José-María O’Neil',
		'मेघा',
		'Family 👨\u200d👩\u200d👧'
	])('keeps the real name %j', (name) => {
		expect(keysFor({ ...valid, name })).toEqual({});
	});

	it('refuses an unknown role', () => {
		expect(keysFor({ ...valid, role: 'owner' })).toEqual({ role: 'role_invalid' });
		expect(keysFor({ ...valid, role: 'Admin' })).toEqual({ role: 'role_invalid' });
	});

	it('refuses a name over 100 characters', () => {
		expect(NAME_MAX).toBe(100);
		expect(keysFor({ ...valid, name: 'n'.repeat(100) })).toEqual({});
		expect(keysFor({ ...valid, name: 'n'.repeat(101) })).toEqual({ name: 'name_too_long' });
	});

	it('refuses an email over 254 characters', () => {
		expect(EMAIL_MAX).toBe(254);
		const email = (length: number) => 'a'.repeat(length - '@example.com'.length) + '@example.com';
		expect(keysFor({ ...valid, email: email(254) })).toEqual({});
		expect(keysFor({ ...valid, email: email(255) })).toEqual({ email: 'email_too_long' });
	});

	it('refuses missing or malformed fields with their message keys', () => {
		expect(keysFor({ ...valid, name: '   ', email: 'not-an-email' })).toEqual({
			name: 'name_required',
			email: 'email_invalid'
		});
		expect(keysFor({ ...valid, email: '' })).toEqual({ email: 'email_required' });
		expect(keysFor({ ...valid, startedOn: '2026-02-30' })).toEqual({
			startedOn: 'started_on_invalid'
		});
	});
});
