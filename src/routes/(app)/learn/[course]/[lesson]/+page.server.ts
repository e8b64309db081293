import { error, fail, redirect } from '@sveltejs/kit';
import { moduleKey } from '$lib/module-key';
import type { Actions, PageServerLoad, RequestEvent } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import {
	completeLesson,
	findLesson,
	lessonStatus,
	saveSelfCheck,
	selfChecksOf,
	visitLesson
} from '$lib/server/record/lessons';
import { readForm, text } from '$lib/server/form';
import { DomainError } from '$lib/server/errors';
import { t } from '$lib/i18n';
import { competenciesIn, courseIn, lessonIn } from '$lib/server/content/localize';
import { scenarioIn } from '$lib/server/roleplay/editions';
import { issueAfterCompletion } from '$lib/server/badges/issue';
import { badgeOrigin } from '$lib/server/badges/http';

function target(event: RequestEvent) {
	const user = requireUser(event);
	const found = findLesson(useContent(), event.params.course, event.params.lesson);
	if (!found) error(404, { message: t('lesson_not_found') });
	return { user, ...found };
}

export const load: PageServerLoad = async (event) => {
	const { user, course, lesson } = target(event);
	const db = useDb();
	const content = useContent();
	const locale = event.locals.locale;
	const words = lessonIn(lesson, locale);
	const progress = await visitLesson(
		db,
		user.id,
		lesson,
		Date.now(),
		words.translated && locale !== 'en' ? locale : undefined
	);
	const at = course.lessons.indexOf(lesson);
	const link = (l: (typeof course.lessons)[number] | undefined) =>
		l && { href: `/learn/${l.id}`, title: lessonIn(l, locale).title };
	const names = new Map(competenciesIn(content, locale).map((c) => [c.id, c.name]));
	return {
		course: { slug: course.slug, title: courseIn(course, locale).title },
		lesson: {
			id: lesson.id,
			key: moduleKey(words.module),
			title: words.title,
			summary: words.summary,
			translated: words.translated,
			minutes: lesson.minutes,
			competencies: lesson.competencies.map((id) => names.get(id) ?? id),
			sources: lesson.sources,
			status: lessonStatus(progress, lesson.id)
		},
		prerequisites: lesson.prerequisites.map((id) => {
			const pre = content.lesson(id)!;
			return {
				href: `/learn/${id}`,
				title: lessonIn(pre, locale).title,
				done: lessonStatus(progress, id) === 'completed'
			};
		}),
		previous: link(course.lessons[at - 1]),
		next: link(course.lessons[at + 1]),
		courseCompleted: progress.get(`course:${course.slug}`)?.status === 'completed',
		quiz: lesson.hasQuiz
			? { href: `/quiz/${lesson.id}`, best: progress.get(`quiz:${lesson.id}`)?.bestScore ?? null }
			: null,
		selfChecks: await selfChecksOf(db, user.id, lesson.id),
		jobAids: content
			.jobAidsFor(lesson.id)
			.map((aid) => ({ href: `/learn/job-aids/${aid.slug}`, title: aid.title })),
		// Scenarios that practise this lesson (lead scenarios only for leads and admins).
		scenarios: content
			.scenariosFor(lesson.id)
			.filter((s) => s.audience === 'agent' || user.role !== 'learner')
			.map((s) => scenarioIn(s, locale))
			.map((s) => ({
				href: `/practice/${s.id}`,
				title: s.title,
				summary: s.summary,
				best: progress.get(`scenario:${s.id}`)?.bestScore ?? null
			}))
	};
};

export const actions = {
	complete: async (event) => {
		const { user, course, lesson } = target(event);
		const db = useDb();
		await completeLesson(db, user.id, course, lesson);
		// The last lesson of an assessed course completes it: its Open Badge is issued now.
		await issueAfterCompletion(db, useContent(), user, badgeOrigin(), event.locals.locale);
		redirect(303, `/learn/${lesson.id}#complete`);
	},
	selfcheck: async (event) => {
		const { user, lesson } = target(event);
		const form = await readForm(event.request);
		const check = form ? text(form, 'check') : '';
		if (!form)
			return fail(400, { selfCheck: null, selfCheckError: check, message: t('bad_request') });
		let outcome;
		try {
			outcome = await saveSelfCheck(useDb(), user.id, lesson, check, text(form, 'answer'));
		} catch (e) {
			if (e instanceof DomainError)
				return fail(e.status, {
					selfCheck: null,
					selfCheckError: check,
					message: t(e.key, e.params)
				});
			throw e;
		}
		return {
			selfCheck: check,
			selfCheckError: null,
			message: t(outcome === 'cleared' ? 'selfcheck_cleared' : 'selfcheck_saved')
		};
	}
} satisfies Actions;
