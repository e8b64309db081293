import type { Session } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/session';
import type { Locale } from '$lib/paraglide/runtime';

declare global {
	namespace App {
		interface Error {
			message: string;
			/** Correlates an unexpected error with the server log. */
			id?: string;
		}
		interface Locals {
			user: SessionUser | null;
			session: Session | null;
			/** The language this request is answered in (src/lib/server/i18n/locale.ts). */
			locale: Locale;
		}
	}
}

export {};
