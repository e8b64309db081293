import { expect, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/server/content';
import type { Question, Quiz } from '../../src/lib/server/quiz/types';

let cached: ReturnType<typeof loadContent>['index'] | undefined;
/** The content the server was built from: the tests know the answer keys, browsers do not. */
export function content() {
	cached ??= loadContent('content').index;
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
export async function answerAll(page: Page, quiz: Quiz, opts: { wrong?: boolean } = {}) {
	const fieldsets = page.locator('fieldset.question');
	const count = await fieldsets.count();
	const stepped = await page.getByRole('button', { name: 'Next question' }).count();
	for (let i = 0; i < count; i++) {
		const fs = fieldsets.nth(i);
		const prompt = norm(await fs.locator('.prompt').innerText());
		const q = quiz.questions.find((x) => norm(x.prompt) === prompt);
		if (!q) throw new Error(`question not in quiz ${quiz.id}: ${prompt}`);
		await answerOne(fs, q, !!opts.wrong);
		await fs.getByText('Sure', { exact: true }).click();
		if (stepped && i < count - 1) await page.getByRole('button', { name: 'Next question' }).click();
	}
}

async function answerOne(fs: ReturnType<Page['locator']>, q: Question, wrong: boolean) {
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
			await fs.getByRole('combobox', { name: `Position of “${text}”` }).selectOption(String(i + 1));
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

export async function expectScore(page: Page, score: number) {
	await expect(page.getByRole('heading', { name: `Your result: ${score}%` })).toBeVisible();
}
