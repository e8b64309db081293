import { fail, redirect } from '@sveltejs/kit';
import { env } from '$env/dynamic/private';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import {
	ISSUER_NAME_MAX,
	issuerInfo,
	listCredentials,
	REASON_MAX,
	revokeCredential,
	saveIssuerInfo
} from '$lib/server/badges/issue';
import { publishedKeys, signingKey } from '$lib/server/badges/keys';
import { badgeUrls } from '$lib/server/badges/credential';
import { badgeOrigin } from '$lib/server/badges/http';
import { courseIn } from '$lib/server/content/localize';
import { formatMoment } from '$lib/format';
import { t } from '$lib/i18n';

const Q_MAX = 200;

/**
 * Open Badges for admins: who the credentials name as issuer, the signing keys (public parts),
 * every credential issued with a way to revoke it. Admins only.
 */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	const content = useContent();
	const origin = badgeOrigin();
	const urls = badgeUrls(origin);
	await signingKey(db);
	const q = (event.url.searchParams.get('q') ?? '').slice(0, Q_MAX);
	const { rows, totals } = await listCredentials(db, { q });
	const title = (slug: string) => {
		const course = content.course(slug);
		return course ? courseIn(course, event.locals.locale).title : slug;
	};
	return {
		issuer: await issuerInfo(db, origin),
		limits: { name: ISSUER_NAME_MAX, reason: REASON_MAX },
		origin,
		originSet: Boolean(env.ORIGIN),
		urls: { issuer: urls.issuer, keys: `${origin}/badges/keys`, verify: urls.verify },
		keys: (await publishedKeys(db)).map((k) => ({
			kid: k.kid,
			created: formatMoment(k.createdAt),
			state: k.withdrawnAt !== null ? 'withdrawn' : k.retiredAt !== null ? 'retired' : 'signing'
		})),
		totals,
		q,
		credentials: rows.map((r) => ({
			id: r.id,
			person: r.person,
			email: r.email,
			course: title(r.course),
			issued: formatMoment(r.issuedAt),
			revoked: r.revokedAt === null ? null : formatMoment(r.revokedAt),
			reason: r.revokeReason
		})),
		notice: event.url.searchParams.has('saved')
			? t('badges_issuer_saved')
			: event.url.searchParams.has('revoked')
				? t('badges_revoked_done')
				: null
	};
};

export const actions = {
	issuer: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = (await readForm(event.request)) ?? new FormData();
		const echo = { name: text(form, 'name'), url: text(form, 'url') };
		try {
			await saveIssuerInfo(useDb(), admin.id, echo);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			return fail(e.status, { ...echo, action: 'issuer' as const, message: t(e.key, e.params) });
		}
		redirect(303, '/admin/badges?saved');
	},
	revoke: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = (await readForm(event.request)) ?? new FormData();
		const id = text(form, 'id');
		const reason = text(form, 'reason');
		try {
			await revokeCredential(useDb(), admin.id, id, reason);
		} catch (e) {
			if (!(e instanceof DomainError)) throw e;
			return fail(e.status, { id, reason, action: 'revoke' as const, message: t(e.key, e.params) });
		}
		redirect(303, '/admin/badges?revoked');
	}
} satisfies Actions;
