/**
 * In-memory limiters for sign-in. Both keep at most `maxKeys` entries and forget the oldest
 * first, so an attacker cycling through addresses cannot grow memory without bound.
 */

function touch<K, V>(map: Map<K, V>, key: K, value: V, maxKeys: number) {
	map.delete(key);
	map.set(key, value);
	if (map.size > maxKeys) map.delete(map.keys().next().value as K);
}

/** Token bucket: `capacity` attempts at once, refilled at one per `refillMs`. */
export class TokenBucket {
	#buckets = new Map<string, { tokens: number; at: number }>();
	constructor(
		readonly capacity: number,
		readonly refillMs: number,
		readonly maxKeys = 10_000
	) {}

	/** Whether a token is there to take, without taking it. */
	available(key: string, now = Date.now()): boolean {
		const b = this.#buckets.get(key);
		return !b || b.tokens + (now - b.at) / this.refillMs >= 1;
	}

	/** Takes a token if there is one; false means "slow down". */
	consume(key: string, now = Date.now()): boolean {
		const b = this.#buckets.get(key);
		const tokens = b
			? Math.min(this.capacity, b.tokens + (now - b.at) / this.refillMs)
			: this.capacity;
		if (tokens < 1) {
			// Refused: keep the entry as it was (no float drift), only mark it recently used.
			touch(this.#buckets, key, b!, this.maxKeys);
			return false;
		}
		touch(this.#buckets, key, { tokens: tokens - 1, at: now }, this.maxKeys);
		return true;
	}

	get size() {
		return this.#buckets.size;
	}
}

/**
 * Per-account throttle: after each failure the account waits longer (0 s for the first few,
 * then doubling up to 5 minutes); a success clears it.
 */
export class FailureThrottle {
	#entries = new Map<string, { failures: number; until: number }>();
	static readonly DELAYS_S = [0, 0, 0, 0, 5, 15, 30, 60, 120, 300];
	constructor(readonly maxKeys = 10_000) {}

	/** Milliseconds to wait before the next attempt is allowed (0 = go ahead). */
	waitMs(key: string, now = Date.now()): number {
		const e = this.#entries.get(key);
		return e ? Math.max(0, e.until - now) : 0;
	}

	fail(key: string, now = Date.now()) {
		const failures = (this.#entries.get(key)?.failures ?? 0) + 1;
		const delays = FailureThrottle.DELAYS_S;
		const until = now + delays[Math.min(failures - 1, delays.length - 1)] * 1000;
		touch(this.#entries, key, { failures, until }, this.maxKeys);
	}

	reset(key: string) {
		this.#entries.delete(key);
	}

	get size() {
		return this.#entries.size;
	}
}
