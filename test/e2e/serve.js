// The e2e web server: the built app on a fresh database with the demo organisation.
import { rmSync } from 'node:fs';

const db = process.env.DATABASE_URL;
if (!db) throw new Error('DATABASE_URL must be set for the e2e server');
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
await import('../../src/cli/serve.js');
