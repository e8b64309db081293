import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { issuerInfo } from '$lib/server/badges/issue';
import { issuerProfile } from '$lib/server/badges/credential';
import { badgeOrigin, publicJson } from '$lib/server/badges/http';

/** The issuer's Open Badges profile: who signs this organisation's credentials. */
export const GET: RequestHandler = async () => {
	const origin = badgeOrigin();
	return publicJson(
		issuerProfile(origin, await issuerInfo(useDb(), origin)),
		'application/ld+json'
	);
};
