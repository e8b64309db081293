import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { acceptInvitation, findInvitation } from '$lib/server/org/users';
import { hashPassword, passwordProblem } from '$lib/server/auth/password';
import { createSession } from '$lib/server/auth/session';
import { setSessionCookie } from '$lib/server/auth/cookie';
import { badRequest, readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';

/** Who the invitation is for; a used, replaced, expired or forged link is a 404. */
export const load: PageServerLoad = async ({ params, setHeaders }) => {
	// The token is a secret: keep it out of other sites' Referer and out of caches. Not
	// 'no-referrer': that makes browsers send `Origin: null` on the form post, which SvelteKit's
	// CSRF check rightly refuses.
	setHeaders({ 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store' });
	const user = await findInvitation(useDb(), params.token);
	if (!user) error(404, { message: t('invite_invalid_body') });
	return { invitation: { name: user.name, email: user.email } };
};

export const actions = {
	default: async ({ request, params, cookies, url }) => {
		const form = await readForm(request);
		if (!form) return badRequest();
		const password = text(form, 'password');
		const confirm = text(form, 'confirm');
		if (!password) return fail(422, { message: t('password_required') });
		const problem = passwordProblem(password);
		if (problem) return fail(422, { message: t(problem) });
		if (password !== confirm) return fail(422, { message: t('passwords_differ') });

		const db = useDb();
		if (!(await findInvitation(db, params.token)))
			return fail(404, { message: t('invitation_invalid') });
		const passwordHash = await hashPassword(password);
		let userId: number;
		try {
			userId = (await acceptInvitation(db, params.token, passwordHash)).id;
		} catch (e) {
			// A double submit: the first request spent the invitation while this one hashed.
			if (e instanceof DomainError) return fail(e.status, { message: t(e.key) });
			throw e;
		}
		const { token, expiresAt } = await createSession(db, userId);
		setSessionCookie(cookies, url, token, expiresAt);
		redirect(303, '/');
	}
} satisfies Actions;
