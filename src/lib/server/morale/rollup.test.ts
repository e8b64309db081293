import { describe, expect, it } from 'vitest';
import { hasScope, scopeKey } from './rollup';

describe('hasScope', () => {
	const led = (...leads: (number | null)[]) => leads.map((leadId) => ({ leadId }));

	it('finds a roll-up when two teams share a lead, or two have none', () => {
		expect(hasScope(led(1, 2, 1))).toBe(true);
		expect(hasScope(led(null, 3, null))).toBe(true);
	});

	it('finds none when every lead leads one team and at most one team has no lead', () => {
		expect(hasScope([])).toBe(false);
		expect(hasScope(led(1))).toBe(false);
		expect(hasScope(led(1, 2, 3, null))).toBe(false);
	});
});

describe('scopeKey', () => {
	it('names a lead’s teams by the lead’s id and the teams without a lead "none"', () => {
		expect(scopeKey({ lead: { id: 7, name: 'Lin' }, teams: [] })).toBe('7');
		expect(scopeKey({ lead: null, teams: [] })).toBe('none');
	});
});
