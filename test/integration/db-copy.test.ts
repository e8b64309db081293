// npm run db:copy, against a real PostgreSQL server (test/postgres.ts) with the real migrations
// of both databases; and PostgreSQL's schema and triggers beside SQLite's.
import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateDb, openDb, type Db } from '../../src/lib/server/db';
import { copyDatabase } from '../../src/lib/server/db/copy';
import { migratePostgres, openPostgres } from '../../src/lib/server/db/postgres';
import { tablePairs } from '../../src/lib/server/db/pg-schema';
import { seedDemoIfEmpty } from '../../src/lib/server/org/demo';
import { playDemoHistory } from '../../src/lib/server/org/demo-history';
import { newPostgresDatabase } from './pg';
import { realContent } from './real-content';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const dir = mkdtempSync(join(tmpdir(), 'coachline-copy-'));
/** The demo organisation with its history: every kind of record the product writes. */
const source = join(dir, 'demo.db');

beforeAll(async () => {
	const db = openDb(source);
	migrateDb(db);
	await seedDemoIfEmpty(db, new Date(NOW));
	await playDemoHistory(db, realContent(), NOW);
	// A person added and removed again: SQLite never hands out their id again, nor may PostgreSQL.
	const { lastInsertRowid } = await db.$client
		.prepare(
			"INSERT INTO users (email, name, password_hash) VALUES ('gone@example.com', 'Gone', 'x')"
		)
		.run();
	await db.$client.prepare('DELETE FROM users WHERE id = ?').run(lastInsertRowid);
	db.$client.close();
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the source file to change for one test. */
function variant(name: string, change: (sqlite: Database.Database) => void) {
	const file = join(dir, `${name}.db`);
	copyFileSync(source, file);
	const sqlite = new Database(file);
	change(sqlite);
	sqlite.close();
	return file;
}

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

/** Rows per Coachline table (0 for a table that does not exist). */
async function rowCounts(url: string) {
	return withClient(url, async (client) => {
		const out: Record<string, number> = {};
		for (const { name } of tablePairs) {
			const exists = await client.query('SELECT to_regclass($1) AS t', [`public.${name}`]);
			out[name] = exists.rows[0].t
				? Number((await client.query(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n)
				: 0;
		}
		return out;
	});
}

const nothingIn = (counts: Record<string, number>) => Object.values(counts).every((n) => n === 0);

describe('db:copy from the demo organisation', () => {
	let url: string;
	let copied: Awaited<ReturnType<typeof copyDatabase>>;
	const sqlite = () => new Database(source, { readonly: true });

	beforeAll(async () => {
		url = await newPostgresDatabase();
		copied = await copyDatabase({ from: source, to: url });
	}, 60_000);

	it('copies every table, and says how many rows each has', async () => {
		expect(copied.map((t) => t.name).sort()).toEqual(tablePairs.map((p) => p.name).sort());
		const file = sqlite();
		for (const t of copied)
			expect(t.rows, t.name).toBe(
				((await file.prepare(`SELECT count(*) FROM "${t.name}"`).pluck().get()) as number) ?? 0
			);
		file.close();
		// The demo has history in the learning record, evidence, the barometer and the rest.
		for (const name of ['statements', 'competency_evidence', 'competency_tallies', 'pulse_entries'])
			expect(copied.find((t) => t.name === name)!.rows, name).toBeGreaterThan(50);
	});

	it('holds the same rows as the file, value for value, read back independently', async () => {
		const file = sqlite();
		const pool = openPostgres(url, 1);
		try {
			for (const { name, sqlite: table } of tablePairs) {
				const config = getTableConfig(table);
				const key = (config.primaryKeys[0]?.columns ?? config.columns.filter((c) => c.primary)).map(
					(c) => ({ name: c.name, text: c.getSQLType() === 'text' })
				);
				expect(key.length, `${name} has a key`).toBeGreaterThan(0);
				const inFile = await file
					.prepare(`SELECT * FROM "${name}" ORDER BY ${key.map((k) => `"${k.name}"`).join(', ')}`)
					.all();
				const inPg = (
					await pool.query(
						`SELECT * FROM "${name}" ORDER BY ${key.map((k) => `"${k.name}"${k.text ? ' COLLATE "C"' : ''}`).join(', ')}`
					)
				).rows;
				expect(inPg, name).toEqual(inFile);
			}
		} finally {
			await pool.end();
			file.close();
		}
	});

	it('carries the id counters over: a new row never takes an id a deleted one had', async () => {
		const file = sqlite();
		const highest = (await file
			.prepare("SELECT seq FROM sqlite_sequence WHERE name = 'users'")
			.pluck()
			.get()) as number;
		const maxId = (await file.prepare('SELECT max(id) FROM users').pluck().get()) as number;
		file.close();
		expect(highest).toBeGreaterThan(maxId);
		const id = await withClient(url, async (client) =>
			Number(
				(
					await client.query(
						"INSERT INTO users (email, name, password_hash) VALUES ('new@example.com', 'New', 'x') RETURNING id"
					)
				).rows[0].id
			)
		);
		expect(id).toBe(highest + 1);
	});

	it('refuses to copy into a database that already holds Coachline data, and changes nothing', async () => {
		const before = await rowCounts(url);
		await expect(copyDatabase({ from: source, to: url })).rejects.toThrow(
			/already holds Coachline data .*users/
		);
		expect(await rowCounts(url)).toEqual(before);
	});

	it('keeps the learning record append-only on PostgreSQL too', async () => {
		await withClient(url, async (client) => {
			for (const statement of [
				"UPDATE statements SET verb = 'x'",
				'DELETE FROM statements',
				'TRUNCATE statements CASCADE'
			])
				await expect(client.query(statement), statement).rejects.toThrow(/append-only/);
		});
	});

	it('copies the barometer in the order of its random keys, not the order answers came in', async () => {
		await withClient(url, async (client) => {
			const physical = (await client.query('SELECT id FROM pulse_entries ORDER BY ctid')).rows.map(
				(r) => r.id
			);
			const byKey = (
				await client.query('SELECT id FROM pulse_entries ORDER BY id COLLATE "C"')
			).rows.map((r) => r.id);
			expect(physical).toEqual(byKey);
			// One transaction wrote them all: no transaction id tells one answer from another.
			const writers = await client.query(
				'SELECT count(DISTINCT xmin::text) AS n FROM pulse_entries'
			);
			expect(Number(writers.rows[0].n)).toBe(1);
		});
	});
});

describe("PostgreSQL's competency tallies", () => {
	it('are kept by its triggers as SQLite keeps them, evidence added, rescored and removed', async () => {
		const url = await newPostgresDatabase();
		const lite = openDb(':memory:');
		migrateDb(lite);
		const pool = openPostgres(url);
		await migratePostgres(pool);
		try {
			const both = async (statement: string, params: unknown[] = []) => {
				await lite.$client.prepare(statement).run(...params);
				await pool.query(
					statement.replace(/\?/g, () => `$${++n}`),
					params
				);
				n = 0;
			};
			let n = 0;
			await both(
				"INSERT INTO users (id, email, name, password_hash) VALUES (1, 'a@example.com', 'A', 'x')"
			);
			await both(
				"INSERT INTO statements (id, actor_id, verb, object_type, object_id, timestamp) VALUES ('s1', 1, 'answered', 'quiz', 'q', ?)",
				[NOW]
			);
			const day = 86_400_000;
			const pieces: [string, string, number, number][] = [
				['empathy', 'quiz', 0.5, NOW - 200 * day],
				['empathy', 'quiz', 0.9, NOW - 10 * day],
				['empathy', 'roleplay', 0.7, NOW - 30 * day],
				['empathy', 'quiz', 0.2, NOW - 400 * day],
				['de_escalation', 'review', 1, NOW]
			];
			for (const [competency, kind, score, at] of pieces)
				await both(
					'INSERT INTO competency_evidence (user_id, competency, kind, score, statement_id, at) VALUES (?, ?, ?, ?, ?, ?)',
					[1, competency, kind, score, 's1', at]
				);
			await both('UPDATE competency_evidence SET score = 0.1 WHERE id = 2');
			await both('UPDATE competency_evidence SET private = 1 WHERE id = 3');
			await both('DELETE FROM competency_evidence WHERE id = 1');
			const order = 'ORDER BY user_id, private, competency, kind';
			const inLite = (await lite.$client
				.prepare(
					`SELECT user_id, private, competency, kind, n, t0, w, ws FROM competency_tallies ${order}`
				)
				.all()) as Record<string, number | string>[];
			const inPg = (
				await pool.query(
					`SELECT user_id, private, competency, kind, n, t0, w, ws FROM competency_tallies ${order}`
				)
			).rows;
			expect(inPg.length).toBe(inLite.length);
			expect(inLite.length).toBe(3);
			inPg.forEach((row, i) => {
				for (const column of ['user_id', 'private', 'competency', 'kind', 'n', 't0'])
					expect(row[column], column).toEqual(inLite[i][column]);
				expect(row.w).toBeCloseTo(inLite[i].w as number, 12);
				expect(row.ws).toBeCloseTo(inLite[i].ws as number, 12);
			});
		} finally {
			await pool.end();
			lite.$client.close();
		}
	});
});

describe('db:copy refuses, and writes nothing', () => {
	it('an address that is not PostgreSQL, or a server that cannot be reached', async () => {
		await expect(copyDatabase({ from: source, to: join(dir, 'x.db') })).rejects.toThrow(
			/must be a PostgreSQL address/
		);
		await expect(
			copyDatabase({ from: source, to: 'postgres://someone:secret@127.0.0.1:1/nowhere' })
		).rejects.toThrow(/cannot be reached/);
		await expect(
			copyDatabase({ from: source, to: 'postgres://someone:secret@127.0.0.1:1/nowhere' })
		).rejects.not.toThrow(/secret/);
	});

	it('a source that is missing, not SQLite, not Coachline, out of date or unknown to it', async () => {
		const to = await newPostgresDatabase();
		const cases: [string, RegExp][] = [
			[join(dir, 'missing.db'), /no file/],
			['package.json', /cannot be read as a SQLite database/],
			[
				variant('bare', (s) => s.exec('DROP TABLE __drizzle_migrations')),
				/not a Coachline database/
			],
			[
				variant('old', (s) =>
					s.exec(
						'DELETE FROM __drizzle_migrations WHERE rowid = (SELECT max(rowid) FROM __drizzle_migrations)'
					)
				),
				/older Coachline .*npm run db:migrate/
			],
			[variant('extra', (s) => s.exec('CREATE TABLE notes (x text)')), /does not know \(notes\)/]
		];
		for (const [from, message] of cases)
			await expect(copyDatabase({ from, to }), from).rejects.toThrow(message);
		expect(nothingIn(await rowCounts(to))).toBe(true);
	});

	it('a database holding tables of another application', async () => {
		const to = await newPostgresDatabase();
		await withClient(to, (c) => c.query('CREATE TABLE invoices (id int)'));
		await expect(copyDatabase({ from: source, to })).rejects.toThrow(
			/not Coachline's \(public\.invoices\)/
		);
		// Not even Coachline's tables were made there.
		expect(
			await withClient(
				to,
				async (c) => (await c.query("SELECT to_regclass('public.users') AS t")).rows[0].t
			)
		).toBeNull();
	});

	it('a value PostgreSQL cannot hold: named, nothing kept, and a second try after the fix works', async () => {
		const file = variant('odd', (s) =>
			s.exec('UPDATE kudos SET created_at = 1.5 WHERE id = (SELECT min(id) FROM kudos)')
		);
		const to = await newPostgresDatabase();
		await expect(copyDatabase({ from: file, to })).rejects.toThrow(
			/kudos\.created_at, row 1 holds 1\.5 in an integer column/
		);
		expect(nothingIn(await rowCounts(to))).toBe(true);
		const fixed = new Database(file);
		fixed.exec('UPDATE kudos SET created_at = 2 WHERE created_at = 1.5');
		fixed.close();
		const again = await copyDatabase({ from: file, to });
		expect(again.find((t) => t.name === 'kudos')!.rows).toBeGreaterThan(0);
	});

	it('a copy that does not read back as written (here a trigger alters rows): rolled back', async () => {
		const to = await newPostgresDatabase();
		const pool = openPostgres(to);
		await migratePostgres(pool);
		await pool.query(`CREATE FUNCTION garble() RETURNS trigger LANGUAGE plpgsql AS $$
			BEGIN NEW.message := NEW.message || '!'; RETURN NEW; END $$`);
		await pool.query(
			'CREATE TRIGGER garble BEFORE INSERT ON kudos FOR EACH ROW EXECUTE FUNCTION garble()'
		);
		await pool.end();
		await expect(copyDatabase({ from: source, to })).rejects.toThrow(
			/copy of kudos does not match the file .*different contents.*Nothing was kept/
		);
		expect(nothingIn(await rowCounts(to))).toBe(true);
	});
});

describe("PostgreSQL's schema", () => {
	let url: string;
	beforeAll(async () => {
		url = await newPostgresDatabase();
		const pool = openPostgres(url);
		// Two nodes starting at once: the advisory lock lets one migrate; the other finds it done.
		await Promise.all([migratePostgres(pool), migratePostgres(openPostgres(url))]);
		await pool.end();
	});

	it('has been migrated once, however many started together', async () => {
		const applied = await withClient(url, async (c) =>
			Number((await c.query('SELECT count(*) AS n FROM __drizzle_migrations')).rows[0].n)
		);
		expect(applied).toBe(2);
	});

	it("has SQLite's tables, columns, nullability and indexes, in the types that hold the same values", async () => {
		const lite: Db = openDb(':memory:');
		migrateDb(lite);
		const type: Record<string, string> = {
			INTEGER: 'bigint',
			REAL: 'double precision',
			TEXT: 'text'
		};
		const booleans = new Set(
			tablePairs.flatMap(({ name, sqlite: t }) =>
				Object.values(t)
					.filter((c) => (c as { columnType?: string }).columnType === 'SQLiteBoolean')
					.map((c) => `${name}.${(c as { name: string }).name}`)
			)
		);
		await withClient(url, async (client) => {
			for (const { name } of tablePairs) {
				const liteColumns = (
					(await lite.$client
						.prepare(`SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid`)
						.all(name)) as {
						name: string;
						type: string;
						notnull: number;
						pk: number;
					}[]
				).map((c) => ({
					name: c.name,
					type: booleans.has(`${name}.${c.name}`) ? 'smallint' : type[c.type.toUpperCase()],
					nullable: !(c.notnull || c.pk)
				}));
				const pgColumns = (
					await client.query(
						`SELECT column_name AS name, data_type AS type, is_nullable = 'YES' AS nullable
						 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1
						 ORDER BY ordinal_position`,
						[name]
					)
				).rows;
				// SQLite appends a column added later; PostgreSQL's file has them in schema order.
				const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
				expect(pgColumns.sort(byName), name).toEqual(liteColumns.sort(byName));
				const liteIndexes = (
					(await lite.$client
						.prepare(
							"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"
						)
						.pluck()
						.all(name)) as string[]
				).sort();
				const pgIndexes = (
					await client.query(
						`SELECT c.relname AS indexname FROM pg_index i
						 JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_class t ON t.oid = i.indrelid
						 WHERE t.relname = $1 AND NOT i.indisprimary`,
						[name]
					)
				).rows
					.map((r) => r.indexname)
					.sort();
				expect(pgIndexes, name).toEqual(liteIndexes);
			}
		});
		lite.$client.close();
	});
});
