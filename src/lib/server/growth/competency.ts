/**
 * Competency levels from evidence (CURRICULUM.md): 0 not yet seen, 1 aware (lessons),
 * 2 practising (quizzes), 3 proficient (role-plays and observed practice), 4 role model
 * (sustained skill and reviews, confirmed by a lead). Recent evidence weighs more: a piece of
 * evidence counts 0.5^(age / HALF_LIFE_DAYS), so what someone did a year ago fades unless they
 * keep showing it.
 *
 * The levels are a ladder: each stands on the ones below it, so a level needs evidence of every
 * kind beneath it, and one kind of evidence moves a level by one step at most. A single role-play
 * cannot make someone proficient (it needs two recent pieces, and the quizzes and lessons below),
 * and a few poor practice runs in one sitting cannot take a proficient agent back to aware: at
 * worst they fall to practising, which their quizzes still show.
 */

export const HALF_LIFE_DAYS = 90;
const DAY = 86_400_000;

export type EvidenceKind = 'lesson' | 'quiz' | 'roleplay' | 'observed' | 'review' | 'confirmation';
/** The kinds in the order of the ladder's rungs. */
const KINDS: EvidenceKind[] = ['lesson', 'quiz', 'roleplay', 'observed', 'review', 'confirmation'];

export interface Evidence {
	kind: EvidenceKind;
	/** 0–1. */
	score: number;
	at: number;
}

/** The bar for each level: how much recent evidence (summed weight) and how good (weighted mean). */
export const RULES = {
	aware: { kinds: ['lesson'], weight: 0.5, mean: 0 },
	practising: { kinds: ['quiz'], weight: 2, mean: 0.6 },
	proficient: { kinds: ['roleplay', 'observed'], weight: 1.5, mean: 0.7 },
	roleModel: { kinds: ['roleplay', 'observed', 'review'], weight: 3, mean: 0.85 },
	confirmation: { kinds: ['confirmation'], weight: 0.5, mean: 0 }
} as const satisfies Record<string, { kinds: EvidenceKind[]; weight: number; mean: number }>;

export function recencyWeight(at: number, now: number) {
	return Math.pow(0.5, Math.max(0, now - at) / DAY / HALF_LIFE_DAYS);
}

/**
 * One person's evidence in one competency, summed per kind: how many pieces, their summed
 * recency weight, and the summed weight × score. What levels are computed from; the database
 * can sum it (teamDashboard does) instead of handing over every piece.
 */
export type Tallies = Partial<
	Record<EvidenceKind, { n: number; weight: number; weighted: number }>
>;

export function talliesOf(evidence: Evidence[], now: number): Tallies {
	const out: Tallies = {};
	for (const e of evidence) {
		const w = recencyWeight(e.at, now);
		const t = (out[e.kind] ??= { n: 0, weight: 0, weighted: 0 });
		t.n++;
		t.weight += w;
		t.weighted += w * e.score;
	}
	return out;
}

/** Summed recency weight, weighted mean score and count of the evidence of some kinds. */
export function combine(tallies: Tallies, kinds: readonly EvidenceKind[]) {
	let weight = 0;
	let sum = 0;
	let n = 0;
	for (const kind of kinds) {
		const t = tallies[kind];
		if (!t) continue;
		weight += t.weight;
		sum += t.weighted;
		n += t.n;
	}
	return { weight, mean: weight > 0 ? sum / weight : 0, n };
}

/** Summed recency weight and weighted mean score of the evidence of some kinds. */
export function tally(evidence: Evidence[], kinds: readonly EvidenceKind[], now: number) {
	const { weight, mean } = combine(talliesOf(evidence, now), kinds);
	return { weight, mean };
}

/**
 * Sums of floating-point weights differ in their last bits with the order they were added in (the
 * database's running sums, JavaScript's fresh ones), and a mean of scores all exactly at a bar can
 * come out a hair below it. A bar counts as met within this margin, the same wherever levels are
 * computed, so /record and /team never disagree and exactly-at-the-bar passes.
 */
const EPSILON = 1e-9;

const meets = (t: { weight: number; mean: number }, rule: { weight: number; mean: number }) =>
	t.weight >= rule.weight - EPSILON && t.mean >= rule.mean - EPSILON;

export interface Level {
	level: 0 | 1 | 2 | 3 | 4;
	/** 0–4 with the progress towards the next level as the fraction: for charts. */
	score: number;
	/** How many pieces of evidence the level is drawn from, and of which kinds: how sure it is. */
	evidence: number;
	kinds: EvidenceKind[];
}

/**
 * The level one person has reached in one competency: the highest rung whose bar is met together
 * with every bar below it (aware, then practising, then proficient; role model also needs a lead's
 * confirmation). The fraction is progress towards the next bar, by weight and by mean.
 */
export function levelOf(evidence: Evidence[], now = Date.now()): Level {
	return levelFrom(talliesOf(evidence, now));
}

/** levelOf, from evidence already summed per kind. */
export function levelFrom(tallies: Tallies): Level {
	const kinds = KINDS.filter((k) => (tallies[k]?.n ?? 0) > 0);
	const count = kinds.reduce((n, k) => n + tallies[k]!.n, 0);
	if (!count) return { level: 0, score: 0, evidence: 0, kinds: [] };
	const aware = combine(tallies, RULES.aware.kinds);
	const practising = combine(tallies, RULES.practising.kinds);
	const proficient = combine(tallies, RULES.proficient.kinds);
	const sustained = combine(tallies, RULES.roleModel.kinds);
	const confirmed = combine(tallies, RULES.confirmation.kinds);

	// Each rung only from the one below it.
	let level: Level['level'] = 0;
	if (meets(aware, RULES.aware)) {
		level = 1;
		if (meets(practising, RULES.practising)) {
			level = 2;
			if (meets(proficient, RULES.proficient)) {
				level = 3;
				if (meets(sustained, RULES.roleModel) && meets(confirmed, RULES.confirmation)) level = 4;
			}
		}
	}

	const toward = (t: { weight: number; mean: number }, rule: { weight: number; mean: number }) =>
		Math.min(1, t.weight / rule.weight) * (rule.mean ? Math.min(1, t.mean / rule.mean) : 1);
	const next =
		level === 0
			? toward(aware, RULES.aware)
			: level === 1
				? toward(practising, RULES.practising)
				: level === 2
					? toward(proficient, RULES.proficient)
					: level === 3
						? (toward(sustained, RULES.roleModel) + toward(confirmed, RULES.confirmation)) / 2
						: 0;
	// Never a full step: reaching the bar is the next level, not 0.99 of this one.
	const score = level + Math.min(0.95, next);
	return {
		level,
		score: Math.round(score * 100) / 100,
		evidence: count,
		kinds
	};
}
