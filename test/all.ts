// npm test: everything CI runs, in two steps so two cores stay busy.
//  1. side by side: svelte-check, Prettier + ESLint, content:check and vitest (unit and
//     integration tests), and the preparation of the built app's tests (npm run test:prepare:
//     Chromium, the test build, the demo template), which fills the core vitest leaves idle
//     once the others finish;
//  2. if all passed: the built app's tests (both e2e projects and the short fault drills side
//     by side, test/e2e/run.ts --with-faults).
// Each line of output is prefixed with its job; the summary says which failed.
import { sideBySide, verdicts, type Job } from './side-by-side';

// npm sets npm_execpath (its own script) for the scripts it runs.
const cli = process.env.npm_execpath;
if (!cli) throw new Error('Run this through npm: npm test');
const npm = (script: string): Job => ({ name: script, command: [cli, 'run', '--silent', script] });

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 60_000).toFixed(1)} min`;
// First, alone: the compiled messages and SvelteKit's generated files, so the jobs below that
// would each write them (check, lint, vitest) find them made and change nothing.
const prelude = [
	npm('i18n'),
	{ name: 'sync', command: ['node_modules/@sveltejs/kit/svelte-kit.js', 'sync'] }
];
for (const job of prelude) {
	const [code] = await sideBySide([job]);
	if (code !== 0) process.exit(code);
}
const first = [
	npm('check'),
	npm('lint'),
	npm('content:check'),
	npm('test:unit'),
	npm('test:prepare')
];
const codes = await sideBySide(first);
console.log(`npm test, step 1: ${verdicts(first, codes)} (${elapsed()})`);
if (codes.some((c) => c !== 0)) process.exit(1);
const built: Job[] = [
	{ name: 'test:built', command: ['node_modules/.bin/tsx', 'test/e2e/run.ts', '--with-faults'] }
];
const [code] = await sideBySide(built);
console.log(`npm test, step 2: ${verdicts(built, [code])} (${elapsed()})`);
process.exit(code);
