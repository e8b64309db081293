import { fail, redirect, type RequestEvent } from '@sveltejs/kit';
import { useDb } from '../db/instance';
import { useContent } from '../content/store';
import { domainFailure, readForm, text } from '../form';
import { DomainError } from '../errors';
import { t } from '$lib/i18n';
import {
	addGoal,
	agreeGoal,
	commentGoal,
	confirmCompetency,
	deleteGoal,
	saveNotes,
	selfAssess,
	setGoalStatus
} from './plan';

type Viewer = { id: number; role: 'learner' | 'lead' | 'admin' };
const id = (raw: string) => (/^\d{1,9}$/.test(raw) ? Number(raw) : -1);
const competencyIds = () => new Set(useContent().competencies.map((c) => c.id));

/**
 * The development-plan actions, shared by /record (the person's own) and a lead's view of a
 * member. Each reads its form, calls the domain function (which checks who may do what) and
 * answers 303 back to the page, or a 4xx with the message and what was typed.
 */
export function planActions(
	back: (event: RequestEvent) => string,
	owner: (
		event: RequestEvent
	) => { viewer: Viewer; subjectId: number } | Promise<{ viewer: Viewer; subjectId: number }>
) {
	const run = async (
		event: RequestEvent,
		act: (form: FormData, who: { viewer: Viewer; subjectId: number }) => void | Promise<void>,
		echo: (form: FormData) => Record<string, string> = () => ({})
	) => {
		const who = await owner(event);
		const form = await readForm(event.request);
		if (!form) return fail(400, { message: t('bad_request') });
		try {
			await act(form, who);
		} catch (e) {
			return domainFailure(e, echo(form));
		}
		redirect(303, back(event));
	};
	const own = (who: { viewer: Viewer; subjectId: number }) => {
		if (who.viewer.id !== who.subjectId) throw new DomainError('forbidden', 403);
	};
	return {
		addGoal: (event: RequestEvent) =>
			run(
				event,
				async (form, who) => {
					own(who);
					await addGoal(
						useDb(),
						who.subjectId,
						{
							competency: text(form, 'competency'),
							text: text(form, 'text'),
							targetDate: text(form, 'targetDate')
						},
						competencyIds()
					);
				},
				(form) => ({ goalText: text(form, 'text').slice(0, 1000) })
			),
		goalStatus: (event: RequestEvent) =>
			run(event, async (form, who) => {
				own(who);
				await setGoalStatus(
					useDb(),
					who.subjectId,
					id(text(form, 'goal')),
					text(form, 'status') === 'done' ? 'done' : 'open'
				);
			}),
		deleteGoal: (event: RequestEvent) =>
			run(event, async (form, who) => {
				own(who);
				await deleteGoal(useDb(), who.subjectId, id(text(form, 'goal')));
			}),
		selfAssess: (event: RequestEvent) =>
			run(event, async (form, who) => {
				own(who);
				const raw = text(form, 'level');
				await selfAssess(
					useDb(),
					who.subjectId,
					text(form, 'competency'),
					/^\d$/.test(raw) ? Number(raw) : -1,
					competencyIds()
				);
			}),
		notes: (event: RequestEvent) =>
			run(event, async (form, who) => {
				own(who);
				await saveNotes(useDb(), who.subjectId, text(form, 'notes'));
			}),
		commentGoal: (event: RequestEvent) =>
			run(
				event,
				async (form, who) =>
					await commentGoal(useDb(), who.viewer, id(text(form, 'goal')), text(form, 'body'))
			),
		agreeGoal: (event: RequestEvent) =>
			run(
				event,
				async (form, who) =>
					await agreeGoal(
						useDb(),
						who.viewer,
						id(text(form, 'goal')),
						text(form, 'agreed') !== 'no'
					)
			),
		confirm: (event: RequestEvent) =>
			run(
				event,
				async (form, who) =>
					await confirmCompetency(
						useDb(),
						who.viewer,
						who.subjectId,
						text(form, 'competency'),
						competencyIds()
					)
			)
	};
}
