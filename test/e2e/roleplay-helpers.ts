import { expect, type Page } from '@playwright/test';
import { play, type Playthrough } from '../../src/lib/server/roleplay/explore';
import type { Scenario } from '../../src/lib/server/roleplay/types';
import { content } from './quiz-helpers';

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
export async function playInBrowser(page: Page, path: Playthrough) {
	for (const [i, move] of path.moves.entries()) {
		await expect(page.locator(`input[name="step"][value="${i}"]`).first()).toBeAttached({
			timeout: 15_000
		});
		if (move.kind === 'choice') {
			await page.getByRole('button', { name: move.text, exact: true }).click();
		} else {
			await page.locator('#reply').fill(move.text);
			await page.getByRole('button', { name: 'Send reply' }).click();
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
}
