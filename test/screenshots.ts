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

async function shoot(
	email: string,
	path: string,
	file: string,
	width = 1280,
	height = 800,
	fullPage = false
) {
	const page = await browser.newPage({ viewport: { width, height }, baseURL: base });
	await page.goto('/login');
	await page.getByLabel('Email').fill(email);
	await page.getByLabel('Password').fill('coachline-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await page.getByRole('navigation', { name: 'Main' }).waitFor();
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
await shoot('mei@demo.coachline.test', '/record', 'record-mobile.png', 360, 740);
const login = await browser.newPage({ viewport: { width: 1280, height: 720 } });
await login.goto(`${base}/login`);
await login.screenshot({ path: `${out}/login.png` });
await browser.close();
console.log(`Screenshots written to ${out}/`);
