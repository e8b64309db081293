import type Database from 'better-sqlite3';
import type { Db } from './index';

/** How many distinct statements one connection keeps prepared (least recently used go first). */
export const STATEMENT_CACHE_SIZE = 512;

/**
 * Makes `sqlite.prepare(sql)` return the statement it prepared before for the same SQL text, so
 * a query that drizzle builds on every call is compiled by SQLite once per connection, not once
 * per request. drizzle sets a statement's mode itself where it wants rows as arrays (`raw()`)
 * and runs it in the same synchronous call, so a statement handed out again is first reset to
 * the default mode (objects); one that is still being iterated is not shared (a fresh one is
 * prepared), and one whose parameters get bound or whose integer mode changes leaves the cache.
 */
export function cacheStatements(sqlite: Database.Database, size = STATEMENT_CACHE_SIZE) {
	const prepare = sqlite.prepare.bind(sqlite);
	const cache = new Map<string, Database.Statement>();
	const evict = (source: string, stmt: Database.Statement) => {
		if (cache.get(source) === stmt) cache.delete(source);
	};
	sqlite.prepare = ((source: string) => {
		const cached = cache.get(source);
		if (cached && !cached.busy) {
			// Most recently used last, so the first key is the one to drop.
			cache.delete(source);
			cache.set(source, cached);
			if (cached.reader) cached.raw(false).pluck(false).expand(false);
			return cached;
		}
		const stmt = prepare(source);
		if (cached) return stmt;
		for (const method of ['bind', 'safeIntegers'] as const) {
			const original = stmt[method].bind(stmt) as (...args: unknown[]) => Database.Statement;
			Object.defineProperty(stmt, method, {
				value: (...args: unknown[]) => {
					evict(source, stmt);
					return original(...args);
				}
			});
		}
		cache.set(source, stmt);
		if (cache.size > size) cache.delete(cache.keys().next().value!);
		return stmt;
	}) as typeof sqlite.prepare;
	return sqlite;
}

/**
 * A query built once per database and then run with placeholders, for the paths every page
 * takes: `prepared((db) => db.select()…where(eq(t.id, sql.placeholder('id'))).prepare())`
 * gives `(db) => query`, and `query.get({ id })` runs it without building SQL again. Keep to
 * queries that name their columns (drizzle reads those as arrays and sets the mode itself).
 */
export function prepared<T>(build: (db: Db) => T): (db: Db) => T {
	const built = new WeakMap<Db, T>();
	return (db) => {
		let query = built.get(db);
		if (query === undefined) {
			query = build(db);
			built.set(db, query);
		}
		return query;
	};
}
