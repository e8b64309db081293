import { Story } from 'inkjs/engine/Story';

export { Story };
import { parseTag } from './ink';
import type { Effects, FreeStep, Scenario } from './types';

/** A line the learner sees: the customer's words or a stage direction. */
export interface Line {
	who: 'customer' | 'stage';
	text: string;
}

export interface OfferedChoice {
	text: string;
	effects: Effects;
	/** ink's target path: tells two moments apart in the simulation. */
	target: string;
}

/** What the conversation waits for now. */
export type Offer =
	| { kind: 'choices'; choices: OfferedChoice[] }
	| { kind: 'free'; step: FreeStep }
	| { kind: 'end' };

/** A variable pushed past its range by an effect (the engine clamps it; content:check reports it). */
export interface Overflow {
	name: string;
	value: number;
	min: number;
	max: number;
}

export class ScriptError extends Error {}

/** Reads a choice's tags into its effects. */
export function choiceEffects(tags: string[] | null): Effects {
	const effects: Effects = { points: {} };
	for (const tag of tags ?? []) {
		const parsed = parseTag(tag);
		if (parsed.kind === 'effect')
			effects.points[parsed.name] = (effects.points[parsed.name] ?? 0) + parsed.points;
		else if (parsed.kind === 'note') effects.note = parsed.text;
		else if (parsed.kind === 'free') effects.free = parsed.id;
	}
	return effects;
}

/**
 * One role-play conversation on the server: the ink story plus Coachline's rules on top
 * (effects move variables within their ranges; `#stage` lines; `#ending:` tags). Nothing here
 * touches the database: a run stores `save()` and resumes from it.
 */
export class Conversation {
	private constructor(
		readonly scenario: Scenario,
		private story: Story
	) {}

	/** A new conversation and its opening lines. */
	static start(scenario: Scenario) {
		const story = new Story(scenario.story);
		const conversation = new Conversation(scenario, story);
		for (const v of scenario.variables) story.variablesState.$(v.name, v.start);
		return { conversation, ...conversation.proceed() };
	}

	/**
	 * Resumes from a saved state. `reuse` (a Story of the same scenario) skips rebuilding the
	 * story from JSON: the simulation resumes thousands of times, one moment after another.
	 */
	static resume(scenario: Scenario, state: string, reuse?: Story) {
		const story = reuse ?? new Story(scenario.story);
		story.state.LoadJson(state);
		return new Conversation(scenario, story);
	}

	save(): string {
		return this.story.state.ToJson();
	}

	/** Current values of the scenario's variables. */
	variables(): Record<string, number> {
		return Object.fromEntries(
			this.scenario.variables.map((v) => [v.name, Number(this.story.variablesState.$(v.name))])
		);
	}

	/** Current values of the reply flags the script declares (for the path simulation). */
	flagValues(): Record<string, boolean> {
		return Object.fromEntries(
			[...this.scenario.flags].map((f) => [f, Boolean(this.story.variablesState.$(f))])
		);
	}

	offer(): Offer {
		const choices = this.story.currentChoices;
		if (!choices.length) return { kind: 'end' };
		const offered = choices.map((c) => ({
			text: c.text.trim(),
			effects: choiceEffects(c.tags),
			target: c.targetPath?.toString() ?? String(c.index)
		}));
		const free = offered.find((c) => c.effects.free);
		if (free) {
			if (offered.length > 1)
				throw new ScriptError(
					`a free-text step (#free:${free.effects.free}) must be the only choice`
				);
			const step = this.scenario.free.get(free.effects.free!);
			if (!step) throw new ScriptError(`unknown free-text step "${free.effects.free}"`);
			return { kind: 'free', step };
		}
		return { kind: 'choices', choices: offered };
	}

	/**
	 * Takes choice `index` (0 for a free-text step), applies `points` to the variables, sets the
	 * reply `flags` (what a typed reply did) and runs the story on to the next decision. Returns the new lines, the ending reached (if any) and
	 * any variable an effect tried to push out of range.
	 */
	choose(index: number, points: Record<string, number>, flags: Record<string, boolean> = {}) {
		if (!Number.isInteger(index) || index < 0 || index >= this.story.currentChoices.length)
			throw new RangeError(`choice ${index} was not offered`);
		this.story.ChooseChoiceIndex(index);
		// What a typed reply did, for the story to react to (only the VARs the script declares).
		for (const [name, value] of Object.entries(flags))
			if (this.scenario.flags.has(name)) this.story.variablesState.$(name, value);
		const overflows: Overflow[] = [];
		for (const v of this.scenario.variables) {
			const delta = points[v.name];
			if (!delta) continue;
			const value = Number(this.story.variablesState.$(v.name)) + delta;
			if (value < v.min || value > v.max)
				overflows.push({ name: v.name, value, min: v.min, max: v.max });
			this.story.variablesState.$(v.name, Math.min(v.max, Math.max(v.min, value)));
		}
		return { ...this.proceed(), overflows };
	}

	/** Runs the story until it needs a decision or ends; collects lines and the ending tag. */
	private proceed(): { lines: Line[]; ending: string | null; ended: boolean } {
		const lines: Line[] = [];
		let ending: string | null = null;
		while (this.story.canContinue) {
			const text = this.story.Continue()?.trim() ?? '';
			const tags = this.story.currentTags ?? [];
			for (const tag of tags) {
				const m = tag.match(/^ending\s*:\s*(\S+)/);
				if (m) ending = m[1];
			}
			if (text) lines.push({ who: tags.includes('stage') ? 'stage' : 'customer', text });
		}
		return { lines, ending, ended: this.story.currentChoices.length === 0 };
	}
}
