import type { Question, Quiz, Response } from './types';
import { shuffle, token } from './random';

/** A question as the page shows it: texts and opaque tokens, never the key or the feedback. */
export type PublicQuestion =
	| {
			id: string;
			type: 'single' | 'truefalse' | 'best-response' | 'multiple';
			prompt: string;
			customer?: string;
			options: { token: string; text: string }[];
	  }
	| { id: string; type: 'ordering'; prompt: string; items: { token: string; text: string }[] }
	| {
			id: string;
			type: 'matching';
			prompt: string;
			lefts: { token: string; text: string }[];
			rights: { token: string; text: string }[];
	  };

/** The questions of an attempt: `draw` of the pool, in the attempt's own order. */
export function drawQuestions(quiz: Quiz, seed: string): Question[] {
	return shuffle(quiz.questions, `${seed}:draw`).slice(
		0,
		Math.min(quiz.draw, quiz.questions.length)
	);
}

export function presentQuestion(q: Question, seed: string): PublicQuestion {
	const tok = (optionId: string) => token(seed, q.id, optionId);
	const order = <T extends { id: string }>(items: T[], salt: string) =>
		shuffle(items, `${seed}:${q.id}:${salt}`);
	switch (q.type) {
		case 'matching':
			return {
				id: q.id,
				type: q.type,
				prompt: q.prompt,
				lefts: order(q.pairs, 'left').map((p) => ({ token: tok(`L:${p.id}`), text: p.left })),
				rights: order(q.pairs, 'right').map((p) => ({ token: tok(`R:${p.id}`), text: p.right }))
			};
		case 'ordering': {
			let items = order(q.options, 'items');
			// Never show the steps already in the right order.
			if (items.every((o, i) => o.id === q.answer[i])) items = [...items.slice(1), items[0]];
			return {
				id: q.id,
				type: q.type,
				prompt: q.prompt,
				items: items.map((o) => ({ token: tok(o.id), text: o.text }))
			};
		}
		default:
			return {
				id: q.id,
				type: q.type,
				prompt: q.prompt,
				...(q.type === 'best-response' ? { customer: q.customer } : {}),
				// True before False, always: a fixed order that says nothing about the answer.
				options: (q.type === 'truefalse'
					? [...q.options].sort((a, b) => Number(b.id === 'true') - Number(a.id === 'true'))
					: order(q.options, 'options')
				).map((o) => ({
					token: tok(o.id),
					text: o.text
				}))
			};
	}
}

export class AnswerError extends Error {
	constructor(
		readonly reason: 'missing' | 'forged' | 'unknown-question' | 'duplicate-position',
		readonly questionId: string
	) {
		super(`${reason}: ${questionId}`);
	}
}

/**
 * Reads a submitted form back into option ids. A token that is not one of this attempt's is
 * forged; a field for a question outside the attempt is refused; an unanswered question is
 * missing. Field names: `q.<id>` (choices), `q.<id>.pos.<token>` (ordering positions),
 * `q.<id>.match.<left token>` (matching), `q.<id>.sure` ("sure" | "unsure").
 */
export function readAnswers(questions: Question[], seed: string, form: FormData) {
	const known = new Set(questions.map((q) => q.id));
	for (const key of form.keys()) {
		const m = key.match(/^q\.([^.]+)/);
		if (m && !known.has(m[1])) throw new AnswerError('unknown-question', m[1]);
	}
	const out = new Map<string, { response: Response; sure: boolean | null }>();
	for (const q of questions) {
		const str = (k: string) => form.getAll(k).filter((v): v is string => typeof v === 'string');
		const sureField = str(`q.${q.id}.sure`)[0];
		const sure = sureField === 'sure' ? true : sureField === 'unsure' ? false : null;
		let response: Response;
		if (q.type === 'matching') {
			const rightByToken = new Map(q.pairs.map((p) => [token(seed, q.id, `R:${p.id}`), p.id]));
			const pairs: Record<string, string> = {};
			for (const p of q.pairs) {
				const chosen = str(`q.${q.id}.match.${token(seed, q.id, `L:${p.id}`)}`)[0];
				if (!chosen) throw new AnswerError('missing', q.id);
				const right = rightByToken.get(chosen);
				if (!right) throw new AnswerError('forged', q.id);
				pairs[p.id] = right;
			}
			response = { type: 'matching', pairs };
		} else {
			const byToken = new Map(q.options.map((o) => [token(seed, q.id, o.id), o.id]));
			if (q.type === 'ordering') {
				const positions = q.options.map((o) => {
					const raw = str(`q.${q.id}.pos.${token(seed, q.id, o.id)}`)[0];
					if (!raw) throw new AnswerError('missing', q.id);
					const n = Number(raw);
					if (!Number.isInteger(n) || n < 1 || n > q.options.length)
						throw new AnswerError('forged', q.id);
					return { id: o.id, n };
				});
				// A real order gives every step its own place (ties would fall back to the
				// author's order, which is the answer).
				if (new Set(positions.map((p) => p.n)).size !== positions.length)
					throw new AnswerError('duplicate-position', q.id);
				response = {
					type: 'ordering',
					order: positions.sort((a, b) => a.n - b.n).map((p) => p.id)
				};
			} else {
				const chosen = str(`q.${q.id}`);
				if (chosen.length === 0) throw new AnswerError('missing', q.id);
				if (q.type !== 'multiple' && chosen.length > 1) throw new AnswerError('forged', q.id);
				const ids = chosen.map((c) => byToken.get(c));
				if (ids.some((id) => id === undefined)) throw new AnswerError('forged', q.id);
				response = { type: 'choice', selected: [...new Set(ids as string[])] };
			}
		}
		out.set(q.id, { response, sure });
	}
	return out;
}
