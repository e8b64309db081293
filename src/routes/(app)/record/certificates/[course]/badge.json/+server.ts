import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { credentialFile, issueEarned } from '$lib/server/badges/issue';
import { badgeOrigin } from '$lib/server/badges/http';
import { t } from '$lib/i18n';

/**
 * The person's Open Badge for one course, as the JSON file they keep or hand to a wallet: VC
 * 2.0's EnvelopedVerifiableCredential around the signed VC-JWT. Only their own; a course they
 * have not completed is a 404; a revoked one is a 410.
 */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const db = useDb();
	await issueEarned(db, useContent(), user, badgeOrigin(), event.locals.locale);
	const file = await credentialFile(db, user.id, event.params.course);
	if (!file) error(404, { message: t('certificate_not_found') });
	if (file.revoked) error(410, { message: t('badges_revoked_download') });
	return new Response(JSON.stringify(file.json, null, 2), {
		headers: {
			'Content-Type': 'application/json; charset=utf-8',
			'Content-Disposition': `attachment; filename="open-badge-${event.params.course}.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
