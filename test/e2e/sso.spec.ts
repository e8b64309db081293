/**
 * Company sign-in end to end: the built server and a real OpenID Connect provider of the run's
 * own (test/oidc/provider.js, its sign-in page a one-field form). Sessions stay Coachline's own,
 * and an admin can keep passwords for one emergency admin only.
 */
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectAccessible, secondPage, signIn, visit } from './helpers';

/** From Coachline's sign-in page, through the provider's, as `account`. */
async function companySignIn(page: Page, account: string, next?: string) {
	await page.goto(next ? `/login?next=${encodeURIComponent(next)}` : '/login');
	await page.getByRole('link', { name: 'Sign in with Example Corp' }).click();
	await page.getByLabel('Account').fill(account);
	await page.getByRole('button', { name: 'Continue' }).click();
}

test('a person signs in with their company account, and signing out ends the session', async ({
	page
}) => {
	await visit(page, '/login');
	await expect(page.getByText('or with your email and password')).toBeVisible();
	await companySignIn(page, 'mei', '/record');
	await expect(page).toHaveURL(/\/record$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expectAccessible(page);
	const session = (await page.context().cookies()).find((c) => c.name === 'coachline_session');
	expect(session?.httpOnly).toBe(true);
	await page.getByRole('button', { name: 'Sign out' }).click();
	await expect(page).toHaveURL('/login');
	await page.context().addCookies([session!]);
	await page.goto('/record');
	await expect(page).toHaveURL(/\/login\?next=%2Frecord/);
});

test('a company account with no Coachline account, or an unverified email, is refused and told why', async ({
	page,
	browser
}) => {
	await companySignIn(page, 'stranger');
	await expect(page).toHaveURL(/\/login\?sso=sso_no_account/);
	await expect(page.getByRole('alert')).toHaveText(
		'No Coachline account uses your company email address. Ask your admin to add you.'
	);
	await expectAccessible(page);
	// Another browser: this one is signed in at the provider as the stranger now.
	const other = await secondPage(browser);
	await companySignIn(other, 'unverified');
	await expect(other.getByRole('alert')).toHaveText(/email address is not verified/);
	await other.goto('/record');
	await expect(other).toHaveURL(/\/login/);
	await other.context().close();
	// A callback nobody started is refused too.
	await page.goto('/login/sso/callback?code=forged&state=forged');
	await expect(page.getByRole('alert')).toHaveText(/expired or was already used/);
});

test('an admin keeps passwords for one emergency admin; everyone else is sent to company sign-in', async ({
	page,
	browser
}) => {
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/sign-in');
	await expect(page.getByText('Example Corp')).toBeVisible();
	await expect(page.getByText('/login/sso/callback')).toBeVisible();
	try {
		await page.getByLabel('Only this emergency admin').check();
		await page
			.getByLabel('Emergency admin', { exact: true })
			.selectOption({ label: `Ada Admin (${DEMO.admin})` });
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');
		await expectAccessible(page);

		const agent = await secondPage(browser);
		await signIn(agent, DEMO.learnerA, undefined, { form: true });
		await expect(agent.getByRole('alert')).toHaveText(
			'Password sign-in is off for your account: sign in with Example Corp.'
		);
		await expect(agent.getByText(/kept for the organisation's emergency admin only/)).toBeVisible();
		await expectAccessible(agent);
		await companySignIn(agent, 'mei');
		await expect(agent.getByRole('button', { name: 'Sign out' })).toBeVisible();
		await agent.context().close();

		// The emergency admin still signs in with a password.
		const admin = await secondPage(browser);
		await signIn(admin, DEMO.admin, undefined, { form: true });
		await expect(admin.getByRole('button', { name: 'Sign out' })).toBeVisible();
		await admin.context().close();
	} finally {
		await page.goto('/admin/sign-in');
		await page.getByLabel('Everyone may also sign in with a password').check();
		await page.getByRole('button', { name: 'Save' }).click();
		await expect(page.getByRole('status')).toHaveText('Saved.');
	}
});
