// npm run test:fault: the short version of every drill, one after another (FAULT_MODE=short).
// Each drill is its own process with its own server and database; the first failure stops.
import { spawnSync } from 'node:child_process';

const DRILLS = ['fuzz', 'slow', 'disk-full', 'upgrade', 'kill', 'sigterm', 'backup'];
for (const drill of DRILLS) {
	const started = Date.now();
	const { status } = spawnSync(
		process.execPath,
		['node_modules/.bin/tsx', `test/fault/${drill}.ts`],
		{
			env: { ...process.env, FAULT_MODE: 'short' },
			stdio: 'inherit'
		}
	);
	console.log(
		`${drill}: ${status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`
	);
	if (status !== 0) process.exit(1);
}
