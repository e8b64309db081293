import { error, redirect } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { write, exec } from '$lib/server/db';
import { users } from '$lib/server/db/schema';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, localeOf } from '$lib/server/i18n/locale';
import { t } from '$lib/i18n';

/**
 * The header's language form (works without JavaScript): remembers the choice in a cookie and,
 * for a signed-in person, as their saved language, then goes back to the page they were on.
 */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await request.formData().catch(() => null);
	const locale = localeOf(form?.get('language'));
	if (!form || !locale) error(400, { message: t('language_invalid') });
	cookies.set(LANGUAGE_COOKIE, locale, {
		path: '/',
		maxAge: LANGUAGE_COOKIE_MAX_AGE,
		sameSite: 'lax',
		httpOnly: true,
		secure: url.protocol === 'https:'
	});
	if (locals.user) {
		const id = locals.user.id;
		await write(
			useDb(),
			async (tx) => await exec(tx.update(users).set({ language: locale }).where(eq(users.id, id)))
		);
	}
	redirect(303, backTo(form.get('to')));
};

/** Only a path on this site (never //elsewhere or a scheme): anything else goes home. */
function backTo(value: FormDataEntryValue | null): string {
	if (typeof value !== 'string' || value.length > 2000) return '/';
	if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
	try {
		const url = new URL(value, 'http://coachline.invalid');
		return url.origin === 'http://coachline.invalid' ? url.pathname + url.search + url.hash : '/';
	} catch {
		return '/';
	}
}
