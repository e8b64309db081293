import type { LayoutServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';

// A friendly redirect to sign-in only; every page and action below checks access itself.
export const load: LayoutServerLoad = (event) => {
	requireUser(event);
};
