// vitest's global setup: one throwaway PostgreSQL server for the whole run (test/postgres.ts);
// each test file makes its own databases on it (newPostgresDatabase in ./pg.ts).
import type { TestProject } from 'vitest/node';
import { startPostgres, type Postgres } from '../postgres';

let server: Postgres | undefined;

export async function setup(project: TestProject) {
	server = await startPostgres();
	project.provide('postgresUrl', server.url);
}

export function teardown() {
	server?.stop();
}
