import type { OfferedChoice } from './engine';
import type { FormProblem } from './form-gate';
import { readReply, rubricValue, type RuleReading, type ToneHit } from './reply';
import type { FreeStep, Scenario } from './types';

export { rubricValue };

/** One decision of a run, as stored on the server (never sent to the browser mid-run). */
export interface Decision {
	step: number;
	kind: 'choice' | 'free';
	/** Index of the agent's line in the transcript. */
	line: number;
	/** What the agent said: the choice text or what they typed. */
	response: string;
	/** Choices: what was offered, with each one's rubric value and note. */
	offered: { text: string; value: number; note?: string }[];
	chosen: number | null;
	/** Criterion and variable points the decision applied. */
	points: Record<string, number>;
	/** Per criterion: the most any offered option could earn here. */
	opportunity: Record<string, number>;
	note?: string;
	/** Free text: the step's id and every rule, whether it matched (and the concepts behind it). */
	free?: string;
	rules?: (Pick<RuleReading, 'id' | 'explain' | 'points' | 'matched'> &
		Partial<Pick<RuleReading, 'found' | 'missing'>>)[];
	/** Free text: wording the tone screen caught, and what the form gate found wrong. */
	tone?: ToneHit[];
	form?: FormProblem[];
	/** Free text: what the story was told about the reply (reply_rude, said_<rule>…). */
	flags?: Record<string, boolean>;
	/** A lead re-scored this reply: the score they gave (0–1), why, who and when. */
	rescored?: { score: number; reason: string; by: number; at: number; from: number };
	/** Weighted rubric value of what was done, and of the best option offered. */
	value: number;
	best: number;
}

const criterionIds = (scenario: Scenario) => new Set(scenario.criteria.map((c) => c.id));

function opportunityOf(scenario: Scenario, options: Record<string, number>[], sum: boolean) {
	const opportunity: Record<string, number> = {};
	for (const id of criterionIds(scenario)) {
		const positives = options.map((p) => Math.max(0, p[id] ?? 0));
		const value = sum ? positives.reduce((a, b) => a + b, 0) : Math.max(0, ...positives);
		if (value > 0) opportunity[id] = value;
	}
	return opportunity;
}

/** The decision a choice makes. */
export function choiceDecision(
	scenario: Scenario,
	choices: OfferedChoice[],
	index: number,
	step: number,
	line: number
): Decision {
	const offered = choices.map((c) => ({
		text: c.text,
		value: rubricValue(scenario, c.effects.points),
		...(c.effects.note ? { note: c.effects.note } : {})
	}));
	const chosen = choices[index];
	return {
		step,
		kind: 'choice',
		line,
		response: chosen.text,
		offered,
		chosen: index,
		points: chosen.effects.points,
		opportunity: opportunityOf(
			scenario,
			choices.map((c) => c.effects.points),
			false
		),
		note: chosen.effects.note,
		value: offered[index].value,
		best: Math.max(...offered.map((o) => o.value))
	};
}

/** Scores a typed reply: the step's rules, the tone screen and the form gate (reply.ts). */
export function freeDecision(
	scenario: Scenario,
	freeStep: FreeStep,
	reply: string,
	step: number,
	line: number
): Decision {
	const reading = readReply(scenario, freeStep, reply);
	return {
		step,
		kind: 'free',
		free: freeStep.id,
		line,
		response: reply,
		offered: [],
		chosen: null,
		points: reading.points,
		opportunity: opportunityOf(
			scenario,
			freeStep.rules.map((r) => r.effects),
			true
		),
		rules: reading.rules,
		tone: reading.tone,
		form: reading.form,
		flags: reading.flags,
		value: reading.value,
		best: reading.best
	};
}

export interface CriterionResult {
	id: string;
	label: string;
	competency: string;
	weight: number;
	strong: string;
	earned: number;
	opportunity: number;
	/** 0–1, or null when the run never gave a chance to show it. */
	score: number | null;
	/** The decisions that moved this criterion, with the points and why. */
	evidence: { step: number; line: number; response: string; points: number; why: string }[];
}

export interface RunResult {
	criteria: CriterionResult[];
	/** Weighted mean of the assessed criteria, 0–1. */
	score: number;
	passed: boolean;
	/** The decision that fell furthest short of the best option offered, if any did. */
	weakest: number | null;
}

/**
 * Scores a run. Per criterion: earned ÷ opportunity, clamped to 0–1 (null when there was no
 * opportunity and nothing lost). Overall: the weight-weighted mean of the assessed criteria.
 * Passing needs the pass mark and an ending marked as a success.
 */
export function scoreRun(
	scenario: Scenario,
	decisions: Decision[],
	endingSuccess: boolean
): RunResult {
	const criteria = scenario.criteria.map((c) => {
		let earned = 0;
		let opportunity = 0;
		const evidence: CriterionResult['evidence'] = [];
		for (const d of decisions) {
			opportunity += d.opportunity[c.id] ?? 0;
			const points = d.points[c.id] ?? 0;
			earned += points;
			if (!points) continue;
			const why =
				d.kind === 'choice'
					? (d.note ?? '')
					: (d.rules ?? [])
							.filter((r) => r.matched && r.points[c.id])
							.map((r) => r.explain)
							.join(' ');
			evidence.push({ step: d.step, line: d.line, response: d.response, points, why });
		}
		const score =
			opportunity > 0 ? Math.min(1, Math.max(0, earned / opportunity)) : earned < 0 ? 0 : null;
		return { ...c, earned, opportunity, score, evidence };
	});
	const assessed = criteria.filter((c) => c.score !== null);
	const totalWeight = assessed.reduce((s, c) => s + c.weight, 0);
	const score = totalWeight
		? Math.round((assessed.reduce((s, c) => s + c.weight * c.score!, 0) / totalWeight) * 1000) /
			1000
		: 0;
	let weakest: number | null = null;
	let gap = 0;
	for (const d of decisions)
		if (d.best - d.value > gap) {
			gap = d.best - d.value;
			weakest = d.step;
		}
	return { criteria, score, passed: endingSuccess && score >= scenario.passMark, weakest };
}
