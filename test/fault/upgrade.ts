// npm run fault:upgrade — an upgrade whose migration fails half-way.
//
// A copy of drizzle/ gets new migrations appended (and registered in its meta/_journal.json):
// one that works, then one whose first statements work (a table created, a row added, a column
// added to `users`, every name changed) and a later one fails. The built server starts with
// MIGRATIONS_DIR=<that copy> on a database the real migrations created, with the demo's data.
// Promises:
// - the database is exactly as before: the drizzle migrations table has the same rows, the
//   half-created table and column do not exist, every row of every table is unchanged (drizzle's
//   SQLite migrator runs all pending migrations in one transaction: the working one is rolled
//   back with the failing one);
// - the server refuses to start: exit code 1, without answering, with one paragraph on stderr
//   that names the failed migration, keeps the original error's message and says the database
//   was left unchanged (no stack trace);
// - `npm run db:migrate` says the same and exits 1;
// - with the real drizzle/ the server still starts on that database.
// FAULT_MODE=short: that one failure; otherwise also a syntax error, a broken constraint and a
// migration file missing from the folder.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
	cleanup,
	freePort,
	hardLimit,
	MODE,
	sleep,
	spawnServer,
	startServer,
	tempDir
} from './probe-lib';

hardLimit(240, 'upgrade');
const started = performance.now();
const dir = tempDir('upgrade');
const dbFile = join(dir, 'coachline.db');

// A database made by the real migrations, with the demo organisation and its history in it.
{
	const server = await startServer({ dbFile, port: await freePort() });
	await server.stop();
}

/** Everything in the database: its schema, drizzle's migrations and a hash of every table's rows. */
async function snapshot(file: string) {
	const db = new Database(file, { readonly: true });
	const schema = await db
		.prepare('select type, name, tbl_name, sql from sqlite_master order by type, name')
		.all();
	const migrations = await db
		.prepare('select id, hash, created_at from __drizzle_migrations order by id')
		.all();
	const tables = (await db
		.prepare(
			"select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' order by name"
		)
		.pluck()
		.all()) as string[];
	const rows: Record<string, string> = {};
	let total = 0;
	for (const table of tables) {
		const all = await db.prepare(`select * from "${table}"`).raw().all();
		total += all.length;
		const lines = all.map((r) => JSON.stringify(r)).sort();
		rows[table] = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
	}
	db.close();
	return { schema: JSON.stringify(schema), migrations, rows, total, tables: tables.length };
}
const before = await snapshot(dbFile);
const journal = JSON.parse(readFileSync('drizzle/meta/_journal.json', 'utf8')) as {
	entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
};
const last = journal.entries.at(-1)!;

type Variant = {
	name: string;
	/** migrations to append: tag suffix and SQL statements */
	append: { tag: string; statements: string[] }[];
	/** the journal names a file that is not there */
	missingFile?: boolean;
	/** what the message must contain besides "left unchanged" */
	expect: string[];
};

const HALF_WAY = [
	'CREATE TABLE `fault_drill_half` (`id` integer PRIMARY KEY NOT NULL, `note` text)',
	"INSERT INTO `fault_drill_half` (`id`, `note`) VALUES (1, 'written before the failure')",
	'ALTER TABLE `users` ADD `fault_drill` text',
	"UPDATE `users` SET `name` = 'renamed by a failing migration'"
];
const variants: Variant[] = [
	{
		name: 'a working migration, then one that fails after four statements (a missing table)',
		append: [
			{ tag: 'fault_ok', statements: ['CREATE TABLE `fault_drill_ok` (`id` integer PRIMARY KEY)'] },
			{
				tag: 'fault_half',
				statements: [
					...HALF_WAY,
					'INSERT INTO `fault_drill_missing` (`id`) SELECT `id` FROM `users`'
				]
			}
		],
		expect: ['fault_half', 'no such table: fault_drill_missing']
	}
];
if (MODE === 'long')
	variants.push(
		{
			name: 'a syntax error in the first statement',
			append: [{ tag: 'fault_syntax', statements: ['CREATE TABLEX `nope` (`id` integer)'] }],
			expect: ['fault_syntax', 'syntax error']
		},
		{
			name: 'a broken constraint after the half-way statements',
			append: [
				{
					tag: 'fault_unique',
					statements: [
						...HALF_WAY,
						'INSERT INTO `users` (`id`, `email`, `name`, `role`) SELECT `id`, `email`, `name`, `role` FROM `users` LIMIT 1'
					]
				}
			],
			expect: ['fault_unique', 'UNIQUE constraint failed']
		},
		{
			name: 'the journal names a migration file that is not in the folder',
			append: [{ tag: 'fault_missing_file', statements: ['SELECT 1'] }],
			missingFile: true,
			expect: ['No file', 'fault_missing_file']
		}
	);

/** drizzle/ copied, with the variant's migrations appended and registered in the journal. */
function migrationsFor(variant: Variant, index: number) {
	const folder = join(dir, `migrations-${index}`);
	rmSync(folder, { recursive: true, force: true });
	cpSync('drizzle', folder, { recursive: true });
	const entries = [...journal.entries];
	variant.append.forEach((m, i) => {
		const idx = last.idx + 1 + i;
		const tag = `${String(idx).padStart(4, '0')}_${m.tag}`;
		entries.push({
			idx,
			version: last.version,
			when: last.when + 1000 * (i + 1),
			tag,
			breakpoints: true
		});
		if (!variant.missingFile)
			writeFileSync(
				join(folder, `${tag}.sql`),
				m.statements.join('\n--> statement-breakpoint\n') + '\n'
			);
	});
	writeFileSync(
		join(folder, 'meta/_journal.json'),
		JSON.stringify({ ...journal, entries }, null, 2)
	);
	appendFileSync(join(folder, 'meta/_journal.json'), '\n');
	return folder;
}

/** Runs a command to its end (bounded); its exit code and everything it printed. */
function run(command: string, args: string[], env: Record<string, string>, timeoutMs = 60_000) {
	return new Promise<{ code: number | null; out: string; err: string; ms: number }>((resolve) => {
		const t0 = performance.now();
		const child = spawn(command, args, {
			env: { ...process.env, ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let out = '';
		let err = '';
		child.stdout.on('data', (d) => (out += d));
		child.stderr.on('data', (d) => (err += d));
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('exit', (code) => {
			clearTimeout(timer);
			resolve({ code, out, err, ms: performance.now() - t0 });
		});
	});
}

const problems: string[] = [];
const lines: string[] = [];

/** The database is exactly as it was before any upgrade. */
async function unchanged(what: string) {
	const now = await snapshot(dbFile);
	const diffs: string[] = [];
	if (now.schema !== before.schema) diffs.push('schema');
	if (JSON.stringify(now.migrations) !== JSON.stringify(before.migrations))
		diffs.push(`migrations (${before.migrations.length} → ${now.migrations.length})`);
	for (const t of Object.keys({ ...before.rows, ...now.rows }))
		if (before.rows[t] !== now.rows[t]) diffs.push(`rows of ${t}`);
	if (diffs.length) problems.push(`${what}: the database changed: ${diffs.join(', ')}`);
	return diffs.length
		? `CHANGED (${diffs.join(', ')})`
		: `unchanged (${now.migrations.length} migrations, ${now.tables} tables, ${now.total} rows, same hashes)`;
}

/** The failure message: one paragraph, the migration named, the cause kept, no stack trace. */
function judge(what: string, text: string, variant: Variant) {
	const message = text.trim();
	const missing = [...variant.expect, 'left unchanged'].filter((s) => !message.includes(s));
	if (missing.length)
		problems.push(`${what}: the message lacks ${missing.map((m) => `"${m}"`).join(', ')}`);
	if (/^\s+at .+\(.*:\d+:\d+\)$/m.test(message))
		problems.push(`${what}: a stack trace was printed`);
	if (message.split('\n').length > 2)
		problems.push(`${what}: more than one paragraph (${message.split('\n').length} lines)`);
}

for (const [i, variant] of variants.entries()) {
	const folder = migrationsFor(variant, i);
	// The server, on the database, with the broken upgrade.
	const port = await freePort();
	const t0 = performance.now();
	const server = spawnServer({ dbFile, port, env: { MIGRATIONS_DIR: folder } });
	let answered = false;
	const exit = await Promise.race([server.exited, sleep(30_000).then(() => null)]);
	try {
		answered = (await fetch(`${server.origin}/healthz`)).ok;
	} catch {
		// not listening: as it should be
	}
	const ms = performance.now() - t0;
	if (!exit) {
		problems.push(`${variant.name}: the server was still running after 30 s`);
		await server.stop(1000);
	} else if (exit.code !== 1)
		problems.push(`${variant.name}: the server exited with ${exit.code ?? exit.signal}, not 1`);
	if (answered) problems.push(`${variant.name}: the server answered /healthz`);
	const serverSaid = server.output().trim();
	judge(`${variant.name} (server)`, serverSaid, variant);
	const afterServer = await unchanged(`${variant.name} (server)`);

	// npm run db:migrate, the same upgrade by hand.
	const migrate = await run('npm', ['run', '--silent', 'db:migrate'], {
		DATABASE_URL: dbFile,
		MIGRATIONS_DIR: folder
	});
	if (migrate.code !== 1)
		problems.push(`${variant.name}: db:migrate exited with ${migrate.code}, not 1`);
	judge(`${variant.name} (db:migrate)`, migrate.err, variant);
	const afterMigrate = await unchanged(`${variant.name} (db:migrate)`);

	lines.push(
		`${i + 1}. ${variant.name}\n` +
			`   server: exit ${exit?.code ?? 'none'} after ${(ms / 1000).toFixed(1)} s, /healthz ${answered ? 'ANSWERED' : 'never answered'}; stderr:\n     ${serverSaid.replace(/\n/g, '\n     ')}\n` +
			`   database after the server: ${afterServer}\n` +
			`   npm run db:migrate: exit ${migrate.code} after ${(migrate.ms / 1000).toFixed(1)} s; stderr:\n     ${migrate.err.trim().replace(/\n/g, '\n     ')}\n` +
			`   database after db:migrate: ${afterMigrate}`
	);
	console.log(lines.at(-1));
}

// The real migrations still start a server on it: the database is usable at its version.
{
	const server = await startServer({ dbFile, port: await freePort() });
	const ok = (await fetch(`${server.origin}/healthz`)).ok;
	await server.stop();
	if (!ok) problems.push('the server did not start with the real migrations afterwards');
	console.log(
		`with the real drizzle/: the server starts on that database (/healthz ${ok ? 200 : 'failed'}); database ${await unchanged('after a normal start')}`
	);
}

console.log(
	`upgrade: mode ${MODE}, ${variants.length} failing upgrade(s), ${((performance.now() - started) / 1000).toFixed(1)} s`
);
for (const p of problems) console.log(`PROBLEM: ${p}`);
const ok = problems.length === 0;
console.log(
	`promise (the database left exactly at its version, the server refuses to start with one clear paragraph and exit 1, db:migrate likewise): ${ok ? 'kept' : 'BROKEN'}`
);
cleanup();
process.exit(ok ? 0 : 1);
