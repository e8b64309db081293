/**
 * The total of a review as its marks stand: what the scorecard form shows while a lead marks it,
 * and what the server saves (scoreReview uses this same function), so the two cannot differ.
 * A critical item marked makes it 0; otherwise the card's maximum less each deduction's points per
 * count, plus bonus points, kept within 0 and the maximum.
 */
export interface TotalItem {
	id: string;
	kind: 'deduction' | 'bonus' | 'critical';
	points?: number;
}

export function reviewTotal(
	max: number,
	items: TotalItem[],
	mark: (id: string) => number
): { score: number; critical: boolean } {
	let deducted = 0;
	let bonus = 0;
	let critical = false;
	for (const item of items) {
		const n = mark(item.id);
		if (item.kind === 'critical') critical ||= n > 0;
		else if (item.kind === 'deduction') deducted += (item.points ?? 0) * n;
		else bonus += n;
	}
	return { score: critical ? 0 : Math.max(0, Math.min(max, max - deducted + bonus)), critical };
}
