import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { createTeam, listTeams, type TeamFootprint } from '$lib/server/org/teams';
import { takeFlash } from '$lib/server/auth/cookie';
import { teamNameSchema } from '$lib/server/org/validation';
import { badRequest, domainFailure, readForm, text } from '$lib/server/form';
import { t, type MessageKey } from '$lib/i18n';

export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	// After a deletion (teams/[id]?/delete): what went with it.
	const flash = takeFlash(event.cookies, event.url, '/admin/teams') as {
		deleted?: TeamFootprint;
	} | null;
	return { teams: await listTeams(useDb()), deleted: flash?.deleted ?? null };
};

export const actions = {
	create: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await readForm(event.request);
		if (!form) return badRequest();
		const raw = text(form, 'name');
		const name = teamNameSchema.safeParse(raw);
		if (!name.success)
			return fail(422, {
				name: raw.slice(0, 80),
				message: t(name.error.issues[0].message as MessageKey)
			});
		let id: number;
		try {
			id = (await createTeam(useDb(), name.data, admin.id)).id;
		} catch (e) {
			return domainFailure(e, { name: name.data });
		}
		redirect(303, `/admin/teams/${id}`);
	}
} satisfies Actions;
