import type { ContentIndex } from '../content';
import { ASSIGNABLE, type AssignableType } from '../db/schema';
import { courseIn, lessonIn } from '../content/localize';
import { localizeQuiz } from '../quiz/translations';
import { scenarioIn } from '../roleplay/editions';

export interface ItemRef {
	type: AssignableType;
	id: string;
}

/** What can be assigned: a course, a lesson, a quiz (lesson quiz or course assessment), a scenario. */
export function itemTitle(content: ContentIndex, item: ItemRef): string | null {
	switch (item.type) {
		case 'course':
			return content.course(item.id)?.title ?? null;
		case 'lesson':
			return content.lesson(item.id)?.title ?? null;
		case 'quiz':
			return content.quiz(item.id)?.title ?? null;
		case 'scenario': {
			// Lead scenarios are played by leads; agents cannot open them, so they are not assignable.
			const scenario = content.scenario(item.id);
			return scenario && scenario.audience !== 'lead' ? scenario.title : null;
		}
	}
}

export function itemLink(item: ItemRef): string {
	switch (item.type) {
		case 'course':
			return `/learn/${item.id}`;
		case 'lesson':
			return `/learn/${item.id}`;
		case 'quiz':
			return `/quiz/${item.id}`;
		case 'scenario':
			return `/practice/${item.id}`;
	}
}

/** `type:id` from a form, or null when it names nothing that exists. */
export function parseItem(content: ContentIndex, raw: string): ItemRef | null {
	const at = raw.indexOf(':');
	if (at < 0) return null;
	const type = raw.slice(0, at) as AssignableType;
	const id = raw.slice(at + 1);
	if (!ASSIGNABLE.includes(type) || id.length > 200) return null;
	return itemTitle(content, { type, id }) === null ? null : { type, id };
}

/** One entry of the picker: what it assigns, its kind, its title in the reader's language. */
export interface PickerOption {
	value: string;
	type: AssignableType;
	label: string;
}

/**
 * Everything assignable, grouped by course for a picker: the course itself, then each lesson
 * followed by its quiz, the course assessment, and the role-plays that practise the course's
 * lessons; role-plays tied to no course come last. Titles are in `locale`. Lead-only role-plays
 * are not assignable and are left out.
 */
export function assignableItems(content: ContentIndex, locale: string) {
	const groups: { label: string; options: PickerOption[] }[] = [];
	const placed = new Set<string>();
	const scenarios = content.scenarios.filter((s) => s.audience !== 'lead');
	const quizTitle = (id: string) => {
		const quiz = content.quiz(id);
		return quiz ? localizeQuiz(quiz, locale).quiz.title : null;
	};
	for (const course of content.courses) {
		const title = courseIn(course, locale).title;
		const options: PickerOption[] = [
			{ value: `course:${course.slug}`, type: 'course', label: title }
		];
		for (const lesson of course.lessons) {
			options.push({
				value: `lesson:${lesson.id}`,
				type: 'lesson',
				label: lessonIn(lesson, locale).title
			});
			const quiz = quizTitle(lesson.id);
			if (quiz) options.push({ value: `quiz:${lesson.id}`, type: 'quiz', label: quiz });
		}
		const assessment = quizTitle(course.slug);
		if (assessment) options.push({ value: `quiz:${course.slug}`, type: 'quiz', label: assessment });
		const lessons = new Set(course.lessons.map((l) => l.id));
		for (const scenario of scenarios)
			if (!placed.has(scenario.id) && scenario.lessons.some((id) => lessons.has(id))) {
				placed.add(scenario.id);
				options.push({
					value: `scenario:${scenario.id}`,
					type: 'scenario',
					label: scenarioIn(scenario, locale).title
				});
			}
		groups.push({ label: title, options });
	}
	const rest = scenarios.filter((s) => !placed.has(s.id));
	if (rest.length)
		groups.push({
			label: '',
			options: rest.map((s) => ({
				value: `scenario:${s.id}`,
				type: 'scenario' as const,
				label: scenarioIn(s, locale).title
			}))
		});
	return groups;
}
