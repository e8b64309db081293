import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { write } from '$lib/server/db';
import { mailConfig } from '$lib/server/mail/config';
import { outboxProblems, outboxSummary, queueEmail, retryFailed } from '$lib/server/mail/outbox';
import { mailSender } from '$lib/server/mail/sender';
import { formatMoment } from '$lib/format';
import { t } from '$lib/i18n';

/** Whether email is on, what the outbox holds, and what went wrong: for admins only. */
export const load: PageServerLoad = async (event) => {
	const admin = requireRole(event, 'admin');
	const config = mailConfig();
	const db = useDb();
	const summary = await outboxSummary(db);
	const retried = Number(event.url.searchParams.get('retried'));
	return {
		// Host, port and sender only: the SMTP URL may hold a password.
		config: config && {
			server: `${config.server.host}:${config.server.port}${config.server.secure ? ' (TLS)' : ''}`,
			from: config.from
		},
		summary: {
			...summary,
			lastSent: summary.lastSent === null ? null : formatMoment(summary.lastSent)
		},
		problems: (await outboxProblems(db)).map((p) => ({
			...p,
			next: p.status === 'failed' ? null : formatMoment(p.nextAttemptAt)
		})),
		notice: event.url.searchParams.has('test')
			? t('admin_email_test_queued', { email: admin.email })
			: Number.isInteger(retried) && event.url.searchParams.has('retried')
				? t('admin_email_retried', { count: retried })
				: null
	};
};

export const actions = {
	/** Puts every given-up message back in the queue. */
	retry: async (event) => {
		requireRole(event, 'admin');
		const n = await retryFailed(useDb());
		void mailSender()?.tick();
		redirect(303, `/admin/email?retried=${n}`);
	},
	/** Queues a test message to the admin who asks, and sends it at once. */
	test: async (event) => {
		const admin = requireRole(event, 'admin');
		if (!mailConfig()) return fail(409, { message: t('admin_email_off') });
		const queued = await write(useDb(), (tx) =>
			queueEmail(tx, admin.id, 'test', {}, '/admin/email', Date.now())
		);
		if (!queued) return fail(409, { message: t('admin_email_test_demo') });
		void mailSender()?.tick();
		redirect(303, '/admin/email?test');
	}
} satisfies Actions;
