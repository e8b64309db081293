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
