// A throwaway PostgreSQL server for the tests and benchmarks: Debian's package (installed with
// apt when it is missing and this runs as root), a new cluster in a temporary folder, run by an
// unprivileged user, listening on loopback only, removed when stopped.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface Postgres {
	/** postgres://… of the cluster's `postgres` database, as the superuser `coachline`. */
	url: string;
	port: number;
	/** A new, empty database on the cluster, and its address. */
	database(name: string): Promise<string>;
	stop(): void;
}

/** The newest PostgreSQL server installed from Debian's packages, or null. */
function serverBin(): string | null {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return null;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : null;
}

const isRoot = () => process.getuid?.() === 0;

function install() {
	if (!isRoot())
		throw new Error(
			"PostgreSQL's server is not installed, and these tests only install it when run as root: install Debian's package (sudo apt-get install postgresql), then run them again."
		);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const apt = (...args: string[]) =>
		spawnSync('apt-get', ['-y', '-q', ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
	// The package list may be missing or stale on a new machine: update once if the first try fails.
	let result = apt('install', '--no-install-recommends', 'postgresql');
	if (result.status !== 0) {
		apt('update');
		result = apt('install', '--no-install-recommends', 'postgresql');
	}
	if (result.status !== 0)
		throw new Error(`apt-get could not install PostgreSQL: ${result.stderr.toString().trim()}`);
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

/**
 * Starts a new cluster. `durable: false` (the tests) turns off fsync and friends: nothing in a
 * throwaway cluster needs to survive a power cut, and the tests run faster. Benchmarks keep the
 * defaults, as a real installation would.
 */
export async function startPostgres({ durable = false } = {}): Promise<Postgres> {
	let bin = serverBin();
	if (!bin) {
		install();
		bin = serverBin();
		if (!bin) throw new Error('PostgreSQL was installed, but its server was not found');
	}
	// PostgreSQL refuses to run as root: as root, the package's own `postgres` user runs it.
	const runAs = isRoot() ? 'postgres' : userInfo().username;
	const run = (cmd: string, args: string[]) => {
		const argv = isRoot() ? ['-u', runAs, '--', join(bin, cmd), ...args] : args;
		const result = spawnSync(isRoot() ? 'runuser' : join(bin, cmd), argv, {
			stdio: ['ignore', 'pipe', 'pipe']
		});
		if (result.status !== 0)
			throw new Error(
				`${cmd} failed (${result.status}): ${result.stderr.toString().trim() || result.stdout.toString().trim()}`
			);
	};
	const dir = mkdtempSync(join(tmpdir(), 'coachline-pg-'));
	if (isRoot()) {
		const uid = Number(execFileSync('id', ['-u', runAs]).toString());
		const gid = Number(execFileSync('id', ['-g', runAs]).toString());
		chownSync(dir, uid, gid);
	}
	const data = join(dir, 'data');
	const log = join(dir, 'server.log');
	run('initdb', [
		'-D',
		data,
		'-U',
		'coachline',
		'-A',
		'trust',
		'-E',
		'UTF8',
		'--locale=C.UTF-8',
		'--no-instructions',
		...(durable ? [] : ['--no-sync'])
	]);
	const port = await freePort();
	const options = [
		`-p ${port}`,
		`-k ${dir}`,
		'-c listen_addresses=127.0.0.1',
		'-c max_connections=200',
		...(durable ? [] : ['-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off'])
	].join(' ');
	try {
		run('pg_ctl', ['-D', data, '-l', log, '-w', '-t', '60', '-o', options, 'start']);
	} catch (e) {
		const tail = existsSync(log) ? readFileSync(log, 'utf8').slice(-2000) : '';
		rmSync(dir, { recursive: true, force: true });
		throw new Error(`${(e as Error).message}\n${tail}`);
	}
	let stopped = false;
	const stop = () => {
		if (stopped) return;
		stopped = true;
		process.off('exit', stop);
		try {
			run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	};
	// A test run that ends early still stops its server.
	process.on('exit', stop);
	const url = `postgres://coachline@127.0.0.1:${port}/postgres`;
	return {
		url,
		port,
		stop,
		async database(name) {
			if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a database name: ${name}`);
			const { default: pg } = await import('pg');
			const client = new pg.Client({ connectionString: url });
			await client.connect();
			try {
				await client.query(`CREATE DATABASE ${name}`);
			} finally {
				await client.end();
			}
			return `postgres://coachline@127.0.0.1:${port}/${name}`;
		}
	};
}
