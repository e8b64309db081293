/**
 * What a probe of the running server found, each proven fixed at the HTTP level: an open
 * redirect and 500s from `next`, 500s from prototype field names, a vanished static file that
 * took the server down, headers missing outside SvelteKit's pages, and a session that outlived
 * signing in again. Plain HTTP, so it runs once (in the JavaScript-on project).
 */
import { expect, test, type APIResponse } from '@playwright/test';
import { existsSync, readdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_URL, DEMO, DEMO_PASSWORD, client, clientAs } from './helpers';

test.skip(({ javaScriptEnabled }) => javaScriptEnabled === false, 'HTTP only: runs once');

/** The build the e2e server serves (playwright.config.ts). */
const BUILD = process.env.COACHLINE_BUILD_DIR ?? 'test-results/build';

/** Where a redirect sends a browser, resolved the way a browser resolves a Location header. */
function landing(res: APIResponse) {
	const location = res.headers()['location'];
	expect(location, 'a Location header').toBeTruthy();
	return new URL(location, BASE_URL);
}

const ESCAPES = [
	'/%09/evil.example',
	'/%0a/evil.example',
	'/%0d%0a/evil.example',
	'/%5c%5cevil.example',
	'/.//evil.example',
	'//evil.example',
	'https://evil.example'
];
const ODD = ['/%0a', '/%0d', '/%00', '/%E3%80%80', '/learn/%E6%B2%9F%E9%80%9A', '/%ZZ'];

test.describe('sign-in never redirects off the site, and never fails on next', () => {
	for (const next of [...ESCAPES, ...ODD]) {
		test(`signed in, GET /login?next=${next}`, async () => {
			const api = await clientAs(DEMO.learnerB);
			const res = await api.get(`/login?next=${next}`);
			expect(res.status()).toBe(303);
			expect(landing(res).origin).toBe(BASE_URL);
			await api.dispose();
		});
		test(`POST /login?next=${next} with good credentials`, async () => {
			const api = await client();
			const res = await api.post(`/login?next=${next}`, {
				form: { email: DEMO.learnerB, password: DEMO_PASSWORD }
			});
			expect(res.status()).toBe(303);
			expect(landing(res).origin).toBe(BASE_URL);
			// The session it created works: no 500 after the session was written.
			expect((await api.get('/learn')).status()).toBe(200);
			await api.dispose();
		});
	}
});

test('field names every object has are refused like any unknown field, not with a 500', async () => {
	const api = await clientAs(DEMO.learnerC);
	const start = await api.post('/quiz/communication-skills/active-listening?/start', {
		form: {}
	});
	expect(start.status()).toBe(303);
	const attempt = start.headers()['location'];
	expect(attempt).toMatch(/^\/attempts\//);
	for (const name of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
		const res = await api.post(`${attempt}?/submit`, { form: { [name]: 'x' } });
		expect(res.status(), name).toBeGreaterThanOrEqual(400);
		expect(res.status(), name).toBeLessThan(500);
	}
	// Nothing was scored: the attempt is still open for real answers.
	const page = await api.get(attempt);
	expect(page.status()).toBe(200);
	expect(await page.text()).toContain('Submit my answers');
	await api.dispose();
});

test('signing in again ends the session the browser had', async () => {
	const api = await clientAs(DEMO.learnerB);
	const first = (await api.storageState()).cookies.find((c) => c.name === 'coachline_session')!;
	expect(
		(await api.post('/login', { form: { email: DEMO.learnerB, password: DEMO_PASSWORD } })).status()
	).toBe(303);
	const second = (await api.storageState()).cookies.find((c) => c.name === 'coachline_session')!;
	expect(second.value).not.toBe(first.value);

	const old = await client();
	const res = await old.get('/learn', {
		headers: { Cookie: `coachline_session=${first.value}` }
	});
	expect(res.status(), 'the old session is gone').toBe(303);
	expect(landing(res).pathname).toBe('/login');
	expect((await api.get('/learn')).status(), 'the new one works').toBe(200);
	await old.dispose();
	await api.dispose();
});

test('every response carries the security headers: static files, redirects, the CSRF refusal', async () => {
	const anon = await client();
	const check = (res: APIResponse, what: string) => {
		const h = res.headers();
		expect(h['x-content-type-options'], what).toBe('nosniff');
		expect(h['x-frame-options'], what).toBe('DENY');
		expect(h['referrer-policy'], what).toBeTruthy();
		expect(h['permissions-policy'], what).toContain('camera=()');
	};
	check(await anon.get('/favicon.svg'), 'a static file');
	const asset = readdirSync(join(BUILD, 'client/_app/immutable/entry')).find((f) =>
		f.endsWith('.js')
	)!;
	const immutable = await anon.get(`/_app/immutable/entry/${asset}`);
	expect(immutable.status()).toBe(200);
	check(immutable, 'an immutable asset');
	expect(immutable.headers()['cache-control']).toContain('immutable');
	check(await anon.get('/learn'), 'a redirect to sign in');
	const csrf = await anon.post('/login', {
		headers: { Origin: 'http://evil.example' },
		form: { email: DEMO.learnerA, password: DEMO_PASSWORD }
	});
	expect(csrf.status()).toBe(403);
	check(csrf, "SvelteKit's CSRF refusal");
	expect(csrf.headers()['cache-control']).toBe('no-store');
	await anon.dispose();
});

test('a static file that vanished under the running server is a 404, and the server lives', async () => {
	const dir = join(BUILD, 'client/_app/immutable/assets');
	const css = readdirSync(dir).find((f) => f.endsWith('.css'))!;
	const variants = [css, `${css}.br`, `${css}.gz`].filter((f) => existsSync(join(dir, f)));
	for (const f of variants) renameSync(join(dir, f), join(dir, `${f}.away`));
	const anon = await client();
	try {
		for (const encoding of ['br', 'gzip', 'identity']) {
			const res = await anon.get(`/_app/immutable/assets/${css}`, {
				headers: { 'Accept-Encoding': encoding }
			});
			expect(res.status(), encoding).toBe(404);
		}
	} finally {
		for (const f of variants) renameSync(join(dir, `${f}.away`), join(dir, f));
	}
	expect((await anon.get('/healthz')).status()).toBe(200);
	expect((await anon.get(`/_app/immutable/assets/${css}`)).status()).toBe(200);
	await anon.dispose();
});
