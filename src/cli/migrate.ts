// npm run db:migrate: applies the committed migrations in drizzle/ to DATABASE_URL.
import { DEFAULT_DATABASE, migrateDb, openDb } from '../lib/server/db';

const url = process.env.DATABASE_URL || DEFAULT_DATABASE;
const db = openDb(url);
migrateDb(db);
db.$client.close();
console.log(`Migrated ${url}`);
