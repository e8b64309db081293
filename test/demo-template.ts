// Seeds the demo organisation once per test build and keeps it as a template
// (<build>/demo-template.db): every e2e server and fault drill then starts from a copy instead of
// seeding its own (9 CPU seconds each, on a machine npm test keeps busy). Runs the built server
// once, as the tests will, and stops it when the template exists.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const build = process.env.COACHLINE_BUILD_DIR || 'test-results/build';
const template = join(build, 'demo-template.db');
rmSync(template, { force: true });
const dir = mkdtempSync(join(tmpdir(), 'coachline-template-'));
const started = Date.now();
const server = spawn(process.execPath, ['src/cli/serve.js'], {
	env: {
		...process.env,
		PORT: String(20000 + (process.pid % 20000)),
		HOST: '127.0.0.1',
		DATABASE_URL: join(dir, 'demo.db'),
		COACHLINE_DEMO: 'on',
		COACHLINE_DEMO_TEMPLATE: template,
		COACHLINE_BUILD_DIR: build,
		CONTENT_SNAPSHOT: 'test-results/content.snapshot'
	},
	stdio: ['ignore', 'ignore', 'inherit']
});
const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
while (!existsSync(template)) {
	if (Date.now() - started > 180_000 || server.exitCode !== null) {
		server.kill();
		console.error('The demo template was not written; servers will seed their own.');
		break;
	}
	await new Promise((r) => setTimeout(r, 200));
}
server.kill('SIGTERM');
await exited;
rmSync(dir, { recursive: true, force: true });
if (existsSync(template))
	console.log(`Demo template ready (${((Date.now() - started) / 1000).toFixed(1)} s).`);
