import { error, fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { teamMembersOf } from '$lib/server/org/teams';
import { getUser } from '$lib/server/org/users';
import { parseId } from '$lib/server/org/validation';
import { hasAnswered, isoWeek, recordMood } from '$lib/server/morale/pulse';
import { giveKudos, teamWall } from '$lib/server/morale/kudos';
import {
	answerSuggestion,
	submitSuggestion,
	teamSuggestions
} from '$lib/server/morale/suggestions';
import { publishCase, teamCases, toggleReaction } from '$lib/server/morale/cases';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { teamAccess } from './access.server';

export const load: PageServerLoad = async (event) => {
	const { user, teamId, role, team, canModerate } = await teamAccess(event);
	const db = useDb();
	const lead = team.leadId ? await getUser(db, team.leadId) : undefined;
	const people = [
		...(lead ? [{ id: lead.id, name: lead.name }] : []),
		...(await teamMembersOf(db, [teamId])).map((m) => ({ id: m.id, name: m.name }))
	].filter((p) => p.id !== user.id);
	const done = event.url.searchParams.get('done') ?? '';
	const key = Object.hasOwn(DONE, done) ? DONE[done as FormName] : null;
	return {
		done: key ? { form: done, message: t(key) } : null,
		team: { id: team.id, name: team.name },
		role,
		canModerate,
		// Only members record a mood for a team; its lead and admins read the aggregate.
		mood:
			role === 'member'
				? { answered: await hasAnswered(db, user.id, teamId, isoWeek(new Date())) }
				: null,
		people,
		wall: await teamWall(db, teamId),
		suggestions: (await teamSuggestions(db, teamId)).map(({ authorId, ...s }) => ({
			...s,
			mine: authorId === user.id
		})),
		cases: await teamCases(db, teamId, user.id),
		competencies: useContent().competencies.map((c) => ({ id: c.id, name: c.name }))
	};
};

/** The confirmation each form shows after it worked (named in the redirect's ?done=). */
const DONE = {
	mood: 'mood_thanks',
	kudos: 'kudos_sent',
	suggest: 'suggestion_sent',
	answer: 'suggestion_answered',
	publish: 'case_published',
	react: null
} as const;
type FormName = keyof typeof DONE;

/**
 * Runs one action. A broken rule becomes a 4xx naming the form it came from; success ends in a
 * 303 back to the page, so reloading it never posts the same thanks or suggestion twice.
 */
async function act(url: URL, form: FormName, fn: () => unknown) {
	try {
		await fn();
	} catch (e) {
		if (e instanceof DomainError) return fail(e.status, { form, message: t(e.key, e.params) });
		throw e;
	}
	redirect(303, `${url.pathname}${DONE[form] ? `?done=${form}` : ''}`);
}

const bad = (form: string) => fail(400, { form, message: t('bad_request') });

export const actions = {
	mood: async (event) => {
		const { user, teamId, role } = await teamAccess(event);
		const form = await readForm(event.request);
		if (!form) return bad('mood');
		if (role !== 'member') error(403, { message: t('forbidden') });
		const mood = Number(text(form, 'mood'));
		return act(
			event.url,
			'mood',
			async () => await recordMood(useDb(), user.id, teamId, mood, text(form, 'comment'))
		);
	},
	kudos: async (event) => {
		const { user, teamId } = await teamAccess(event);
		const form = await readForm(event.request);
		if (!form) return bad('kudos');
		const to = text(form, 'to');
		const toId = to === 'team' ? null : parseId(to);
		if (to !== 'team' && toId === null)
			return fail(404, { form: 'kudos', message: t('kudos_not_in_team') });
		return act(
			event.url,
			'kudos',
			async () => await giveKudos(useDb(), user.id, teamId, toId, text(form, 'message'))
		);
	},
	suggest: async (event) => {
		const { user, teamId } = await teamAccess(event);
		const form = await readForm(event.request);
		if (!form) return bad('suggest');
		return act(
			event.url,
			'suggest',
			async () =>
				await submitSuggestion(
					useDb(),
					user.id,
					teamId,
					text(form, 'body'),
					text(form, 'anonymous') === 'on'
				)
		);
	},
	answer: async (event) => {
		const { user, teamId, canModerate } = await teamAccess(event);
		if (!canModerate) error(403, { message: t('forbidden') });
		const form = await readForm(event.request);
		if (!form) return bad('answer');
		const id = parseId(text(form, 'id'));
		if (id === null) return fail(404, { form: 'answer', message: t('suggestion_not_found') });
		return act(
			event.url,
			'answer',
			async () =>
				await answerSuggestion(
					useDb(),
					id,
					teamId,
					text(form, 'status'),
					text(form, 'reply'),
					user.id
				)
		);
	},
	publish: async (event) => {
		const { user, teamId, canModerate } = await teamAccess(event);
		if (!canModerate) error(403, { message: t('forbidden') });
		const form = await readForm(event.request);
		if (!form) return bad('publish');
		const known = new Set(useContent().competencies.map((c) => c.id));
		const competencies = form
			.getAll('competencies')
			.filter((v): v is string => typeof v === 'string');
		return act(
			event.url,
			'publish',
			async () =>
				await publishCase(
					useDb(),
					user.id,
					teamId,
					{
						kind: text(form, 'kind'),
						title: text(form, 'title'),
						body: text(form, 'body'),
						competencies
					},
					known
				)
		);
	},
	react: async (event) => {
		const { user, teamId } = await teamAccess(event);
		const form = await readForm(event.request);
		if (!form) return bad('react');
		const id = parseId(text(form, 'id'));
		if (id === null) return fail(404, { form: 'react', message: t('case_not_found') });
		return act(
			event.url,
			'react',
			async () => await toggleReaction(useDb(), user.id, id, teamId, text(form, 'reaction'))
		);
	}
} satisfies Actions;
