import { error, type RequestEvent } from '@sveltejs/kit';
import { canSee, requireRole } from '../auth/guard';
import { useDb } from '../db/instance';
import { profileOf } from '../org/teams';
import { parseId } from '../org/validation';
import { t } from '$lib/i18n';

/**
 * The team member a lead's page is about. Someone the viewer may not see gets the same 404 as
 * someone who does not exist, so ids cannot be probed; learners get 403.
 */
export async function memberFor(event: Pick<RequestEvent, 'locals' | 'url' | 'params'>) {
	const viewer = requireRole(event, 'lead', 'admin');
	const id = parseId((event.params as Record<string, string>).id ?? '');
	const db = useDb();
	if (id === null || id === viewer.id || !(await canSee(db, viewer, id)))
		error(404, { message: t('user_not_found') });
	const person = await profileOf(db, id);
	if (!person) error(404, { message: t('user_not_found') });
	return { viewer, person, db };
}
