import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { canSee, requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { evidenceCsv } from '$lib/server/growth/csv';
import { parseId } from '$lib/server/org/validation';
import { t } from '$lib/i18n';

/** A team member's evidence as CSV, for their leads and admins. */
export const GET: RequestHandler = async (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const id = parseId(event.params.id);
	if (id === null || !(await canSee(useDb(), viewer, id)))
		error(404, { message: t('user_not_found') });
	return new Response(await evidenceCsv(useDb(), useContent(), id, 'coach'), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="coachline-evidence-${id}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
