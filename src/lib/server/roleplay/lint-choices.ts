import { parseTag, type InkChoice, type InkScan } from './ink';

/**
 * Choices that only skill can pass: a learner who always clicks the longest reply must not find
 * the best one that way, and a real conversation offers trade-offs, not one right answer beside
 * two obviously wrong ones. Both are measured over a scenario's decision points (the knots that
 * offer two or more choices), from the script itself.
 */

/** At most this share of decision points may have the best choice as the longest. */
export const MAX_BEST_IS_LONGEST = 0.4;
/** At least this share of decision points must offer two options that both earn something. */
export const MIN_TRADE_OFFS = 1 / 3;

export interface DecisionPoint {
	knot: string;
	line: number;
	choices: { text: string; line: number; points: Record<string, number>; value: number }[];
	/** The best-valued choice is (one of) the longest. */
	bestIsLongest: boolean;
	/** Two or more choices earn rubric points, with different effects. */
	tradeOff: boolean;
}

export interface ChoiceLint {
	points: DecisionPoint[];
	bestIsLongest: number;
	tradeOffs: number;
	/** Human-readable problems, each with the line it is best reported at. */
	problems: { line: number; message: string }[];
}

function pointsOf(choice: InkChoice) {
	const points: Record<string, number> = {};
	for (const tag of choice.tags.map(parseTag))
		if (tag.kind === 'effect') points[tag.name] = (points[tag.name] ?? 0) + tag.points;
	return points;
}

const sameEffects = (a: Record<string, number>, b: Record<string, number>) =>
	JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** Reads every decision point of a script and checks both rules. */
export function lintChoices(scan: InkScan, weights: Map<string, number>): ChoiceLint {
	const byKnot = new Map<string, InkChoice[]>();
	for (const c of scan.choices) {
		if (!c.bracketed || c.tags.some((t) => parseTag(t).kind === 'free')) continue;
		byKnot.set(c.knot, [...(byKnot.get(c.knot) ?? []), c]);
	}
	const points: DecisionPoint[] = [];
	for (const [knot, choices] of byKnot) {
		if (choices.length < 2) continue;
		const rated = choices.map((c) => {
			const p = pointsOf(c);
			const value = Object.entries(p).reduce((s, [n, v]) => s + (weights.get(n) ?? 0) * v, 0);
			return { text: c.text, line: c.line, points: p, value };
		});
		const best = Math.max(...rated.map((c) => c.value));
		const longest = Math.max(...rated.map((c) => c.text.length));
		const earning = rated.filter((c) => c.value > 0);
		points.push({
			knot,
			line: choices[0].line,
			choices: rated,
			bestIsLongest: rated.some((c) => c.value === best && c.text.length === longest),
			tradeOff:
				earning.length >= 2 &&
				earning.some((a, i) => earning.slice(i + 1).some((b) => !sameEffects(a.points, b.points)))
		});
	}
	const bestIsLongest = points.filter((p) => p.bestIsLongest).length;
	const tradeOffs = points.filter((p) => p.tradeOff).length;
	const problems: ChoiceLint['problems'] = [];
	const n = points.length;
	if (n) {
		const maxLongest = Math.floor(n * MAX_BEST_IS_LONGEST);
		if (bestIsLongest > maxLongest)
			problems.push({
				line: points.find((p) => p.bestIsLongest)!.line,
				message: `the best choice is also the longest at ${bestIsLongest} of ${n} decision points (lines ${points
					.filter((p) => p.bestIsLongest)
					.map((p) => p.line)
					.join(
						', '
					)}); at most ${maxLongest} may be, or a learner who always clicks the longest reply finds the best one`
			});
		const minTradeOffs = Math.ceil(n * MIN_TRADE_OFFS);
		if (tradeOffs < minTradeOffs)
			problems.push({
				line: points.find((p) => !p.tradeOff)!.line,
				message: `only ${tradeOffs} of ${n} decision points offer two choices that both earn rubric points (with different effects); at least ${minTradeOffs} must be real trade-offs`
			});
	}
	return { points, bestIsLongest, tradeOffs, problems };
}
