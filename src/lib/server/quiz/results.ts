import type { QuizAttempt } from '../db/schema';
import type { GradedQuestion } from './grade';
import type { Question, Quiz, Response } from './types';

interface StoredAnswer extends GradedQuestion {
	response: Response;
}

/** One question of a submitted attempt as the result page shows it (feedback is fine now). */
export interface QuestionResult {
	id: string;
	type: Question['type'];
	prompt: string;
	customer?: string;
	score: number;
	correct: boolean;
	flagged: boolean;
	/** What the learner gave, in words, each with the feedback for that choice. */
	given: { text: string; feedback: string; right: boolean }[];
	/** The right answer, in words. */
	expected: string[];
	explanation: string;
	/** Link to the lesson section that teaches it. */
	href: string;
}

export function attemptResults(quiz: Quiz, attempt: QuizAttempt): QuestionResult[] {
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const answers = (attempt.answers ?? []) as StoredAnswer[];
	return answers.flatMap((a) => {
		const q = byId.get(a.questionId);
		// A question removed from the quiz since: its score still counts, its text is gone.
		if (!q) return [];
		const href = `/learn/${q.lessonId}${q.section ? `#${q.section}` : ''}`;
		const base = {
			id: q.id,
			type: q.type,
			prompt: q.prompt,
			...(q.type === 'best-response' ? { customer: q.customer } : {}),
			score: a.score,
			correct: a.correct,
			flagged: a.flagged,
			explanation: q.explanation,
			href
		};
		if (q.type === 'matching') {
			const r = a.response.type === 'matching' ? a.response.pairs : {};
			return [
				{
					...base,
					given: q.pairs.map((p) => {
						const chosen = q.pairs.find((x) => x.id === r[p.id]);
						return {
							text: `${p.left} → ${chosen?.right ?? '—'}`,
							feedback: p.feedback,
							right: r[p.id] === p.id
						};
					}),
					expected: q.pairs.map((p) => `${p.left} → ${p.right}`)
				}
			];
		}
		const textOf = (id: string) => q.options.find((o) => o.id === id);
		if (q.type === 'ordering') {
			const order = a.response.type === 'ordering' ? a.response.order : [];
			return [
				{
					...base,
					given: order.map((id, i) => ({
						text: `${i + 1}. ${textOf(id)?.text ?? '—'}`,
						feedback: textOf(id)?.feedback ?? '',
						right: q.answer[i] === id
					})),
					expected: q.answer.map((id, i) => `${i + 1}. ${textOf(id)?.text ?? ''}`)
				}
			];
		}
		const right = new Set(Array.isArray(q.answer) ? q.answer : [q.answer]);
		const selected = a.response.type === 'choice' ? a.response.selected : [];
		return [
			{
				...base,
				given: selected.map((id) => ({
					text: textOf(id)?.text ?? '—',
					feedback: textOf(id)?.feedback ?? '',
					right: right.has(id)
				})),
				expected: [...right].map((id) => textOf(id)?.text ?? '')
			}
		];
	});
}

/**
 * What an assessment's result page shows instead of the answers: how many questions of each
 * competency were missed, and the lesson sections that teach them. Never which option was
 * right, so the key cannot be collected by retaking it.
 */
export function assessmentReview(
	quiz: Quiz,
	attempt: QuizAttempt,
	content: {
		lesson(id: string): { title: string; headings: { id: string; title: string }[] } | undefined;
		competencies: { id: string; name: string }[];
	}
) {
	const byId = new Map(quiz.questions.map((q) => [q.id, q]));
	const answers = (attempt.answers ?? []) as StoredAnswer[];
	const names = new Map(content.competencies.map((c) => [c.id, c.name]));
	const competencies = new Map<
		string,
		{ id: string; name: string; right: number; total: number }
	>();
	const sections = new Map<string, { href: string; lesson: string; section: string | null }>();
	for (const a of answers) {
		const q = byId.get(a.questionId);
		if (!q) continue;
		for (const c of q.competencies) {
			const row = competencies.get(c) ?? { id: c, name: names.get(c) ?? c, right: 0, total: 0 };
			row.total++;
			if (a.correct) row.right++;
			competencies.set(c, row);
		}
		if (a.correct) continue;
		const lesson = content.lesson(q.lessonId);
		const href = `/learn/${q.lessonId}${q.section ? `#${q.section}` : ''}`;
		if (lesson && !sections.has(href))
			sections.set(href, {
				href,
				lesson: lesson.title,
				section: lesson.headings.find((h) => h.id === q.section)?.title ?? null
			});
	}
	return {
		competencies: [...competencies.values()].sort((a, b) => a.right / a.total - b.right / b.total),
		sections: [...sections.values()]
	};
}
export type AssessmentReview = ReturnType<typeof assessmentReview>;
