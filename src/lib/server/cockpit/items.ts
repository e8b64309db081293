import type { ContentIndex } from '../content';
import { ASSIGNABLE, type AssignableType } from '../db/schema';

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

/** Everything assignable, grouped for a picker; lead-only courses and scenarios are marked. */
export function assignableItems(content: ContentIndex) {
	const quizzes = content.quizzes.map((q) => ({ value: `quiz:${q.id}`, label: q.title }));
	return [
		{
			type: 'course' as const,
			options: content.courses.map((c) => ({ value: `course:${c.slug}`, label: c.title }))
		},
		{
			type: 'lesson' as const,
			options: content.courses.flatMap((c) =>
				c.lessons.map((l) => ({ value: `lesson:${l.id}`, label: `${c.title}: ${l.title}` }))
			)
		},
		{ type: 'quiz' as const, options: quizzes },
		{
			type: 'scenario' as const,
			options: content.scenarios
				.filter((s) => s.audience !== 'lead')
				.map((s) => ({ value: `scenario:${s.id}`, label: s.title }))
		}
	];
}
