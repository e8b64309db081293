import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { play, type Playthrough } from '../../src/lib/server/roleplay/explore';
import type { Scenario } from '../../src/lib/server/roleplay/types';
import { content } from './quiz-helpers';
import { t } from '../../src/lib/i18n';

/** The flagship scenarios shipped with the engine. */
export const FLAGSHIPS = [
	'third-call-still-broken',
	'colleague-promised-a-refund',
	'pay-me-or-the-papers'
] as const;

export function scenarioById(id: string): Scenario {
	const scenario = content().scenario(id);
	if (!scenario) throw new Error(`no scenario ${id}`);
	return scenario;
}

/** The strongest and weakest paths as content:check plays them: what the browser must reproduce. */
export function pathOf(scenario: Scenario, policy: 'strong' | 'weak'): Playthrough {
	return play(scenario, policy);
}

/**
 * Plays a path in the browser from the first decision of a fresh run: choices by their text
 * (they are shuffled on the page), free-text steps typed. Each move waits for the form of its
 * own step, so a slow page or the customer's typing pause never makes it act on a stale form.
 */
export async function playInBrowser(page: Page, path: Playthrough, locale: 'en' | 'zh-CN' = 'en') {
	for (const [i, move] of path.moves.entries()) {
		await expect(page.locator(`input[name="step"][value="${i}"]`).first()).toBeAttached({
			timeout: 15_000
		});
		if (move.kind === 'choice') {
			await page.getByRole('button', { name: move.text, exact: true }).click();
		} else {
			await page.locator('#reply').fill(move.text);
			await page.getByRole('button', { name: t('roleplay_send', {}, locale) }).click();
		}
	}
	expect(path.ending, 'the path reaches an ending').not.toBeNull();
}

/** Waits for the debrief of a finished run and checks its verdict and ending. */
export async function expectDebrief(page: Page, scenario: Scenario, path: Playthrough) {
	const ending = scenario.endings.get(path.ending!)!;
	await expect(page.getByRole('heading', { level: 2, name: ending.title })).toBeVisible({
		timeout: 15_000
	});
	await expect(
		page.getByText(
			`Score ${Math.round(path.result.score * 100)}% (pass mark ${Math.round(scenario.passMark * 100)}%).`
		)
	).toBeVisible();
	await expect(
		page.locator('.verdict .badge', { hasText: path.result.passed ? 'Passed' : 'Not passed yet' })
	).toBeVisible();
	// The verdict says both halves: the ending and the pass mark.
	await expect(
		page.locator('.verdict-text', {
			hasText: path.result.passed
				? 'You reached a good ending and scored'
				: ending.success
					? 'You reached a good ending, but scored'
					: 'did not end well'
		})
	).toBeVisible();
}

const decode = (s: string) =>
	s
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/**
 * Plays a path through the HTTP API (no browser): choices by their text, typed steps with the
 * path's reply unless `typed` gives another for that move. Stops before move `stopAt`.
 * Returns the status of every POST, so a test can check that none was a 500.
 */
export async function playViaApi(
	c: APIRequestContext,
	run: string,
	path: Playthrough,
	{
		typed = {},
		stopAt = path.moves.length
	}: { typed?: Record<number, string>; stopAt?: number } = {}
) {
	const statuses: number[] = [];
	for (const [i, move] of path.moves.entries()) {
		if (i >= stopAt) break;
		if (move.kind === 'choice') {
			const html = await (await c.get(run)).text();
			const buttons = [...html.matchAll(/name="choice" value="(\d+)"[^>]*>([^<]*)</g)];
			const shown = buttons.find((b) => decode(b[2]).trim() === move.text);
			expect(shown, move.text).toBeTruthy();
			statuses.push(
				(await c.post(`${run}?/choose`, { form: { step: String(i), choice: shown![1] } })).status()
			);
		} else
			statuses.push(
				(
					await c.post(`${run}?/reply`, { form: { step: String(i), reply: typed[i] ?? move.text } })
				).status()
			);
	}
	return statuses;
}

/** Answers whatever a run asks (the first choice shown, a plain typed reply) until it ends. */
export async function finishViaApi(c: APIRequestContext, run: string) {
	for (let i = 0; i < 40; i++) {
		const html = await (await c.get(run)).text();
		const form = html.match(/action="\?\/(choose|reply)"[\s\S]*?name="step" value="(\d+)"/);
		if (!form) return html;
		const res =
			form[1] === 'choose'
				? await c.post(`${run}?/choose`, { form: { step: form[2], choice: '0' } })
				: await c.post(`${run}?/reply`, {
						form: { step: form[2], reply: 'I will call you back tomorrow morning.' }
					});
		expect(res.status()).toBe(303);
	}
	throw new Error('the run did not end');
}
