import { analyse, type Analysis } from '../language';
import { ConceptMatcher, type Hit } from './concepts';
import { formProblems, type FormProblem } from './form-gate';
import type { Band, FreeStep, Rule, Scenario } from './types';

/**
 * How a typed reply is read: the analysis, the step's rules (concepts found or missed), the
 * tone screen and the form gate, and what all of it is worth. One function, used by the server,
 * content:check, the author's command and "Try a reply", so an author sees exactly what a
 * learner gets.
 */

/** A reply that fails the form gate or the tone screen keeps at most this share of the step. */
export const GATED_SHARE = 0.2;
/** Step-score bands of labelled examples. */
export const BAND_FLOOR: Record<Band, number> = { strong: 0.7, adequate: 0.35, weak: 0 };

export function bandOf(score: number): Band {
	return score >= BAND_FLOOR.strong ? 'strong' : score >= BAND_FLOOR.adequate ? 'adequate' : 'weak';
}

export interface RuleReading {
	id: string;
	explain: string;
	points: Record<string, number>;
	matched: boolean;
	/** Concepts found (with the words that showed them). */
	found: { concept: string; text: string }[];
	/** Concepts the rule needed and did not find. */
	missing: string[];
}

export interface ToneHit {
	category: string;
	text: string;
	explain: string;
}

export interface Reading {
	rules: RuleReading[];
	tone: ToneHit[];
	form: FormProblem[];
	/** Points applied, after the form gate and the tone screen. */
	points: Record<string, number>;
	/** Weighted rubric value of the points, the most the step offers, and their ratio (0–1). */
	value: number;
	best: number;
	score: number;
	/** ink VARs the story reads next: reply_rude, reply_unclear, said_<rule>. */
	flags: Record<string, boolean>;
}

/** Weighted rubric value of a set of points (variables do not count). */
export function rubricValue(scenario: Scenario, points: Record<string, number>) {
	return scenario.criteria.reduce((sum, c) => sum + c.weight * (points[c.id] ?? 0), 0);
}

/** The most a step can earn: every earning rule's positive rubric points. */
export function stepBest(scenario: Scenario, step: FreeStep) {
	return step.rules.reduce(
		(sum, r) =>
			sum + scenario.criteria.reduce((s, c) => s + c.weight * Math.max(0, r.effects[c.id] ?? 0), 0),
		0
	);
}

export const flagName = (ruleId: string) => `said_${ruleId.replaceAll('-', '_')}`;

function evaluate(
	rule: Rule,
	hitsOf: (id: string) => Hit[]
): Omit<RuleReading, 'explain' | 'points'> {
	const counts = (h: Hit) => h.negated === rule.negated && (rule.conditional || !h.conditional);
	const qualifying = new Map(
		[...rule.all, ...rule.any].map((id) => [id, hitsOf(id).filter(counts)])
	);
	let matched: boolean;
	if (rule.within === 'sentence') {
		const sentencesOf = (id: string) => new Set(qualifying.get(id)!.map((h) => h.sentence));
		let candidates = null as Set<number> | null;
		for (const id of rule.all) {
			const mine = sentencesOf(id);
			candidates = candidates ? new Set([...candidates].filter((s) => mine.has(s))) : mine;
		}
		if (rule.any.length) {
			const anyOf = new Set(rule.any.flatMap((id) => [...sentencesOf(id)]));
			candidates = candidates ? new Set([...candidates].filter((s) => anyOf.has(s))) : anyOf;
		}
		matched = (candidates?.size ?? 0) > 0;
	} else
		matched =
			rule.all.every((id) => qualifying.get(id)!.length > 0) &&
			(!rule.any.length || rule.any.some((id) => qualifying.get(id)!.length > 0));
	const found = [...qualifying].flatMap(([concept, hits]) =>
		hits.length ? [{ concept, text: hits[0].text }] : []
	);
	const missing = rule.all.filter((id) => !qualifying.get(id)!.length);
	if (rule.any.length && !rule.any.some((id) => qualifying.get(id)!.length))
		missing.push(rule.any.join(' | '));
	return { id: rule.id, matched, found, missing };
}

const prompts = new WeakMap<FreeStep, Analysis>();

/** Reads one typed reply for one step of a scenario. */
export function readReply(scenario: Scenario, step: FreeStep, reply: string): Reading {
	const analysis = analyse(reply, scenario.language);
	let prompt = prompts.get(step);
	if (!prompt) prompts.set(step, (prompt = analyse(step.prompt, scenario.language)));
	const matcher = new ConceptMatcher(analysis, scenario.concepts);
	const cache = new Map<string, Hit[]>();
	const hitsOf = (id: string) => {
		let hits = cache.get(id);
		if (!hits) cache.set(id, (hits = matcher.hits(id)));
		return hits;
	};

	const rules = step.rules.map((rule) => ({
		...evaluate(rule, hitsOf),
		explain: rule.explain,
		points: rule.effects
	}));
	// Overlapping catches ("you're annoying", "annoying me") are one piece of wording.
	const tone: (ToneHit & { start: number; end: number })[] = [];
	for (const concept of scenario.concepts.values()) {
		if (!concept.tone) continue;
		for (const hit of hitsOf(concept.id))
			if (!hit.negated && !tone.some((t) => t.start < hit.end && hit.start < t.end))
				tone.push({
					category: concept.tone.category,
					text: hit.text,
					explain: concept.tone.explain,
					start: hit.start,
					end: hit.end
				});
	}
	const form = formProblems(analysis, prompt, step.minWords);

	// Earning rules (a positive rubric value) and costing rules add up separately: a keyword list
	// or a rude reply keeps only a small share of what it "said", and nobody warms to it, but
	// what it did wrong (a flag such as caving, points lost) counts in full.
	const gained: Record<string, number> = {};
	const points: Record<string, number> = {};
	for (const r of rules) {
		if (!r.matched) continue;
		const into = rubricValue(scenario, r.points) > 0 ? gained : points;
		for (const [name, n] of Object.entries(r.points)) into[name] = (into[name] ?? 0) + n;
	}
	const best = stepBest(scenario, step);
	const criteria = new Set(scenario.criteria.map((c) => c.id));
	const gated = form.length > 0 || tone.length > 0;
	const earned = scenario.criteria.reduce(
		(s, c) => s + c.weight * Math.max(0, gained[c.id] ?? 0),
		0
	);
	const factor = gated && earned > GATED_SHARE * best ? (GATED_SHARE * best) / earned : 1;
	for (const [name, n] of Object.entries(gained)) {
		if (gated && n > 0 && !criteria.has(name)) continue;
		const kept = gated && n > 0 ? Math.round(n * factor * 1000) / 1000 : n;
		points[name] = (points[name] ?? 0) + kept;
	}
	if (tone.length)
		for (const [name, n] of Object.entries(scenario.tone)) points[name] = (points[name] ?? 0) + n;
	const value = rubricValue(scenario, points);
	const flags: Record<string, boolean> = {
		reply_rude: tone.length > 0,
		reply_unclear: form.length > 0
	};
	for (const r of rules) flags[flagName(r.id)] = r.matched && !form.length;
	return {
		rules,
		tone: tone.map(({ category, text, explain }) => ({ category, text, explain })),
		form,
		points,
		value,
		best,
		score: best > 0 ? Math.min(1, Math.max(0, value / best)) : 0,
		flags
	};
}
