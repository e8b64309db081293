import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { readForm, text } from '$lib/server/form';
import { verifyCredential, VERIFY_MAX_BYTES, type Verdict } from '$lib/server/badges/verify';
import { badgeOrigin } from '$lib/server/badges/http';
import { issuerInfo } from '$lib/server/badges/issue';
import { formatDate, formatMoment } from '$lib/format';
import { t } from '$lib/i18n';

/**
 * Anyone can check a credential here, signed in or not: paste it or upload the file. The
 * answer says whether this organisation issued it, unchanged, valid now and not revoked, and
 * if not, why.
 */
export const load: PageServerLoad = async () => {
	return { issuer: (await issuerInfo(useDb(), badgeOrigin())).name };
};

/** The verdict as the page shows it: dates in the reader's language. */
function readable(verdict: Verdict) {
	const c = verdict.credential;
	const day = (iso: string | null) =>
		iso && Number.isFinite(Date.parse(iso)) ? formatDate(Date.parse(iso)) : null;
	return {
		ok: verdict.ok,
		failure: verdict.ok ? null : verdict.failure,
		otherIssuer: verdict.ok ? null : (verdict.issuer ?? null),
		changed: verdict.ok ? [] : (verdict.changed ?? []),
		revokedAt: !verdict.ok && verdict.revokedAt ? formatMoment(verdict.revokedAt) : null,
		credential: c && {
			recipient: c.recipient,
			achievement: c.achievement,
			issuer: c.issuer,
			awarded: day(c.awarded),
			issued: day(c.validFrom)
		}
	};
}

export const actions = {
	default: async ({ request }) => {
		const form = await readForm(request);
		if (!form) return fail(400, { message: t('bad_request') });
		const file = form.get('file');
		let input = text(form, 'credential');
		if (file instanceof File && file.size > 0) {
			if (file.size > VERIFY_MAX_BYTES)
				return fail(413, {
					message: t('badges_verify_too_large', { kb: VERIFY_MAX_BYTES / 1024 })
				});
			input = await file.text();
		}
		const verdict = await verifyCredential(useDb(), badgeOrigin(), input);
		if (!verdict.ok && (verdict.failure === 'empty' || verdict.failure === 'too_large'))
			return fail(verdict.failure === 'empty' ? 400 : 413, {
				message:
					verdict.failure === 'empty'
						? t('badges_verify_empty')
						: t('badges_verify_too_large', { kb: VERIFY_MAX_BYTES / 1024 }),
				pasted: input.length <= VERIFY_MAX_BYTES ? input : ''
			});
		return {
			verdict: readable(verdict),
			pasted: file instanceof File && file.size > 0 ? '' : input
		};
	}
} satisfies Actions;
