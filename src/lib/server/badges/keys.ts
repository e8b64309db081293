/**
 * The organisation's signing keys for Open Badges: Ed25519, generated on first start, kept in
 * the database (table badge_keys) like the rest of what the organisation owns, so a database
 * backup carries them and every node of a cluster signs with the same key. Only this module
 * reads a private key, and none ever leaves the server: pages and JSON see public keys only.
 *
 * Rotation (npm run badges:keys -- rotate) makes a new key the signing one and retires the old:
 * a retired key signs nothing more but stays published, so what it signed still verifies.
 * Withdrawing a key (rotate --withdraw) is for a key that leaked: what it signed stops verifying.
 */
import { createHash, createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { write, type Db, type Tx, exec, one } from '../db';
import { auditLog, badgeCredentials, badgeKeys } from '../db/schema';

export interface PublicJwk {
	kty: 'OKP';
	crv: 'Ed25519';
	x: string;
}

export interface SigningKey {
	kid: string;
	privateKey: KeyObject;
}

export interface PublishedKey {
	kid: string;
	jwk: PublicJwk;
	createdAt: number;
	retiredAt: number | null;
	withdrawnAt: number | null;
}

/** RFC 7638: the SHA-256 of the required members in lexicographic order, base64url. */
export function thumbprint(jwk: PublicJwk): string {
	const canonical = JSON.stringify({ crv: jwk.crv, kty: jwk.kty, x: jwk.x });
	return createHash('sha256').update(canonical).digest('base64url');
}

function newKeyPair() {
	const { publicKey, privateKey } = generateKeyPairSync('ed25519');
	const exported = publicKey.export({ format: 'jwk' });
	const jwk: PublicJwk = { kty: 'OKP', crv: 'Ed25519', x: String(exported.x) };
	return {
		kid: thumbprint(jwk),
		jwk,
		pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
	};
}

/** Keeps a new key pair (inside the caller's transaction). */
async function storeKey(tx: Tx, pair: ReturnType<typeof newKeyPair>, now: number) {
	await exec(
		tx.insert(badgeKeys).values({
			kid: pair.kid,
			publicJwk: JSON.stringify(pair.jwk),
			privatePem: pair.pem,
			createdAt: now
		})
	);
}

/** The parsed private key, per database, kept while it is still the one that signs. */
const signing = new WeakMap<Db, SigningKey>();

/**
 * The key that signs now: the newest one neither retired nor withdrawn, created (and audited)
 * the first time there is none. Safe when two processes start together: the second finds the
 * first's key inside its own write. Which key that is, is read each time (one indexed row;
 * credentials are issued at a course's completion, not on every page), so a rotation by
 * `npm run badges:keys` or on another node takes effect on every node at once.
 */
export async function signingKey(db: Db, now = Date.now()): Promise<SigningKey> {
	const current = async () =>
		await one(
			db
				.select({ kid: badgeKeys.kid, pem: badgeKeys.privatePem })
				.from(badgeKeys)
				.where(and(isNull(badgeKeys.retiredAt), isNull(badgeKeys.withdrawnAt)))
				.orderBy(desc(badgeKeys.createdAt))
		);
	let row = await current();
	if (!row)
		row = await write(db, async (tx) => {
			const again = await current();
			if (again) return again;
			const pair = newKeyPair();
			await storeKey(tx, pair, now);
			await exec(
				tx
					.insert(auditLog)
					.values({ actorId: null, action: 'badges.key_created', target: pair.kid, at: now })
			);
			return { kid: pair.kid, pem: pair.pem };
		});
	const cached = signing.get(db);
	if (cached?.kid === row.kid) return cached;
	const key = { kid: row.kid, privateKey: createPrivateKey(row.pem) };
	signing.set(db, key);
	return key;
}

/** Every key there has been, newest first, public parts only. */
export async function publishedKeys(db: Db): Promise<PublishedKey[]> {
	return (
		await db
			.select({
				kid: badgeKeys.kid,
				jwk: badgeKeys.publicJwk,
				createdAt: badgeKeys.createdAt,
				retiredAt: badgeKeys.retiredAt,
				withdrawnAt: badgeKeys.withdrawnAt
			})
			.from(badgeKeys)
			.orderBy(desc(badgeKeys.createdAt))
	).map((k) => ({ ...k, jwk: JSON.parse(k.jwk) as PublicJwk }));
}

/** One published key by its id, or null. */
export async function publishedKey(db: Db, kid: string): Promise<PublishedKey | null> {
	return (await publishedKeys(db)).find((k) => k.kid === kid) ?? null;
}

/**
 * A new signing key; the one before is retired (still verifies) or, with `withdraw`, withdrawn
 * (what it signed no longer verifies). Withdrawing also lets go of the credentials that key
 * signed and nobody revoked, so each person is issued a fresh one, signed with the new key, the
 * next time their certificates are shown. Audited; returns the new key's id.
 */
export async function rotateKey(
	db: Db,
	options: { actorId: number | null; withdraw?: boolean },
	now = Date.now()
): Promise<string> {
	const pair = newKeyPair();
	await write(db, async (tx) => {
		const old = await tx
			.select({ kid: badgeKeys.kid })
			.from(badgeKeys)
			.where(and(isNull(badgeKeys.retiredAt), isNull(badgeKeys.withdrawnAt)));
		for (const { kid } of old)
			await exec(
				tx
					.update(badgeKeys)
					.set(options.withdraw ? { retiredAt: now, withdrawnAt: now } : { retiredAt: now })
					.where(eq(badgeKeys.kid, kid))
			);
		const released =
			options.withdraw && old.length
				? (
						await exec(
							tx.delete(badgeCredentials).where(
								and(
									inArray(
										badgeCredentials.kid,
										old.map((k) => k.kid)
									),
									isNull(badgeCredentials.revokedAt)
								)
							)
						)
					).changes
				: 0;
		await storeKey(tx, pair, now);
		await exec(
			tx.insert(auditLog).values({
				actorId: options.actorId,
				action: options.withdraw ? 'badges.key_withdrawn' : 'badges.key_rotated',
				target: pair.kid,
				detail: { previous: old.map((k) => k.kid), reissue: released },
				at: now
			})
		);
	});
	signing.delete(db);
	return pair.kid;
}
