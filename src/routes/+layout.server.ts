import type { LayoutServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { demoAccountsExist } from '$lib/server/org/users';
import { unreadCount } from '$lib/server/cockpit/notifications';
import { dueSoonCount } from '$lib/server/cockpit/assignments';
import { utcDate } from '$lib/time';

/**
 * The signed-in person (name and role only), whether to show the demo banner, and the bell:
 * unread notifications plus open assignments due within two days (two indexed counts).
 */
export const load: LayoutServerLoad = ({ locals }) => {
	const db = useDb();
	const user = locals.user;
	return {
		user: user ? { name: user.name, role: user.role } : null,
		bell: user
			? {
					unread: unreadCount(db, user.id),
					dueSoon: dueSoonCount(db, user.id, utcDate(Date.now()))
				}
			: null,
		demo: demoAccountsExist(db)
	};
};
