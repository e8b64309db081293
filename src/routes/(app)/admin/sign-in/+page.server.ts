import { fail, redirect } from '@sveltejs/kit';
import { and, count, eq, isNotNull } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { users } from '$lib/server/db/schema';
import { ssoConfig } from '$lib/server/auth/sso-config';
import { SSO_CALLBACK } from '$lib/server/auth/sso';
import { passwordPolicy, setPasswordPolicy } from '$lib/server/auth/policy';
import { DomainError } from '$lib/server/errors';
import { readForm, text } from '$lib/server/form';
import { t } from '$lib/i18n';
import { one } from '../../../../lib/server/db';

/** How people sign in: the single sign-on settings (read-only) and who keeps a password. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	const config = ssoConfig();
	return {
		// Never the client secret.
		sso: config && {
			issuer: config.issuer.href,
			clientId: config.clientId,
			label: config.label,
			callback: event.url.origin + SSO_CALLBACK,
			claims: Object.entries(config.claims)
				.filter(([, v]) => v)
				.map(([k, v]) => `${k}: ${v}`),
			createPeople: config.createPeople,
			linked: (await one(db.select({ n: count() }).from(users).where(isNotNull(users.ssoSubject))))!
				.n
		},
		policy: await passwordPolicy(db),
		admins: await db
			.select({ id: users.id, name: users.name, email: users.email })
			.from(users)
			.where(
				and(eq(users.role, 'admin'), eq(users.status, 'active'), isNotNull(users.passwordHash))
			)
			.orderBy(users.name),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = (await readForm(event.request)) ?? new FormData();
		const input = { mode: text(form, 'mode'), breakGlassId: Number(text(form, 'breakGlass')) };
		try {
			await setPasswordPolicy(useDb(), admin.id, input, ssoConfig() !== null);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: t(e.key) });
			throw e;
		}
		redirect(303, '/admin/sign-in?saved');
	}
} satisfies Actions;
