/**
 * The public, unauthenticated side of Open Badges: what a verifier anywhere fetches to check a
 * credential (issuer profile, keys, achievements, status lists). Each answer is JSON (or a
 * VC-JWT) with CORS open to everyone, since verifiers run on other sites, and a short cache.
 */
import { env } from '$env/dynamic/private';
import { publicOrigin } from '../origin';

/** The address every credential names its issuer, keys and lists under (ORIGIN). */
export const badgeOrigin = () => publicOrigin(env);

export function publicJson(body: unknown, type = 'application/json', maxAge = 300): Response {
	return new Response(typeof body === 'string' ? body : JSON.stringify(body, null, 2), {
		headers: {
			'Content-Type': `${type}; charset=utf-8`,
			'Access-Control-Allow-Origin': '*',
			'Cache-Control': `public, max-age=${maxAge}`
		}
	});
}
