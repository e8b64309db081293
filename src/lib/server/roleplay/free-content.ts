import { analyse } from '../language';
import type { Concept } from './concepts';
import { MIN_WORDS } from './form-gate';
import { compileConcept, referenceProblems, type ConceptYaml } from './lexicon';
import { BAND_FLOOR, bandOf, flagName, readReply, type Reading } from './reply';
import type { ScenarioYaml } from './schema';
import { EXAMPLE_KINDS, type FreeStep, type Scenario } from './types';

/**
 * The typed-reply half of a scenario file: its own terms beside the shared lexicon, the
 * free-text steps and their rules, the ink flags the story reads after a reply, and the
 * labelled examples that content:check scores through the same code as the server.
 */

type At = (...path: PropertyKey[]) => number;
type Problem = (line: number, message: string) => void;

/** The shared lexicon plus the scenario's own terms (which may not redefine a shared concept). */
export function conceptsOf(
	terms: ScenarioYaml['terms'],
	lexicon: Map<string, Concept>,
	at: At,
	problem: Problem
): Map<string, Concept> {
	const concepts = new Map(lexicon);
	const own: string[] = [];
	for (const [id, raw] of Object.entries(terms)) {
		if (lexicon.has(id)) {
			problem(
				at('terms', id),
				`term "${id}" is already a concept of the shared lexicon: use it, or pick another name`
			);
			continue;
		}
		const data: ConceptYaml = Array.isArray(raw) ? { means: id, en: raw } : raw;
		concepts.set(
			id,
			compileConcept(
				id,
				data,
				(...path) => at('terms', id, ...(Array.isArray(raw) ? path.slice(1) : path)),
				problem
			)
		);
		own.push(id);
	}
	for (const p of referenceProblems(concepts, own)) problem(at('terms', p.id), p.message);
	return concepts;
}

/** Compiles the free-text steps, checking every concept and effect name. */
export function freeStepsOf(
	data: ScenarioYaml,
	concepts: Map<string, Concept>,
	knownName: (name: string) => boolean,
	isCriterion: (name: string) => boolean,
	at: At,
	problem: Problem
): Map<string, FreeStep> {
	const free = new Map<string, FreeStep>();
	for (const [id, step] of Object.entries(data.free)) {
		const ruleIds = new Set<string>();
		step.rules.forEach((rule, r) => {
			if (ruleIds.has(rule.id))
				problem(at('free', id, 'rules', r, 'id'), `duplicate rule "${rule.id}"`);
			ruleIds.add(rule.id);
			for (const key of ['any', 'all'] as const)
				rule[key].forEach((concept, c) => {
					if (!concepts.has(concept))
						problem(
							at('free', id, 'rules', r, key, c),
							`unknown concept "${concept}" (not in content/lexicon/ nor the scenario's terms)`
						);
				});
			for (const name of Object.keys(rule.effects))
				if (!knownName(name))
					problem(
						at('free', id, 'rules', r, 'effects', name),
						`unknown criterion or variable "${name}"`
					);
		});
		if (
			!step.rules.some((r) => Object.entries(r.effects).some(([n, v]) => isCriterion(n) && v > 0))
		)
			problem(
				at('free', id, 'rules'),
				`free-text step "${id}" has no rule that earns rubric points`
			);
		free.set(id, {
			id,
			prompt: step.prompt,
			model: step.model,
			minWords: step.min_words ?? MIN_WORDS,
			rules: step.rules.map((r) => ({
				id: r.id,
				explain: r.explain,
				any: r.any,
				all: r.all,
				within: r.within,
				negated: r.negated,
				conditional: r.conditional,
				effects: r.effects
			})),
			examples: step.examples.map((e, i) => ({ ...e, line: at('free', id, 'examples', i) }))
		});
	}
	return free;
}

/**
 * The ink VARs the engine sets after a typed reply. A scenario with typed steps declares
 * `reply_rude` and `reply_unclear` and, per step, at least one `said_<rule>`, and branches on
 * them: the customer hears what was typed.
 */
export function flagsOf(
	vars: Map<string, { value: string; line: number }>,
	source: string,
	free: Map<string, FreeStep>,
	problem: Problem,
	yamlProblem: Problem,
	at: At
): Set<string> {
	const flags = new Set<string>();
	const ruleFlags = new Map<string, string>();
	for (const step of free.values())
		for (const r of step.rules) ruleFlags.set(flagName(r.id), step.id);
	for (const [name, { value, line }] of vars) {
		if (!/^(said_|reply_)/.test(name)) continue;
		if (name.startsWith('reply_') && name !== 'reply_rude' && name !== 'reply_unclear')
			problem(
				line,
				`VAR ${name}: the engine sets only reply_rude and reply_unclear (and said_<rule>)`
			);
		else if (name.startsWith('said_') && !ruleFlags.has(name))
			problem(line, `VAR ${name} names no rule of a free-text step (said_<rule id with _ for ->)`);
		else if (value !== 'false')
			problem(line, `VAR ${name} must start as false: the engine sets it after a typed reply`);
		else {
			flags.add(name);
			const uses = source
				.split(/\r?\n/)
				.filter((l) => !/^\s*VAR\b/.test(l) && new RegExp(`\\b${name}\\b`).test(l));
			if (!uses.length)
				problem(
					line,
					`VAR ${name} is never read: branch on it so the customer reacts to the reply`
				);
		}
	}
	if (free.size) {
		for (const needed of ['reply_rude', 'reply_unclear'])
			if (!flags.has(needed))
				problem(
					1,
					`declare VAR ${needed} = false and branch on it: the customer reacts to a ${needed === 'reply_rude' ? 'rude' : 'garbled'} reply`
				);
		for (const step of free.values())
			if (!step.rules.some((r) => flags.has(flagName(r.id))))
				yamlProblem(
					at('free', step.id),
					`no ink VAR said_<rule> for any rule of "${step.id}": the story cannot tell what the reply did`
				);
	}
	return flags;
}

const pct = (n: number) => `${Math.round(n * 100)}%`;

function explainReading(r: Reading) {
	const met = r.rules.filter((x) => x.matched).map((x) => x.id);
	const missed = r.rules.filter((x) => !x.matched).map((x) => x.id);
	return [
		`met: ${met.join(', ') || 'none'}`,
		`missed: ${missed.join(', ') || 'none'}`,
		...(r.tone.length ? [`tone: ${r.tone.map((t) => `"${t.text}"`).join(', ')}`] : []),
		...(r.form.length ? [`form: ${r.form.join(', ')}`] : [])
	].join('; ');
}

const lemmas = (text: string, scenario: Scenario) =>
	new Set(
		analyse(text, scenario.language)
			.tokens.filter((t) => t.word)
			.map((t) => t.lemma)
	);

/**
 * Scores every labelled example (and the model answer, which must be strong) through the
 * server's own code, and checks each step has the examples an author needs to trust it.
 */
export function checkExamples(scenario: Scenario, at: At, problem: Problem) {
	for (const step of scenario.free.values()) {
		const model = readReply(scenario, step, step.model);
		if (bandOf(model.score) !== 'strong')
			problem(
				at('free', step.id, 'model'),
				`the model answer scores ${pct(model.score)}, not strong (≥ ${pct(BAND_FLOOR.strong)}): ${explainReading(model)}`
			);
		for (const example of step.examples) {
			const reading = readReply(scenario, step, example.reply);
			const band = bandOf(reading.score);
			if (band !== example.band)
				problem(
					example.line,
					`example scores ${pct(reading.score)} (${band}), labelled ${example.band}: "${example.reply.slice(0, 80)}${example.reply.length > 80 ? '…' : ''}" (${explainReading(reading)})`
				);
			if (example.kind === 'keywords' && !reading.form.length)
				problem(
					example.line,
					'a keyword-list example passes the form gate: it should be a list, not a sentence'
				);
			if (example.kind === 'rude' && !reading.tone.length)
				problem(example.line, 'a rude example raises nothing in the tone screen');
		}
		const model_ = lemmas(step.model, scenario);
		const strong = step.examples.filter((e) => e.band === 'strong' && !e.kind);
		const distinct = strong.filter((e) => {
			const mine = lemmas(e.reply, scenario);
			const shared = [...mine].filter((l) => model_.has(l)).length;
			return shared / new Set([...mine, ...model_]).size < 0.6;
		});
		const need: [boolean, string][] = [
			[distinct.length >= 2, 'two strong replies worded differently from the model answer'],
			[step.examples.some((e) => e.band === 'adequate'), 'an adequate reply'],
			[step.examples.some((e) => e.band === 'weak' && !e.kind), 'a weak reply'],
			...EXAMPLE_KINDS.map((kind): [boolean, string] => [
				step.examples.some((e) => e.kind === kind),
				kind === 'keywords'
					? 'a keyword list (kind: keywords)'
					: kind === 'rude'
						? 'a rude reply with the right facts (kind: rude)'
						: 'a fluent reply that does the wrong thing (kind: wrong)'
			])
		];
		const missing = need.filter(([ok]) => !ok).map(([, what]) => what);
		if (missing.length)
			problem(
				at('free', step.id, 'examples'),
				`free-text step "${step.id}" needs labelled examples: ${missing.join('; ')}`
			);
	}
}
