import { describe, expect, it } from 'vitest';
import { Ticker } from './ticker';

describe('the background ticker', () => {
	it('never runs two passes at once, reports a failing pass, and stop waits for the one running', async () => {
		let passes = 0;
		let release!: () => void;
		const failures: unknown[] = [];
		const ticker = new Ticker(
			async () => {
				passes++;
				await new Promise<void>((r) => (release = r));
				return passes;
			},
			(e) => failures.push(e)
		);
		const first = ticker.tick();
		const second = ticker.tick();
		expect(second).toBe(first);
		let stopped = false;
		const stopping = ticker.stop().then(() => (stopped = true));
		await new Promise((r) => setTimeout(r, 10));
		expect(stopped).toBe(false);
		release();
		await stopping;
		expect(await first).toBe(1);
		expect(passes).toBe(1);

		const failing = new Ticker(
			() => Promise.reject(new Error('down')),
			(e) => failures.push(e)
		);
		failing.start(5);
		await new Promise((r) => setTimeout(r, 40));
		await failing.stop();
		expect(failures.length).toBeGreaterThan(1);
	});
});
