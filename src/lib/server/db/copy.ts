/**
 * Moving an organisation from its SQLite file to PostgreSQL (npm run db:copy). Every table is
 * copied in one PostgreSQL transaction, then read back and compared with what was read from the
 * file, row count and checksum per table, before it commits: a copy that does not match leaves
 * the target as it was. It only writes into a database that holds no Coachline data and no
 * tables of anyone else.
 */
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { getTableConfig, type SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type pg from 'pg';
import { tablePairs } from './pg-schema';
import { checkPostgres, isPostgresUrl, migratePostgres, openPostgres, shownUrl } from './postgres';

/** The copy cannot be made; the message says why and what to do. Nothing was written. */
export class CopyError extends Error {
	override name = 'CopyError';
}

export interface CopiedTable {
	name: string;
	rows: number;
	/** SHA-256 of the table's rows in key order, the same on both sides. */
	checksum: string;
}

type Kind = 'integer' | 'real' | 'text';
const KINDS: Record<string, Kind> = {
	SQLiteInteger: 'integer',
	SQLiteBoolean: 'integer',
	SQLiteReal: 'real',
	SQLiteText: 'text',
	SQLiteTextJson: 'text'
};

/** Tables that triggers keep from others: their copied rows replace what the triggers made. */
const DERIVED = new Set(['competency_tallies']);

/** Rows per INSERT (PostgreSQL takes at most 65,535 parameters in one statement). */
const BATCH_PARAMETERS = 30_000;

interface Plan {
	name: string;
	columns: { name: string; kind: Kind }[];
	/** Columns that order rows the same way on both databases. */
	order: string[];
	identity: string | null;
}

function plans(): Plan[] {
	const byName = new Map<string, Plan & { after: string[] }>();
	for (const { sqlite } of tablePairs) {
		const config = getTableConfig(sqlite);
		const columns = config.columns.map((c: SQLiteColumn) => {
			const kind = KINDS[c.columnType];
			if (!kind) throw new Error(`db:copy: no copy for ${config.name}.${c.name} (${c.columnType})`);
			return { name: c.name, kind };
		});
		const key =
			config.primaryKeys[0]?.columns.map((c) => c.name) ??
			config.columns.filter((c) => c.primary).map((c) => c.name);
		const identity = config.columns.find(
			(c) => (c as { autoIncrement?: boolean }).autoIncrement
		)?.name;
		byName.set(config.name, {
			name: config.name,
			columns,
			order: key.length ? key : columns.map((c) => c.name),
			identity: identity ?? null,
			after: config.foreignKeys
				.map((fk) => getTableConfig(fk.reference().foreignTable).name)
				.filter((n) => n !== config.name)
		});
	}
	// Parents before children, so every foreign key finds its row; derived tables last.
	const ordered: Plan[] = [];
	const placed = new Set<string>();
	const place = (name: string, path: string[]) => {
		if (placed.has(name)) return;
		if (path.includes(name)) throw new Error(`db:copy: foreign keys loop: ${path.join(' → ')}`);
		const plan = byName.get(name)!;
		for (const parent of plan.after) place(parent, [...path, name]);
		placed.add(name);
		ordered.push(plan);
	};
	for (const name of byName.keys()) place(name, []);
	return [
		...ordered.filter((p) => !DERIVED.has(p.name)),
		...ordered.filter((p) => DERIVED.has(p.name))
	];
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** A value as both sides hash it: integers as decimal text, reals as numbers, text as is. */
function canonical(value: unknown, kind: Kind, where: () => string): string | number | null {
	if (value === null || value === undefined) return null;
	if (kind === 'integer') {
		if (typeof value === 'bigint') return value.toString();
		if (typeof value === 'number' && Number.isInteger(value)) return String(value);
		if (typeof value === 'string' && /^-?\d+$/.test(value)) return String(BigInt(value));
		throw new CopyError(
			`${where()} holds ${JSON.stringify(typeof value === 'bigint' ? String(value) : value)} in an integer column, which PostgreSQL's bigint cannot hold. Correct that row in the file, then copy again.`
		);
	}
	if (kind === 'real') {
		const n = typeof value === 'bigint' ? Number(value) : value;
		if (typeof n !== 'number')
			throw new CopyError(`${where()} holds ${JSON.stringify(value)} in a number column.`);
		return Number.isFinite(n) ? n : String(n);
	}
	if (typeof value !== 'string')
		throw new CopyError(
			`${where()} holds ${typeof value === 'bigint' ? String(value) : JSON.stringify(value)} in a text column.`
		);
	return value;
}

class TableHash {
	private hash = createHash('sha256');
	rows = 0;
	add(row: (string | number | null)[]) {
		this.hash.update(JSON.stringify(row));
		this.hash.update('\n');
		this.rows++;
	}
	digest() {
		return this.hash.digest('hex');
	}
}

/** Opens the file read-only and checks that it is a Coachline database at this version. */
function openSource(path: string, migrationsFolder: string): Database.Database {
	if (isPostgresUrl(path))
		throw new CopyError(`--from must be a SQLite file; ${shownUrl(path)} is a PostgreSQL address.`);
	if (!existsSync(path)) throw new CopyError(`There is no file ${path} to copy from.`);
	let sqlite: Database.Database;
	try {
		sqlite = new Database(path, { readonly: true, fileMustExist: true });
		sqlite.pragma('schema_version');
	} catch (e) {
		throw new CopyError(`${path} cannot be read as a SQLite database: ${(e as Error).message}`);
	}
	const tables = new Set(
		(
			sqlite
				.prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
				.pluck()
				.all() as string[]
		).filter((n) => !n.startsWith('sqlite_') && !n.startsWith('lesson_search'))
	);
	if (!tables.has('__drizzle_migrations')) {
		sqlite.close();
		throw new CopyError(`${path} is not a Coachline database (it has no migration history).`);
	}
	const expected = readMigrationFiles({ migrationsFolder }).length;
	const applied = sqlite
		.prepare('SELECT count(*) FROM __drizzle_migrations')
		.pluck()
		.get() as number;
	if (applied !== expected) {
		sqlite.close();
		throw new CopyError(
			applied < expected
				? `${path} was last upgraded by an older Coachline (${applied} of ${expected} migrations): upgrade it first (DATABASE_URL=${path} npm run db:migrate), then copy.`
				: `${path} was made by a newer Coachline (${applied} migrations, this one knows ${expected}): copy it with that version.`
		);
	}
	const unknown = [...tables].filter(
		(t) => t !== '__drizzle_migrations' && !tablePairs.some((p) => p.name === t)
	);
	if (unknown.length) {
		sqlite.close();
		throw new CopyError(
			`${path} holds tables this version of Coachline does not know (${unknown.join(', ')}): they would not be copied, so nothing is.`
		);
	}
	return sqlite;
}

/** Tables of the target that are not Coachline's, and Coachline's that hold rows. */
async function occupied(client: pg.PoolClient) {
	const { rows } = await client.query<{ name: string }>(
		`SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
		 WHERE table_schema NOT IN ('pg_catalog', 'information_schema') AND table_schema NOT LIKE 'pg\\_%'`
	);
	const ours = new Set([
		...tablePairs.map((p) => `public.${p.name}`),
		'public.__drizzle_migrations'
	]);
	return rows.map((r) => r.name).filter((n) => !ours.has(n));
}

export interface CopyOptions {
	from: string;
	to: string;
	log?: (line: string) => void;
	migrationsFolder?: string;
	pgMigrationsFolder?: string;
}

export async function copyDatabase({
	from,
	to,
	log = () => {},
	migrationsFolder = process.env.MIGRATIONS_DIR ?? 'drizzle',
	pgMigrationsFolder = process.env.PG_MIGRATIONS_DIR ?? 'drizzle/pg'
}: CopyOptions): Promise<CopiedTable[]> {
	if (!isPostgresUrl(to))
		throw new CopyError(
			`--to must be a PostgreSQL address (postgres://user:password@host:5432/database), not "${shownUrl(to)}".`
		);
	const sqlite = openSource(from, migrationsFolder);
	const pool = openPostgres(to, 1);
	try {
		await checkPostgres(pool, to);
		const first = await pool.connect();
		try {
			const foreign = await occupied(first);
			if (foreign.length)
				throw new CopyError(
					`${shownUrl(to)} is not empty: it holds tables that are not Coachline's (${foreign.slice(0, 10).join(', ')}${foreign.length > 10 ? ', …' : ''}). Copy into a new, empty database.`
				);
		} finally {
			first.release();
		}
		await migratePostgres(pool, pgMigrationsFolder);
		const client = await pool.connect();
		try {
			return await copyInto(sqlite, client, from, to, log);
		} finally {
			client.release();
		}
	} finally {
		await pool.end();
		sqlite.close();
	}
}

async function copyInto(
	sqlite: Database.Database,
	client: pg.PoolClient,
	from: string,
	to: string,
	log: (line: string) => void
): Promise<CopiedTable[]> {
	const tables = plans();
	// One snapshot of the file (a server still writing to it does not tear the copy), and the
	// target's tables locked, so a Coachline node started on it meanwhile waits.
	sqlite.exec('BEGIN');
	await client.query('BEGIN');
	try {
		await client.query(
			`LOCK TABLE ${tables.map((t) => q(t.name)).join(', ')} IN ACCESS EXCLUSIVE MODE`
		);
		const full: string[] = [];
		for (const t of tables) {
			const { rows } = await client.query(`SELECT 1 FROM ${q(t.name)} LIMIT 1`);
			if (rows.length) full.push(t.name);
		}
		if (full.length)
			throw new CopyError(
				`${shownUrl(to)} already holds Coachline data (in ${full.join(', ')}). db:copy only writes into an empty database: copy into a new one, before Coachline first starts on it.`
			);

		const sequences = new Map<string, number>(
			(
				sqlite.prepare('SELECT name, seq FROM sqlite_sequence').all() as {
					name: string;
					seq: number;
				}[]
			).map((r) => [r.name, r.seq])
		);
		const copied: CopiedTable[] = [];
		for (const t of tables) {
			const names = t.columns.map((c) => q(c.name)).join(', ');
			const read = sqlite
				.prepare(`SELECT ${names} FROM ${q(t.name)} ORDER BY ${t.order.map(q).join(', ')}`)
				.raw(true)
				.safeIntegers(true);
			const hash = new TableHash();
			const perBatch = Math.max(1, Math.floor(BATCH_PARAMETERS / t.columns.length));
			let batch: unknown[][] = [];
			const flush = async () => {
				if (!batch.length) return;
				const params: unknown[] = [];
				const values = batch.map(
					(row) =>
						`(${row.map((v) => {
							params.push(v);
							return `$${params.length}`;
						})})`
				);
				await client.query(
					`INSERT INTO ${q(t.name)} (${names}) VALUES ${values.join(', ')}`,
					params
				);
				batch = [];
			};
			if (DERIVED.has(t.name)) await client.query(`DELETE FROM ${q(t.name)}`);
			for (const raw of read.iterate() as Iterable<unknown[]>) {
				const row = raw.map((v, i) =>
					canonical(
						v,
						t.columns[i].kind,
						() => `${from}: ${t.name}.${t.columns[i].name}, row ${hash.rows + 1}`
					)
				);
				hash.add(row);
				batch.push(row);
				if (batch.length >= perBatch) await flush();
				if (hash.rows % 50_000 === 0) log(`  ${t.name}: ${hash.rows} rows…`);
			}
			await flush();
			if (t.identity) {
				// SQLite never reuses an AUTOINCREMENT id, even a deleted one's; nor will PostgreSQL.
				const { rows } = await client.query<{ top: number | null }>(
					`SELECT max(${q(t.identity)}) AS top FROM ${q(t.name)}`
				);
				const top = Math.max(rows[0].top ?? 0, sequences.get(t.name) ?? 0);
				await client.query(`SELECT setval(pg_get_serial_sequence($1, $2), $3, $4)`, [
					q(t.name),
					t.identity,
					Math.max(top, 1),
					top > 0
				]);
			}
			copied.push({ name: t.name, rows: hash.rows, checksum: hash.digest() });
		}

		// Read everything back, in the same order, and compare.
		for (const [i, t] of tables.entries()) {
			const back = await readBack(client, t);
			if (back.rows !== copied[i].rows || back.checksum !== copied[i].checksum)
				throw new CopyError(
					`The copy of ${t.name} does not match the file (${copied[i].rows} rows read, ${back.rows} in PostgreSQL${back.rows === copied[i].rows ? ', with different contents' : ''}). Nothing was kept: the target is as it was.`
				);
			log(`${t.name}: ${copied[i].rows} rows, checksum ${copied[i].checksum.slice(0, 12)} ✓`);
		}
		await client.query('COMMIT');
		return copied;
	} catch (e) {
		await client.query('ROLLBACK').catch(() => {});
		throw e;
	} finally {
		sqlite.exec('ROLLBACK');
	}
}

/** A table's rows from PostgreSQL, hashed as the file's were: same order, same encoding. */
async function readBack(client: pg.PoolClient, t: Plan) {
	const kinds = new Map(t.columns.map((c) => [c.name, c.kind]));
	const order = t.order.map((c) => (kinds.get(c) === 'text' ? `${q(c)} COLLATE "C"` : q(c)));
	await client.query(
		`DECLARE back NO SCROLL CURSOR FOR SELECT ${t.columns.map((c) => q(c.name)).join(', ')} FROM ${q(t.name)} ORDER BY ${order.join(', ')}`
	);
	const hash = new TableHash();
	// bigints as text here, so nothing is rounded on the way back.
	const types = { getTypeParser: (oid: number) => (oid === 20 ? (v: string) => v : undefined) };
	for (;;) {
		const { rows } = await client.query({
			text: 'FETCH FORWARD 5000 FROM back',
			rowMode: 'array',
			types: {
				getTypeParser: (oid: number, format?: 'text' | 'binary') =>
					types.getTypeParser(oid) ?? client.getTypeParser(oid, format)
			}
		} as pg.QueryConfig);
		if (!rows.length) break;
		for (const row of rows as unknown[][])
			hash.add(row.map((v, i) => canonical(v, t.columns[i].kind, () => `${t.name}`)));
	}
	await client.query('CLOSE back');
	return { rows: hash.rows, checksum: hash.digest() };
}
