import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { canSee, requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { profileOf } from '$lib/server/org/teams';
import { parseId } from '$lib/server/org/validation';
import { t } from '$lib/i18n';

/**
 * A team member's page for their lead (and admins). Someone the viewer may not see gets the
 * same 404 as someone who does not exist, so ids cannot be probed.
 */
export const load: PageServerLoad = (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const id = parseId(event.params.id);
	const db = useDb();
	if (id === null || !canSee(db, viewer, id)) error(404, { message: t('user_not_found') });
	const person = profileOf(db, id);
	if (!person) error(404, { message: t('user_not_found') });
	return { person };
};
