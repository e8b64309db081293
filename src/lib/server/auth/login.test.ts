import { describe, expect, it } from 'vitest';
import { safeNext } from './login';

describe('safeNext', () => {
	it.each(['/x', '/admin/users?tab=2', '/'])('keeps the same-site path %j', (next) => {
		expect(safeNext(next)).toBe(next);
	});

	it.each([
		'//evil.example',
		'/\\evil.example',
		'http://evil.example',
		'https://evil.example/x',
		'javascript:alert(1)',
		'x',
		''
	])('replaces %j with /', (next) => {
		expect(safeNext(next)).toBe('/');
	});

	it('answers / when there is no next', () => {
		expect(safeNext(null)).toBe('/');
	});
});
