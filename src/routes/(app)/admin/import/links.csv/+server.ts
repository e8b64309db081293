import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { DomainError } from '$lib/server/errors';
import { readForm } from '$lib/server/form';
import { invitationLinksCsv, type LinkClaim } from '$lib/server/org/invitation-links';
import { dayIn } from '$lib/format';
import { t } from '$lib/i18n';

/**
 * The links an import just created, as a CSV file (the import's result page posts them back:
 * only their hashes are stored). Admins only; every link must still work for its email, or the
 * answer is a 4xx saying why, never a file with anything else in it.
 */
export const POST: RequestHandler = async (event) => {
	requireRole(event, 'admin');
	const form = await readForm(event.request);
	const emails = form?.getAll('email') ?? [];
	const tokens = form?.getAll('token') ?? [];
	const texts = (values: FormDataEntryValue[]) =>
		values.every((v): v is string => typeof v === 'string');
	if (!form || emails.length !== tokens.length || !texts(emails) || !texts(tokens))
		error(400, { message: t('bad_request') });
	const claims: LinkClaim[] = emails.map((email, i) => ({
		email: email as string,
		token: tokens[i] as string
	}));
	let csv: string;
	try {
		csv = await invitationLinksCsv(useDb(), claims, event.url.origin);
	} catch (e) {
		if (e instanceof DomainError) error(e.status, { message: t(e.key, e.params) });
		throw e;
	}
	return new Response(csv, {
		headers: {
			'Content-Type': 'text/csv; charset=utf-8',
			'Content-Disposition': `attachment; filename="coachline-invitations-${dayIn(Date.now())}.csv"`,
			// Secrets: never kept by a cache or a proxy.
			'Cache-Control': 'private, no-store'
		}
	});
};
