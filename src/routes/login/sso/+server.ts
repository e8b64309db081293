import { error, redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { ssoConfig } from '$lib/server/auth/sso-config';
import { beginSso, SSO_COOKIE, SSO_WINDOW_MS } from '$lib/server/auth/sso';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';

/** Sends the browser to the company's identity provider (the button on the sign-in page). */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const config = ssoConfig();
	if (!config) error(404, { message: t('sso_off') });
	let started;
	try {
		started = await beginSso(useDb(), config, {
			origin: url.origin,
			next: url.searchParams.get('next'),
			loginHint: url.searchParams.get('login_hint')
		});
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: t(e.key, e.params) });
		throw e;
	}
	cookies.set(SSO_COOKIE, started.state, {
		httpOnly: true,
		// Lax: the provider sends the browser back with a top-level GET, which carries it.
		sameSite: 'lax',
		secure: url.protocol === 'https:',
		path: '/login/sso',
		maxAge: SSO_WINDOW_MS / 1000
	});
	redirect(303, started.url);
};
