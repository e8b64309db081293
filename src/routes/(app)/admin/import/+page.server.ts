import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { IMPORT_MAX_BYTES, importUsers, teamNames } from '$lib/server/org/import';
import { readForm } from '$lib/server/form';
import { t } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { teams: await teamNames(useDb()) };
};

/** Every failure has one shape, so the page can always read `problems`. */
const failure = (
	status: number,
	message: string,
	problems: { line: number; message: string }[] = []
) => fail(status, { message, problems });

export const actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await readForm(event.request);
		if (!form) return failure(400, t('bad_request'));
		const file = form.get('file');
		if (!(file instanceof File) || file.size === 0) return failure(422, t('import_no_file'));
		if (file.size > IMPORT_MAX_BYTES) return failure(413, t('import_too_large'));
		let csv: string;
		try {
			csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
		} catch {
			return failure(422, t('import_not_text'));
		}
		const result = await importUsers(useDb(), csv, admin.id, useContent());
		if (!result.ok) {
			return failure(
				422,
				t('import_failed', { count: result.problems.length }),
				result.problems.map((p) => ({ line: p.line, message: t(p.key, p.params) }))
			);
		}
		return {
			message: t('import_done', { count: result.created.length }),
			emailed: mailConfig() !== null,
			created: result.created.map((u) => ({
				name: u.name,
				email: u.email,
				token: u.token,
				link: `${event.url.origin}/invite/${u.token}`
			}))
		};
	}
} satisfies Actions;
