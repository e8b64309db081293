import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { requireRole, requireUser } from '../auth/guard';
import { useContent } from '../content/store';
import { useDb } from '../db/instance';
import { domainFailure, readForm, text } from '../form';
import { DomainError } from '../errors';
import { t, type MessageKey } from '$lib/i18n';
import { assign } from './assignments';
import type { Viewer } from './access';

const ID = /^\d{1,9}$/;

/** `agent:12` or `team:3` from a form's target field. */
export function parseTarget(raw: string): { kind: 'agent' | 'team'; id: number } | null {
	const [kind, id] = raw.split(':');
	if ((kind !== 'agent' && kind !== 'team') || !ID.test(id ?? '')) return null;
	return { kind, id: Number(id) };
}

/**
 * Runs one cockpit form: reads it, calls the domain (which checks who may do what, in the same
 * transaction that writes), answers 303 to `back` with `?done=`, or a 4xx with the message and
 * what was typed, under the form's name.
 */
export async function cockpitAction(
	event: RequestEvent,
	name: string,
	act: (form: FormData, viewer: Viewer) => string | void | Promise<string | void>,
	back: string | ((form: FormData) => string),
	echo: (form: FormData) => Record<string, unknown> = () => ({})
) {
	const viewer: Viewer = requireUser(event);
	const form = await readForm(event.request);
	if (!form) return fail(400, { form: name, message: t('bad_request') });
	let to: string | void;
	try {
		to = await act(form, viewer);
	} catch (e) {
		return domainFailure(e, { form: name, ...echo(form) });
	}
	const target = to ?? (typeof back === 'string' ? back : back(form));
	const [path, hash] = target.split('#');
	redirect(303, `${path}${path.includes('?') ? '&' : '?'}done=${name}${hash ? `#${hash}` : ''}`);
}

/** The assign form, wherever it appears (dashboard suggestions, the assignments page, a member). */
export function assignAction(event: RequestEvent, back: string | ((form: FormData) => string)) {
	requireRole(event, 'lead', 'admin');
	return cockpitAction(
		event,
		'assign',
		async (form, viewer) => {
			const target = parseTarget(text(form, 'target'));
			if (!target) throw new DomainError('assign_target', 400);
			const { alreadyOpen } = await assign(useDb(), useContent(), viewer, {
				target,
				item: text(form, 'item'),
				dueDate: text(form, 'due'),
				note: text(form, 'note'),
				newcomers: text(form, 'newcomers') === 'yes'
			});
			// Members who had it open already kept theirs: the page says how many.
			if (alreadyOpen) {
				const to = typeof back === 'string' ? back : back(form);
				const [path, hash] = to.split('#');
				return `${path}${path.includes('?') ? '&' : '?'}kept=${alreadyOpen}${hash ? `#${hash}` : ''}`;
			}
		},
		back,
		(form) => ({ note: text(form, 'note').slice(0, 1000), due: text(form, 'due').slice(0, 20) })
	);
}

/** The confirmation a page shows after one of its forms worked (named in `?done=`). */
export function doneNotice(url: URL, messages: Record<string, MessageKey>) {
	const done = url.searchParams.get('done') ?? '';
	if (!Object.hasOwn(messages, done)) return null;
	// After a team assignment: how many members kept the one they already had open.
	const kept = done === 'assign' ? Number(url.searchParams.get('kept')) : 0;
	const message = t(messages[done]);
	return {
		form: done,
		message:
			Number.isInteger(kept) && kept > 0 && kept < 100_000
				? `${message} ${t('assign_kept', { n: kept })}`
				: message
	};
}
