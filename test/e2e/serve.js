// The e2e web server: the built app on a fresh database with the demo organisation, and email
// going to a capturing SMTP server, a learning record store to forward statements to, and an OpenID provider for company sign-in.
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
// Company sign-in against a real OpenID Connect provider of the run's own (test/oidc/provider.js).
if (process.env.E2E_OIDC_PORT) {
	const { startTestIdp } = await import('../oidc/provider.js');
	const idp = await startTestIdp({
		port: Number(process.env.E2E_OIDC_PORT),
		client: {
			id: 'coachline-e2e',
			secret: 'e2e-client-secret',
			redirect: `${process.env.ORIGIN}/login/sso/callback`
		},
		accounts: {
			mei: { sub: 'corp-mei', email: 'mei@demo.coachline.test', email_verified: true, name: 'Mei' },
			stranger: { sub: 'corp-x', email: 'stranger@example.com', email_verified: true },
			unverified: { sub: 'corp-u', email: 'lead.wang@demo.coachline.test', email_verified: false }
		}
	});
	Object.assign(process.env, {
		OIDC_ISSUER: idp.issuer,
		OIDC_CLIENT_ID: 'coachline-e2e',
		OIDC_CLIENT_SECRET: 'e2e-client-secret',
		OIDC_LABEL: 'Example Corp'
	});
}
await import('../../src/cli/serve.js');
