// A real learning record store for tests: Learning Locker's statements service (npm
// xapi-statements, GPL-3.0, test-only) with in-memory storage, and a small auth service in front
// of its client lookup that knows one key and secret. Installed into test/lrs on first use, so a
// fresh clone needs nothing by hand. Used by the integration tests (test/integration/lrs.ts) and
// the e2e server (test/e2e/serve.js).
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const SERVICE = join(here, 'node_modules/xapi-statements/dist/index.js');
export const KEY = 'coachline-key';
export const SECRET = 'coachline-secret';
export const BASIC = `Basic ${Buffer.from(`${KEY}:${SECRET}`).toString('base64')}`;

const INSTALLED = join(here, 'node_modules/.coachline-installed');
const LOCK = join(here, '.installing');
/** @param {number} ms */
const pause = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Installs the service from test/lrs/package-lock.json when it is missing. Test files that need
 * it call this as they start (vitest runs files side by side): one installs, under a lock
 * folder, while the others wait; every other test file runs meanwhile.
 */
export function installTestLrs() {
	while (!existsSync(INSTALLED)) {
		try {
			mkdirSync(LOCK);
		} catch {
			// Another process is installing; a lock older than five minutes was abandoned.
			try {
				if (Date.now() - statSync(LOCK).mtimeMs > 300_000)
					rmSync(LOCK, { recursive: true, force: true });
			} catch {
				// gone meanwhile
			}
			pause(500);
			continue;
		}
		try {
			if (existsSync(INSTALLED)) return;
			console.log('Installing the test LRS (test/lrs) …');
			execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
				cwd: here,
				stdio: 'inherit',
				// The service declares Node 6–8 (2017) and runs on this Node, as these tests show; the
				// project's engine-strict (which `npm test` passes down) must not refuse it here.
				env: { ...process.env, npm_config_engine_strict: 'false' }
			});
			writeFileSync(INSTALLED, new Date().toISOString());
		} finally {
			rmSync(LOCK, { recursive: true, force: true });
		}
	}
}

/** @param {import('node:http').Server} server @param {number} [port] */
const listen = (server, port = 0) =>
	new Promise((resolve) =>
		server.listen(port, '127.0.0.1', () => resolve(/** @type {any} */ (server.address()).port))
	);

/**
 * Starts the LRS on `port` (0: any free one) and resolves once it answers.
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ direct: string, stop: () => Promise<void> }>}
 */
export async function startLrsService({ port = 0 } = {}) {
	installTestLrs();
	const auth = createServer((req, res) => {
		const ok = req.headers.authorization === BASIC;
		res.writeHead(ok ? 200 : 404, { 'content-type': 'application/json' });
		res.end(
			JSON.stringify(
				ok
					? {
							_id: '5f0c2b1a9d3e4f0012345678',
							title: 'Coachline tests',
							authority: { objectType: 'Agent', mbox: 'mailto:lrs@example.com' },
							isTrusted: true,
							lrs_id: '5f0c2b1a9d3e4f0012345679',
							organisation: '5f0c2b1a9d3e4f001234567a',
							scopes: ['all']
						}
					: {}
			)
		);
	});
	const authPort = await listen(auth);
	if (!port) {
		const probe = createServer();
		port = await listen(probe);
		await new Promise((r) => probe.close(r));
	}
	const storage = mkdtempSync(join(tmpdir(), 'coachline-lrs-'));
	const child = spawn(process.execPath, [SERVICE], {
		cwd: storage,
		env: {
			PATH: process.env.PATH,
			EXPRESS_PORT: String(port),
			AUTH_REPO: 'fetch',
			LL_CLIENT_INFO_ENDPOINT: `http://127.0.0.1:${authPort}/auth`,
			EVENTS_REPO: 'test',
			MODELS_REPO: 'memory',
			STORAGE_REPO: 'local',
			FS_LOCAL_STORAGE_DIR: storage,
			EXPRESS_MORGAN_DIRECTORY: join(storage, 'logs'),
			WINSTON_CONSOLE_LEVEL: 'error',
			// Checks done before the answer, so a read right after a write sees it.
			SERVICE_AWAIT_UPDATES: 'true',
			NODE_NO_WARNINGS: '1'
		},
		stdio: ['ignore', 'ignore', 'pipe', 'ipc']
	});
	let stderr = '';
	child.stderr?.on('data', (d) => (stderr += d));
	await new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`the test LRS did not start: ${stderr}`)),
			60_000
		);
		child.once('message', () => {
			clearTimeout(timer);
			resolve(undefined);
		});
		child.once('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`the test LRS exited (${code}): ${stderr}`));
		});
	});
	return {
		direct: `http://127.0.0.1:${port}/xAPI`,
		async stop() {
			child.kill();
			auth.closeAllConnections();
			await new Promise((r) => auth.close(r));
			rmSync(storage, { recursive: true, force: true });
		}
	};
}
