/**
 * Email end to end: the built server with SMTP_URL pointing at a real SMTP server of the run's own
 * (mail-capture.js). Invitations arrive and work, an admin sees the outbox and sends a test, an
 * unsubscribe link works without signing in, and a person chooses how they get email.
 */
import { expect, test } from '@playwright/test';
import {
	BASE_URL,
	DEMO,
	awaitMail,
	expectAccessible,
	mailTo,
	secondPage,
	signIn,
	uniqueEmail,
	visit
} from './helpers';

test('an invitation arrives by email, and its link lets the person in', async ({
	page,
	browser
}) => {
	const email = uniqueEmail('mailed.admin');
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/users/new');
	await page.getByLabel('Name').fill('Grace Okafor');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Role').selectOption({ label: 'Admin' });
	await page.getByRole('button', { name: 'Add and create invitation' }).click();
	await expect(page.getByText('It has also been sent to them by email.')).toBeVisible();

	const invitation = await awaitMail(email, /You are invited to Coachline/);
	expect(invitation.text).toContain('Hello Grace Okafor,');
	const link = invitation.text.match(new RegExp(`${BASE_URL}/invite/[a-z2-7]{32}`))?.[0];
	expect(link, 'the link in the email').toBeTruthy();
	// An invitation has no unsubscribe header: it is not a notification.
	expect(invitation.listUnsubscribe).toBeNull();

	const theirs = await secondPage(browser);
	await visit(theirs, link!);
	await theirs.getByLabel('New password').fill('a calm voice helps');
	await theirs.getByLabel('Repeat the password').fill('a calm voice helps');
	await theirs.getByRole('button', { name: 'Set password and sign in' }).click();
	await expect(theirs).toHaveURL('/admin');

	// The new admin (a real account, unlike the demo's) sends themselves a test email.
	await visit(theirs, '/admin/email');
	await expect(theirs.getByText(/Sending through 127\.0\.0\.1:\d+ as Coachline/)).toBeVisible();
	await theirs.getByRole('button', { name: 'Send me a test email' }).click();
	await expect(theirs.getByRole('status')).toContainText(`A test email is on its way to ${email}`);
	await expectAccessible(theirs);
	const testMail = await awaitMail(email, /Test message from Coachline/);
	const unsubscribe = testMail.text.match(new RegExp(`${BASE_URL}/unsubscribe/[^\\s]+`))?.[0];
	expect(unsubscribe, 'the unsubscribe link in the email').toBeTruthy();
	expect(testMail.listUnsubscribe).toBe(`<${unsubscribe}>`);
	await visit(theirs, '/admin/email');
	const sent = theirs.locator('dl div').filter({ hasText: 'Sent, last 30 days' }).locator('dd');
	await expect(sent).not.toHaveText('0');

	// Their unsubscribe link, opened in a browser that is not signed in: it asks, then acts.
	const anon = await secondPage(browser);
	await visit(anon, unsubscribe!);
	await expect(anon.getByRole('heading', { level: 1 })).toHaveText('Stop email from Coachline');
	await expect(anon.getByText(`Coachline will send no more email to ${email}`)).toBeVisible();
	await anon.getByRole('button', { name: 'Stop email' }).click();
	await expect(anon.getByRole('status')).toHaveText(
		`Done: no more email to ${email}. You can turn it back on in your settings.`
	);
	await expectAccessible(anon);
	await visit(anon, unsubscribe!);
	await expect(anon.getByText(`Email is already off for ${email}.`)).toBeVisible();
	// A link with one character changed names nobody.
	const forged = unsubscribe!.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A'));
	expect((await anon.goto(forged))?.status()).toBe(404);
	await expect(anon.getByText('This unsubscribe link is not valid.')).toBeVisible();

	// Their settings show it, and they choose a daily summary instead.
	await visit(theirs, '/settings');
	const group = theirs.getByRole('group', { name: 'Email' });
	await expect(group.getByLabel('No email')).toBeChecked();
	await group.getByLabel('One daily summary, at 08:00 your time').check();
	await theirs.getByRole('button', { name: 'Save settings' }).click();
	await expect(theirs.getByRole('status')).toHaveText('Settings saved.');
	await expect(group.getByLabel('One daily summary, at 08:00 your time')).toBeChecked();
	await expectAccessible(theirs);

	// Nothing more was sent to them after they stopped email: two messages in all.
	expect(await mailTo(email)).toHaveLength(2);
});

test('demo accounts get no email, and the admin page says why a test cannot go', async ({
	page
}) => {
	await signIn(page, DEMO.admin);
	await visit(page, '/admin/email');
	await page.getByRole('button', { name: 'Send me a test email' }).click();
	await expect(page.getByRole('alert')).toHaveText(/Demo accounts get no email/);
	expect(await mailTo(DEMO.admin)).toEqual([]);
});
