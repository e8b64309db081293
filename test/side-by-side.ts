// Runs commands at the same time, each line of their output prefixed with the job's name, and
// says which passed. Used by npm test (test/all.ts) and the e2e runs (test/e2e/run.ts).
import { spawn } from 'node:child_process';

export interface Job {
	name: string;
	/** Arguments to node: a script and its arguments. */
	command: string[];
	env?: Record<string, string>;
}

/** Runs `jobs` side by side; resolves with their exit codes, in order. */
export async function sideBySide(jobs: Job[]): Promise<number[]> {
	return Promise.all(
		jobs.map(
			({ name, command, env }) =>
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
							for (const line of lines) console.log(`[${name}] ${line}`);
						});
						stream.on('end', () => rest && console.log(`[${name}] ${rest}`));
					}
					child.on('close', (code) => resolve(code ?? 1));
				})
		)
	);
}

/** "check passed, lint FAILED" */
export const verdicts = (jobs: Job[], codes: number[]) =>
	jobs.map((j, i) => `${j.name} ${codes[i] === 0 ? 'passed' : 'FAILED'}`).join(', ');
