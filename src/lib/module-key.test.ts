import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleKey } from './module-key';

describe('moduleKey', () => {
	it('is FNV-1a (32 bits) in base 36: the published test vectors', () => {
		expect(moduleKey('')).toBe((0x811c9dc5).toString(36));
		expect(moduleKey('a')).toBe((0xe40c292c).toString(36));
		expect(moduleKey('foobar')).toBe((0xbf9cf968).toString(36));
	});

	it('gives every lesson file (each language) a key of its own, at most seven characters', () => {
		const paths = readdirSync('content/courses', { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.flatMap((d) =>
				readdirSync(`content/courses/${d.name}`)
					.filter((f) => /^\d\d-[^/]*\.md$/.test(f))
					.map((f) => `/content/courses/${d.name}/${f}`)
			);
		expect(paths.length).toBeGreaterThan(50);
		const keys = paths.map(moduleKey);
		expect(new Set(keys).size).toBe(paths.length);
		for (const key of keys) expect(key).toMatch(/^[0-9a-z]{1,7}$/);
	});
});
