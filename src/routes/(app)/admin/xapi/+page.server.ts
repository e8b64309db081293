import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import {
	FORWARDABLE_VERBS,
	forwardingOf,
	forwardingSummary,
	parkedStatements,
	retryParked,
	saveForwarding
} from '$lib/server/record/forward';
import { lrsForwarder, UNREACHABLE } from '$lib/server/record/forwarder';
import { publicOrigin } from '$lib/server/origin';
import { formatMoment } from '$lib/format';
import { t } from '$lib/i18n';

/** Forwarding to the organisation's LRS: settings, what waits, what the LRS refused. Admins only. */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	const config = await forwardingOf(db);
	const now = Date.now();
	const q = event.url.searchParams;
	const count = (key: string) => Number(q.get(key)) || 0;
	return {
		// Never the secret: only whether one is saved.
		settings: config && {
			enabled: config.enabled,
			endpoint: config.endpoint,
			username: config.username,
			hasPassword: config.password !== '',
			verbs: config.verbs ?? FORWARDABLE_VERBS
		},
		state: config && {
			paused: config.pausedReason,
			waitingUntil:
				config.retryAt !== null && config.retryAt > now ? formatMoment(config.retryAt) : null,
			lastSent: config.lastSentAt === null ? null : formatMoment(config.lastSentAt),
			lastError:
				config.lastError === null
					? null
					: { error: readable(config.lastError), at: formatMoment(config.lastErrorAt ?? now) }
		},
		verbs: FORWARDABLE_VERBS,
		summary: await forwardingSummary(db),
		parked: (await parkedStatements(db)).map((p) => ({
			...p,
			timestamp: formatMoment(p.timestamp)
		})),
		origin: publicOrigin(env),
		originSet: Boolean(env.ORIGIN),
		notice: q.has('saved')
			? q.has('queued')
				? t('admin_xapi_saved_history', { count: count('queued') })
				: t('admin_xapi_saved')
			: q.has('retried')
				? t('admin_xapi_retried', { count: count('retried') })
				: q.has('sent')
					? t('admin_xapi_sent_now', { sent: count('sent'), parked: count('parked') })
					: null
	};
};

export const actions = {
	save: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = (await readForm(event.request)) ?? new FormData();
		const echo = {
			enabled: form.get('enabled') === 'on',
			endpoint: text(form, 'endpoint'),
			username: text(form, 'username'),
			verbs: form.getAll('verbs').filter((v): v is string => typeof v === 'string')
		};
		let queued: number;
		try {
			({ queued } = await saveForwarding(useDb(), admin.id, {
				...echo,
				password: text(form, 'password'),
				history: form.get('history') === 'on'
			}));
		} catch (e) {
			if (e instanceof DomainError) return fail(e.status, { ...echo, message: t(e.key) });
			throw e;
		}
		void lrsForwarder()?.tick();
		redirect(303, `/admin/xapi?saved${queued ? `&queued=${queued}` : ''}`);
	},
	/** One pass now, instead of at the next tick; says what it did. */
	send: async (event) => {
		requireRole(event, 'admin');
		const result = (await lrsForwarder()?.tick()) ?? { sent: 0, parked: 0 };
		redirect(303, `/admin/xapi?sent=${result.sent}&parked=${result.parked}`);
	},
	retry: async (event) => {
		requireRole(event, 'admin');
		const n = await retryParked(useDb());
		void lrsForwarder()?.tick();
		redirect(303, `/admin/xapi?retried=${n}`);
	}
} satisfies Actions;

/** "unreachable: ECONNREFUSED" in the reader's language; an HTTP answer as the LRS gave it. */
function readable(error: string) {
	return error.startsWith(UNREACHABLE)
		? t('admin_xapi_unreachable', { why: error.slice(UNREACHABLE.length) })
		: error;
}
