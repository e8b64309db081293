import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import {
	expect,
	request,
	test,
	type APIRequestContext,
	type Browser,
	type Cookie,
	type Page
} from '@playwright/test';

/** The e2e server; `E2E_PORT` lets two runs (one per project) go side by side. */
export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? 4173}`;
export const DEMO_PASSWORD = 'coachline-demo';

/** The demo organisation as the README lists it. */
export const DEMO = {
	admin: 'admin@demo.coachline.test',
	leadA: 'lead.wang@demo.coachline.test', // leads Phone Support
	leadC: 'lead.lin@demo.coachline.test', // leads Chat & Email, in Chinese
	learnerA: 'mei@demo.coachline.test', // Phone Support
	learnerB: 'tom@demo.coachline.test', // Phone Support, A's team-mate
	learnerC: 'yuki@demo.coachline.test' // Chat & Email
} as const;

/**
 * axe runs inside the page, which a JavaScript-off page cannot do. There we load the same
 * server-rendered HTML, with the same stylesheets, into a scripting page whose app scripts are
 * blocked: axe sees exactly what the JS-off visitor sees. One such page per browser, reused:
 * a new context for every check cost more than the check.
 */
const shadows = new WeakMap<Browser, Promise<Page>>();
let served: { url: string; html: string } = { url: '', html: '' };

function shadowPage(browser: Browser): Promise<Page> {
	let shadow = shadows.get(browser);
	if (!shadow) {
		shadow = (async () => {
			const context = await browser.newContext({ javaScriptEnabled: true, baseURL: BASE_URL });
			const page = await context.newPage();
			await page.route('**/*', (route) => {
				const req = route.request();
				if (req.url() === served.url && req.resourceType() === 'document')
					return route.fulfill({ status: 200, contentType: 'text/html', body: served.html });
				if (req.resourceType() === 'script') return route.abort();
				return route.continue();
			});
			return page;
		})();
		shadows.set(browser, shadow);
	}
	return shadow;
}

async function axeTarget(page: Page): Promise<Page> {
	if (test.info().project.use.javaScriptEnabled !== false) return page;
	served = { url: page.url(), html: await page.content() };
	const shadow = await shadowPage(page.context().browser()!);
	// From a blank page, so a URL that differs only in its #fragment is still loaded afresh.
	await shadow.goto('about:blank');
	await shadow.goto(served.url);
	return shadow;
}

/** axe-core's script, as @axe-core/playwright injects it. */
const AXE_SOURCE = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8'
);

/**
 * No serious or critical axe violations on the page as it is now: every axe rule (WCAG 2.x A and
 * AA, best practices, colour contrast), run by axe-core itself in the page. Not through
 * AxeBuilder.analyze(): for pages without frames it does the same checks but runs them in parts
 * and assembles the result in a second, blank page, which cost 0.9–1.9 s a check against
 * 0.2–0.8 s here; with axe on every page, that was a third of the e2e suite's time.
 */
export async function expectAccessible(page: Page) {
	const target = await axeTarget(page);
	// Evaluated, not a <script>: the page's CSP allows only its own scripts.
	if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
	const results = await target.evaluate(() =>
		(window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
			resultTypes: ['violations']
		})
	);
	const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	expect(
		bad.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
		`axe violations on ${page.url()}`
	).toEqual([]);
}

/** Goes to a page, waits for it, and checks it with axe. */
export async function visit(page: Page, path: string) {
	const response = await page.goto(path);
	await expectAccessible(page);
	return response;
}

/** Session cookies of earlier sign-ins in this run, by email and password. */
const sessions = new Map<string, Cookie>();

/**
 * Signs `page` in as `email`. A person already signed in once in this run (same password) gets
 * that session back instead of going through the form again (the form costs a page, a post and
 * an argon2 check each time; the suite signs in hundreds of times). If that session has ended
 * (signed out, reset, disabled), it signs in through the form after all. `form: true` always
 * uses the form: for tests of what the form says.
 */
export async function signIn(
	page: Page,
	email: string,
	password = DEMO_PASSWORD,
	{ form = false }: { form?: boolean } = {}
) {
	const key = `${email}\n${password}`;
	const saved = form ? undefined : sessions.get(key);
	if (saved) {
		await page.context().addCookies([saved]);
		await page.goto('/');
		if (!new URL(page.url()).pathname.startsWith('/login')) return;
		sessions.delete(key);
	}
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	// With JavaScript the form posts in the background: wait until it has answered (we left the
	// sign-in page, or it shows why not) so the next navigation cannot cut the request off.
	await expect(async () => {
		const left = !new URL(page.url()).pathname.startsWith('/login');
		expect(left || (await page.getByRole('alert').count()) > 0).toBe(true);
	}).toPass();
	if (!new URL(page.url()).pathname.startsWith('/login')) {
		const cookie = (await page.context().cookies()).find((c) => c.name === 'coachline_session');
		if (cookie) sessions.set(key, cookie);
	}
}

/**
 * An HTTP client that behaves like a browser posting a form without JavaScript: same-origin
 * Origin header (SvelteKit's CSRF check), HTML accepted, redirects not followed.
 */
export async function client(
	storageState?: Awaited<ReturnType<APIRequestContext['storageState']>>
): Promise<APIRequestContext> {
	return request.newContext({
		baseURL: BASE_URL,
		extraHTTPHeaders: { Origin: BASE_URL, Accept: 'text/html' },
		maxRedirects: 0,
		storageState
	});
}

/** A client signed in as `email` (through the real sign-in form action). */
export async function clientAs(email: string, password = DEMO_PASSWORD) {
	const api = await client();
	const res = await api.post('/login', { form: { email, password }, maxRedirects: 0 });
	expect(res.status(), `sign-in of ${email}`).toBe(303);
	return api;
}

/** The one-time invitation link in an admin page's HTML. */
export function invitationPath(html: string): string {
	const match = html.match(/\/invite\/[a-z2-7]{32}/);
	if (!match) throw new Error('no invitation link in the page');
	return match[0];
}

let counter = 0;
/** A unique email for records a spec creates, so the JS-on and JS-off runs never collide. */
export function uniqueEmail(prefix: string) {
	return `${prefix}.${Date.now().toString(36)}${(counter++).toString(36)}@example.com`;
}

/** ISO date `days` from today (negative: in the past), as the server counts days (UTC). */
export function isoDaysFromToday(days: number) {
	return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar day ("2026-12-11") as the English pages show it ("11 Dec 2026"). */
export function shownDate(iso: string): string {
	return new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'short',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(`${iso}T00:00:00Z`));
}

/**
 * A new agent created by the admin and signed up through their invitation, so a spec can
 * change their record freely. Returns the email and password to sign in with.
 */
export async function newAgent(label: string, startedOn = '', team = '') {
	const admin = await clientAs(DEMO.admin);
	const email = uniqueEmail(label);
	const res = await admin.post('/admin/users/new', {
		form: { name: `Agent ${label}`, email, role: 'learner', team, startedOn }
	});
	expect(res.status(), 'admin creates the agent').toBe(200);
	const invite = invitationPath(await res.text());
	const password = 'a steady voice on the phone';
	const anon = await client();
	expect((await anon.post(invite, { form: { password, confirm: password } })).status()).toBe(303);
	await anon.dispose();
	await admin.dispose();
	return { email, password, name: `Agent ${label}` };
}

/** A second person's page in its own context, with the project's JavaScript setting. */
export async function secondPage(browser: Browser) {
	const context = await browser.newContext({
		baseURL: BASE_URL,
		javaScriptEnabled: test.info().project.use.javaScriptEnabled !== false,
		reducedMotion: 'reduce'
	});
	return context.newPage();
}

/** A team's id, as the admin's team list links it. */
export async function teamId(name: string) {
	const admin = await clientAs(DEMO.admin);
	const html = await (await admin.get('/admin/teams')).text();
	await admin.dispose();
	const m = html.match(new RegExp(`href="/admin/teams/(\\d+)">${name}<`));
	if (!m) throw new Error(`no team ${name}`);
	return m[1];
}

/** A message the run's SMTP server received (test/e2e/mail-capture.js). */
export interface Mail {
	to: string[];
	subject: string;
	text: string;
	html: string;
	messageId: string;
	listUnsubscribe: string | null;
}

const MAILBOX = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 2100}/messages`;

/** Every message delivered to `address` so far, oldest first. */
export async function mailTo(address: string): Promise<Mail[]> {
	const res = await fetch(`${MAILBOX}?to=${encodeURIComponent(address)}`);
	return (await res.json()) as Mail[];
}

/** Waits (the sender ticks every 300 ms here) for a message to `address` whose subject matches. */
export async function awaitMail(address: string, subject: RegExp): Promise<Mail> {
	let found: Mail | undefined;
	await expect
		.poll(
			async () => {
				found = (await mailTo(address)).find((m) => subject.test(m.subject));
				return found !== undefined;
			},
			{ message: `an email "${subject}" to ${address}`, timeout: 20_000 }
		)
		.toBe(true);
	return found!;
}
