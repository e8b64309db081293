import { expect, test } from '@playwright/test';
import { xapiProblems } from '../../src/lib/server/record/xapi-shape';
import {
	BASE_URL,
	DEMO,
	expectAccessible,
	isoDaysFromToday,
	newAgent,
	shownDate,
	signIn,
	visit
} from './helpers';

test('a new hire sees their onboarding, reads, reflects, completes a course and exports it', async ({
	page
}) => {
	test.slow();
	const agent = await newAgent('onboarding', isoDaysFromToday(-6));
	await signIn(page, agent.email, agent.password);
	await visit(page, '/learn');

	const onboarding = page.getByRole('region', { name: 'Your onboarding' });
	await expect(onboarding.getByText(`Due soon: ${shownDate(isoDaysFromToday(1))}`)).toBeVisible();
	await expect(onboarding.getByText(`Due ${shownDate(isoDaysFromToday(8))}`)).toBeVisible();
	await expect(
		onboarding.getByRole('progressbar', { name: 'Progress in Service foundations' })
	).toHaveAttribute('aria-valuenow', '0');

	await onboarding.getByRole('link', { name: 'Service foundations' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Service foundations');
	await expect(page.getByText('0 of 6 lessons done').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Start' }).click();

	// The first lesson, rendered with its components.
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Why service matters');
	await expect(page.getByText('Key points', { exact: true })).toBeVisible();
	await expect(page.getByText('In progress')).toBeVisible();
	await expectAccessible(page);

	// A private reflection, kept across visits.
	const reflection = 'I rushed a caller last week; next time I will paraphrase first.';
	const selfCheck = page.locator('form.selfcheck').first();
	await selfCheck.getByRole('textbox').fill(reflection);
	await selfCheck.getByRole('button', { name: 'Save my answer' }).click();
	await expect(selfCheck.getByRole('status')).toHaveText('Saved.');
	await expectAccessible(page);
	await page.reload();
	await expect(page.locator('form.selfcheck').first().getByRole('textbox')).toHaveValue(reflection);
	// Emptied and saved: cleared, and said so; saved empty again: nothing to save, and said so.
	await page.locator('form.selfcheck').first().getByRole('textbox').fill('');
	await page
		.locator('form.selfcheck')
		.first()
		.getByRole('button', { name: 'Save my answer' })
		.click();
	await expect(page.locator('form.selfcheck').first().getByRole('status')).toHaveText(
		'Your answer is cleared.'
	);
	await page
		.locator('form.selfcheck')
		.first()
		.getByRole('button', { name: 'Save my answer' })
		.click();
	await expect(page.locator('form.selfcheck').first().getByRole('alert')).toHaveText(
		'Write your answer first, then save it.'
	);
	await page.reload();
	await expect(page.locator('form.selfcheck').first().getByRole('textbox')).toHaveValue('');

	// Complete every lesson in turn; the last one completes the course.
	for (let i = 0; i < 6; i++) {
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		const done = page.locator('#complete').getByRole('status');
		await expect(done).toHaveText(
			i < 5 ? 'You completed this lesson.' : 'You completed the course Service foundations.'
		);
		if (i < 5) await page.getByRole('link', { name: /^Next/ }).click();
	}
	await expectAccessible(page);

	await visit(page, '/learn/service-foundations');
	await expect(page.getByText('6 of 6 lessons done')).toBeVisible();
	await expect(page.getByText(/^Completed on \d{1,2} \w{3} \d{4}$/)).toBeVisible();
	await visit(page, '/learn');
	await expect(onboarding.getByText('Done', { exact: true })).toBeVisible();
	await expect(
		onboarding.getByRole('progressbar', { name: 'Progress in Service foundations' })
	).toHaveAttribute('aria-valuenow', '6');

	// The learning record, as xAPI 1.0.3.
	const res = await page.request.get('/record/export.xapi.json');
	expect(res.status()).toBe(200);
	expect(res.headers()['content-disposition']).toContain('attachment');
	const statements = (await res.json()) as {
		verb: { display: Record<string, string> };
		object: { id: string };
	}[];
	expect(statements.flatMap((s) => xapiProblems(s))).toEqual([]);
	expect(statements.filter((s) => s.verb.display['en-US'] === 'completed')).toHaveLength(7);
	expect(statements.map((s) => s.object.id)).toContain(`${BASE_URL}/learn/service-foundations`);
	await visit(page, '/record');
	await expect(page.getByRole('link', { name: /Download my learning record/ })).toBeVisible();
});

test('self-check answers are private to their author', async ({ page, browser }) => {
	const author = await newAgent('private');
	await signIn(page, author.email, author.password);
	await page.goto('/learn/communication-skills/active-listening');
	const secret = 'Only I should ever read this.';
	await page.locator('form.selfcheck').first().getByRole('textbox').fill(secret);
	await page.getByRole('button', { name: 'Save my answer' }).first().click();
	await expect(page.locator('form.selfcheck').first().getByRole('status')).toHaveText('Saved.');

	const other = await newAgent('curious');
	const context = await browser.newContext({
		javaScriptEnabled: test.info().project.use.javaScriptEnabled
	});
	const theirs = await context.newPage();
	await signIn(theirs, other.email, other.password);
	await theirs.goto('/learn/communication-skills/active-listening');
	await expect(theirs.locator('form.selfcheck').first().getByRole('textbox')).toHaveValue('');
	expect(await theirs.content()).not.toContain(secret);
	await context.close();
});

test('what a person types before the page’s scripts arrive survives them arriving', async ({
	page
}) => {
	test.skip(test.info().project.use.javaScriptEnabled === false, 'no scripts to arrive');
	const agent = await newAgent('early');
	await signIn(page, agent.email, agent.password);
	// The page's scripts are held back until the person has typed (a slow phone, a slow link).
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/learn/communication-skills/active-listening', {
		waitUntil: 'domcontentloaded'
	});
	const selfCheck = page.locator('form.selfcheck').first();
	const typed = 'Typed while the page was still loading.';
	await selfCheck.getByRole('textbox').fill(typed);
	expect(await page.evaluate(() => 'alive' in document.documentElement.dataset)).toBe(false);
	release();
	await page.waitForFunction(() => 'alive' in document.documentElement.dataset);
	await expect(selfCheck.getByRole('textbox')).toHaveValue(typed);
	await page.unrouteAll();
	await selfCheck.getByRole('button', { name: 'Save my answer' }).click();
	await expect(selfCheck.getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(page.locator('form.selfcheck').first().getByRole('textbox')).toHaveValue(typed);
});

test('courses can be filtered by audience and lessons paged through', async ({ page }) => {
	const agent = await newAgent('browse');
	await signIn(page, agent.email, agent.password);
	await visit(page, '/learn');
	await expect(page.getByRole('region', { name: 'Your onboarding' })).toHaveCount(0);

	const filter = page.getByRole('navigation', { name: 'Show courses for' });
	await filter.getByRole('link', { name: 'New hires' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Service foundations']);
	await expect(filter.getByRole('link', { name: 'New hires' })).toHaveAttribute(
		'aria-current',
		'page'
	);
	await expectAccessible(page);
	await filter.getByRole('link', { name: 'Team leads' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(['Coaching for team leads']);
	await expectAccessible(page);

	await visit(page, '/learn/communication-skills/speaking-clearly-and-warmly');
	await expect(page.getByRole('link', { name: /^Previous/ })).toHaveAttribute(
		'href',
		'/learn/communication-skills/active-listening'
	);
	await page.getByRole('link', { name: /^Next/ }).click();
	await expect(page).toHaveURL('/learn/communication-skills/voice-and-body');

	const missing = await visit(page, '/learn/communication-skills/no-such-lesson');
	expect(missing?.status()).toBe(404);
	await expect(page.getByText('There is no such lesson. It may have been renamed.')).toBeVisible();
});

test('search finds lessons and highlights the words', async ({ page }) => {
	const agent = await newAgent('search');
	await signIn(page, agent.email, agent.password);
	await visit(page, '/learn');
	await page.getByLabel('Search lessons').fill('paraphrase');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/learn\/search\?q=paraphrase/);
	await expect(page.getByRole('status')).toContainText('match “paraphrase”');
	await expect(page.locator('.snippet mark').first()).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Active listening' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Active listening');

	await visit(page, '/learn/search?q=%22)(*%20NEAR');
	await expect(page.getByRole('status')).toBeVisible();
	await visit(page, '/learn/search?q=zzzxqv');
	await expect(page.getByRole('status')).toHaveText(
		'No lesson matches “zzzxqv”. Try another word, or fewer words.'
	);
});

test('a lesson links its printable job aid; the glossary gives each term in Chinese', async ({
	page
}) => {
	await signIn(page, DEMO.learnerA);
	await visit(page, '/learn/complaint-handling/the-complaint-flow');
	await page.getByRole('link', { name: 'The complaint flow', exact: true }).click();
	await expect(page).toHaveURL(/\/learn\/job-aids\/complaint-flow$/);
	await expect(page.getByRole('heading', { level: 1, name: 'The complaint flow' })).toBeVisible();
	await expectAccessible(page);
	// On paper: the card only, without the menus.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'The complaint flow' })).toBeVisible();
	await page.emulateMedia({ media: 'screen' });

	await visit(page, '/learn/glossary');
	await expect(page.getByText('统一口径')).toBeVisible();
	await page.getByLabel('Find a term').fill('统一口径');
	await page.getByRole('button', { name: 'Find', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('1 of');
	await expect(page.getByText('Agreed wording', { exact: true })).toBeVisible();
	await expectAccessible(page);
});
