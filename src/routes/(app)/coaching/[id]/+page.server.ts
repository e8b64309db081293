import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { parseId } from '$lib/server/org/validation';
import {
	acknowledgeSession,
	addActionItem,
	sessionFor,
	sessionView,
	tickActionItem,
	updateSession
} from '$lib/server/cockpit/coaching';
import { assignableItems } from '$lib/server/cockpit/items';
import { cockpitAction, doneNotice } from '$lib/server/cockpit/actions';
import { text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { dayIn } from '$lib/format';

/**
 * A one-to-one: the lead writes it up (notes, focus, evidence, follow-up, action items that can
 * become assignments); the agent reads it, acknowledges it and ticks off action items.
 */
export const load: PageServerLoad = async (event) => {
	const viewer = requireUser(event);
	const id = parseId(event.params.id);
	const db = useDb();
	const session = id === null ? null : await sessionFor(db, viewer, id);
	if (!session) error(404, { message: t('session_not_found') });
	const content = useContent();
	const today = dayIn(Date.now());
	const isAgent = session.agentId === viewer.id;
	const view = await sessionView(db, content, session, today);
	return {
		session: { ...view, attachable: isAgent ? [] : view.attachable },
		focusIds: session.focus,
		isAgent,
		competencies: isAgent ? [] : content.competencies.map((c) => ({ id: c.id, name: c.name })),
		items: isAgent ? [] : assignableItems(content, event.locals.locale),
		today,
		defaultDue: dayIn(Date.now() + 7 * 86_400_000),
		done: doneNotice(event.url, {
			session: 'session_scheduled',
			update: 'session_saved',
			item: 'action_added',
			acknowledge: 'session_acknowledged_done',
			tick: 'action_ticked'
		})
	};
};

const sessionId = (params: { id: string }) => {
	const id = parseId(params.id);
	if (id === null) throw new DomainError('session_not_found', 404);
	return id;
};

export const actions = {
	update: (event) =>
		cockpitAction(
			event,
			'update',
			async (form, viewer) =>
				await updateSession(useDb(), useContent(), viewer, sessionId(event.params), {
					notes: text(form, 'notes'),
					focus: form.getAll('focus').map(String).slice(0, 50),
					evidence: form.getAll('evidence').map(String).slice(0, 100),
					followUp: text(form, 'followUp')
				}),
			`/coaching/${event.params.id}`,
			(form) => ({ notes: text(form, 'notes').slice(0, 5000) })
		),
	item: (event) =>
		cockpitAction(
			event,
			'item',
			async (form, viewer) => {
				await addActionItem(useDb(), useContent(), viewer, sessionId(event.params), {
					text: text(form, 'text'),
					dueDate: text(form, 'due'),
					item: text(form, 'item')
				});
			},
			`/coaching/${event.params.id}`,
			(form) => ({ text: text(form, 'text').slice(0, 1000), due: text(form, 'due').slice(0, 20) })
		),
	acknowledge: (event) =>
		cockpitAction(
			event,
			'acknowledge',
			async (_form, viewer) => await acknowledgeSession(useDb(), viewer, sessionId(event.params)),
			`/coaching/${event.params.id}`
		),
	tick: (event) =>
		cockpitAction(
			event,
			'tick',
			async (form, viewer) =>
				await tickActionItem(
					useDb(),
					viewer,
					parseId(text(form, 'action')) ?? -1,
					text(form, 'done') !== 'no'
				),
			`/coaching/${event.params.id}#actions-heading`
		)
} satisfies Actions;
