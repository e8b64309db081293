/**
 * Verifying a credential someone pasted or uploaded: is it one this organisation issued, has
 * nothing in it changed since, is it valid now, has it been revoked? Each failure says why in
 * words a person can act on; a changed credential also says what was changed, when we still
 * hold the one we issued.
 *
 * The signature is checked with jose, not with the node:crypto code that signed it.
 */
import { compactVerify, decodeProtectedHeader, importJWK } from 'jose';
import { eq } from 'drizzle-orm';
import { one, type Db } from '../db';
import { badgeCredentials } from '../db/schema';
import { publishedKey } from './keys';
import { badgeUrls, JWT_TYPE, OB_CONTEXT, VC_CONTEXT } from './credential';

/** The most a pasted or uploaded credential may hold. */
export const VERIFY_MAX_BYTES = 64 * 1024;

export type Failure =
	| 'empty'
	| 'too_large'
	| 'unreadable'
	| 'unsigned'
	| 'other_proof'
	| 'not_a_badge'
	| 'other_issuer'
	| 'unknown_key'
	| 'key_withdrawn'
	| 'tampered'
	| 'not_yet_valid'
	| 'expired'
	| 'revoked';

/** What a verified (or nearly verified) credential says, for the page. */
export interface Shown {
	id: string;
	recipient: string | null;
	achievement: string | null;
	issuer: string | null;
	awarded: string | null;
	validFrom: string | null;
}

export type Verdict =
	| { ok: true; credential: Shown }
	| {
			ok: false;
			failure: Failure;
			/** Another issuer's name or id, for other_issuer. */
			issuer?: string;
			/** For tampered: the fields that differ from the credential as issued, when known. */
			changed?: string[];
			/** For revoked: when. */
			revokedAt?: number;
			credential?: Shown;
	  };

const JWT = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const ENVELOPE_PREFIX = 'data:application/vc+jwt,';

type Extracted = { jwt: string } | { failure: Failure };

/** The JWT in what was given: a bare VC-JWT, or VC 2.0's EnvelopedVerifiableCredential. */
export function extractJwt(input: string): Extracted {
	const text = input.trim();
	if (!text) return { failure: 'empty' };
	if (Buffer.byteLength(text) > VERIFY_MAX_BYTES) return { failure: 'too_large' };
	if (JWT.test(text)) return { jwt: text };
	if (!text.startsWith('{')) return { failure: 'unreadable' };
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch {
		return { failure: 'unreadable' };
	}
	if (!json || typeof json !== 'object' || Array.isArray(json)) return { failure: 'unreadable' };
	const doc = json as Record<string, unknown>;
	const types = ([] as unknown[]).concat(doc.type ?? []);
	if (types.includes('EnvelopedVerifiableCredential')) {
		const id = typeof doc.id === 'string' ? doc.id : '';
		const jwt = id.startsWith(ENVELOPE_PREFIX) ? id.slice(ENVELOPE_PREFIX.length) : '';
		return JWT.test(jwt) ? { jwt } : { failure: 'unreadable' };
	}
	if (types.includes('VerifiableCredential'))
		return { failure: doc.proof ? 'other_proof' : 'unsigned' };
	return { failure: 'unreadable' };
}

function decodePart(part: string): Record<string, unknown> | null {
	try {
		const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
		return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
	} catch {
		return null;
	}
}

const str = (v: unknown) => (typeof v === 'string' ? v : null);
const obj = (v: unknown) =>
	v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

/** What a payload says, read defensively (it may be anything). */
function shown(payload: Record<string, unknown>): Shown {
	const subject = obj(payload.credentialSubject);
	const identifiers = Array.isArray(subject.identifier) ? subject.identifier : [];
	const name = identifiers.map(obj).find((i) => i.identityType === 'name' && i.hashed === false);
	const issuer = payload.issuer;
	return {
		id: str(payload.id) ?? '',
		recipient: str(name?.identityHash),
		achievement: str(obj(subject.achievement).name) ?? str(payload.name),
		issuer: str(obj(issuer).name) ?? str(obj(issuer).id) ?? str(issuer),
		awarded: str(payload.awardedDate),
		validFrom: str(payload.validFrom)
	};
}

/** The fields of a changed credential that differ from the one issued. */
function differences(given: Record<string, unknown>, issued: Record<string, unknown>): string[] {
	const a = shown(given);
	const b = shown(issued);
	const fields: [keyof Shown, string][] = [
		['recipient', 'recipient'],
		['achievement', 'achievement'],
		['issuer', 'issuer'],
		['awarded', 'awarded'],
		['validFrom', 'validFrom']
	];
	const changed = fields.filter(([k]) => a[k] !== b[k]).map(([, label]) => label);
	if (!changed.length && JSON.stringify(given) !== JSON.stringify(issued)) changed.push('other');
	return changed;
}

const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Verifies a credential given as text (pasted, or an uploaded file's contents). */
export async function verifyCredential(
	db: Db,
	origin: string,
	input: string,
	now = Date.now()
): Promise<Verdict> {
	const extracted = extractJwt(input);
	if ('failure' in extracted) return { ok: false, failure: extracted.failure };
	const { jwt } = extracted;
	const [headPart, bodyPart] = jwt.split('.');
	const header = decodePart(headPart);
	const payload = decodePart(bodyPart);
	if (!header || !payload) return { ok: false, failure: 'unreadable' };
	const types = ([] as unknown[]).concat(payload.type ?? []);
	const contexts = ([] as unknown[]).concat(payload['@context'] ?? []);
	if (
		!types.includes('VerifiableCredential') ||
		!(types.includes('OpenBadgeCredential') || types.includes('AchievementCredential')) ||
		contexts[0] !== VC_CONTEXT ||
		!contexts.some(
			(c) => typeof c === 'string' && c.startsWith(OB_CONTEXT.replace(/-3\.0\.3\.json$/, ''))
		)
	)
		return { ok: false, failure: 'not_a_badge' };
	const urls = badgeUrls(origin);
	const credential = shown(payload);
	const issuerId = str(obj(payload.issuer).id) ?? str(payload.issuer);
	if (issuerId !== urls.issuer)
		return { ok: false, failure: 'other_issuer', issuer: credential.issuer ?? '?', credential };
	let alg: string | undefined;
	let kid: string | undefined;
	let typ: string | undefined;
	try {
		({ alg, kid, typ } = decodeProtectedHeader(jwt));
	} catch {
		return { ok: false, failure: 'unreadable' };
	}
	if (
		alg !== 'EdDSA' ||
		(typ !== undefined && typ !== JWT_TYPE) ||
		!kid?.startsWith(urls.keyPrefix)
	)
		return { ok: false, failure: 'unknown_key', credential };
	const key = await publishedKey(db, kid.slice(urls.keyPrefix.length));
	if (!key) return { ok: false, failure: 'unknown_key', credential };
	if (key.withdrawnAt !== null) return { ok: false, failure: 'key_withdrawn', credential };

	const stored = await one(
		db
			.select({
				jwt: badgeCredentials.jwt,
				revokedAt: badgeCredentials.revokedAt
			})
			.from(badgeCredentials)
			.where(eq(badgeCredentials.id, credential.id.replace(/^urn:uuid:/, '')))
	);
	try {
		await compactVerify(jwt, await importJWK({ ...key.jwk }, 'EdDSA'), { algorithms: ['EdDSA'] });
	} catch {
		const issued = stored ? decodePart(stored.jwt.split('.')[1]) : null;
		return {
			ok: false,
			failure: 'tampered',
			changed: issued ? differences(payload, issued) : undefined,
			credential
		};
	}
	// Signed by us, unchanged: now the dates, then the status list.
	const from = Date.parse(credential.validFrom ?? '');
	if (!Number.isFinite(from) || from > now + CLOCK_SKEW_MS)
		return { ok: false, failure: 'not_yet_valid', credential };
	const until = str(payload.validUntil);
	if (until && Date.parse(until) < now) return { ok: false, failure: 'expired', credential };
	if (stored?.revokedAt != null)
		return { ok: false, failure: 'revoked', revokedAt: stored.revokedAt, credential };
	return { ok: true, credential };
}
