/**
 * Runs a background pass (the email sender's, the LRS forwarder's) every few seconds: a pass
 * asked for while one runs is the one running (never two at once), a failing pass is reported
 * and the next one runs, and stopping waits for the pass in progress.
 */
export class Ticker<T> {
	private timer: ReturnType<typeof setInterval> | null = null;
	private running: Promise<T> | null = null;

	constructor(
		private readonly pass: () => Promise<T>,
		private readonly failed: (error: unknown) => void
	) {}

	tick(): Promise<T> {
		this.running ??= this.pass().finally(() => (this.running = null));
		return this.running;
	}

	start(intervalMs: number) {
		if (this.timer) return;
		this.timer = setInterval(() => void this.tick().catch(this.failed), intervalMs);
		this.timer.unref();
	}

	async stop() {
		if (this.timer) clearInterval(this.timer);
		this.timer = null;
		await this.running?.catch(() => undefined);
	}
}
