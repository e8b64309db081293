import type { Db } from '../db';
import { prepared } from '../db/statements';
import { dayIn } from '$lib/format';

/** Open assignments due within this many days (or overdue) ring the bell. */
export const DUE_SOON_DAYS = 2;

// Written as SQL for the driver: drizzle leaves columns unqualified inside select expressions,
// which would make the correlated subqueries compare a table with itself.
const DEMO = `exists (select 1 from users d where d.demo = 1 and d.status = 'active')`;

/** Whether an active demo account exists (the banner), for a page nobody is signed in to. */
const anonymous = prepared((db) =>
	db.$client.prepare<[], { demo: number }>(`select ${DEMO} as demo`)
);

/**
 * The signed-in person's bell (unread notifications; open assignments due within two days or
 * overdue) and the demo banner, in one statement over three indexed lookups
 * (notifications_user_idx, assignments_user_idx, users_demo_idx).
 */
const signedIn = prepared((db) =>
	db.$client.prepare<
		{ user: number; last: string },
		{ unread: number; dueSoon: number; demo: number }
	>(
		`select
			(select count(*) from notifications n where n.user_id = :user and n.read_at is null) as unread,
			(select count(*) from assignments a
				where a.user_id = :user and a.status = 'open' and a.due_date <= :last) as dueSoon,
			${DEMO} as demo`
	)
);

/** What every page's header shows: the bell for a signed-in person, and the demo banner. */
export async function pageChrome(db: Db, userId: number | null, now = Date.now()) {
	if (userId === null) return { bell: null, demo: (await anonymous(db).get())?.demo === 1 };
	const row = await signedIn(db).get({
		user: userId,
		last: dayIn(now + DUE_SOON_DAYS * 86_400_000)
	});
	return {
		bell: { unread: row?.unread ?? 0, dueSoon: row?.dueSoon ?? 0 },
		demo: row?.demo === 1
	};
}
