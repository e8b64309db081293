/**
 * Content in the reader's language: a lesson's or course's words from its translation when it
 * has one (ids, record and progress are the same in every language), else the English with
 * `translated: false`, so the page can say it is showing the original.
 */
import type { Course, Lesson } from './index';
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
