import { error, fail, redirect } from '@sveltejs/kit';
import { asc, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { users } from '$lib/server/db/schema';
import {
	addMember,
	deleteTeam,
	teamFootprint,
	getTeam,
	removeMember,
	renameTeam,
	setTeamLead,
	teamMembersOf
} from '$lib/server/org/teams';
import { parseId, teamNameSchema } from '$lib/server/org/validation';
import { badRequest, domainFailure, readForm, text } from '$lib/server/form';
import { t, type MessageKey } from '$lib/i18n';
import { setFlash } from '$lib/server/auth/cookie';

async function target(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const id = parseId(event.params.id);
	if (id === null || !(await getTeam(useDb(), id))) error(404, { message: t('team_not_found') });
	return { admin, id };
}

/** Runs one team change; a domain rule it breaks becomes a 4xx with the reason. */
async function change(fn: () => unknown) {
	try {
		await fn();
	} catch (e) {
		return domainFailure(e);
	}
	return { done: t('team_saved') };
}

async function userField(event: RequestEvent, name: string) {
	const form = await readForm(event.request);
	if (!form) return { form: null, id: null };
	return { form, id: parseId(text(form, name)) };
}

export const load: PageServerLoad = async (event) => {
	const { id } = await target(event);
	const db = useDb();
	const members = await teamMembersOf(db, [id]);
	const memberIds = new Set(members.map((m) => m.id));
	const people = await db
		.select({ id: users.id, name: users.name, role: users.role, status: users.status })
		.from(users)
		.where(eq(users.status, 'active'))
		.orderBy(asc(users.name));
	return {
		team: (await getTeam(db, id))!,
		members,
		leads: people.filter((p) => p.role === 'lead'),
		candidates: people.filter((p) => p.role === 'learner' && !memberIds.has(p.id))
	};
};

export const actions = {
	rename: async (event) => {
		const { admin, id } = await target(event);
		const form = await readForm(event.request);
		if (!form) return badRequest();
		const name = teamNameSchema.safeParse(text(form, 'name'));
		if (!name.success) return fail(422, { message: t(name.error.issues[0].message as MessageKey) });
		return change(async () => await renameTeam(useDb(), id, name.data, admin.id));
	},
	lead: async (event) => {
		const { admin, id } = await target(event);
		const { form, id: leadId } = await userField(event, 'leadId');
		if (!form) return badRequest();
		if (leadId === null && text(form, 'leadId') !== '')
			return fail(404, { message: t('user_not_found') });
		return change(async () => await setTeamLead(useDb(), id, leadId, admin.id));
	},
	add: async (event) => {
		const { admin, id } = await target(event);
		const { form, id: userId } = await userField(event, 'userId');
		if (!form) return badRequest();
		if (userId === null) return fail(404, { message: t('user_not_found') });
		return change(async () => await addMember(useDb(), id, userId, admin.id, useContent()));
	},
	remove: async (event) => {
		const { admin, id } = await target(event);
		const { form, id: userId } = await userField(event, 'userId');
		if (!form) return badRequest();
		if (userId === null) return fail(404, { message: t('not_a_member') });
		return change(async () => await removeMember(useDb(), id, userId, admin.id));
	},
	/**
	 * First asks (what the team holds, what goes with it), then, with confirm=yes, deletes and
	 * tells the teams page what went. Works the same without JavaScript.
	 */
	delete: async (event) => {
		const { admin, id } = await target(event);
		const form = await readForm(event.request);
		if (!form) return badRequest();
		if (text(form, 'confirm') !== 'yes')
			return { confirmDelete: (await teamFootprint(useDb(), id))! };
		const gone = await deleteTeam(useDb(), id, admin.id);
		setFlash(event.cookies, event.url, '/admin/teams', { deleted: gone });
		redirect(303, '/admin/teams');
	}
} satisfies Actions;
