import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { listExists, signedStatusList } from '$lib/server/badges/issue';
import { badgeOrigin, publicJson } from '$lib/server/badges/http';
import { t } from '$lib/i18n';

/**
 * A revocation status list (BitstringStatusListCredential) as a VC-JWT, signed now: a verifier
 * reads the bit at the credential's place. Cached for a minute, so a revocation shows soon.
 */
export const GET: RequestHandler = async ({ params }) => {
	const list = /^[1-9]\d{0,5}$/.test(params.list) ? Number(params.list) : null;
	const db = useDb();
	if (list === null || !(await listExists(db, list))) error(404, { message: t('not_found') });
	return publicJson(await signedStatusList(db, badgeOrigin(), list), 'application/vc+jwt', 60);
};
