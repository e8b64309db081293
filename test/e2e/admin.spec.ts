import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { BASE_URL, DEMO, clientAs, expectAccessible, signIn, uniqueEmail, visit } from './helpers';

async function createPerson(page: Page, name: string, email: string, role = 'Agent', team = '') {
	await visit(page, '/admin/users/new');
	await page.getByLabel('Name').fill(name);
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Role').selectOption({ label: role });
	if (team) await page.getByLabel('Team').selectOption({ label: team });
	await page.getByRole('button', { name: 'Add and create invitation' }).click();
	const link = page.getByTestId('invitation-link');
	await expect(link).toBeVisible();
	await expectAccessible(page);
	return (await link.textContent())!.trim();
}

test('an admin invites a person, who sets a password and signs in', async ({ page, browser }) => {
	const email = uniqueEmail('new.agent');
	await signIn(page, DEMO.admin);
	const link = await createPerson(page, 'Lin Hua', email, 'Agent', 'Phone Support');
	expect(link).toMatch(new RegExp(`^${BASE_URL}/invite/[a-z2-7]{32}$`));
	// With JavaScript, a button copies it (without, the link is there to select).
	const copy = page.getByRole('button', { name: 'Copy link' });
	if (test.info().project.use.javaScriptEnabled !== false) {
		await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
		await copy.click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied.' })).toBeVisible();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
	} else await expect(copy).toHaveCount(0);

	// The invitee, in their own browser.
	const invitee = await browser.newContext({
		javaScriptEnabled: test.info().project.use.javaScriptEnabled
	});
	const p = await invitee.newPage();
	await visit(p, link);
	await expect(p.getByRole('heading', { level: 1 })).toHaveText('Set your password');
	await expect(p.getByText(`Choose a password for ${email}`)).toBeVisible();

	const attempt = async (password: string, confirm: string) => {
		await p.getByLabel('New password').fill(password);
		await p.getByLabel('Repeat the password').fill(confirm);
		await p.getByRole('button', { name: 'Set password and sign in' }).click();
	};
	// Client-side minlength would stop a too-short password before the server sees it; the
	// server's own check is proven with JavaScript off and in the bad-input spec.
	await attempt('password', 'password');
	await expect(p.getByRole('alert')).toContainText('most common');
	await expectAccessible(p);
	await attempt('a calm voice helps', 'a calm voice helps!');
	await expect(p.getByRole('alert')).toHaveText('The two passwords are not the same.');
	await attempt('a calm voice helps', 'a calm voice helps');
	await expect(p).toHaveURL('/learn');
	await expect(p.getByRole('navigation', { name: 'Main' }).getByRole('link')).toHaveText([
		'Learn',
		'Practice',
		'My record',
		'Our team'
	]);
	await visit(p, '/record');
	await expect(p.getByText('Phone Support')).toBeVisible();

	// The link worked once.
	const replay = await p.goto(link);
	expect(replay?.status()).toBe(404);
	await expect(p.getByRole('heading', { level: 1 })).toHaveText('Page not found');
	await invitee.close();

	// The admin sees the person as active in the list (searched: it shows 50 a page).
	await visit(page, `/admin/users?q=${encodeURIComponent(email)}`);
	const row = page.getByRole('row', { name: new RegExp(email.replace(/\./g, '\\.')) });
	await expect(row).toContainText('Active');
});

test('an admin edits, disables, enables and resets a person', async ({ page, browser }) => {
	const email = uniqueEmail('edit.me');
	await signIn(page, DEMO.admin);
	const link = await createPerson(page, 'Edit Me', email);

	const their = await browser.newContext();
	const theirPage = await their.newPage();
	await theirPage.goto(link);
	await theirPage.getByLabel('New password').fill('steady hands on the phone');
	await theirPage.getByLabel('Repeat the password').fill('steady hands on the phone');
	await theirPage.getByRole('button', { name: 'Set password and sign in' }).click();
	await expect(theirPage).toHaveURL('/learn');

	await visit(page, `/admin/users?q=${encodeURIComponent(email)}`);
	await page.getByRole('link', { name: 'Edit Me' }).click();
	await expectAccessible(page);
	await page.getByLabel('Name').fill('Edited Person');
	await page.getByLabel('Start date').fill('2026-11-02');
	await page.getByRole('button', { name: 'Save changes' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Edit Edited Person');

	await page.getByRole('button', { name: 'Disable account' }).click();
	await expect(page.getByRole('status')).toContainText('Account disabled');
	await expectAccessible(page);
	// Their session ended at once.
	await theirPage.goto('/record');
	await expect(theirPage).toHaveURL(/\/login/);
	await signIn(theirPage, email, 'steady hands on the phone');
	await expect(theirPage.getByRole('alert')).toContainText('do not match an active account');

	await page.getByRole('button', { name: 'Enable account' }).click();
	await expect(page.getByRole('status')).toHaveText('Account enabled.');
	await page.getByRole('button', { name: 'Reset password' }).click();
	await expect(page.getByTestId('invitation-link')).toBeVisible();
	await expectAccessible(page);
	// The old password no longer works after a reset.
	await signIn(theirPage, email, 'steady hands on the phone');
	await expect(theirPage.getByRole('alert')).toContainText('do not match an active account');
	await their.close();
});

test('an admin builds a team: create, lead, members', async ({ page }) => {
	const name = `Returns ${test.info().project.name} ${Date.now().toString(36)}`;
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/teams');
	await page.getByLabel('Team name').fill(name);
	await page.getByRole('button', { name: 'Create team' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expectAccessible(page);

	await page.getByLabel('Team lead').selectOption({ label: '林芳' });
	await page.getByRole('button', { name: 'Set lead' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.getByLabel('Add a member').selectOption({ label: 'Anna Kowalska' });
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Anna Kowalska' })).toBeVisible();
	await expectAccessible(page);

	// Lin Fang now sees the new team and Anna in it.
	const lin = await clientAs(DEMO.leadC);
	const team = await (await lin.get('/team')).text();
	expect(team).toContain(name);

	await page.getByRole('button', { name: 'Remove Anna Kowalska' }).click();
	await expect(page.getByText('No members yet.')).toBeVisible();

	// Duplicate names are refused with a reason.
	await visit(page, '/admin/teams');
	await page.getByLabel('Team name').fill(name.toUpperCase());
	await page.getByRole('button', { name: 'Create team' }).click();
	await expect(page.getByRole('alert')).toHaveText('A team with this name already exists.');
	await expectAccessible(page);

	// Deleting asks first, saying what goes with the team; keeping it changes nothing.
	await page.getByRole('link', { name }).click();
	await page.getByLabel('Add a member').selectOption({ label: 'Anna Kowalska' });
	await page.getByRole('button', { name: 'Add', exact: true }).click();
	await expect(page.getByRole('link', { name: 'Anna Kowalska' })).toBeVisible();
	await page.getByRole('button', { name: 'Delete team' }).click();
	const question = page.getByRole('heading', { name: `Delete “${name}”?` });
	await expect(question).toBeVisible();
	await expect(page.getByText(/^Members: 1\. They keep their accounts/)).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Keep the team' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(question).toHaveCount(0);
	await page.getByRole('button', { name: 'Delete team' }).click();
	await page.getByRole('button', { name: 'Yes, delete the team' }).click();
	await expect(page).toHaveURL(/\/admin\/teams$/);
	await expect(page.getByRole('status')).toHaveText(
		`Deleted “${name}”. Its members (1) keep their accounts and records. Removed with it: kudos 0, suggestions 0, learning cases 0, mood barometer answers 0.`
	);
	await expect(page.getByRole('link', { name })).toHaveCount(0);
	await expectAccessible(page);
	// Said once: the next visit has no notice.
	await page.reload();
	await expect(page.getByRole('status')).toHaveCount(0);
});

test('CSV import reports every bad row and imports nothing, then imports a good file', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/import');
	const tag = Date.now().toString(36) + test.info().project.name;
	const bad = [
		'name,email,role,team,started_on',
		`Good Row,good.${tag}@example.com,learner,Phone Support,2026-12-01`,
		`Bad Email,not-an-email,learner,,`,
		`Bad Role,role.${tag}@example.com,boss,,`,
		`Bad Team,team.${tag}@example.com,learner,Nowhere,`,
		`Taken,${DEMO.learnerA},learner,,`
	].join('\n');
	await page.getByLabel('CSV file').setInputFiles({
		name: 'people.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(bad)
	});
	await page.getByRole('button', { name: 'Check and import' }).click();
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('Nothing was imported. Fix these 4 problems');
	await expect(alert.getByRole('row')).toHaveText([
		/Line\s*Problem/,
		/3\s*That does not look like an email address\./,
		/4\s*The role "boss" is not one of agent, lead or admin\./,
		/5\s*There is no team called "Nowhere"/,
		/6\s*mei@demo\.coachline\.test already has an account/
	]);
	await expectAccessible(page);
	// Nothing was half-written: the good row is not there either.
	await visit(page, `/admin/users?q=${tag}`);
	await expect(page.getByText(`good.${tag}@example.com`)).toHaveCount(0);

	await visit(page, '/admin/import');
	const good = [
		'name,email,role,team,started_on',
		`Ana Lima,ana.${tag}@example.com,Agent,Chat & Email,2026-12-01`,
		`"Ng, Kim",kim.${tag}@example.com,learner,,`
	].join('\r\n');
	await page.getByLabel('CSV file').setInputFiles({
		name: 'people.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(good)
	});
	await page.getByRole('button', { name: 'Check and import' }).click();
	await expect(page.getByRole('status')).toContainText('People imported: 2.');
	await expect(page.locator('code.secret-link')).toHaveCount(2);
	await expectAccessible(page);
	const links = await page.locator('code.secret-link').allTextContents();

	// The links as a file for a mail merge, with JavaScript or without: the page posts them back
	// (only their hashes are stored) and the server answers with a CSV attachment.
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download the links (CSV)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^coachline-invitations-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe('name,email,team,link,expires');
	expect(lines.slice(1)).toEqual([
		expect.stringMatching(
			new RegExp(
				`^Ana Lima,ana\\.${tag}@example\\.com,Chat & Email,${reEscape(links[0])},\\d{4}-.*Z$`
			)
		),
		expect.stringMatching(
			new RegExp(`^"Ng, Kim",kim\\.${tag}@example\\.com,,${reEscape(links[1])},\\d{4}-.*Z$`)
		)
	]);
	// The page is still there, links and all.
	await expect(page.locator('code.secret-link')).toHaveCount(2);

	await visit(page, `/admin/users?q=${tag}`);
	await expect(page.getByText(`kim.${tag}@example.com`)).toBeVisible();
	await expect(page.getByRole('row', { name: /Ana Lima/ })).toContainText('Invitation sent');
});

const reEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test('a lead sees their own team and its people, not the other team', async ({ page }) => {
	await signIn(page, DEMO.leadA);
	await visit(page, '/team');
	await expect(page.getByRole('heading', { name: 'Phone Support' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Chat & Email' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Mei Chen', exact: true }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mei Chen');
	await expectAccessible(page);
});
