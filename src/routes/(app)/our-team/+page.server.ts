import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { teamsFor } from '$lib/server/morale/access';

/** Straight to the person's team; a picker when they have several. */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const teams = await teamsFor(useDb(), user);
	if (teams.length === 1) redirect(303, `/our-team/${teams[0].id}`);
	return { teams };
};
