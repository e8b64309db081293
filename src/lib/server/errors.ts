import type { MessageKey } from '$lib/i18n';

/**
 * A rule of the domain was broken by the request (not a bug): routes turn it into a 4xx with
 * the message, and the transaction it was thrown from rolls back, so nothing is half-written.
 * The one 5xx: 503 `storage_full`, from `write()` when SQLite has no room left.
 */
export class DomainError extends Error {
	constructor(
		readonly key: MessageKey,
		readonly status: 400 | 403 | 404 | 409 | 422 | 503 = 422,
		readonly params: Record<string, string | number> = {}
	) {
		super(key);
	}
}
