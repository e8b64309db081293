import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { profileOf } from '$lib/server/org/teams';
import { kudosReceived } from '$lib/server/morale/kudos';

/** The signed-in person's own record; only ever their own id. */
export const load: PageServerLoad = (event) => {
	const user = requireUser(event);
	const person = profileOf(useDb(), user.id);
	if (!person) error(404);
	// Kudos received belong in a growth record; mood answers never do (they are anonymous).
	return { person, kudos: kudosReceived(useDb(), user.id) };
};
