import { defineConfig } from 'drizzle-kit';

// PostgreSQL's migrations (npm run db:generate:pg), from the schema derived from SQLite's.
export default defineConfig({
	schema: './drizzle/pg-tables.ts',
	out: './drizzle/pg',
	dialect: 'postgresql',
	strict: true,
	verbose: true
});
