// What every benchmark against the built server shares: start it on loopback over a database of
// its own, wait until it answers, and read percentiles off a list of timings.
import { spawn } from 'node:child_process';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the built server (`npm run build:test` wrote it to test-results/build) through
 * src/cli/serve.js on 127.0.0.1:`port` over `dbFile` (with the demo organisation if
 * `options.demo`; `options.args` go to node); resolves once it answers.
 */
export async function startServer(
	dbFile: string,
	port: number,
	options: { demo?: boolean; args?: string[]; firstPage?: string } = {}
) {
	const origin = `http://127.0.0.1:${port}`;
	const server = spawn(process.execPath, [...(options.args ?? []), 'src/cli/serve.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATABASE_URL: dbFile,
			COACHLINE_DEMO: options.demo ? 'on' : 'off',
			COACHLINE_BUILD_DIR: process.env.COACHLINE_BUILD_DIR ?? 'test-results/build'
		},
		stdio: ['ignore', 'ignore', 'inherit']
	});
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			if ((await fetch(`${origin}${options.firstPage ?? '/healthz'}`)).ok) break;
		} catch (e) {
			if (Date.now() > deadline) {
				server.kill();
				throw new Error(`server did not start: ${(e as Error).message}`);
			}
		}
		// Often enough that a start-up time is measured to within 10 ms.
		await sleep(10);
	}
	return { origin, pid: server.pid!, stop: () => server.kill(), process: server };
}

/** The p-th percentile (0–100) of timings sorted ascending. */
export const percentile = (sorted: number[], p: number) =>
	sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
