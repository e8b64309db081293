// npm run db:migrate: applies the committed migrations in drizzle/ to DATABASE_URL.
import { DEFAULT_DATABASE, MigrationError, migrateDb, openDb } from '../lib/server/db';

const url = process.env.DATABASE_URL || DEFAULT_DATABASE;
const db = openDb(url);
try {
	migrateDb(db);
	console.log(`Migrated ${url}`);
} catch (e) {
	if (!(e instanceof MigrationError)) throw e;
	console.error(`Not migrated: ${url}. ${e.message}`);
	process.exitCode = 1;
} finally {
	db.$client.close();
}
