import { Conversation, ScriptError, Story, type Line, type Offer, type Overflow } from './engine';
import {
	choiceDecision,
	freeDecision,
	rubricValue,
	scoreRun,
	type Decision,
	type RunResult
} from './scoring';
import { flagName } from './reply';
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

/** How a simulated learner answers: the index of a choice, or the text of a typed reply. */
export type Strategy = (
	offer: Exclude<Offer, { kind: 'end' }>,
	values: number[]
) => { index: number } | { text: string };

/**
 * Plays one path greedily: `strong` takes the choice with the highest rubric value at every step
 * (the first of equals) and types the step's model answer; `weak` takes the lowest and types
 * WEAK_REPLY. content:check requires the strong path to pass and the weak one to fail; the e2e
 * tests play both in the browser.
 */
export function play(scenario: Scenario, policy: 'strong' | 'weak'): Playthrough {
	return playWith(scenario, (offer, values) => {
		if (offer.kind === 'free') return { text: policy === 'strong' ? offer.step.model : WEAK_REPLY };
		const target = policy === 'strong' ? Math.max(...values) : Math.min(...values);
		return { index: values.indexOf(target) };
	});
}

/** Plays one path with any strategy (the gaming-learner test plays "always the longest"). */
export function playWith(scenario: Scenario, strategy: Strategy): Playthrough {
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
			const answer = strategy(offer, []);
			const text = 'text' in answer ? answer.text : WEAK_REPLY;
			decision = freeDecision(scenario, offer.step, text, step, transcript.length);
			moves.push({ kind: 'free', text });
			transcript.push({ who: 'agent', text });
			const next = conversation.choose(0, decision.points, decision.flags);
			transcript.push(...next.lines);
			ending = next.ending ?? ending;
		} else {
			const values = offer.choices.map(
				(_, i) => choiceDecision(scenario, offer.choices, i, step, transcript.length).value
			);
			const answer = strategy(offer, values);
			const index = 'index' in answer ? answer.index : 0;
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
		const options: {
			index: number;
			text: string;
			points: Record<string, number>;
			flags?: Record<string, boolean>;
		}[] =
			offer.kind === 'free'
				? freeOptions(scenario, offer.step)
				: offer.choices.map((c, index) => ({ index, text: c.text, points: c.effects.points }));
		const key = JSON.stringify([
			offer.kind === 'free' ? offer.step.id : offer.choices.map((c) => c.target),
			conversation.variables(),
			conversation.flagValues()
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
				next = branch.choose(option.index, option.points, option.flags);
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

/**
 * The kinds of typed reply the simulation tries at a free-text step: one that does everything
 * the rules reward, one that is rude and does everything they penalise, and one the form gate
 * refuses. Each tells the story what it did, so every branch on reply_rude, reply_unclear and
 * said_<rule> is walked.
 */
function freeOptions(scenario: Scenario, step: FreeStep) {
	const text = `#free:${step.id}`;
	const said = (sign: 1 | -1) =>
		Object.fromEntries(
			step.rules.map((r) => [
				flagName(r.id),
				Math.sign(
					rubricValue(scenario, r.effects) ||
						(Object.values(r.effects).every((n) => n >= 0) ? 1 : -1)
				) === sign
			])
		);
	const rude = pointsOf(scenario, step, -1);
	for (const [name, n] of Object.entries(scenario.tone)) rude[name] = (rude[name] ?? 0) + n;
	return [
		{
			index: 0,
			text,
			points: pointsOf(scenario, step, 1),
			flags: { ...said(1), reply_rude: false, reply_unclear: false }
		},
		{
			index: 0,
			text,
			points: rude,
			flags: { ...said(-1), reply_rude: true, reply_unclear: false }
		},
		{
			index: 0,
			text,
			points: {},
			flags: {
				...Object.fromEntries(step.rules.map((r) => [flagName(r.id), false])),
				reply_rude: false,
				reply_unclear: true
			}
		}
	];
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
