import { hash, verify } from '@node-rs/argon2';
import { createRequire } from 'node:module';
import type { MessageKey } from '$lib/i18n';

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

// OWASP's argon2id floor: 19 MiB, 2 passes, 1 lane. Algorithm 2 is Argon2id (a const enum
// upstream, which isolated modules cannot import).
const ARGON2 = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

let common: Set<string> | undefined;
/**
 * The 1,000 most common passwords, from zxcvbn's frequency-ranked list: read the first time a
 * password is checked (zxcvbn's dictionaries are megabytes a server need not hold from start).
 */
function commonPasswords(): Set<string> {
	if (!common) {
		const { dictionary } = createRequire(import.meta.url)('@zxcvbn-ts/language-common') as {
			dictionary: Record<string, string[]>;
		};
		common = new Set(dictionary['passwords-common'].slice(0, 1000));
	}
	return common;
}

export function isCommonPassword(password: string): boolean {
	return commonPasswords().has(password.toLowerCase());
}

/** Length and the common list only: composition rules push people to worse passwords (NIST 800-63B). */
export function passwordProblem(password: string): MessageKey | null {
	const length = [...password].length;
	if (length < PASSWORD_MIN) return 'password_too_short';
	if (length > PASSWORD_MAX) return 'password_too_long';
	if (isCommonPassword(password)) return 'password_too_common';
	return null;
}

export function hashPassword(password: string): Promise<string> {
	return hash(password, ARGON2);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

/**
 * A hash of nothing in particular, verified when the email is unknown, so a wrong email costs
 * as long as a wrong password and timing does not reveal who has an account.
 */
let dummy: Promise<string> | undefined;
export async function burnVerify(password: string) {
	dummy ??= hashPassword('coachline-timing-equaliser');
	await verifyPassword(await dummy, password);
}
