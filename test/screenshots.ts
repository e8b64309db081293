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
	// Any language: the demo's Chinese people see the pages in Chinese once signed in.
	await page.locator('nav').first().waitFor();
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
await shoot('admin@demo.coachline.test', '/admin', 'admin-home.png', 1280, 1100);
await shoot('admin@demo.coachline.test', '/admin/users', 'admin-people-mobile.png', 390, 844);
await shoot('lead.wang@demo.coachline.test', '/team', 'team-mobile.png', 390, 844);
await shoot('lead.lin@demo.coachline.test', '/team/mood', 'rollup.png', 1280, 1000);
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
		"Every evening, right when your orders come in. Go on, I'm listening.",
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
// The Chinese edition, as 张伟 (agent) and 林芳 (lead) see it: their saved language, Shanghai time.
await shoot('zhang@demo.coachline.test', '/learn', 'zh-learn.png', 1280, 900, true);
await shoot(
	'zhang@demo.coachline.test',
	'/learn/complaint-handling/the-complaint-flow',
	'zh-lesson-mobile.png',
	390,
	844,
	true
);
await shoot('zhang@demo.coachline.test', '/learn/search?q=投诉', 'zh-search.png', 1280, 900);
await shoot('zhang@demo.coachline.test', '/record', 'zh-record.png', 1280, 1400);
await shoot('lead.lin@demo.coachline.test', '/team', 'zh-team.png', 1280, 900);
{
	const page = await signedIn('zhang@demo.coachline.test', 390, 844);
	await page.goto('/practice/grandma-chen-and-the-jargon');
	await page
		.getByRole('button', { name: /开始对话|再练一次|重新开始/ })
		.first()
		.click();
	await page.waitForURL(/\/practice\/runs\//);
	await page.screenshot({ path: `${out}/zh-roleplay-mobile.png`, fullPage: true });
	await page.close();
}

await browser.close();
console.log(`Screenshots written to ${out}/`);
