import type { Cookies } from '@sveltejs/kit';
import { SESSION_COOKIE } from './session';

/** Secure everywhere but plain-http localhost, where browsers would drop a Secure cookie. */
function isSecure(url: URL) {
	return !(url.protocol === 'http:' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: number) {
	cookies.set(SESSION_COOKIE, token, {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		expires: new Date(expiresAt),
		path: '/'
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(SESSION_COOKIE, { path: '/', secure: isSecure(url) });
}

const FLASH_COOKIE = 'coachline_flash';

/**
 * Says something to the next page after a redirect (what a deletion took with it, say), for one
 * read, on pages under `path` only: a short-lived HTTP-only cookie, so the words cannot be put
 * in a link by someone else.
 */
export function setFlash(cookies: Cookies, url: URL, path: string, value: unknown) {
	cookies.set(FLASH_COOKIE, JSON.stringify(value), {
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecure(url),
		maxAge: 60,
		path
	});
}

/** Reads and clears what setFlash left for `path`; null when nothing (or nothing readable). */
export function takeFlash(cookies: Cookies, url: URL, path: string): unknown {
	const raw = cookies.get(FLASH_COOKIE);
	if (raw === undefined) return null;
	cookies.delete(FLASH_COOKIE, { path, secure: isSecure(url) });
	try {
		return JSON.parse(raw);
	} catch {
		return null;
	}
}
