// Runs commands at the same time, each line of their output prefixed with the job's name, and
// says which passed. Used by npm test (test/all.ts) and the e2e runs (test/e2e/run.ts).
import { spawn } from 'node:child_process';

export interface Job {
	name: string;
	/** Arguments to node: a script and its arguments. */
	command: string[];
	env?: Record<string, string>;
}

/** How many of a failed job's last lines are printed again at the end. */
const TAIL = 25;

/**
 * Runs `jobs` side by side; resolves with their exit codes, in order. Once all have ended, the
 * last lines of each job that failed are printed again, so that the reason is at the end of the
 * output (where CI logs are cut) and not somewhere among the other jobs' lines.
 */
export async function sideBySide(jobs: Job[]): Promise<number[]> {
	const tails = jobs.map(() => [] as string[]);
	const codes = await Promise.all(
		jobs.map(
			({ name, command, env }, index) =>
				new Promise<number>((resolve) => {
					const child = spawn(process.execPath, command, {
						env: { ...process.env, ...env },
						stdio: ['ignore', 'pipe', 'pipe']
					});
					const tail = tails[index];
					const print = (line: string) => {
						console.log(`[${name}] ${line}`);
						tail.push(line);
						if (tail.length > TAIL) tail.shift();
					};
					for (const stream of [child.stdout, child.stderr]) {
						let rest = '';
						stream.setEncoding('utf8');
						stream.on('data', (chunk: string) => {
							const lines = (rest + chunk).split('\n');
							rest = lines.pop()!;
							for (const line of lines) print(line);
						});
						stream.on('end', () => rest && print(rest));
					}
					child.on('close', (code) => resolve(code ?? 1));
				})
		)
	);
	jobs.forEach(({ name }, i) => {
		if (codes[i] === 0) return;
		console.log(
			`[${name}] ── FAILED (exit ${codes[i]}); its last ${tails[i].length} lines again: ──`
		);
		for (const line of tails[i]) console.log(`[${name}] ${line}`);
	});
	return codes;
}

/** "check passed, lint FAILED" */
export const verdicts = (jobs: Job[], codes: number[]) =>
	jobs.map((j, i) => `${j.name} ${codes[i] === 0 ? 'passed' : 'FAILED'}`).join(', ');
