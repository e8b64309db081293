import type { Language } from '../language';
import type { Concept } from './concepts';
import type { ContentLocale } from '../content/locales';

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

/**
 * What a typed reply must do (or must not), in concepts: `any` of them, `all` of them (in one
 * sentence when `within` is "sentence"), found affirmed, or only negated when `negated`; with
 * `conditional: false`, a mention under a condition ("if…, you'll get a refund") does not count.
 */
export interface Rule {
	id: string;
	explain: string;
	any: string[];
	all: string[];
	within: 'sentence' | 'reply';
	negated: boolean;
	/** Whether a mention under a condition ("if it was agreed, you'll get…") counts. */
	conditional: boolean;
	/** Criterion or variable name → points (positive earns, negative costs). */
	effects: Record<string, number>;
}

export const BANDS = ['strong', 'adequate', 'weak'] as const;
export type Band = (typeof BANDS)[number];
export const EXAMPLE_KINDS = ['keywords', 'rude', 'wrong'] as const;

/** A labelled reply: content:check scores it and fails when it lands outside its band. */
export interface ReplyExample {
	band: Band;
	kind?: (typeof EXAMPLE_KINDS)[number];
	reply: string;
	line: number;
}

export interface FreeStep {
	id: string;
	prompt: string;
	model: string;
	rules: Rule[];
	/** Fewest words a reply needs (the form gate). */
	minWords: number;
	examples: ReplyExample[];
}

/** A paragraph of an ending's debrief; `when`/`unless` name a criterion the run did (not) show. */
export interface Paragraph {
	text: string;
	when?: string;
	unless?: string;
}

export interface Ending {
	id: string;
	title: string;
	success: boolean;
	debrief: Paragraph[];
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
	/** The language typed replies are read in. */
	language: Language;
	/** Shared lexicon concepts and the scenario's own terms, by id. */
	concepts: Map<string, Concept>;
	/** What rude, dismissive, blaming or sarcastic wording costs in a typed reply. */
	tone: Record<string, number>;
	/** ink VARs the engine sets after a typed reply (reply_rude, reply_unclear, said_<rule>). */
	flags: Set<string>;
	endings: Map<string, Ending>;
	/** The compiled ink story as JSON (inkjs runtime format). */
	story: string;
	/**
	 * Hash of the .ink and .yaml files (and a translation's own): recorded on statements and
	 * runs, so a run always continues in the language it started in.
	 */
	version: string;
	/** The content language of this edition: 'en' for the original. */
	locale: 'en' | ContentLocale;
	/** The original's editions in other languages, same id and scoring, by content locale. */
	translations: Partial<Record<ContentLocale, Scenario>>;
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
