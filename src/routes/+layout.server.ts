import type { LayoutServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { pageChrome } from '$lib/server/cockpit/bell';
import { t } from '$lib/i18n';

/**
 * The signed-in person (name and role only), the bell (unread notifications, open assignments
 * due soon) and the demo banner, if this is the demo: one prepared statement.
 */
export const load: LayoutServerLoad = async ({ locals }) => {
	const user = locals.user;
	const { bell, demo } = await pageChrome(useDb(), user?.id ?? null);
	return {
		user: user ? { name: user.name, role: user.role } : null,
		bell,
		// The banner's words come with the page, in the person's language: only a demo shows
		// them, so a real organisation's pages do not carry them in every page's JavaScript.
		demo: demo ? { long: t('demo_banner'), short: t('demo_banner_short') } : null
	};
};
