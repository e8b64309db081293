import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { evidenceCsv } from '$lib/server/growth/csv';

/** The signed-in person's own evidence as CSV. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	return new Response(await evidenceCsv(useDb(), useContent(), user.id, 'self'), {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="coachline-evidence-${user.id}.csv"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
