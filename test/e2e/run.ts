// npm run test:e2e runs the two projects (JavaScript on, JavaScript off) side by side, each
// against its own server and database (E2E_PORT picks both, see playwright.config.ts), so they
// never share records and the suite takes the time of the longer half. Extra arguments go to
// both runs (a spec file, --grep …). Each line of output is prefixed with its project.
import { sideBySide, verdicts, type Job } from '../side-by-side';

const RUNS = [
	{ project: 'js-on', port: 4173 },
	{ project: 'js-off', port: 4174 }
];

// `--with-faults` (npm test) runs the short fault drills (npm run test:fault) beside them: they
// use the same build, servers and databases of their own, and mostly wait on timeouts.
const withFaults = process.argv.includes('--with-faults');
const args = process.argv.slice(2).filter((a) => a !== '--with-faults');

const started = Date.now();
const jobs: Job[] = [
	...RUNS.map(({ project, port }) => ({
		name: project,
		command: ['node_modules/@playwright/test/cli.js', 'test', `--project=${project}`, ...args],
		env: { E2E_PORT: String(port) }
	})),
	...(withFaults
		? [{ name: 'faults', command: ['node_modules/.bin/tsx', 'test/fault/short.ts'] }]
		: [])
];
const codes = await sideBySide(jobs);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(`e2e: ${verdicts(jobs, codes)} in ${minutes} min`);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
