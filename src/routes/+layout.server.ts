import type { LayoutServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { demoAccountsExist } from '$lib/server/org/users';

/** The signed-in person (name and role only) and whether to show the demo banner. */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role } : null,
	demo: demoAccountsExist(useDb())
});
