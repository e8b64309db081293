import { error, fail, redirect } from '@sveltejs/kit';
import { eq, inArray } from 'drizzle-orm';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { users } from '$lib/server/db/schema';
import { runAccess } from '$lib/server/roleplay/observed';
import {
	act,
	addComment,
	commentsOf,
	getRun,
	MAX_COMMENT,
	setShared,
	viewRun,
	type Action
} from '$lib/server/roleplay/runs';
import { debriefOf, scenarioCard } from '$lib/server/roleplay/present';
import { inReadersLanguage, runEdition } from '$lib/server/roleplay/editions';
import {
	contestReply,
	MAX_REASON,
	replyReviewsOf,
	rescoreReply,
	upholdReply
} from '$lib/server/roleplay/rescore';
import { domainFailure, readForm, text } from '$lib/server/form';
import { t } from '$lib/i18n';
import { formatMoment } from '$lib/format';
import { one } from '../../../../../lib/server/db';

/**
 * The run and who the viewer is to it. A run the viewer may not see (someone else's private
 * run, a run shared with another team's lead) is a 404, exactly like a missing one.
 */
async function target(event: RequestEvent) {
	const user = requireUser(event);
	const db = useDb();
	const run = await getRun(db, event.params.id);
	const access = run ? await runAccess(db, user, run) : null;
	const original = run && useContent().scenario(run.scenarioId);
	if (!run || !access || !original) error(404, { message: t('roleplay_not_found') });
	// The run's own edition: a run begun in Chinese stays in Chinese, and is scored as it began.
	const scenario = runEdition(original, run.scenarioVersion, event.locals.locale);
	return { user, run, access, scenario, db };
}

export const load: PageServerLoad = async (event) => {
	const { run, access, scenario, db } = await target(event);
	const view = viewRun(run, scenario);
	const finished = run.status === 'finished';
	const comments = finished || run.sharedAt ? await commentsOf(db, run.id) : [];
	const authorIds = [...new Set(comments.flatMap((c) => (c.authorId ? [c.authorId] : [])))];
	const authors = new Map(
		authorIds.length
			? (
					await db
						.select({ id: users.id, name: users.name })
						.from(users)
						.where(inArray(users.id, authorIds))
				).map((u) => [u.id, u.name])
			: []
	);
	const owner =
		access === 'reviewer'
			? (await one(db.select({ name: users.name }).from(users).where(eq(users.id, run.userId))))
					?.name
			: null;
	return {
		access,
		owner: owner ?? null,
		scenario: scenarioCard(scenario, useContent(), event.locals.locale),
		run: view,
		changed: run.status === 'open' && run.scenarioVersion !== scenario.version,
		// Played (or to be continued) in a language other than the reader's: the note says so.
		untranslated: !inReadersLanguage(scenario, event.locals.locale),
		lang: scenario.locale,
		shared: run.sharedAt !== null,
		// The debrief (with every choice's effect) only once the run is over.
		debrief: finished ? debriefOf(run, scenario, await replyReviewsOf(db, run.id)) : null,
		maxReason: MAX_REASON,
		comments: comments.map((c) => ({
			id: c.id,
			line: c.line,
			body: c.body,
			author: (c.authorId && authors.get(c.authorId)) || t('someone'),
			at: formatMoment(c.createdAt)
		})),
		maxComment: MAX_COMMENT
	};
};

function stepOf(form: FormData) {
	const raw = text(form, 'step');
	return /^\d{1,4}$/.test(raw) ? Number(raw) : -1;
}

/** A form about one typed reply of a finished run: its step and the reason, echoed on failure. */
async function replyForm(event: RequestEvent) {
	const form = await readForm(event.request);
	if (!form) return null;
	return {
		form,
		step: stepOf(form),
		reason: text(form, 'reason'),
		echo: (extra: Record<string, string> = {}) => ({
			replyStep: text(form, 'step').slice(0, 10),
			reason: text(form, 'reason').slice(0, 5000),
			...extra
		})
	};
}

/** A decision: a choice's number or a typed reply, for the step the form was made at. */
async function decide(event: RequestEvent, kind: Action['kind']) {
	const { user, run, access, scenario, db } = await target(event);
	if (access !== 'owner') return fail(403, { message: t('roleplay_not_yours') });
	const form = await readForm(event.request);
	if (!form) return fail(400, { message: t('bad_request') });
	const reply = text(form, 'reply');
	let action: Action;
	if (kind === 'choice') {
		const raw = text(form, 'choice');
		action = { kind, index: /^\d{1,3}$/.test(raw) ? Number(raw) : -1 };
	} else action = { kind, text: reply };
	try {
		await act(db, run, scenario, user.id, stepOf(form), action);
	} catch (e) {
		// A refused reply comes back in the box, so nothing typed is lost.
		return domainFailure(e, { reply: reply.slice(0, 5000) });
	}
	// To the customer's newest line (the page marks it #latest; a finished run has no mark and
	// opens on its debrief), not back to the top of a long conversation.
	redirect(303, `/practice/runs/${run.id}#latest`);
}

export const actions = {
	choose: async (event) => await decide(event, 'choice'),
	reply: async (event) => await decide(event, 'free'),
	share: async (event) => {
		const { user, run, access, db } = await target(event);
		if (access !== 'owner') return fail(403, { message: t('roleplay_not_yours') });
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		await setShared(db, run, user.id, text(form, 'shared') !== 'no');
		redirect(303, `/practice/runs/${run.id}`);
	},
	comment: async (event) => {
		const { user, run, access, db } = await target(event);
		if (access !== 'reviewer') return fail(403, { message: t('roleplay_comment_leads_only') });
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		const raw = text(form, 'line');
		const body = text(form, 'body');
		try {
			await addComment(db, run, user.id, /^\d{1,5}$/.test(raw) ? Number(raw) : -1, body);
		} catch (e) {
			return domainFailure(e, { body: body.slice(0, 5000), line: raw.slice(0, 10) });
		}
		redirect(303, `/practice/runs/${run.id}#line-${raw}`);
	},
	/** The agent asks their lead to look again at one typed reply (which shares the run). */
	contest: async (event) => {
		const { user, run, access, scenario, db } = await target(event);
		if (access !== 'owner') return fail(403, { message: t('roleplay_not_yours') });
		const r = await replyForm(event);
		if (!r) return fail(400, { message: t('bad_request') });
		try {
			await contestReply(db, run, scenario, user.id, r.step, r.reason);
		} catch (e) {
			return domainFailure(e, r.echo());
		}
		redirect(303, `/practice/runs/${run.id}?contested=${r.step}#reply-${r.step}`);
	},
	/** A lead the run is shared with re-scores one typed reply, with a reason. */
	rescore: async (event) => {
		const { user, run, access, scenario, db } = await target(event);
		if (access !== 'reviewer') return fail(403, { message: t('roleplay_comment_leads_only') });
		const r = await replyForm(event);
		if (!r) return fail(400, { message: t('bad_request') });
		const raw = text(r.form, 'score').trim();
		const score = /^\d{1,3}$/.test(raw) ? Number(raw) : -1;
		try {
			await rescoreReply(db, user, run, scenario, r.step, score, r.reason);
		} catch (e) {
			return domainFailure(e, r.echo({ score: raw.slice(0, 10) }));
		}
		redirect(303, `/practice/runs/${run.id}?rescored=${r.step}#reply-${r.step}`);
	},
	/** A lead answers a contest: the score stands. */
	uphold: async (event) => {
		const { user, run, access, scenario, db } = await target(event);
		if (access !== 'reviewer') return fail(403, { message: t('roleplay_comment_leads_only') });
		const r = await replyForm(event);
		if (!r) return fail(400, { message: t('bad_request') });
		try {
			await upholdReply(db, user, run, scenario, r.step, r.reason);
		} catch (e) {
			return domainFailure(e, r.echo());
		}
		redirect(303, `/practice/runs/${run.id}?upheld=${r.step}#reply-${r.step}`);
	}
} satisfies Actions;
