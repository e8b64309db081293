import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cacheStatements } from './statements';

function db(size?: number) {
	const sqlite = cacheStatements(new Database(':memory:'), size);
	sqlite.exec('create table t (id integer primary key, name text)');
	sqlite.exec("insert into t (name) values ('a'), ('b'), ('c')");
	return sqlite;
}

describe('cacheStatements', () => {
	it('prepares the same SQL once and gives the same rows each time', async () => {
		const sqlite = db();
		const a = sqlite.prepare('select name from t where id = ?');
		const b = sqlite.prepare('select name from t where id = ?');
		expect(b).toBe(a);
		expect(await a.get(1)).toEqual({ name: 'a' });
		expect(await b.get(2)).toEqual({ name: 'b' });
		expect(sqlite.prepare('select name from t where id > ?')).not.toBe(a);
	});

	it('hands a statement out again in the default mode, whatever the last user set', async () => {
		const sqlite = db();
		expect(await sqlite.prepare('select id, name from t where id = ?').raw().get(1)).toEqual([
			1,
			'a'
		]);
		expect(await sqlite.prepare('select id, name from t where id = ?').get(1)).toEqual({
			id: 1,
			name: 'a'
		});
		expect(await sqlite.prepare('select name from t where id = ?').pluck().get(3)).toBe('c');
		expect(await sqlite.prepare('select name from t where id = ?').get(3)).toEqual({ name: 'c' });
		// Writes (no rows to shape) come back too.
		const insert = sqlite.prepare('insert into t (name) values (?)');
		expect(sqlite.prepare('insert into t (name) values (?)')).toBe(insert);
		expect((await insert.run('d')).changes).toBe(1);
	});

	it('does not share a statement that is still iterating', async () => {
		const sqlite = db();
		const names: string[] = [];
		for (const row of sqlite.prepare('select name from t order by id').iterate() as Iterable<{
			name: string;
		}>) {
			const inner = (await sqlite.prepare('select name from t order by id').all()) as {
				name: string;
			}[];
			names.push(`${row.name}${inner.length}`);
		}
		expect(names).toEqual(['a3', 'b3', 'c3']);
	});

	it('drops a statement whose parameters were bound, so nobody else gets them', async () => {
		const sqlite = db();
		const bound = sqlite.prepare('select name from t where id = ?').bind(2);
		expect(await bound.get()).toEqual({ name: 'b' });
		const next = sqlite.prepare('select name from t where id = ?');
		expect(next).not.toBe(bound);
		expect(await next.get(1)).toEqual({ name: 'a' });
	});

	it('keeps at most `size` statements, the least recently used leaving first', () => {
		const sqlite = db(2);
		const one = sqlite.prepare('select 1');
		const two = sqlite.prepare('select 2');
		expect(sqlite.prepare('select 1')).toBe(one); // now the most recent
		sqlite.prepare('select 3'); // pushes out "select 2"
		expect(sqlite.prepare('select 1')).toBe(one);
		expect(sqlite.prepare('select 2')).not.toBe(two);
	});
});
