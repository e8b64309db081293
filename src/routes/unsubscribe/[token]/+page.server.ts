import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { setEmailMode, unsubscribeUser } from '$lib/server/mail/outbox';
import { t } from '$lib/i18n';

/**
 * An email's unsubscribe link. Opening it changes nothing (mail scanners open links): the page
 * asks, and the button turns email off. No sign-in needed: the token is the person's id with a
 * MAC only this server makes, so a forged or altered link is a 404.
 */
async function personOf(token: string) {
	const person = await unsubscribeUser(useDb(), token);
	if (!person) error(404, { message: t('unsubscribe_invalid') });
	return person;
}

export const load: PageServerLoad = async ({ params, setHeaders }) => {
	setHeaders({ 'Referrer-Policy': 'same-origin', 'Cache-Control': 'no-store' });
	const person = await personOf(params.token);
	return { email: person.email, off: person.mode === 'off' };
};

export const actions = {
	default: async ({ params }) => {
		const person = await personOf(params.token);
		await setEmailMode(useDb(), person.id, 'off');
		return { done: true };
	}
} satisfies Actions;
