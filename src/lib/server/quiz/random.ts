import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A small deterministic PRNG (mulberry32): the same seed gives the same draw and shuffle. */
export function prng(seed: string) {
	let h = 1779033703 ^ seed.length;
	for (let i = 0; i < seed.length; i++) {
		h = Math.imul(h ^ seed.charCodeAt(i), 3432918353);
		h = (h << 13) | (h >>> 19);
	}
	let a = h >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Fisher–Yates with a seeded PRNG; returns a new array. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
	const out = [...items];
	const next = prng(seed);
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(next() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * The opaque name an option has on the page of one attempt. Authors' ids ("a", "b") would hint
 * at the answer; these say nothing, and differ per attempt.
 */
export function token(seed: string, questionId: string, optionId: string): string {
	const digest = sha256(new TextEncoder().encode(`${seed}\u0000${questionId}\u0000${optionId}`));
	return encodeBase32LowerCaseNoPadding(digest.slice(0, 8));
}
