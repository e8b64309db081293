import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { listTeams, teamMembersOf } from '$lib/server/org/teams';
import { batchesFor, cancelBatch, editBatch } from '$lib/server/cockpit/assignments';
import { assignableItems } from '$lib/server/cockpit/items';
import { assignAction, cockpitAction, doneNotice } from '$lib/server/cockpit/actions';
import { text } from '$lib/server/form';
import { dayIn } from '$lib/format';

const BACK = '/team/assignments';

/** Assign work to a person or a team, and follow, edit or cancel what was assigned. */
export const load: PageServerLoad = async (event) => {
	const viewer = requireRole(event, 'lead', 'admin');
	const db = useDb();
	const content = useContent();
	const teams = await listTeams(db, viewer.role === 'admin' ? undefined : viewer.id);
	const members = (
		await teamMembersOf(
			db,
			teams.map((team) => team.id)
		)
	).filter((m) => m.status === 'active' && m.id !== viewer.id);
	const people = [...new Map(members.map((m) => [m.id, { id: m.id, name: m.name }])).values()];
	const today = dayIn(Date.now());
	return {
		teams: teams.map((team) => ({ id: team.id, name: team.name })),
		people,
		items: assignableItems(content, event.locals.locale),
		today,
		defaultDue: dayIn(Date.now() + 7 * 86_400_000),
		preset: {
			target: event.url.searchParams.get('target') ?? '',
			item: event.url.searchParams.get('item') ?? ''
		},
		batches: await batchesFor(
			db,
			content,
			viewer.role === 'admin' ? null : people.map((p) => p.id),
			today
		),
		done: doneNotice(event.url, {
			assign: 'assign_done',
			edit: 'assignment_edited',
			cancel: 'assignment_cancelled'
		})
	};
};

export const actions = {
	assign: (event) => assignAction(event, BACK),
	edit: (event) =>
		requireRole(event, 'lead', 'admin') &&
		cockpitAction(
			event,
			'edit',
			async (form, viewer) =>
				await editBatch(useDb(), viewer, text(form, 'batch').slice(0, 64), {
					dueDate: text(form, 'due'),
					note: text(form, 'note')
				}),
			BACK
		),
	cancel: (event) =>
		requireRole(event, 'lead', 'admin') &&
		cockpitAction(
			event,
			'cancel',
			async (form, viewer) => await cancelBatch(useDb(), viewer, text(form, 'batch').slice(0, 64)),
			BACK
		)
} satisfies Actions;
