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

	// What a browser makes of a Location header: tabs and newlines are dropped, `\` is `/`.
	it.each([
		'/\t/evil.example',
		'/\n/evil.example',
		'/\r\n/evil.example',
		'/\t\\evil.example',
		'/.//evil.example',
		'/./\\evil.example',
		'\t//evil.example',
		' /evil'
	])('never leaves the site for %j', (next) => {
		expect(safeNext(next)).toBe('/');
	});

	it.each([
		['/\n', '/'],
		['/\r', '/'],
		['/\u0000', '/'],
		['/a\u0000b', '/a%00b'],
		['/\u3000', '/%E3%80%80'],
		['/learn/\u6c9f\u901a?q=\u6c9f', '/learn/%E6%B2%9F%E9%80%9A?q=%E6%B2%9F'],
		['/a b', '/a%20b'],
		['/learn/../admin', '/admin']
	])('gives %j back as a header-safe path: %j', (next, path) => {
		expect(safeNext(next)).toBe(path);
		expect(path).toMatch(/^\/[\x21-\x7e]*$/);
	});

	it('answers / when there is no next', () => {
		expect(safeNext(null)).toBe('/');
	});
});
