/**
 * Forwarding learning records end to end: the built server, and a real LRS of the run's own
 * (Learning Locker's statements service, test/lrs/start.js). An admin sets it up on Admin →
 * Learning records, the demo's history arrives in the LRS, and the secret never comes back.
 */
import { expect, test, type Page } from '@playwright/test';
import { BASIC, KEY, SECRET } from '../lrs/start.js';
import { DEMO, expectAccessible, signIn, visit } from './helpers';

const LRS = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 4173) + 2200}/xAPI`;

const figure = (page: Page, label: string) =>
	page
		.locator('dl div')
		.filter({ has: page.getByText(label, { exact: true }) })
		.locator('dd');

async function lrsCount() {
	let n = 0;
	let next: string | null = `${LRS}/statements?limit=500`;
	while (next) {
		const res: Response = await fetch(next, {
			headers: { Authorization: BASIC, 'X-Experience-API-Version': '1.0.3' }
		});
		const page = (await res.json()) as { statements: unknown[]; more?: string };
		n += page.statements.length;
		next = page.more ? new URL(page.more, LRS).href : null;
	}
	return n;
}

test('an admin forwards the learning record to the organisation’s LRS, and it arrives', async ({
	page
}) => {
	// On two cores shared with the rest of the suite, a batch that times out waits 30 s before
	// its next try.
	test.setTimeout(180_000);
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/xapi');
	await expect(page.getByText('No LRS is set up')).toBeVisible();

	// An address the LRS cannot be at: a clear message, what was typed kept, nothing saved.
	await page.getByLabel('xAPI address (endpoint)').fill('ftp://lrs.example.com/xAPI');
	await page.getByLabel('Username or key').fill(KEY);
	await page.getByLabel('Secret', { exact: true }).fill(SECRET);
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('alert')).toHaveText(/full http:\/\/ or https:\/\/ address/);
	await expect(page.getByLabel('Username or key')).toHaveValue(KEY);
	await expect(page.getByText('No LRS is set up')).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('xAPI address (endpoint)').fill(`${LRS}/`);
	await page.getByLabel('Secret', { exact: true }).fill(SECRET);
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByRole('status')).toHaveText(/Settings saved/);
	await expect(page.getByText(`Forwarding to ${LRS}.`)).toBeVisible();

	// Something to forward: the admin reads a lesson and completes it.
	await page.goto('/learn/communication-skills/active-listening');
	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.locator('#complete').getByRole('status')).toBeVisible();

	// The sender works through the queue in the background.
	await page.goto('/admin/xapi');
	await expect(async () => {
		await page.reload();
		await expect(figure(page, 'Waiting to go')).toHaveText('0', { timeout: 1000 });
		await expect(figure(page, 'Sent')).not.toHaveText('0', { timeout: 1000 });
	}).toPass({ timeout: 150_000 });
	const sent = Number((await figure(page, 'Sent').textContent())!.replace(/,/g, ''));
	expect(sent).toBeGreaterThanOrEqual(2);
	await expect(figure(page, 'Refused by the LRS')).toHaveText('0');
	expect(await lrsCount()).toBe(sent);
	await expect(page.getByText('A secret is saved.')).toBeVisible();
	expect(await page.content()).not.toContain(SECRET);
	await expectAccessible(page);

	// Turned off: the page says so, and the admin home's tile too.
	await page.getByLabel('Forward learning records to this LRS').uncheck();
	await page.getByRole('button', { name: 'Save settings' }).click();
	await expect(page.getByText('Forwarding is off')).toBeVisible();
	await visit(page, '/admin');
	await expect(page.getByRole('link', { name: 'Learning records (xAPI)' })).toBeVisible();
});
