import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { publishedKey } from '$lib/server/badges/keys';
import { badgeUrls } from '$lib/server/badges/credential';
import { badgeOrigin, publicJson } from '$lib/server/badges/http';
import { t } from '$lib/i18n';

/** One public key, the `kid` a credential's header points at. A withdrawn key is gone (410). */
export const GET: RequestHandler = async ({ params }) => {
	const key = await publishedKey(useDb(), params.kid);
	if (!key) error(404, { message: t('badges_key_not_found') });
	if (key.withdrawnAt !== null) error(410, { message: t('badges_key_withdrawn') });
	const kid = badgeUrls(badgeOrigin()).key(key.kid);
	return publicJson({ ...key.jwk, kid, alg: 'EdDSA', use: 'sig' }, 'application/jwk+json');
};
