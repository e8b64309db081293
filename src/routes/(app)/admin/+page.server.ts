import { count } from 'drizzle-orm';
import type { PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { teams, users } from '$lib/server/db/schema';

export const load: PageServerLoad = (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	return {
		people: db.select({ n: count() }).from(users).get()!.n,
		teams: db.select({ n: count() }).from(teams).get()!.n
	};
};
