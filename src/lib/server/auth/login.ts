import type { Db } from '../db';
import { findUserByEmail } from '../org/users';
import { burnVerify, PASSWORD_MAX, verifyPassword } from './password';
import {
	accountFailed,
	accountSucceeded,
	accountWaitMs,
	addressAllowed,
	addressFailed
} from './throttle';
import { EMAIL_MAX } from '../org/validation';
import type { SessionUser } from './session';

export type LoginOutcome =
	| { ok: true; user: SessionUser }
	| { ok: false; reason: 'address_throttled' }
	| { ok: false; reason: 'account_throttled'; seconds: number }
	| { ok: false; reason: 'failed' };

/**
 * Checks a sign-in. Unknown email, wrong password, disabled account and not-yet-accepted
 * invitation all answer 'failed', after the same amount of work, so nothing tells them apart.
 */
export async function attemptLogin(
	db: Db,
	email: string,
	password: string,
	address: string
): Promise<LoginOutcome> {
	// Throttled per address (30 failures at once, then one every 4 s) and per account (growing
	// waits after failures in a row), shared by every node through the database (throttle.ts).
	if (!(await addressAllowed(db, address))) return { ok: false, reason: 'address_throttled' };
	const key = email.trim().toLowerCase().slice(0, EMAIL_MAX);
	const wait = await accountWaitMs(db, key);
	if (wait > 0) return { ok: false, reason: 'account_throttled', seconds: Math.ceil(wait / 1000) };

	const user = key.length <= EMAIL_MAX ? await findUserByEmail(db, key) : undefined;
	let ok = false;
	if (password.length > PASSWORD_MAX * 4)
		ok = false; // never hash megabytes
	else if (user?.passwordHash && user.status === 'active')
		ok = await verifyPassword(user.passwordHash, password);
	else await burnVerify(password);

	if (!ok || !user) {
		await accountFailed(db, key);
		await addressFailed(db, address);
		return { ok: false, reason: 'failed' };
	}
	await accountSucceeded(db, key);
	const { id, name, role, language, timeZone, startedOn } = user;
	return { ok: true, user: { id, email: user.email, name, role, language, timeZone, startedOn } };
}

const HERE = 'http://coachline.invalid';

/**
 * Where to go after signing in: a path on this site, or `/`. The path is read the way a browser
 * reads a Location header (tabs and newlines dropped, `\` as `/`), so `/\t/evil.example` or
 * `/\\evil.example` cannot leave the site, and it comes back percent-encoded, so control or
 * non-ASCII characters never reach the header (SvelteKit refuses those with a 500).
 */
export function safeNext(next: string | null): string {
	if (!next || next.length > 2000 || !next.startsWith('/')) return '/';
	let url: URL;
	try {
		url = new URL(next, HERE);
	} catch {
		return '/';
	}
	if (url.origin !== HERE) return '/';
	const path = url.pathname + url.search + url.hash;
	// Belt and braces: what leaves is one same-site path of visible ASCII.
	return /^\/(?![/\\])[\x21-\x7e]*$/.test(path) ? path : '/';
}
