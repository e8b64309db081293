import { count } from 'drizzle-orm';
import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { teams } from '$lib/server/db/schema';
import { adminOverview } from '$lib/server/org/overview';
import { orgTimeZone, setOrgTimeZone } from '$lib/server/org/settings';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { timeZones } from '$lib/format';
import { t } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';
import { forwardingOf } from '$lib/server/record/forward';
import { ssoConfig } from '$lib/server/auth/sso-config';
import { badgeTotals } from '$lib/server/badges/issue';
import { one } from '../../../lib/server/db';

/** The organisation at a glance (people, activity, onboarding, courses) and its time zone. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	return {
		...(await adminOverview(db, useContent())),
		teams: (await one(db.select({ n: count() }).from(teams)))!.n,
		timeZone: await orgTimeZone(db),
		zones: timeZones(),
		// Whether email is on comes from the configuration: no statement.
		email: mailConfig()?.server.host ?? null,
		lrs: lrsTile(await forwardingOf(db)),
		sso: ssoConfig()?.label ?? null,
		badges: await badgeTotals(db),
		saved: event.url.searchParams.has('saved')
	};
};

export const actions = {
	/** The organisation's time zone: what everyone sees times in until they choose their own. */
	timeZone: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		try {
			await setOrgTimeZone(useDb(), admin.id, text(form, 'timeZone'));
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { message: t(e.key) });
			throw e;
		}
		redirect(303, '/admin?saved');
	}
} satisfies Actions;

/** The LRS tile: its host when forwarding, paused, or off (never the address's path or secret). */
function lrsTile(config: Awaited<ReturnType<typeof forwardingOf>>) {
	if (!config?.enabled) return { state: 'off' as const, host: null };
	if (config.pausedReason) return { state: 'paused' as const, host: null };
	return { state: 'on' as const, host: new URL(config.endpoint).host };
}
