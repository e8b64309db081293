/**
 * Open Badges 3.0 credentials as W3C Verifiable Credentials 2.0, secured as VC-JWT
 * (VC-JOSE-COSE: the credential is the JWT's payload, media type application/vc+jwt), signed
 * with EdDSA over Ed25519. Pure functions: building, signing and the status list's bits.
 *
 * Why VC-JWT and not Data Integrity (eddsa-rdfc-2022): the signature covers the exact bytes
 * issued, so verifying needs no JSON-LD processing, no document loader and no context fetched
 * from anywhere at run time; Open Badges 3.0 (section 8.2) allows either; and node:crypto signs
 * while jose (already here for OpenID Connect) verifies, two implementations checking each other.
 * The @context entries are names the credential declares, never loaded.
 */
import { createHash, randomBytes, sign, type KeyObject } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const JWT_TYPE = 'vc+jwt';

/** Bits per status list: 16 KB, the size the Bitstring Status List spec asks for as a minimum. */
export const STATUS_LIST_SIZE = 131_072;

export const badgeUrls = (origin: string) => ({
	issuer: `${origin}/badges/issuer`,
	key: (kid: string) => `${origin}/badges/keys/${kid}`,
	keyPrefix: `${origin}/badges/keys/`,
	achievement: (course: string) => `${origin}/badges/achievements/${encodeURIComponent(course)}`,
	statusList: (list: number) => `${origin}/badges/status/${list}`,
	verify: `${origin}/badges/verify`
});

export interface IssuerInfo {
	name: string;
	url: string;
}

export interface CourseInfo {
	slug: string;
	title: string;
	summary: string;
	lessons: string[];
	competencies: string[];
	locale: string;
}

/** The issuer's public profile (Open Badges Profile). */
export function issuerProfile(origin: string, issuer: IssuerInfo) {
	const urls = badgeUrls(origin);
	return {
		'@context': [VC_CONTEXT, OB_CONTEXT],
		id: urls.issuer,
		type: ['Profile'],
		name: issuer.name,
		url: issuer.url
	};
}

/** A course as an Open Badges Achievement. */
export function achievement(origin: string, course: CourseInfo, criteria: string) {
	return {
		id: badgeUrls(origin).achievement(course.slug),
		type: ['Achievement'],
		achievementType: 'Course',
		name: course.title,
		description: course.summary,
		criteria: { narrative: criteria },
		inLanguage: course.locale,
		...(course.competencies.length ? { tag: course.competencies } : {})
	};
}

/** OB 3.0's IdentityHash: "sha256$" and the hex digest of the value followed by the salt. */
export function identityHash(value: string, salt: string): string {
	return `sha256$${createHash('sha256')
		.update(value + salt)
		.digest('hex')}`;
}

const iso = (ms: number) =>
	new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export interface CredentialInput {
	id: string;
	origin: string;
	issuer: IssuerInfo;
	course: CourseInfo;
	criteria: string;
	person: { name: string; email: string };
	/** When the course was completed and assessed. */
	awardedAt: number;
	/** When this credential was signed. */
	issuedAt: number;
	list: number;
	index: number;
	salt?: string;
}

/**
 * The OpenBadgeCredential. The person is named (so a reader sees whose it is) and their email
 * is given only as a salted hash (so it can be matched by someone who knows it, and read by no
 * one else).
 */
export function buildCredential(input: CredentialInput) {
	const urls = badgeUrls(input.origin);
	const salt = input.salt ?? randomBytes(16).toString('hex');
	const email = input.person.email.trim().toLowerCase();
	return {
		'@context': [VC_CONTEXT, OB_CONTEXT],
		id: `urn:uuid:${input.id}`,
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		issuer: { id: urls.issuer, type: ['Profile'], name: input.issuer.name, url: input.issuer.url },
		name: input.course.title,
		validFrom: iso(input.issuedAt),
		awardedDate: iso(input.awardedAt),
		credentialSubject: {
			type: ['AchievementSubject'],
			identifier: [
				{
					type: 'IdentityObject',
					identityType: 'name',
					hashed: false,
					identityHash: input.person.name
				},
				{
					type: 'IdentityObject',
					identityType: 'emailAddress',
					hashed: true,
					identityHash: identityHash(email, salt),
					salt
				}
			],
			achievement: achievement(input.origin, input.course, input.criteria)
		},
		credentialStatus: {
			id: `${urls.statusList(input.list)}#${input.index}`,
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListIndex: String(input.index),
			statusListCredential: urls.statusList(input.list)
		}
	};
}

export type OpenBadgeCredential = ReturnType<typeof buildCredential>;

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * Signs a credential as a VC-JWT: the credential is the payload, with the JWT claims that
 * mirror it (iss, jti, nbf, iat; exp when it has validUntil) for JWT tooling.
 */
export function signCredential(
	credential: {
		id: string;
		issuer: string | { id: string };
		validFrom: string;
		validUntil?: string;
	},
	key: { kid: string; privateKey: KeyObject },
	keyUrl: string
): string {
	const seconds = (s: string) => Math.floor(Date.parse(s) / 1000);
	const header = { alg: 'EdDSA', typ: JWT_TYPE, cty: 'vc', kid: keyUrl };
	const payload = {
		...credential,
		iss: typeof credential.issuer === 'string' ? credential.issuer : credential.issuer.id,
		jti: credential.id,
		nbf: seconds(credential.validFrom),
		iat: seconds(credential.validFrom),
		...(credential.validUntil ? { exp: seconds(credential.validUntil) } : {})
	};
	const input = `${b64(header)}.${b64(payload)}`;
	const signature = sign(null, Buffer.from(input), key.privateKey).toString('base64url');
	return `${input}.${signature}`;
}

/** VC 2.0's JSON form of a JWT-secured credential: what the person downloads. */
export function envelope(jwt: string) {
	return {
		'@context': [VC_CONTEXT],
		id: `data:application/vc+jwt,${jwt}`,
		type: 'EnvelopedVerifiableCredential'
	};
}

/**
 * A status list's bits, Bitstring Status List v1.0: index 0 is the first (most significant)
 * bit of the first byte, gzip-compressed, base64url without padding, with the multibase "u".
 */
export function encodeStatusList(set: Iterable<number>, size = STATUS_LIST_SIZE): string {
	const bytes = Buffer.alloc(size / 8);
	for (const i of set) {
		if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`status index ${i}`);
		bytes[i >> 3] |= 0x80 >> (i & 7);
	}
	return `u${gzipSync(bytes).toString('base64url')}`;
}

/** Reads one bit of an encoded list (what any verifier does). */
export function statusBit(encoded: string, index: number): boolean {
	const bytes = gunzipSync(Buffer.from(encoded.replace(/^u/, ''), 'base64url'));
	if (index < 0 || index >= bytes.length * 8) throw new RangeError(`status index ${index}`);
	return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}

/** The BitstringStatusListCredential for one list, to be signed like a badge. */
export function statusListCredential(
	origin: string,
	list: number,
	revoked: Iterable<number>,
	now: number,
	ttlMs = 24 * 60 * 60 * 1000
) {
	const urls = badgeUrls(origin);
	return {
		'@context': [VC_CONTEXT],
		id: urls.statusList(list),
		type: ['VerifiableCredential', 'BitstringStatusListCredential'],
		issuer: urls.issuer,
		validFrom: iso(now),
		validUntil: iso(now + ttlMs),
		credentialSubject: {
			id: `${urls.statusList(list)}#list`,
			type: 'BitstringStatusList',
			statusPurpose: 'revocation',
			encodedList: encodeStatusList(revoked)
		}
	};
}
