import { error, fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import {
	getUser,
	invitationExpiry,
	reissueInvitation,
	resetPassword,
	setUserStatus,
	updateUser
} from '$lib/server/org/users';
import { profileOf } from '$lib/server/org/teams';
import { nameSchema, parseId, roleSchema, startedOnSchema } from '$lib/server/org/validation';
import { badRequest, domainFailure, readForm, text } from '$lib/server/form';
import { t, type MessageKey } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';

async function target(event: RequestEvent) {
	const admin = requireRole(event, 'admin');
	const id = parseId(event.params.id);
	if (id === null || !(await getUser(useDb(), id))) error(404, { message: t('user_not_found') });
	return { admin, id };
}

const invitationState = (expiresAt: number | null, now = Date.now()) =>
	expiresAt === null ? { expiresAt, open: false } : { expiresAt, open: expiresAt > now };

export const load: PageServerLoad = async (event) => {
	const { admin, id } = await target(event);
	const db = useDb();
	const user = (await getUser(db, id))!;
	return {
		person: (await profileOf(db, id))!,
		/** Someone who has not set a password: when their link stops (or stopped) working. */
		invitation: user.passwordHash === null ? invitationState(await invitationExpiry(db, id)) : null,
		isSelf: admin.id === id
	};
};

export const actions = {
	update: async (event) => {
		const { admin, id } = await target(event);
		const form = await readForm(event.request);
		if (!form) return badRequest();
		const name = nameSchema.safeParse(text(form, 'name'));
		const role = roleSchema.safeParse(text(form, 'role'));
		const startedOn = startedOnSchema.safeParse(text(form, 'startedOn'));
		const problem = [name, role, startedOn].find((r) => !r.success)?.error?.issues[0]?.message;
		if (problem || !name.success || !role.success || !startedOn.success)
			return fail(422, { action: 'update', message: t((problem ?? 'bad_request') as MessageKey) });
		try {
			await updateUser(
				useDb(),
				id,
				{ name: name.data, role: role.data, startedOn: startedOn.data },
				admin.id
			);
		} catch (e) {
			return domainFailure(e, { action: 'update' });
		}
		return { action: 'update', done: t('user_saved') };
	},
	disable: async (event) => {
		const { admin, id } = await target(event);
		try {
			await setUserStatus(useDb(), id, 'disabled', admin.id);
		} catch (e) {
			return domainFailure(e, { action: 'status' });
		}
		return { action: 'status', done: t('user_status_disabled') };
	},
	enable: async (event) => {
		const { admin, id } = await target(event);
		await setUserStatus(useDb(), id, 'active', admin.id);
		return { action: 'status', done: t('user_status_enabled') };
	},
	/** A new invitation link for someone who has not set a password (reissueInvitation). */
	reinvite: async (event) => {
		const { admin, id } = await target(event);
		try {
			const { user, token } = await reissueInvitation(useDb(), id, admin.id);
			return {
				action: 'reset',
				done: t('user_reset_done', { email: user.email }),
				link: `${event.url.origin}/invite/${token}`,
				emailed: mailConfig() !== null
			};
		} catch (e) {
			return domainFailure(e, { action: 'status' });
		}
	},
	reset: async (event) => {
		const { admin, id } = await target(event);
		const token = await resetPassword(useDb(), id, admin.id);
		const user = (await getUser(useDb(), id))!;
		return {
			action: 'reset',
			done: t('user_reset_done', { email: user.email }),
			link: `${event.url.origin}/invite/${token}`,
			emailed: mailConfig() !== null
		};
	}
} satisfies Actions;
