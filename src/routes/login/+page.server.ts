import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { attemptLogin, safeNext } from '$lib/server/auth/login';
import { createSession, invalidateSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { badRequest, readForm, text } from '$lib/server/form';
import { EMAIL_MAX } from '$lib/server/org/validation';
import { t, type MessageKey } from '$lib/i18n';
import { ssoConfig } from '$lib/server/auth/sso-config';
import { passwordAllowed, passwordPolicy } from '$lib/server/auth/policy';

/** What the sign-in page offers: the company account (when set up) and the password form. */
export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, safeNext(url.searchParams.get('next')));
	const sso = ssoConfig();
	const refused = url.searchParams.get('sso');
	return {
		sso: sso && { label: sso.label, next: url.searchParams.get('next') },
		// Only our own refusals are shown (the key comes back in the address).
		ssoError: refused && SSO_REFUSALS.has(refused) ? t(refused as MessageKey) : null,
		passwordsForEveryone: !sso || (await passwordPolicy(useDb())).mode === 'everyone'
	};
};

const SSO_REFUSALS = new Set([
	'sso_state',
	'sso_refused',
	'sso_failed',
	'sso_no_email',
	'sso_unverified',
	'sso_disabled',
	'sso_linked_elsewhere',
	'sso_no_account'
]);

export const actions = {
	default: async (event) => {
		const form = await readForm(event.request);
		if (!form) return badRequest();
		const email = text(form, 'email').trim();
		const password = text(form, 'password');
		const echo = { email: email.slice(0, EMAIL_MAX) };
		if (!email) return fail(422, { ...echo, message: t('email_required') });
		if (!password) return fail(422, { ...echo, message: t('password_required') });

		const db = useDb();
		const outcome = await attemptLogin(db, email, password, event.getClientAddress());
		if (!outcome.ok) {
			if (outcome.reason === 'address_throttled')
				return fail(429, { ...echo, message: t('login_ip_throttled') });
			if (outcome.reason === 'account_throttled')
				return fail(429, { ...echo, message: t('login_throttled', { seconds: outcome.seconds }) });
			return fail(400, { ...echo, message: t('login_failed') });
		}
		// With single sign-on, passwords may be kept for the break-glass admin only.
		if (!(await passwordAllowed(db, outcome.user.id, ssoConfig() !== null)))
			return fail(403, {
				...echo,
				message: t('password_signin_off', { provider: ssoConfig()!.label })
			});
		// A new session on every sign-in, and the one this browser had (if any) ends with it.
		if (event.locals.session) await invalidateSession(db, event.locals.session.id);
		const { token, expiresAt } = await createSession(db, outcome.user.id);
		setSessionCookie(event.cookies, event.url, token, expiresAt);
		redirect(303, safeNext(event.url.searchParams.get('next')));
	}
} satisfies Actions;
