import type { PublicQuestion } from '$lib/server/quiz/present';

/** The values a form holds under one field name (FormData.getAll, or a refused form's echo). */
export type Field = (name: string) => readonly unknown[];

const filled = (field: Field, name: string) => field(name).some((v) => v !== '' && v != null);

/**
 * Whether a question on the quiz form has an answer, by the same rule the server reads it with
 * (readAnswers): a choice is made; every step of an ordering has a position; every left item of
 * a matching has its partner. An ordering that has not been arranged has no answer: its
 * positions start empty, so a page's first order is never taken for the learner's.
 */
export function isAnswered(q: PublicQuestion, field: Field): boolean {
	switch (q.type) {
		case 'ordering':
			return q.items.every((item) => filled(field, `q.${q.id}.pos.${item.token}`));
		case 'matching':
			return q.lefts.every((left) => filled(field, `q.${q.id}.match.${left.token}`));
		default:
			return filled(field, `q.${q.id}`);
	}
}

/** The answered state of every question, from a form's data or a refused form's echo. */
export function answeredOf(questions: PublicQuestion[], field: Field): boolean[] {
	return questions.map((q) => isAnswered(q, field));
}
