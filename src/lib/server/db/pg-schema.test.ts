import { describe, expect, it } from 'vitest';
import { getTableConfig as pgConfig } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteConfig } from 'drizzle-orm/sqlite-core';
import * as exported from '../../../../drizzle/pg-tables';
import { pgTables, tablePairs } from './pg-schema';

describe('the PostgreSQL schema derived from SQLite’s', () => {
	it('is exported whole to drizzle-kit (drizzle/pg-tables.ts names every table)', () => {
		expect(Object.keys(exported).sort()).toEqual(Object.keys(pgTables).sort());
		for (const [key, table] of Object.entries(exported)) expect(table, key).toBe(pgTables[key]);
	});

	it('has each SQLite table under the same name, with its keys, indexes, foreign keys and checks', () => {
		for (const { name, sqlite, pg } of tablePairs) {
			const s = sqliteConfig(sqlite);
			const p = pgConfig(pg);
			expect(p.name).toBe(name);
			expect(p.columns.map((c) => c.name)).toEqual(s.columns.map((c) => c.name));
			expect(p.indexes.map((i) => i.config.name)).toEqual(s.indexes.map((i) => i.config.name));
			expect(p.foreignKeys.length, name).toBe(s.foreignKeys.length);
			expect(p.checks.map((c) => c.name)).toEqual(s.checks.map((c) => c.name));
			expect(p.primaryKeys.length).toBe(s.primaryKeys.length);
		}
	});

	it('keeps one representation of each value: times and ids in bigint, flags in smallint', () => {
		const users = tablePairs.find((t) => t.name === 'users')!;
		const types = Object.fromEntries(
			pgConfig(users.pg).columns.map((c) => [c.name, c.getSQLType()])
		);
		expect(types).toMatchObject({
			id: 'bigint',
			created_at: 'bigint',
			demo: 'smallint',
			email: 'text'
		});
	});
});
