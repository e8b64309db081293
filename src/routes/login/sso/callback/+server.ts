import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { ssoConfig } from '$lib/server/auth/sso-config';
import { finishSso, SSO_COOKIE } from '$lib/server/auth/sso';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';

/**
 * Where the identity provider sends the browser back. Signed in: a new Coachline session, as
 * after a password. Refused: back to the sign-in page, which says why.
 */
export const GET: RequestHandler = async (event) => {
	const config = ssoConfig();
	if (!config) error(404, { message: t('sso_off') });
	const db = useDb();
	const cookieState = event.cookies.get(SSO_COOKIE);
	event.cookies.delete(SSO_COOKIE, { path: '/login/sso', secure: event.url.protocol === 'https:' });
	let outcome;
	try {
		outcome = await finishSso(db, config, { callback: event.url, cookieState });
	} catch (e) {
		if (!(e instanceof DomainError)) throw e;
		if (e.status === 503) error(503, { message: t(e.key) });
		redirect(303, `/login?sso=${e.key}`);
	}
	if (event.locals.session) await invalidateSession(db, event.locals.session.id);
	const { token, expiresAt } = await createSession(db, outcome.user.id);
	setSessionCookie(event.cookies, event.url, token, expiresAt);
	redirect(303, outcome.next);
};
