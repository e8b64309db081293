import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { createUser } from '$lib/server/org/users';
import { listTeams } from '$lib/server/org/teams';
import { parseId, problems, userInputSchema } from '$lib/server/org/validation';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	return { teams: (await listTeams(useDb())).map(({ id, name }) => ({ id, name })) };
};

export const actions = {
	default: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await readForm(event.request);
		const values = {
			name: form ? text(form, 'name') : '',
			email: form ? text(form, 'email') : '',
			role: form ? text(form, 'role') : '',
			startedOn: form ? text(form, 'startedOn') : '',
			team: form ? text(form, 'team') : ''
		};
		// Every failure echoes what the person typed (cut to sane lengths), so nothing is retyped.
		const failure = (status: number, message: string, errors: Record<string, string> = {}) =>
			fail(status, {
				message,
				errors,
				values: Object.fromEntries(
					Object.entries(values).map(([k, v]) => [k, v.slice(0, 300)])
				) as typeof values
			});
		if (!form) return failure(400, t('bad_request'));
		const parsed = userInputSchema.safeParse(values);
		const teamId = values.team === '' ? null : parseId(values.team);
		if (!parsed.success || (values.team !== '' && teamId === null)) {
			const errors: Record<string, string> = Object.fromEntries(
				Object.entries(parsed.success ? {} : problems(parsed.error)).map(([k, key]) => [k, t(key)])
			);
			if (values.team !== '' && teamId === null) errors.team = t('team_invalid');
			return failure(422, Object.values(errors)[0], errors);
		}
		try {
			const { user, token } = await createUser(
				useDb(),
				parsed.data,
				teamId,
				admin.id,
				useContent()
			);
			return {
				created: { name: user.name, email: user.email },
				link: `${event.url.origin}/invite/${token}`,
				emailed: mailConfig() !== null
			};
		} catch (e) {
			if (e instanceof DomainError) return failure(e.status, t(e.key, e.params));
			throw e;
		}
	}
} satisfies Actions;
