import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { listPeople } from '$lib/server/org/people';
import { listTeams } from '$lib/server/org/teams';
import { reissueInvitation } from '$lib/server/org/users';
import { parseId } from '$lib/server/org/validation';
import { badRequest, domainFailure, readForm, text } from '$lib/server/form';
import { parsePeopleQuery, peopleHref } from '$lib/people-query';
import { t } from '$lib/i18n';
import { mailConfig } from '$lib/server/mail/config';

/**
 * One page of the people list, as the address asks (search, filters, sort, page). What is not
 * understood falls back to its default and is named on the page; a team that does not exist
 * shows every team, saying so.
 */
export const load: PageServerLoad = async (event) => {
	requireRole(event, 'admin');
	const db = useDb();
	const { query, ignored } = parsePeopleQuery(event.url.searchParams);
	// The filter form sends every field, empty ones too: one view gets one short address to
	// share (an address with parts not understood stays, so the page can say what it left out;
	// after an action, the page answers where it was posted).
	const canonical = peopleHref(query, { page: query.page });
	const given = event.url.searchParams.toString();
	if (
		event.request.method === 'GET' &&
		!ignored.length &&
		given !== (canonical.split('?')[1] ?? '')
	)
		redirect(303, canonical);
	const teams = (await listTeams(db)).map(({ id, name }) => ({ id, name }));
	const unknownTeam = typeof query.team === 'number' && !teams.some((t) => t.id === query.team);
	if (unknownTeam) query.team = null;
	const list = await listPeople(db, query);
	return { ...list, query: { ...query, page: list.page }, teams, ignored, unknownTeam };
};

export const actions = {
	/** A new invitation link for someone whose link expired (or who never had one). */
	reinvite: async (event) => {
		const admin = requireRole(event, 'admin');
		const form = await readForm(event.request);
		if (!form) return badRequest();
		const id = parseId(text(form, 'id'));
		if (id === null) return fail(404, { message: t('user_not_found') });
		try {
			const { user, token } = await reissueInvitation(useDb(), id, admin.id);
			return {
				done: t('user_reset_done', { email: user.email }),
				link: `${event.url.origin}/invite/${token}`,
				emailed: mailConfig() !== null
			};
		} catch (e) {
			return domainFailure(e);
		}
	}
} satisfies Actions;
