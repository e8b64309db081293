import type { RequestHandler } from './$types';
import { useDb } from '$lib/server/db/instance';
import { publishedKeys } from '$lib/server/badges/keys';
import { badgeUrls } from '$lib/server/badges/credential';
import { badgeOrigin, publicJson } from '$lib/server/badges/http';

/** Every public key that signs or signed credentials here (a JWK set); withdrawn ones are left out. */
export const GET: RequestHandler = async () => {
	const urls = badgeUrls(badgeOrigin());
	const keys = (await publishedKeys(useDb()))
		.filter((k) => k.withdrawnAt === null)
		.map((k) => ({ ...k.jwk, kid: urls.key(k.kid), alg: 'EdDSA', use: 'sig' }));
	return publicJson({ keys }, 'application/jwk-set+json');
};
