// One "node" starting: opens the database file given, waits for the moment given (so several
// start together), migrates, and prints what it found. Used by migrate.test.ts.
import { migrateDb, openDb } from '../../src/lib/server/db';

const [file, at] = process.argv.slice(2);
const db = openDb(file);
while (Date.now() < Number(at)) {
	// all the workers start migrating at the same millisecond
}
try {
	migrateDb(db, 'drizzle');
	console.log('ok');
} catch (e) {
	console.log(`failed: ${(e as Error).message}`);
}
db.$client.close();
