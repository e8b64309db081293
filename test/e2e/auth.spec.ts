import { expect, test } from '@playwright/test';
import { DEMO, expectAccessible, signIn, visit } from './helpers';

const NAV = {
	learner: ['Learn', 'Practice', 'My record', 'Our team'],
	lead: ['Learn', 'Practice', 'My record', 'Our team', 'Team'],
	admin: ['Learn', 'Practice', 'My record', 'Our team', 'Team', 'Admin']
};

for (const [who, email, role, landing] of [
	['an agent', DEMO.learnerA, 'learner', '/learn'],
	['a team lead', DEMO.leadA, 'lead', '/team'],
	['an admin', DEMO.admin, 'admin', '/admin']
] as const) {
	test(`${who} signs in, sees their navigation and signs out`, async ({ page }) => {
		await visit(page, '/login');
		await expect(page.getByRole('note')).toContainText('Demo data');
		await signIn(page, email, undefined, { form: true });
		await expect(page).toHaveURL(landing);
		await expectAccessible(page);
		const nav = page.getByRole('navigation', { name: 'Main' });
		await expect(nav.getByRole('link')).toHaveText(NAV[role]);

		for (const link of NAV[role]) {
			await nav.getByRole('link', { name: link, exact: true }).click();
			await expect(nav.getByRole('link', { name: link, exact: true })).toHaveAttribute(
				'aria-current',
				'page'
			);
			await expectAccessible(page);
		}

		const cookies = await page.context().cookies();
		const session = cookies.find((c) => c.name === 'coachline_session');
		expect(session?.httpOnly).toBe(true);
		expect(session?.sameSite).toBe('Lax');

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL('/login');
		// The old cookie is dead on the server, not just forgotten by the browser.
		await page.context().addCookies([session!]);
		await page.goto('/record');
		await expect(page).toHaveURL(/\/login\?next=%2Frecord/);
	});
}

test('a wrong password and an unknown email get the same message', async ({ page }) => {
	await signIn(page, DEMO.learnerB, 'not-the-password');
	const alert = page.getByRole('alert');
	await expect(alert).toHaveText('That email and password do not match an active account.');
	await expectAccessible(page);
	await expect(page.getByLabel('Email')).toHaveValue(DEMO.learnerB);
	await signIn(page, 'nobody@demo.coachline.test', 'not-the-password');
	await expect(alert).toHaveText('That email and password do not match an active account.');
});

test('repeated failures on one account are throttled', async ({ page }, testInfo) => {
	// Accounts no other spec signs in with, so the throttle cannot leak into them.
	const email =
		testInfo.project.name === 'js-on' ? 'omar@demo.coachline.test' : 'zhang@demo.coachline.test';
	for (let i = 0; i < 5; i++) await signIn(page, email, `wrong-password-${i}`);
	await signIn(page, email, undefined, { form: true });
	await expect(page.getByRole('alert')).toContainText('Too many attempts');
	await expect(page).toHaveURL(/\/login/);
});

test('sign-in returns to the page that asked for it', async ({ page }) => {
	await page.goto('/admin/teams');
	await expect(page).toHaveURL('/login?next=%2Fadmin%2Fteams');
	await page.getByLabel('Email').fill(DEMO.admin);
	await page.getByLabel('Password').fill('coachline-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL('/admin/teams');
});

test('unknown pages get a friendly 404', async ({ page }) => {
	const res = await visit(page, '/no/such/page');
	expect(res?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: 'Go to the start page' })).toBeVisible();
});

test('health check and security headers', async ({ request }) => {
	const health = await request.get('/healthz');
	expect(health.status()).toBe(200);
	expect(await health.json()).toEqual({ ok: true });
	const login = await request.get('/login');
	const headers = login.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});
