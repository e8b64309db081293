import { defineConfig } from '@playwright/test';
import { findChromium } from './test/e2e/browser';

// `E2E_PORT` gives each of two side-by-side runs (test/e2e/run.ts) its own server and database.
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const BASE_URL = `http://localhost:${PORT}`;
/** The run's SMTP server (test/e2e/mail-capture.js); what it received is read on SMTP_PORT + 100. */
export const SMTP_PORT = PORT + 2000;
/** The run's LRS (test/lrs/start.js), for the xAPI forwarding spec. */
export const LRS_PORT = PORT + 2200;
/** The run's OpenID Connect provider (test/oidc/provider.js), for company sign-in. */
export const OIDC_PORT = PORT + 2300;

export default defineConfig({
	testDir: 'test/e2e',
	outputDir: `test-results/e2e-${PORT}`,
	// One server and one database for the run: specs own the records they change.
	fullyParallel: false,
	workers: 1,
	forbidOnly: !!process.env.CI,
	retries: 0,
	// Two cores shared by the server, Chromium and the runner: give a long journey room.
	timeout: 60_000,
	reporter: process.env.CI
		? [['list'], ['html', { open: 'never', outputFolder: `playwright-report/${PORT}` }]]
		: 'list',
	globalSetup: './test/e2e/global-setup.ts',
	use: {
		baseURL: BASE_URL,
		// A step that cannot happen should fail in seconds, not wait out the test's whole budget.
		// Generous: in npm test both projects and the fault drills share two cores, and a role-play
		// choice stays disabled while the customer "types" (seen once waiting 10 s under that load).
		actionTimeout: 20_000,
		navigationTimeout: 15_000,
		// Off by default: recording a trace (DOM snapshots at every action) cost about a tenth of
		// the suite's CPU, on a machine the suite keeps busy, for files CI never shows. To debug
		// a failure: E2E_TRACE=retain-on-failure npm run test:e2e -- test/e2e/x.spec.ts
		trace: process.env.E2E_TRACE === 'retain-on-failure' ? 'retain-on-failure' : 'off',
		launchOptions: {
			executablePath: findChromium(),
			args: [
				'--no-sandbox',
				'--headless',
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run'
			]
		}
	},
	// Every spec runs twice: as most people use it, and with JavaScript off (forms must still work).
	projects: [
		{ name: 'js-on', use: { javaScriptEnabled: true } },
		{ name: 'js-off', use: { javaScriptEnabled: false } }
	],
	webServer: {
		command: 'node test/e2e/serve.js',
		url: `${BASE_URL}/healthz`,
		reuseExistingServer: false,
		timeout: 60_000,
		env: {
			PORT: String(PORT),
			ORIGIN: BASE_URL,
			DATABASE_URL: `test-results/e2e-${PORT}.db`,
			// Overridable so two people (or helpers) can run e2e on one machine from separate builds.
			COACHLINE_BUILD_DIR: process.env.COACHLINE_BUILD_DIR || 'test-results/build',
			// The demo seeded once per build (test/demo-template.ts), copied for this server.
			COACHLINE_DEMO_TEMPLATE: `${process.env.COACHLINE_BUILD_DIR || 'test-results/build'}/demo-template.db`,
			CONTENT_SNAPSHOT: 'test-results/content.snapshot',
			COACHLINE_DEMO: 'on',
			E2E_SMTP_PORT: String(SMTP_PORT),
			MAIL_TICK_MS: '300',
			E2E_LRS_PORT: String(LRS_PORT),
			XAPI_TICK_MS: '300',
			E2E_OIDC_PORT: String(OIDC_PORT)
		}
	}
});
