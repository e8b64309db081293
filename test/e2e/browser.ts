// Finds the Chromium the end-to-end tests drive. Playwright's own browser download cannot
// reach its servers here, so we use Debian's package: CHROMIUM_PATH, then /usr/bin/chromium;
// as root with apt we install it, otherwise we stop with a one-line instruction.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium(): string | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return CANDIDATES.find((path) => existsSync(path));
}

function ensureChromium(): number {
	const found = findChromium();
	if (found) {
		console.log(`e2e browser: ${found}`);
		return 0;
	}
	const isRoot = process.getuid?.() === 0;
	if (isRoot && existsSync('/usr/bin/apt-get')) {
		console.log('e2e browser: installing Debian chromium with apt-get …');
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
		if (findChromium()) return 0;
	}
	console.error(
		'No Chromium found: install it (Debian: sudo apt-get install chromium) or set CHROMIUM_PATH.'
	);
	return 1;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = ensureChromium();
