import { expect, test } from '@playwright/test';
import { t } from '../../src/lib/i18n';
import { localizeQuiz } from '../../src/lib/server/quiz/translations';
import { BASE_URL, expectAccessible, isoDaysFromToday, newAgent, signIn, visit } from './helpers';
import { answerAll, content, expectScore, quizById } from './quiz-helpers';
import { pathOf, playInBrowser, scenarioById } from './roleplay-helpers';

const LESSON = 'service-foundations/why-service-matters';

test('answers each of many simultaneous requests in the language it asked for', async () => {
	test.skip(test.info().project.use.javaScriptEnabled === false, 'HTTP only: runs once');
	// Interleaved, in flight together: a request never gets another's strings or <html lang>.
	const asks = Array.from({ length: 60 }, (_, i) =>
		i % 3 === 0 ? 'zh-CN,zh;q=0.9,en;q=0.5' : i % 3 === 1 ? 'en-GB,en;q=0.8' : 'zh-TW'
	);
	const bodies = await Promise.all(
		asks.map((lang) =>
			fetch(`${BASE_URL}/login`, { headers: { 'accept-language': lang } }).then(async (r) => ({
				lang,
				status: r.status,
				vary: r.headers.get('vary') ?? '',
				html: await r.text()
			}))
		)
	);
	for (const { lang, status, vary, html } of bodies) {
		const zh = lang.startsWith('zh');
		expect(status).toBe(200);
		expect(vary).toContain('Accept-Language');
		expect(html).toContain(`<html lang="${zh ? 'zh-CN' : 'en'}"`);
		expect(html).toContain(t('login_intro', {}, zh ? 'zh-CN' : 'en'));
		expect(html).not.toContain(t('login_intro', {}, zh ? 'en' : 'zh-CN'));
	}
});

test('a garbled language cookie or header gets English, never an error', async () => {
	test.skip(test.info().project.use.javaScriptEnabled === false, 'HTTP only: runs once');
	for (const headers of <Record<string, string>[]>[
		{ 'accept-language': ';;q=,zh;q=abc,*;q=2,' + 'x'.repeat(5000) },
		{ 'accept-language': 'en;q=0, zh-CN;q=0' },
		{ cookie: 'coachline_language=../../etc' }
	]) {
		const res = await fetch(`${BASE_URL}/login`, { headers });
		expect(res.status).toBe(200);
		expect(await res.text()).toContain('<html lang="en"');
	}
	const bad = await fetch(`${BASE_URL}/language`, {
		method: 'POST',
		headers: { origin: BASE_URL, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'language=klingon&to=/login',
		redirect: 'manual'
	});
	expect(bad.status).toBe(400);
	// Back to a page on this site only.
	const away = await fetch(`${BASE_URL}/language`, {
		method: 'POST',
		headers: { origin: BASE_URL, 'content-type': 'application/x-www-form-urlencoded' },
		body: 'language=zh-CN&to=//evil.example/x',
		redirect: 'manual'
	});
	expect(away.status).toBe(303);
	expect(away.headers.get('location')).toBe('/');
});

test('a new hire switches to Chinese, reads a lesson and passes its quiz in Chinese', async ({
	page
}) => {
	test.slow();
	const agent = await newAgent('chinese', isoDaysFromToday(-2));
	await signIn(page, agent.email, agent.password);
	// The switch is a form: it works without JavaScript and is remembered for the person.
	await page.getByRole('button', { name: t('language_switch_to', { language: '中文' }) }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('navigation', { name: t('nav_label', {}, 'zh-CN') })).toContainText(
		t('nav_learn', {}, 'zh-CN')
	);

	const lesson = content().lesson(LESSON)!;
	const zh = lesson.translations['zh-CN']!;
	await visit(page, `/learn/${LESSON}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.title);
	await expect(page.getByText(t('content_untranslated', {}, 'zh-CN'))).toHaveCount(0);

	// A lesson without a Chinese edition says so and shows the English, marked as English.
	const other = content().lesson('communication-skills/active-listening')!;
	if (!other.translations['zh-CN']) {
		await visit(page, `/learn/${other.id}`);
		await expect(page.getByText(t('content_untranslated', {}, 'zh-CN'))).toBeVisible();
		await expect(page.locator('.body[lang="en"]')).toHaveCount(1);
	}

	// The quiz in Chinese, graded by the same key.
	const quiz = localizeQuiz(quizById(LESSON), 'zh-CN').quiz;
	await visit(page, `/quiz/${LESSON}`);
	await page.getByRole('button', { name: t('quiz_start', {}, 'zh-CN') }).click();
	await answerAll(page, quiz, { locale: 'zh-CN' });
	await expectAccessible(page);
	await page.getByRole('button', { name: t('quiz_submit', {}, 'zh-CN') }).click();
	await expectScore(page, 100, 'zh-CN');
	await expectAccessible(page);

	// Saved for the person: a new browser session of theirs opens in Chinese, whatever it asks.
	await page.context().clearCookies();
	await signIn(page, agent.email, agent.password);
	await page.goto('/learn');
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('a new hire does the onboarding in Chinese: self-check, a role-play with a typed reply, the record', async ({
	page
}) => {
	test.slow();
	const agent = await newAgent('chinese-roleplay', isoDaysFromToday(-3));
	await signIn(page, agent.email, agent.password);
	await page.getByRole('button', { name: t('language_switch_to', { language: '中文' }) }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');

	// The onboarding list and its courses in Chinese.
	await visit(page, '/learn');
	const course = content().course('complaint-handling')!;
	await expect(page.getByText(course.translations['zh-CN']!.title).first()).toBeVisible();

	// A private self-check, answered in Chinese.
	const lesson = content().lesson('communication-skills/active-listening')!;
	await visit(page, `/learn/${lesson.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		lesson.translations['zh-CN']!.title
	);
	const selfCheck = page.locator('form.selfcheck').first();
	await selfCheck.getByRole('textbox').fill('上周我打断了一位客户，下次我先复述再回答。');
	await selfCheck.getByRole('button', { name: t('selfcheck_save', {}, 'zh-CN') }).click();
	await expect(selfCheck.getByRole('status')).toHaveText(t('selfcheck_saved', {}, 'zh-CN'));
	await expectAccessible(page);

	// A role-play in its Chinese edition, a typed reply in Chinese scored by the same engine.
	const original = scenarioById('grandma-chen-and-the-jargon');
	const zh = original.translations['zh-CN']!;
	const strong = pathOf(zh, 'strong');
	expect(strong.result.passed).toBe(true);
	expect(strong.moves.some((m) => m.kind === 'free')).toBe(true);
	await visit(page, `/practice/${original.id}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(zh.title);
	await page.getByRole('button', { name: t('scenario_start', {}, 'zh-CN') }).click();
	await playInBrowser(page, strong, 'zh-CN');
	await expect(
		page.getByRole('heading', { level: 2, name: zh.endings.get(strong.ending!)!.title })
	).toBeVisible({ timeout: 15_000 });
	await expectAccessible(page);

	// The record: competencies by their Chinese names, the run among the evidence.
	await visit(page, '/record');
	const listening = content().competencies.find((c) => c.id === 'listening')!;
	await expect(page.getByText(listening.translations!['zh-CN']!.name).first()).toBeVisible();
	await expect(page.getByText(zh.title).first()).toBeVisible();
	await expectAccessible(page);

	// Their own time zone: saved, applied to the next page, and an unknown one refused.
	await visit(page, '/settings');
	await expectAccessible(page);
	await page
		.getByLabel(t('settings_time_zone', {}, 'zh-CN'), { exact: true })
		.selectOption('Asia/Shanghai');
	await page.getByRole('button', { name: t('settings_save', {}, 'zh-CN') }).click();
	await expect(page.getByRole('status')).toHaveText(t('settings_saved', {}, 'zh-CN'));
	await expect(page.locator('html')).toHaveAttribute('data-tz', 'Asia/Shanghai');
	await expectAccessible(page);
});
