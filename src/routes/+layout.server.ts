import type { LayoutServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { pageChrome } from '$lib/server/cockpit/bell';

/**
 * The signed-in person (name and role only), the bell (unread notifications, open assignments
 * due soon) and whether to show the demo banner: one prepared statement.
 */
export const load: LayoutServerLoad = ({ locals }) => {
	const user = locals.user;
	return {
		user: user ? { name: user.name, role: user.role } : null,
		...pageChrome(useDb(), user?.id ?? null)
	};
};
