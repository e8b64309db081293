import type { Pattern } from './phrases';

export const TEMPERAMENTS = ['lively', 'perfectionist', 'powerful', 'calm'] as const;
export const NEEDS = ['valued', 'respected', 'understood', 'resolved'] as const;
export const CHANNELS = ['phone', 'chat', 'counter'] as const;
export const SCENARIO_AUDIENCES = ['agent', 'lead'] as const;

export interface Persona {
	name: string;
	temperament: (typeof TEMPERAMENTS)[number];
	need: (typeof NEEDS)[number];
	expectation: string;
	description: string;
	situation: string;
}

export interface Criterion {
	id: string;
	label: string;
	competency: string;
	weight: number;
	strong: string;
}

export interface Variable {
	name: string;
	label: string;
	min: number;
	max: number;
	start: number;
}

export interface Rule {
	id: string;
	explain: string;
	patterns: Pattern[];
	/** Criterion or variable name → points (positive earns, negative costs). */
	effects: Record<string, number>;
}

export interface FreeStep {
	id: string;
	prompt: string;
	model: string;
	rules: Rule[];
}

export interface Ending {
	id: string;
	title: string;
	success: boolean;
	debrief: string;
}

/** A scenario as the server knows it: everything, including what the browser must never see. */
export interface Scenario {
	id: string;
	title: string;
	summary: string;
	difficulty: 1 | 2 | 3;
	audience: (typeof SCENARIO_AUDIENCES)[number];
	channel: (typeof CHANNELS)[number];
	minutes: number;
	passMark: number;
	meter: string | null;
	lessons: string[];
	sources: { seed: string; section: string }[];
	persona: Persona;
	criteria: Criterion[];
	variables: Variable[];
	free: Map<string, FreeStep>;
	endings: Map<string, Ending>;
	/** The compiled ink story as JSON (inkjs runtime format). */
	story: string;
	/** Hash of the .ink and .yaml files: recorded on statements and runs. */
	version: string;
	/** Competencies the rubric evidences, in rubric order without repeats. */
	competencies: string[];
	/** Decisions on the strongest path (found by content:check's simulation). */
	depth: number;
	/** Knots and the diverts between them, for the graph view. */
	graph: ScenarioGraph;
}

export interface ScenarioGraph {
	nodes: { id: string; line: number; ending: string | null; choices: number; free: boolean }[];
	edges: { from: string; to: string }[];
}

/** What a choice or a free-text rule does, parsed from ink tags or YAML. */
export interface Effects {
	/** Criterion or variable → points. */
	points: Record<string, number>;
	note?: string;
	free?: string;
}
