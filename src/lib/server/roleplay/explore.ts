import { Conversation, ScriptError, Story, type Line, type Overflow } from './engine';
import {
	choiceDecision,
	freeDecision,
	rubricValue,
	scoreRun,
	type Decision,
	type RunResult
} from './scoring';
import type { FreeStep, Scenario } from './types';

/** The reply the weakest path types at every free-text step. */
export const WEAK_REPLY = "I don't know, there's nothing we can do.";

export type Move = { kind: 'choice'; index: number; text: string } | { kind: 'free'; text: string };

export interface Playthrough {
	moves: Move[];
	decisions: Decision[];
	ending: string | null;
	result: RunResult;
	transcript: (Line | { who: 'agent'; text: string })[];
}

const MAX_DECISIONS = 200;

/**
 * Plays one path greedily: `strong` takes the choice with the highest rubric value at every step
 * (the first of equals) and types the step's model answer; `weak` takes the lowest and types
 * WEAK_REPLY. content:check requires the strong path to pass and the weak one to fail; the e2e
 * tests play both in the browser.
 */
export function play(scenario: Scenario, policy: 'strong' | 'weak'): Playthrough {
	const { conversation, lines, ending: first } = Conversation.start(scenario);
	const transcript: Playthrough['transcript'] = [...lines];
	const moves: Move[] = [];
	const decisions: Decision[] = [];
	let ending = first;
	for (let step = 1; step <= MAX_DECISIONS; step++) {
		const offer = conversation.offer();
		if (offer.kind === 'end') break;
		let decision: Decision;
		if (offer.kind === 'free') {
			const text = policy === 'strong' ? offer.step.model : WEAK_REPLY;
			decision = freeDecision(scenario, offer.step, text, step, transcript.length);
			moves.push({ kind: 'free', text });
			transcript.push({ who: 'agent', text });
			const next = conversation.choose(0, decision.points);
			transcript.push(...next.lines);
			ending = next.ending ?? ending;
		} else {
			const values = offer.choices.map(
				(_, i) => choiceDecision(scenario, offer.choices, i, step, transcript.length).value
			);
			const target = policy === 'strong' ? Math.max(...values) : Math.min(...values);
			const index = values.indexOf(target);
			decision = choiceDecision(scenario, offer.choices, index, step, transcript.length);
			moves.push({ kind: 'choice', index, text: offer.choices[index].text });
			transcript.push({ who: 'agent', text: offer.choices[index].text });
			const next = conversation.choose(index, decision.points);
			transcript.push(...next.lines);
			ending = next.ending ?? ending;
		}
		decisions.push(decision);
	}
	const success = ending ? (scenario.endings.get(ending)?.success ?? false) : false;
	return { moves, decisions, ending, result: scoreRun(scenario, decisions, success), transcript };
}

export interface Simulation {
	/** Endings some path reaches. */
	endings: Set<string>;
	/** Choices (by knot and text) that push a variable out of range on some path. */
	overflows: { knot: string; text: string; overflow: Overflow }[];
	/** Paths that stop without an `#ending:` tag: the last choice taken before. */
	deadEnds: { knot: string; text: string }[];
	errors: string[];
	/** Distinct moments visited; `truncated` when the cap stopped the search. */
	states: number;
	truncated: boolean;
}

/**
 * Explores every path through a scenario (free-text steps both with every earning rule and with
 * every costing rule), treating moments with the same choices on offer and the same variables
 * as one. Scenarios branch on variables, not on visit counts, so this covers them.
 */
export function simulate(scenario: Scenario, maxStates = 20_000): Simulation {
	const sim: Simulation = {
		endings: new Set(),
		overflows: [],
		deadEnds: [],
		errors: [],
		states: 0,
		truncated: false
	};
	const seen = new Set<string>();
	const overflowSeen = new Set<string>();
	const deadSeen = new Set<string>();
	let start;
	try {
		start = Conversation.start(scenario);
	} catch (e) {
		sim.errors.push((e as Error).message);
		return sim;
	}
	if (start.ending) sim.endings.add(start.ending);
	// One story object, reloaded for each moment: building it from JSON is the costly part.
	const story = new Story(scenario.story);
	const stack: { state: string; from: { knot: string; text: string } }[] = [
		{ state: start.conversation.save(), from: { knot: '', text: '(start)' } }
	];
	while (stack.length) {
		const { state, from } = stack.pop()!;
		const conversation = Conversation.resume(scenario, state, story);
		let offer;
		try {
			offer = conversation.offer();
		} catch (e) {
			if (e instanceof ScriptError) sim.errors.push(`${e.message} (after "${from.text}")`);
			else throw e;
			continue;
		}
		if (offer.kind === 'end') continue;
		const options =
			offer.kind === 'free'
				? [
						{
							index: 0,
							text: `#free:${offer.step.id}`,
							points: pointsOf(scenario, offer.step, 1)
						},
						{
							index: 0,
							text: `#free:${offer.step.id}`,
							points: pointsOf(scenario, offer.step, -1)
						}
					]
				: offer.choices.map((c, index) => ({ index, text: c.text, points: c.effects.points }));
		const key = JSON.stringify([
			offer.kind === 'free' ? offer.step.id : offer.choices.map((c) => c.target),
			conversation.variables()
		]);
		if (seen.has(key)) continue;
		seen.add(key);
		if (++sim.states > maxStates) {
			sim.truncated = true;
			break;
		}
		const knot = knotOf(state);
		for (const option of options) {
			const branch = Conversation.resume(scenario, state, story);
			let next;
			try {
				next = branch.choose(option.index, option.points);
			} catch (e) {
				sim.errors.push(`${(e as Error).message} (after "${option.text}")`);
				continue;
			}
			for (const overflow of next.overflows) {
				const id = `${knot}|${option.text}|${overflow.name}`;
				if (overflowSeen.has(id)) continue;
				overflowSeen.add(id);
				sim.overflows.push({ knot, text: option.text, overflow });
			}
			if (next.ending) sim.endings.add(next.ending);
			if (next.ended) {
				if (!next.ending && !deadSeen.has(option.text)) {
					deadSeen.add(option.text);
					sim.deadEnds.push({ knot, text: option.text });
				}
				continue;
			}
			stack.push({ state: branch.save(), from: { knot, text: option.text } });
		}
	}
	return sim;
}

/**
 * A free-text step's total effect when every earning (+1) or every costing (−1) rule matches.
 * A rule is earning or costing by its rubric value, and brings all its effects with it: a costing
 * rule that also raises a flag variable (`promised: +1`) belongs to the worst reply, not the best.
 * A rule that moves only variables counts by the sign of its effects.
 */
export function pointsOf(scenario: Scenario, step: FreeStep, sign: 1 | -1) {
	const points: Record<string, number> = {};
	for (const rule of step.rules) {
		const effects = Object.values(rule.effects);
		const value = rubricValue(scenario, rule.effects);
		const kind = value !== 0 ? Math.sign(value) : effects.every((n) => n >= 0) ? 1 : -1;
		if (kind !== sign) continue;
		for (const [name, n] of Object.entries(rule.effects)) points[name] = (points[name] ?? 0) + n;
	}
	return points;
}

/** The knot the saved story is waiting in (for messages). */
function knotOf(state: string): string {
	try {
		const parsed = JSON.parse(state);
		const flow = parsed.flows?.[parsed.currentFlowName ?? 'DEFAULT_FLOW'];
		const choice = flow?.currentChoices?.[0];
		const path: string | undefined = choice?.originalChoicePath ?? choice?.targetPath;
		return path ? path.split('.')[0] : '';
	} catch {
		return '';
	}
}
