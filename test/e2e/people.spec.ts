// The admin's people list (search, filters, sort and pages in the address), renewing an expired
// invitation, the admin home's overview, and the invitation links file's answers to bad input.
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import {
	BASE_URL,
	DEMO,
	client,
	clientAs,
	expectAccessible,
	invitationPath,
	signIn,
	uniqueEmail,
	visit
} from './helpers';

/** `count` people imported through the admin's CSV import, tagged so a search finds only them. */
async function importTagged(tag: string, count: number) {
	const admin = await clientAs(DEMO.admin);
	const rows = ['name,email,role,team,started_on'];
	for (let i = 1; i <= count; i++) {
		const name = i % 2 ? `Pager ${tag} ${String(i).padStart(2, '0')}` : `林 ${tag} ${i}`;
		const team = i % 3 ? 'Phone Support' : '';
		rows.push(`${name},p${i}.${tag}@example.com,agent,${team},`);
	}
	const res = await admin.post('/admin/import', {
		multipart: {
			file: { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(rows.join('\n')) }
		}
	});
	expect(res.status()).toBe(200);
	await admin.dispose();
}

/**
 * Time passes for one person's invitation: its expiry is moved into the past in the e2e
 * server's own database (the only way to let seven days go by in a test).
 */
async function expireInvitation(email: string) {
	const db = new Database(`test-results/e2e-${process.env.E2E_PORT ?? 4173}.db`);
	try {
		db.pragma('busy_timeout = 5000');
		await db
			.prepare(
				'update invitations set expires_at = ? where user_id = (select id from users where email = ?)'
			)
			.run(Date.now() - 60_000, email);
	} finally {
		db.close();
	}
}

const showing = (page: Page) => page.getByText(/^Showing /);

test('the people list searches, filters, sorts and pages in the address', async ({ page }) => {
	const tag = `pg${Date.now().toString(36)}${test.info().project.name.replace('-', '')}`;
	await importTagged(tag, 60);
	await signIn(page, DEMO.admin);

	// A search from the form: the address carries it, 50 a page.
	await visit(page, '/admin/users');
	await page.getByLabel('Name or email').fill(tag.toUpperCase());
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(`/admin/users?q=${tag.toUpperCase()}`);
	await expect(showing(page)).toHaveText('Showing 1–50 of 60');
	await expect(page.locator('tbody tr')).toHaveCount(50);
	await expectAccessible(page);

	// The next page, by link; the page number is in the address and marked as the current one.
	const pages = page.getByRole('navigation', { name: 'Pages' });
	await pages.getByRole('link', { name: 'Next' }).click();
	await expect(page).toHaveURL(new RegExp(`q=${tag.toUpperCase()}&page=2$`));
	await expect(showing(page)).toHaveText('Showing 51–60 of 60');
	await expect(pages.getByRole('link', { name: 'Page 2' })).toHaveAttribute('aria-current', 'page');
	await expect(pages.getByRole('link', { name: 'Next' })).toHaveCount(0);
	await expectAccessible(page);

	// Sorting by a column heading goes back to page 1; the same heading again turns it round.
	await page.getByRole('link', { name: 'Email', exact: true }).click();
	await expect(page).toHaveURL(/sort=email/);
	await expect(page).not.toHaveURL(/page=/);
	const emailHead = page.getByRole('columnheader', { name: 'Email' });
	await expect(emailHead).toHaveAttribute('aria-sort', 'ascending');
	await expect(page.locator('tbody tr').first()).toContainText(`p1.${tag}@example.com`);
	await page.getByRole('link', { name: 'Email', exact: true }).click();
	await expect(emailHead).toHaveAttribute('aria-sort', 'descending');
	await expect(page.locator('tbody tr').first()).toContainText(`p9.${tag}@example.com`);

	// Filters: a team, a status, and a Chinese name.
	await page.getByLabel('Team').selectOption({ label: 'Phone Support' });
	await page.getByLabel('Status').selectOption({ label: 'Invitation sent' });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page).toHaveURL(/team=\d+/);
	await expect(page).toHaveURL(/status=pending/);
	await expect(showing(page)).toHaveText('Showing 1–40 of 40');
	await page.getByLabel('Name or email').fill(`林 ${tag}`);
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(showing(page)).toHaveText('Showing 1–20 of 20');
	await expect(page.locator('tbody tr').first()).toContainText('林');
	await expect(page.locator('tbody tr').first()).toContainText('Phone Support');
	await expectAccessible(page);
	await page.getByLabel('Status').selectOption({ label: 'Disabled' });
	await page.getByRole('button', { name: 'Show' }).click();
	await expect(page.getByText('No one matches these filters.')).toBeVisible();
	await page.getByRole('link', { name: 'Clear filters' }).first().click();
	await expect(page).toHaveURL('/admin/users');

	// An address it does not understand still answers, and says what it left out.
	const res = await page.goto('/admin/users?page=-3&sort=bogus&dir=up&team=999999');
	expect(res?.status()).toBe(200);
	await expect(page.getByText('left out: sort, dir, page.')).toBeVisible();
	await expect(page.getByText('That team does not exist (any more)')).toBeVisible();
	await expect(showing(page)).toHaveText(/^Showing 1–/);
	await expectAccessible(page);
	// A page past the end shows the last one.
	await page.goto(`/admin/users?q=${tag}&page=99`);
	await expect(showing(page)).toHaveText('Showing 51–60 of 60');
});

test('the people list on a phone: name, role and status, and "page 1 of 2"', async ({ page }) => {
	const tag = `ph${Date.now().toString(36)}${test.info().project.name.replace('-', '')}`;
	await importTagged(tag, 55);
	await page.setViewportSize({ width: 390, height: 844 });
	await signIn(page, DEMO.admin);
	await visit(page, `/admin/users?q=${tag}`);
	await expect(page.getByRole('columnheader', { name: 'Name' })).toBeVisible();
	await expect(page.getByRole('columnheader', { name: 'Email' })).toBeHidden();
	await expect(page.getByText('Page 1 of 2')).toBeVisible();
	// Nothing wider than the phone but the table itself (which scrolls in its card).
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	await page.getByRole('link', { name: 'Next' }).click();
	await expect(showing(page)).toHaveText('Showing 51–55 of 55');
	await expectAccessible(page);
});

test('an expired invitation is shown as such and renewed from the list and the person', async ({
	page
}) => {
	const admin = await clientAs(DEMO.admin);
	const email = uniqueEmail('late.starter');
	const name = `Late Starter ${Date.now().toString(36)}`;
	const created = await admin.post('/admin/users/new', {
		form: { name, email, role: 'learner', team: '', startedOn: '' }
	});
	const firstLink = invitationPath(await created.text());
	await expireInvitation(email);
	await signIn(page, DEMO.admin);

	// In the list: "Invitation expired", with a button for a new link.
	const list = `/admin/users?q=${encodeURIComponent(email)}`;
	await visit(page, list);
	const row = page.getByRole('row', { name: new RegExp(name) });
	await expect(row).toContainText('Invitation expired');
	await visit(page, '/admin/users?status=expired');
	await expect(page.getByRole('link', { name })).toBeVisible();
	await visit(page, list);
	await row.getByRole('button', { name: `New invitation link for ${name}` }).click();
	const link = page.getByTestId('invitation-link');
	await expect(link).toBeVisible();
	await expect(page.getByText(`New invitation link for ${email}.`)).toBeVisible();
	await expect(row).toContainText('Invitation sent');
	// The list kept its address (the search), with JavaScript or without.
	await expect(page.getByLabel('Name or email')).toHaveValue(email);
	await expectAccessible(page);
	const secondLink = new URL((await link.textContent())!.trim()).pathname;
	expect(secondLink).not.toBe(firstLink);

	// The old link is gone; the new one will be replaced too, from the person's page.
	const anon = await client();
	expect((await anon.get(firstLink)).status()).toBe(404);
	await expireInvitation(email);
	await row.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Edit ${name}`);
	await expect(page.getByText('Invitation expired', { exact: true })).toBeVisible();
	await expect(page.getByText(/The invitation expired on .* without being used\./)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reset password' })).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'New invitation link' }).click();
	await expect(page.getByTestId('invitation-link')).toBeVisible();
	await expectAccessible(page);
	const thirdLink = new URL((await page.getByTestId('invitation-link').textContent())!.trim())
		.pathname;
	expect((await anon.get(secondLink)).status()).toBe(404);
	// The page read again after the action (with JavaScript or without) says when it runs out.
	await expect(page.getByText(/Invitation sent\. The link works until/)).toBeVisible();

	// The person signs up with it; a new link is then refused (they have a password).
	const password = 'a fresh start on the phones';
	expect((await anon.post(thirdLink, { form: { password, confirm: password } })).status()).toBe(
		303
	);
	const again = await admin.post(`${new URL(page.url()).pathname}?/reinvite`, { form: {} });
	expect(again.status()).toBe(409);
	expect(await again.text()).toContain('has already set a password');
	await anon.dispose();
	await admin.dispose();
});

test('the admin home: the organisation at a glance, at 1280 and 390 px', async ({ page }) => {
	await signIn(page, DEMO.admin);
	for (const width of [1280, 390]) {
		await page.setViewportSize({ width, height: 900 });
		await visit(page, '/admin');
		await expect(
			page.getByRole('heading', { name: 'Your organisation at a glance' })
		).toBeVisible();
		const figures = page.getByRole('region', { name: 'People' });
		await expect(figures.getByRole('listitem').filter({ hasText: 'Team leads' })).toContainText(
			/\d/
		);
		await expect(page.getByRole('region', { name: 'Active this week' })).toContainText(
			/people with an account/
		);
		const onboarding = page.getByRole('region', { name: 'Onboarding' });
		await expect(onboarding).toContainText('People with a start date:');
		await expect(onboarding.getByText('Overdue', { exact: true })).toBeVisible();
		const courses = page.getByRole('region', { name: 'Course completion' });
		await expect(courses.getByRole('progressbar')).toHaveCount(7);
		await expect(courses).toContainText('Completed:');
		await expect(page.getByRole('button', { name: 'Save time zone' })).toBeVisible();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `no sideways scrolling at ${width} px`).toBeLessThanOrEqual(0);
	}
	// A count leads to the people it counts.
	await page
		.getByRole('region', { name: 'People' })
		.getByRole('link', { name: 'Invitation sent' })
		.click();
	await expect(page).toHaveURL('/admin/users?status=pending');
	await expect(page.getByLabel('Status')).toHaveValue('pending');
});

test.describe('the invitation links file refuses bad input with a 4xx and a message', () => {
	const post = async (form: Record<string, string> | undefined, init = {}) => {
		const admin = await clientAs(DEMO.admin);
		const res = await admin.post('/admin/import/links.csv', { form, ...init });
		const out = {
			status: res.status(),
			type: res.headers()['content-type'],
			text: await res.text()
		};
		await admin.dispose();
		return out;
	};

	test('nothing, a forged or mismatched link, the wrong shape', async () => {
		test.skip(test.info().project.use.javaScriptEnabled === false, 'HTTP only: runs once');
		const none = await post({});
		expect(none.status).toBe(400);
		expect(none.text).toContain('The request had no invitation links in it.');
		expect(none.type).not.toContain('text/csv');

		const forged = await post({ email: DEMO.learnerA, token: 'a'.repeat(32) });
		expect(forged.status).toBe(422);
		expect(forged.text).toContain('Links that no longer work: 1.');
		const malformed = await post({ email: 'x@example.com', token: '<script>alert(1)</script>' });
		expect(malformed.status).toBe(422);
		expect(malformed.text).not.toContain('<script>alert');

		// A real, working link claimed for someone else's email.
		const admin = await clientAs(DEMO.admin);
		const email = uniqueEmail('links.owner');
		const res = await admin.post('/admin/users/new', {
			form: { name: 'Links Owner', email, role: 'learner', team: '', startedOn: '' }
		});
		const token = invitationPath(await res.text())
			.split('/')
			.pop()!;
		await admin.dispose();
		expect((await post({ email: DEMO.learnerB, token })).status).toBe(422);
		const good = await post({ email, token });
		expect(good.status).toBe(200);
		expect(good.type).toBe('text/csv; charset=utf-8');
		expect(good.text).toContain(`Links Owner,${email},,${BASE_URL}/invite/${token},`);

		// Two emails and one token; a file where a token belongs; JSON instead of a form.
		const shape = async (init: object) => (await post(undefined, init)).status;
		expect(
			await shape({
				data: `email=a%40b.c&email=d%40e.f&token=${token}`,
				headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
			})
		).toBe(400);
		expect(
			await shape({
				multipart: {
					email,
					token: { name: 'token.txt', mimeType: 'text/plain', buffer: Buffer.from(token) }
				}
			})
		).toBe(400);
		expect(await shape({ data: { email, token } })).toBe(400);
	});

	test('too many links, and a body past the size limit', async () => {
		test.skip(test.info().project.use.javaScriptEnabled === false, 'HTTP only: runs once');
		const many = Array.from(
			{ length: 5001 },
			(_, i) => `email=p${i}%40example.com&token=${'a'.repeat(32)}`
		).join('&');
		const tooMany = await post(undefined, {
			data: many,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
		});
		expect(tooMany.status).toBe(400);
		expect(tooMany.text).toContain('Too many links at once: at most 5000.');
		const huge = await post(undefined, {
			data: `email=${'x'.repeat(600 * 1024)}&token=${'a'.repeat(32)}`,
			headers: { 'Content-Type': 'application/x-www-form-urlencoded' }
		});
		// Cut off by the server's body limit before it is read: refused as a malformed form.
		expect([400, 413]).toContain(huge.status);
	});
});
