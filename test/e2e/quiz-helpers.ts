import { expect, test, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/server/content';
import type { Question, Quiz } from '../../src/lib/server/quiz/types';
import { t, type Locale } from '../../src/lib/i18n';

let cached: Awaited<ReturnType<typeof loadContent>>['index'] | undefined;
/** The content the server was built from: the tests know the answer keys, browsers do not. */
export function content() {
	cached ??= loadContent('content', { simulate: false }).index;
	return cached;
}

export function quizById(id: string): Quiz {
	const quiz = content().quiz(id);
	if (!quiz) throw new Error(`no quiz ${id}`);
	return quiz;
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Answers every question on an attempt page, rightly or (with `wrong`) as wrongly as the
 * question allows, and marks each "sure". Works the same with JavaScript on (one question at a
 * time) and off (all at once).
 */
export async function answerAll(
	page: Page,
	quiz: Quiz,
	opts: { wrong?: boolean; locale?: Locale } = {}
) {
	const locale = opts.locale ?? 'en';
	await page.waitForURL(/\/attempts\//);
	const stepped = test.info().project.use.javaScriptEnabled !== false;
	const all = page.locator('fieldset.question');
	if (!stepped) {
		for (const fs of await all.all()) await answerFieldset(fs, quiz, !!opts.wrong, locale);
		return;
	}
	// One question at a time: answer the one shown, then Next, until Submit appears.
	const shown = page.locator('fieldset.question:not([hidden])');
	await expect(shown).toHaveCount(1);
	const total = await all.count();
	for (let i = 0; i < total; i++) {
		await expect(shown.locator('.number')).toHaveText(
			t('quiz_question_of', { n: i + 1, total }, locale)
		);
		await answerFieldset(shown, quiz, !!opts.wrong, locale);
		if (i < total - 1) await page.getByRole('button', { name: t('quiz_next', {}, locale) }).click();
	}
}

async function answerFieldset(
	fs: ReturnType<Page['locator']>,
	quiz: Quiz,
	wrong: boolean,
	locale: Locale
) {
	const prompt = norm(await fs.locator('.prompt').innerText());
	// Prompts repeat ("Which reply is best?"): the customer's line and the options tell apart.
	const text = norm(await fs.innerText());
	const texts = (x: Question) =>
		x.type === 'matching'
			? x.pairs.flatMap((p) => [p.left, p.right])
			: x.options.map((o) => o.text);
	const q = quiz.questions.find(
		(x) =>
			norm(x.prompt) === prompt &&
			(x.type !== 'best-response' || text.includes(norm(x.customer))) &&
			texts(x).every((t) => text.includes(norm(t)))
	);
	if (!q) throw new Error(`question not in quiz ${quiz.id}: ${prompt}`);
	await answerOne(fs, q, wrong, locale);
	await fs.getByText(t('quiz_sure', {}, locale), { exact: true }).click();
}

async function answerOne(
	fs: ReturnType<Page['locator']>,
	q: Question,
	wrong: boolean,
	locale: Locale
) {
	if (q.type === 'matching') {
		const rights = q.pairs.map((p) => p.right);
		for (const [i, p] of q.pairs.entries()) {
			const target = wrong ? rights[(i + 1) % rights.length] : p.right;
			await fs.getByLabel(p.left, { exact: true }).selectOption({ label: target });
		}
		return;
	}
	if (q.type === 'ordering') {
		const order = wrong ? [...q.answer].reverse() : q.answer;
		for (const [i, id] of order.entries()) {
			const text = q.options.find((o) => o.id === id)!.text;
			await fs
				.getByRole('combobox', { name: t('quiz_position_of', { item: text }, locale) })
				.selectOption(String(i + 1));
		}
		return;
	}
	const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
	const pick = q.options.filter((o) => (wrong ? !right.has(o.id) : right.has(o.id)));
	for (const o of q.type === 'multiple' || !wrong ? pick : pick.slice(0, 1))
		await fs.locator('label.option', { hasText: o.text }).locator('input').check();
}

/** Every string that must never reach the browser before submission. */
export function secretsOf(quiz: Quiz): string[] {
	return quiz.questions.flatMap((q) => [
		q.explanation,
		...(q.type === 'matching' ? q.pairs.map((p) => p.feedback) : q.options.map((o) => o.feedback))
	]);
}

export async function expectScore(page: Page, score: number, locale: Locale = 'en') {
	await expect(
		page.getByRole('heading', { name: t('quiz_result_title', { score }, locale) })
	).toBeVisible();
}
