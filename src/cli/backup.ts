// npm run db:backup -- [destination]: a consistent online copy of the database, safe while the
// server runs (SQLite's backup API, so the WAL's committed pages are included).
import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_DATABASE } from '../lib/server/db';

const source = process.env.DATABASE_URL || DEFAULT_DATABASE;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const destination = resolve(process.argv[2] ?? `backups/coachline-${stamp}.db`);

if (!existsSync(source)) {
	console.error(`No database at ${source} (set DATABASE_URL).`);
	process.exit(1);
}
if (existsSync(destination)) {
	console.error(`${destination} exists already; choose a new name.`);
	process.exit(1);
}
mkdirSync(dirname(destination), { recursive: true });
const db = new Database(source, { readonly: true });
await db.backup(destination);
db.close();
console.log(`Backed up ${source} to ${destination}`);
