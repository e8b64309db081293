import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MigrationError, migrateDb, openDb, type Db } from '../../src/lib/server/db';
import { addPerson } from './db';

let dir: string;
let db: Db;
beforeEach(async () => {
	dir = mkdtempSync(join(tmpdir(), 'coachline-migrate-'));
	// A real database file made by the real migrations, with a person in it.
	db = openDb(join(dir, 'coachline.db'));
	migrateDb(db, 'drizzle');
	await addPerson(db, { email: 'kept@example.test' });
});
afterEach(() => {
	db.$client.close();
	rmSync(dir, { recursive: true, force: true });
});

type Entry = { idx: number; version: string; when: number; tag: string; breakpoints: boolean };

/** The shipped migrations' last entry, and the tag the n-th migration after it gets. */
const shipped = (
	JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as { entries: Entry[] }
).entries.at(-1)!;
const after = (n: number, name: string) => `${String(shipped.idx + n).padStart(4, '0')}_${name}`;

/** drizzle/ copied, with `migrations` (tag → statements) appended and in the journal. */
function withMigrations(migrations: [string, string[] | null][]) {
	const folder = join(dir, 'migrations');
	cpSync('drizzle', folder, { recursive: true });
	const journal = JSON.parse(readFileSync(join(folder, 'meta/_journal.json'), 'utf8')) as {
		entries: Entry[];
	};
	const last = journal.entries.at(-1)!;
	migrations.forEach(([name, statements], i) => {
		const idx = last.idx + 1 + i;
		const tag = `${String(idx).padStart(4, '0')}_${name}`;
		journal.entries.push({ ...last, idx, tag, when: last.when + 1000 * (i + 1) });
		if (statements)
			writeFileSync(join(folder, `${tag}.sql`), statements.join('\n--> statement-breakpoint\n'));
	});
	writeFileSync(join(folder, 'meta/_journal.json'), JSON.stringify(journal));
	return folder;
}

const state = async () => ({
	migrations: await db.$client.prepare('select * from __drizzle_migrations order by id').all(),
	schema: await db.$client.prepare('select name, sql from sqlite_master order by name').all(),
	users: await db.$client.prepare('select * from users order by id').all()
});

function failure(folder: string): MigrationError {
	try {
		migrateDb(db, folder);
	} catch (e) {
		if (e instanceof MigrationError) return e;
		throw e;
	}
	throw new Error('the migration did not fail');
}

describe('a migration that fails', () => {
	it('leaves the database as it was, and says which migration failed and why', async () => {
		const before = await state();
		const folder = withMigrations([
			['works', ['CREATE TABLE `drill_ok` (`id` integer PRIMARY KEY)']],
			[
				'half_way',
				[
					'CREATE TABLE `drill_half` (`id` integer PRIMARY KEY)',
					'INSERT INTO `drill_half` VALUES (1)',
					'ALTER TABLE `users` ADD `drill` text',
					"UPDATE `users` SET `name` = 'changed'",
					'INSERT INTO `drill_missing` SELECT `id` FROM `users`'
				]
			]
		]);
		const error = failure(folder);
		// Both pending migrations ran in one transaction: the working one is gone too.
		expect(await state()).toEqual(before);
		expect(error.message).toContain(
			`migration ${after(2, 'half_way')} (${join(folder, `${after(2, 'half_way')}.sql`)})`
		);
		expect(error.message).toContain('no such table: drill_missing');
		expect(error.message).toContain('INSERT INTO `drill_missing`');
		expect(error.message).toContain(
			`left unchanged, at migration ${shipped.tag}: pending migrations run`
		);
		expect(error.message).not.toContain('\n');
		expect(db.$client.inTransaction).toBe(false);

		// With the real migrations, nothing is pending: the database works as before.
		expect(() => migrateDb(db, 'drizzle')).not.toThrow();
		expect(await state()).toEqual(before);
	});

	it('names a migration whose file is missing, and applies nothing', async () => {
		const before = await state();
		const error = failure(withMigrations([['gone', null]]));
		expect(error.message).toContain(`migration ${after(1, 'gone')}`);
		expect(error.message).toContain('No file');
		expect(error.message).toContain('no migration was applied');
		expect(await state()).toEqual(before);
	});
});

// drizzle's own migrator read which migrations were applied before it locked the database, so a
// second process could run them again and stop on "table already exists" (seen in 2 of 12 runs
// of four processes; migrateDb locks first).
describe('several processes starting at once', () => {
	it('over one new database: the migrations run once, and every process starts', async () => {
		const file = join(dir, 'nodes.db');
		const at = Date.now() + 4000; // after the workers have loaded
		const worker = () =>
			promisify(execFile)(
				process.execPath,
				['--import', 'tsx', 'test/integration/migrate-worker.ts', file, String(at)],
				{ timeout: 60_000 }
			);
		const outputs = await Promise.all([worker(), worker(), worker(), worker()]);
		expect(outputs.map((o) => o.stdout.trim())).toEqual(['ok', 'ok', 'ok', 'ok']);
		const nodes = openDb(file);
		const applied = (await nodes.$client
			.prepare('select count(*) as n from __drizzle_migrations')
			.get()) as { n: number };
		const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
			entries: unknown[];
		};
		expect(applied.n).toBe(journal.entries.length);
		nodes.$client.close();
	}, 90_000);
});
