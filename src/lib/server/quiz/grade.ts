import type { Question, Response } from './types';

/**
 * Partial credit (documented in the README):
 * - single choice, true/false, best response: 1 for the right option, else 0;
 * - multiple choice: (right options chosen − wrong options chosen) ÷ right options, never below 0,
 *   so every wrong option ticked costs as much as a right one earns, and missing one of three
 *   right options scores 2/3;
 * - ordering: the share of items in their right position;
 * - matching: the share of pairs matched correctly.
 * A question is correct only with full credit.
 */
export function gradeQuestion(q: Question, r: Response): number {
	switch (q.type) {
		case 'single':
		case 'truefalse':
		case 'best-response':
			return r.type === 'choice' && r.selected.length === 1 && r.selected[0] === q.answer ? 1 : 0;
		case 'multiple': {
			if (r.type !== 'choice') return 0;
			const right = new Set(q.answer);
			const chosen = new Set(r.selected);
			let hits = 0;
			let misses = 0;
			for (const id of chosen) {
				if (right.has(id)) hits++;
				else misses++;
			}
			return Math.max(0, (hits - misses) / right.size);
		}
		case 'ordering': {
			if (r.type !== 'ordering') return 0;
			const inPlace = q.answer.filter((id, i) => r.order[i] === id).length;
			return inPlace / q.answer.length;
		}
		case 'matching': {
			if (r.type !== 'matching') return 0;
			const correct = q.pairs.filter((p) => r.pairs[p.id] === p.id).length;
			return correct / q.pairs.length;
		}
	}
}

export interface GradedQuestion {
	questionId: string;
	score: number;
	correct: boolean;
	sure: boolean | null;
	/** Answered "sure" and not fully right: worth a coaching conversation. */
	flagged: boolean;
}

/** Grades a whole attempt: per-question credit, the scaled score and pass or fail. */
export function gradeAttempt(
	questions: Question[],
	responses: Map<string, { response: Response; sure: boolean | null }>,
	passMark: number
) {
	const graded: GradedQuestion[] = questions.map((q) => {
		const given = responses.get(q.id);
		const score = given ? gradeQuestion(q, given.response) : 0;
		const correct = score === 1;
		const sure = given?.sure ?? null;
		return { questionId: q.id, score, correct, sure, flagged: sure === true && !correct };
	});
	const total = graded.reduce((s, g) => s + g.score, 0);
	const scaled = questions.length ? Math.round((total / questions.length) * 10_000) / 10_000 : 0;
	return { graded, scaled, passed: scaled >= passMark };
}
