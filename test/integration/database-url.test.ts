import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DatabaseConfigError, openDb } from '../../src/lib/server/db';

describe('DATABASE_URL', () => {
	it('refuses an address this version cannot use, without repeating its password or making a file', () => {
		for (const url of [
			'postgres://coachline:s3cret-pw@db.example.com:5432/coachline',
			'postgresql://db.example.com/coachline',
			'mysql://root:s3cret-pw@localhost/coachline'
		]) {
			let error: unknown;
			try {
				openDb(url);
			} catch (e) {
				error = e;
			}
			expect(error).toBeInstanceOf(DatabaseConfigError);
			const message = (error as Error).message;
			expect(message).toContain(`is a ${url.split(':')[0]} address`);
			expect(message).toContain('SQLite file');
			expect(message).not.toContain('s3cret-pw');
			expect(existsSync(url.split('://')[0] + ':')).toBe(false);
		}
	});

	it('refuses an empty one, and takes a path or :memory:', () => {
		expect(() => openDb('  ')).toThrow(DatabaseConfigError);
		expect(() => openDb(':memory:').$client.close()).not.toThrow();
	});
});
