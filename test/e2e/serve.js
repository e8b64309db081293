// The e2e web server: the built app on a fresh database with the demo organisation, and email
// going to a capturing SMTP server.
import { rmSync } from 'node:fs';

const db = process.env.DATABASE_URL;
if (!db) throw new Error('DATABASE_URL must be set for the e2e server');
for (const suffix of ['', '-wal', '-shm']) rmSync(db + suffix, { force: true });
// Email on, to a real SMTP server of the run's own (see mail-capture.js).
if (process.env.E2E_SMTP_PORT) {
	const { startMailCapture } = await import('./mail-capture.js');
	const smtpPort = Number(process.env.E2E_SMTP_PORT);
	await startMailCapture({ smtpPort, httpPort: smtpPort + 100 });
	process.env.SMTP_URL = `smtp://127.0.0.1:${smtpPort}`;
}
await import('../../src/cli/serve.js');
