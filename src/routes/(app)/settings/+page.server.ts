import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { orgTimeZone, savePersonSettings } from '$lib/server/org/settings';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { formatMoment, timeZones } from '$lib/format';
import { LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE } from '$lib/server/i18n/locale';
import { t } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';
import { emailModeOf } from '$lib/server/mail/outbox';

/**
 * A person's own settings: the language Coachline speaks, the zone it shows times in, and how
 * notifications reach them by email (when the server has email).
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return {
		language: user.language ?? '',
		timeZone: user.timeZone ?? '',
		orgZone: await orgTimeZone(useDb()),
		zones: timeZones(),
		now: formatMoment(Date.now()),
		email: { on: mailConfig() !== null, mode: await emailModeOf(useDb(), user.id) },
		saved: event.url.searchParams.has('saved')
	};
};

export const actions = {
	default: async (event) => {
		const user = requireUser(event);
		const form = await readForm(event.request);
		if (!form)
			return fail(400, { message: t('bad_request'), language: '', timeZone: '', emailMode: '' });
		const input = {
			language: text(form, 'language'),
			timeZone: text(form, 'timeZone'),
			emailMode: text(form, 'emailMode')
		};
		let saved;
		try {
			saved = await savePersonSettings(useDb(), user.id, input);
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: t(e.key), ...input });
			throw e;
		}
		// The language cookie follows, so signing out keeps the language.
		if (saved.language)
			event.cookies.set(LANGUAGE_COOKIE, saved.language, {
				path: '/',
				maxAge: LANGUAGE_COOKIE_MAX_AGE,
				sameSite: 'lax',
				httpOnly: true,
				secure: event.url.protocol === 'https:'
			});
		// A full page load: the new language and zone apply to everything, the header included.
		redirect(303, '/settings?saved');
	}
} satisfies Actions;
