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
	max_count?: number;
}

/**
 * The largest mark an item accepts: a count of misses, bonus points, or 1 for a critical item.
 * The form's fields and the server's check of a submitted mark both use it.
 */
export function markLimit(item: TotalItem): number {
	return item.kind === 'deduction'
		? (item.max_count ?? 1)
		: item.kind === 'bonus'
			? (item.points ?? 0)
			: 1;
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
