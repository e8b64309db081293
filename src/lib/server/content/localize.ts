/**
 * Content in the reader's language: a lesson's or course's words from its translation when it
 * has one (ids, record and progress are the same in every language), else the English with
 * `translated: false`, so the page can say it is showing the original.
 */
import type { ContentIndex, Course, LearningPath, Lesson } from './index';
import { requestLocale } from '../i18n/locale';
import type { JobAid } from './reference';
import { contentLocale } from './locales';

export function lessonIn(lesson: Lesson, locale: string) {
	const l = contentLocale(locale);
	const t = l ? lesson.translations[l] : undefined;
	return {
		title: t?.title ?? lesson.title,
		summary: t?.summary ?? lesson.summary,
		module: t?.module ?? lesson.module,
		headings: t?.headings ?? lesson.headings,
		/** False when the reader asked for a language this lesson is not yet written in. */
		translated: locale === 'en' || !!t
	};
}

export function courseIn(course: Course, locale: string) {
	const l = contentLocale(locale);
	const t = l ? course.translations[l] : undefined;
	return {
		title: t?.title ?? course.title,
		summary: t?.summary ?? course.summary,
		intro: t?.intro ?? course.intro,
		translated: locale === 'en' || !!t
	};
}

export function jobAidIn(aid: JobAid, locale: string) {
	const l = contentLocale(locale);
	const t = l ? aid.translations[l] : undefined;
	return {
		title: t?.title ?? aid.title,
		summary: t?.summary ?? aid.summary,
		module: t?.module ?? aid.module,
		translated: locale === 'en' || !!t
	};
}

/**
 * The competency framework in the reader's language (the request's, unless given): names,
 * descriptions and level descriptions from competencies.zh-CN.yaml, the English otherwise.
 */
export function competenciesIn(
	content: Pick<ContentIndex, 'competencies'>,
	locale: string = requestLocale()
) {
	const l = contentLocale(locale);
	return content.competencies.map((c) => {
		const t = l ? c.translations?.[l] : undefined;
		return t ? { ...c, ...t } : c;
	});
}

/** A competency's name in the reader's language, or the id when it is unknown. */
export function competencyName(
	content: Pick<ContentIndex, 'competencies'>,
	id: string,
	locale: string = requestLocale()
) {
	return competenciesIn(content, locale).find((c) => c.id === id)?.name ?? id;
}

export function pathIn(path: LearningPath, locale: string) {
	const l = contentLocale(locale);
	const t = l ? path.translations[l] : undefined;
	return { title: t?.title ?? path.title, summary: t?.summary ?? path.summary };
}
