// npm run screenshots: refreshes the README's pictures from a running server (npm start).
// BASE_URL defaults to http://localhost:3000 with the demo organisation.
import { chromium } from '@playwright/test';
import { findChromium } from './e2e/browser';

const base = process.env.BASE_URL ?? 'http://localhost:3000';
const out = 'static/screenshots';

const browser = await chromium.launch({
	executablePath: findChromium(),
	args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
});

/** A page signed in as a demo person. */
async function signedIn(email: string, width = 1280, height = 800) {
	const page = await browser.newPage({
		viewport: { width, height },
		baseURL: base,
		reducedMotion: 'reduce'
	});
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill('coachline-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByRole('navigation', { name: 'Main' }).waitFor();
	return page;
}

async function shoot(
	email: string,
	path: string,
	file: string,
	width = 1280,
	height = 800,
	fullPage = false
) {
	const page = await signedIn(email, width, height);
	await page.goto(path);
	await page.screenshot({ path: `${out}/${file}`, fullPage });
	await page.close();
}

await shoot('mei@demo.coachline.test', '/learn', 'learn.png', 1280, 900, true);
await shoot(
	'mei@demo.coachline.test',
	'/learn/communication-skills/active-listening',
	'lesson.png',
	1280,
	900,
	true
);
await shoot('mei@demo.coachline.test', '/learn/search?q=angry+customer', 'search.png');
await shoot('lead.wang@demo.coachline.test', '/team', 'team.png');
await shoot('mei@demo.coachline.test', '/our-team', 'our-team.png', 1280, 900);
await shoot(
	'tom@demo.coachline.test',
	'/quiz/complaint-handling/calming-the-customer',
	'quiz.png',
	1280,
	800
);
await shoot('admin@demo.coachline.test', '/admin/users', 'admin-people.png');
await shoot('priya@demo.coachline.test', '/record', 'record.png', 1280, 1400);
await shoot('diego@demo.coachline.test', '/practice', 'practice.png', 1280, 900);
await shoot(
	'lead.wang@demo.coachline.test',
	'/practice/pay-me-or-the-papers/graph',
	'graph.png',
	1280,
	1000
);

// A conversation in progress, and a finished run's debrief.
{
	const page = await signedIn('omar@demo.coachline.test', 1280, 900);
	await page.goto('/practice/third-call-still-broken');
	await page.getByRole('button', { name: /Start the conversation|Play again|Start over/ }).click();
	for (const text of [
		"I'm sorry you've had to call a third time. That's really frustrating. Tell me what's been happening.",
		"I see. Go on, I'm listening.",
		"So you've replaced the router as well, and it still drops every evening."
	])
		await page.getByRole('button', { name: text, exact: true }).click();
	await page.locator('#reply').waitFor();
	await page.screenshot({ path: `${out}/roleplay.png` });
	await page.close();
}
{
	const page = await signedIn('priya@demo.coachline.test', 1280, 900);
	await page.goto('/practice');
	await page.locator('a[href^="/practice/runs/"]').first().click();
	await page.getByRole('heading', { name: 'Rubric' }).waitFor();
	await page.screenshot({ path: `${out}/debrief.png`, fullPage: false });
	await page.close();
}
await shoot('mei@demo.coachline.test', '/record', 'record-mobile.png', 360, 740);
const login = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await login.goto(`${base}/login`);
await login.screenshot({ path: `${out}/login.png` });
await browser.close();
console.log(`Screenshots written to ${out}/`);
