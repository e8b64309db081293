// The e2e web server: the built app on a fresh database with the demo organisation, and email
// going to a capturing SMTP server, and a learning record store to forward statements to.
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
// A real LRS of the run's own, for Admin → Learning records (see test/lrs/start.js).
if (process.env.E2E_LRS_PORT) {
	const { startLrsService } = await import('../lrs/start.js');
	await startLrsService({ port: Number(process.env.E2E_LRS_PORT) });
}
await import('../../src/cli/serve.js');
