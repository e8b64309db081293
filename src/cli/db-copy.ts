// npm run db:copy -- --from data/coachline.db --to postgres://user:password@host:5432/coachline
// Copies an organisation from its SQLite file into a new, empty PostgreSQL database: every
// table, verified by row counts and checksums before it commits. Stop Coachline first, so that
// nothing written after the copy is left behind in the file.
import { parseArgs } from 'node:util';
import { CopyError, copyDatabase } from '../lib/server/db/copy';
import { DatabaseConfigError, MigrationError } from '../lib/server/db';
import { shownUrl } from '../lib/server/db/postgres';

const usage =
	'Usage: npm run db:copy -- --from <SQLite file> --to postgres://user:password@host:5432/database';
let from: string | undefined;
let to: string | undefined;
try {
	({
		values: { from, to }
	} = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } }));
} catch (e) {
	console.error(`${(e as Error).message}\n${usage}`);
	process.exit(2);
}
if (!from || !to) {
	console.error(usage);
	process.exit(2);
}

const started = performance.now();
console.log(`Copying ${from} to ${shownUrl(to)}…`);
try {
	const tables = await copyDatabase({ from, to, log: (line) => console.log(line) });
	const rows = tables.reduce((n, t) => n + t.rows, 0);
	console.log(
		`Copied ${rows} rows in ${tables.length} tables, each verified by count and checksum, in ${((performance.now() - started) / 1000).toFixed(1)} s.`
	);
} catch (e) {
	if (e instanceof CopyError || e instanceof DatabaseConfigError || e instanceof MigrationError) {
		console.error(`Nothing was copied. ${e.message}`);
		process.exit(1);
	}
	throw e;
}
