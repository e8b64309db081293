import { redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { notifications } from '$lib/server/db/schema';
import { markRead, notificationsOf } from '$lib/server/cockpit/notifications';
import { dueSoon } from '$lib/server/cockpit/assignments';
import { parseId } from '$lib/server/org/validation';
import { cockpitAction, doneNotice } from '$lib/server/cockpit/actions';
import { text } from '$lib/server/form';
import { dayIn, formatMoment } from '$lib/format';
import { one } from '../../../lib/server/db';

/** The bell's page: what is due soon, then notifications, newest first. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const db = useDb();
	const today = dayIn(Date.now());
	return {
		dueSoon: await dueSoon(db, useContent(), user.id, today),
		notifications: (await notificationsOf(db, user.id)).map((n) => ({
			id: n.id,
			kind: n.kind,
			params: n.params,
			link: n.link,
			unread: n.readAt === null,
			at: formatMoment(n.createdAt)
		})),
		done: doneNotice(event.url, { read: 'notifications_all_read' })
	};
};

export const actions = {
	/** Opens a notification: marks it read and goes where it points (only its own stored link). */
	open: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData().catch(() => null);
		const id = parseId(form ? text(form, 'id') : '');
		const db = useDb();
		const row =
			id === null
				? undefined
				: await one(
						db
							.select({ link: notifications.link })
							.from(notifications)
							.where(and(eq(notifications.id, id), eq(notifications.userId, user.id)))
					);
		if (!row) redirect(303, '/notifications');
		await markRead(db, user.id, id!);
		redirect(303, row.link);
	},
	read: (event) =>
		cockpitAction(
			event,
			'read',
			async (_form, viewer) => await markRead(useDb(), viewer.id),
			'/notifications'
		)
} satisfies Actions;
