import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { invalidateSession } from '$lib/server/auth/session';
import { deleteSessionCookie } from '$lib/server/auth/cookie';

/** Signing out is a POST (a link or prefetch must never sign anyone out). */
export const load: PageServerLoad = () => redirect(303, '/');

export const actions = {
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(useDb(), locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, '/login');
	}
} satisfies Actions;
