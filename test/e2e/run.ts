// npm run test:e2e runs the two projects (JavaScript on, JavaScript off) side by side, each
// against its own server and database (E2E_PORT picks both, see playwright.config.ts), so they
// never share records and the suite takes the time of the longer half. Extra arguments go to
// both runs (a spec file, --grep …). Each line of output is prefixed with its project.
import { spawn } from 'node:child_process';

const RUNS = [
	{ project: 'js-on', port: 4173 },
	{ project: 'js-off', port: 4174 }
];

// `--with-faults` (npm test) runs the short fault drills (npm run test:fault) beside them: they
// use the same build, servers and databases of their own, and mostly wait on timeouts.
const withFaults = process.argv.includes('--with-faults');
const args = process.argv.slice(2).filter((a) => a !== '--with-faults');

const started = Date.now();
const jobs = [
	...RUNS.map(({ project, port }) => ({
		name: project,
		command: ['node_modules/@playwright/test/cli.js', 'test', `--project=${project}`, ...args],
		env: { E2E_PORT: String(port) }
	})),
	...(withFaults
		? [{ name: 'faults', command: ['node_modules/.bin/tsx', 'test/fault/short.ts'], env: {} }]
		: [])
];
const codes = await Promise.all(
	jobs.map(
		({ name: project, command, env }) =>
			new Promise<number>((resolve) => {
				const child = spawn(process.execPath, command, {
					env: { ...process.env, ...env },
					stdio: ['ignore', 'pipe', 'pipe']
				});
				for (const stream of [child.stdout, child.stderr]) {
					let rest = '';
					stream.setEncoding('utf8');
					stream.on('data', (chunk: string) => {
						const lines = (rest + chunk).split('\n');
						rest = lines.pop()!;
						for (const line of lines) console.log(`[${project}] ${line}`);
					});
					stream.on('end', () => rest && console.log(`[${project}] ${rest}`));
				}
				child.on('close', (code) => resolve(code ?? 1));
			})
	)
);
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
console.log(
	`e2e: ${jobs.map((j, i) => `${j.name} ${codes[i] === 0 ? 'passed' : 'FAILED'}`).join(', ')} in ${minutes} min`
);
process.exit(codes.some((c) => c !== 0) ? 1 : 0);
