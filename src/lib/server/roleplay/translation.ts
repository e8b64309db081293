/**
 * Scenario translations: `slug.zh-CN.yaml` and `slug.zh-CN.ink` beside `slug.yaml` and
 * `slug.ink`. The YAML carries only words, keyed like the original (criteria and rules by id and
 * in the same order, endings by id with the same debrief paragraphs), plus what reading replies
 * in another language needs: each of the scenario's own terms' phrases in that language and
 * labelled examples written in it. The ink is the same story in the other language: the same
 * knots, choices, tags, conditions and diverts, only its text differs (checked on the compiled
 * story). Everything that scores (weights, effects, rules' concepts, pass mark, endings'
 * success) is the original's, so a run is scored the same in either language.
 */
import { z } from 'zod';
import { Compiler } from 'inkjs/compiler/Compiler';
import type { LocatedYaml } from '../content/yaml-lines';
import type { Language } from '../language';
import { debriefParagraph, examplesSchema, id, text, type ScenarioYaml } from './schema';

export const scenarioTranslationSchema = z
	.object({
		title: text(80),
		summary: text(300),
		persona: z
			.object({
				name: text(60),
				expectation: text(300),
				description: text(400),
				situation: text(600)
			})
			.strict(),
		criteria: z.array(z.object({ id, label: text(80), strong: text(300) }).strict()),
		variables: z.record(z.string(), z.object({ label: text(40) }).strict()).default({}),
		terms: z
			.record(
				id,
				z
					.object({
						means: text(300),
						explain: text(300).optional(),
						phrases: z.array(z.string().trim().min(1).max(400)).min(1, 'needs at least one phrase')
					})
					.strict()
			)
			.default({}),
		free: z
			.record(
				id,
				z
					.object({
						prompt: text(300),
						model: text(1000),
						rules: z.array(z.object({ id, explain: text(200) }).strict()),
						examples: examplesSchema
					})
					.strict()
			)
			.default({}),
		endings: z.record(
			id,
			z
				.object({
					title: text(80),
					debrief: z.array(debriefParagraph).min(1)
				})
				.strict()
		)
	})
	.strict();
export type ScenarioTranslationYaml = z.infer<typeof scenarioTranslationSchema>;

/** The analysis language of a content locale ('zh-CN' replies are read as Chinese). */
export const LANGUAGE_OF: Record<string, Language> = { 'zh-CN': 'zh' };

type At = (...path: PropertyKey[]) => number;
type Problem = (line: number, message: string) => void;

const sameList = (a: string[], b: string[]) =>
	a.length === b.length && a.every((x, i) => x === b[i]);
const listed = (ids: string[]) => ids.map((i) => `"${i}"`).join(', ') || 'none';

/**
 * The original's data with the translation's words in place, ready for the same checks and
 * compilation as any scenario; null when the two do not line up (every mismatch reported).
 */
export function mergeTranslation(
	original: ScenarioYaml,
	tr: ScenarioTranslationYaml,
	language: Language,
	at: At,
	problem: Problem
): ScenarioYaml | null {
	let ok = true;
	const fail: Problem = (line, message) => {
		ok = false;
		problem(line, message);
	};
	const criteria = original.criteria.map((c) => c.id);
	if (
		!sameList(
			tr.criteria.map((c) => c.id),
			criteria
		)
	)
		fail(
			at('criteria'),
			`criteria must be the original's, in its order: ${listed(criteria)} (found ${listed(tr.criteria.map((c) => c.id))})`
		);
	const variables = Object.keys(original.variables).sort();
	if (!sameList(Object.keys(tr.variables).sort(), variables))
		fail(at('variables'), `variables must be the original's: ${listed(variables)}`);

	// Own terms: each needs its phrases in this language (shared lexicon concepts carry theirs).
	const terms = Object.keys(original.terms).sort();
	if (!sameList(Object.keys(tr.terms).sort(), terms))
		fail(
			at('terms'),
			`terms must be the original's own terms, each with its phrases in this language: ${listed(terms)}`
		);
	const steps = Object.keys(original.free).sort();
	if (!sameList(Object.keys(tr.free).sort(), steps))
		fail(at('free'), `typed steps must be the original's: ${listed(steps)}`);
	for (const [stepId, step] of Object.entries(original.free)) {
		const mine = tr.free[stepId];
		if (!mine) continue;
		const rules = step.rules.map((r) => r.id);
		if (
			!sameList(
				mine.rules.map((r) => r.id),
				rules
			)
		)
			fail(
				at('free', stepId, 'rules'),
				`rules must be the original's, in its order: ${listed(rules)}`
			);
	}
	const endings = Object.keys(original.endings).sort();
	if (!sameList(Object.keys(tr.endings).sort(), endings))
		fail(at('endings'), `endings must be the original's: ${listed(endings)}`);
	const paragraphs = (d: ScenarioYaml['endings'][string]['debrief']) =>
		(Array.isArray(d) ? d : [d]).map((p) => (typeof p === 'string' ? { text: p } : p));
	for (const [endingId, ending] of Object.entries(original.endings)) {
		const mine = tr.endings[endingId];
		if (!mine) continue;
		const theirs = paragraphs(ending.debrief);
		const ours = paragraphs(mine.debrief);
		if (ours.length !== theirs.length) {
			fail(
				at('endings', endingId, 'debrief'),
				`the debrief has ${ours.length} paragraph(s); the original has ${theirs.length}`
			);
			continue;
		}
		ours.forEach((p, i) => {
			if (
				(p.when ?? null) !== (theirs[i].when ?? null) ||
				(p.unless ?? null) !== (theirs[i].unless ?? null)
			)
				fail(
					at('endings', endingId, 'debrief', i),
					`paragraph ${i + 1} must show under the same condition as the original's (${theirs[i].when ? `when: ${theirs[i].when}` : theirs[i].unless ? `unless: ${theirs[i].unless}` : 'always'})`
				);
		});
	}
	if (!ok) return null;

	const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((x) => [x.id, x]));
	const trCriteria = byId(tr.criteria);
	return {
		...original,
		language,
		title: tr.title,
		summary: tr.summary,
		persona: { ...original.persona, ...tr.persona },
		criteria: original.criteria.map((c) => ({ ...c, ...trCriteria.get(c.id)! })),
		variables: Object.fromEntries(
			Object.entries(original.variables).map(([name, v]) => [
				name,
				{ ...v, label: tr.variables[name].label }
			])
		),
		terms: Object.fromEntries(
			Object.entries(original.terms).map(([termId, raw]) => {
				const base = Array.isArray(raw) ? { means: termId, en: raw } : raw;
				const t = tr.terms[termId];
				return [
					termId,
					{
						...base,
						means: t.means,
						...(t.explain ? { explain: t.explain } : {}),
						[language]: t.phrases
					}
				];
			})
		),
		free: Object.fromEntries(
			Object.entries(original.free).map(([stepId, step]) => {
				const t = tr.free[stepId];
				const explain = new Map(t.rules.map((r) => [r.id, r.explain]));
				return [
					stepId,
					{
						...step,
						prompt: t.prompt,
						model: t.model,
						rules: step.rules.map((r) => ({ ...r, explain: explain.get(r.id)! })),
						examples: t.examples
					}
				];
			})
		),
		endings: Object.fromEntries(
			Object.entries(original.endings).map(([endingId, e]) => [
				endingId,
				{ ...e, title: tr.endings[endingId].title, debrief: tr.endings[endingId].debrief }
			])
		)
	};
}

/**
 * The compiled story with every piece of text replaced by a placeholder (runs of text become
 * one): what must be identical between an original and its translation. Tags that carry
 * meaning (effects, #free:, #ending:, #stage) are kept; a #note:'s words are text.
 */
export function storySkeleton(json: string): Map<string, string> {
	const story = JSON.parse(json) as { root: unknown[] };
	const strip = (node: unknown, inTag = false): unknown => {
		if (Array.isArray(node)) {
			const out: unknown[] = [];
			let tag = false;
			for (const item of node) {
				if (item === '#') tag = true;
				else if (item === '/#') tag = false;
				const value = strip(item, tag);
				if (value === '^' && out[out.length - 1] === '^') continue;
				out.push(value);
			}
			return out;
		}
		if (node && typeof node === 'object')
			return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, strip(v)]));
		if (typeof node === 'string' && node.startsWith('^')) {
			const body = node.slice(1).trim();
			if (inTag && !/^note\s*:/.test(body)) return `^#${body.replace(/\s+/g, '')}`;
			return '^';
		}
		return node;
	};
	const root = story.root;
	const named = root[root.length - 1] as Record<string, unknown> | null;
	const knots = new Map<string, string>();
	knots.set('', JSON.stringify(strip(root.slice(0, -1))));
	for (const [name, body] of Object.entries(named ?? {}))
		knots.set(name, JSON.stringify(strip(body)));
	return knots;
}

/**
 * Compares a translation's story with the original's: the same knots, and within each the same
 * structure. Reports the first knot that differs (with its line in the translation).
 */
export function compareStories(
	original: string,
	translation: string,
	knotLine: (knot: string) => number,
	problem: Problem
) {
	const a = storySkeleton(original);
	const b = storySkeleton(translation);
	const missing = [...a.keys()].filter((k) => !b.has(k));
	const extra = [...b.keys()].filter((k) => !a.has(k));
	if (missing.length || extra.length) {
		problem(
			1,
			`the translation must have the original's knots${missing.length ? `; missing: ${listed(missing)}` : ''}${extra.length ? `; not in the original: ${listed(extra)}` : ''}`
		);
		return;
	}
	for (const [knot, shape] of a)
		if (b.get(knot) !== shape)
			problem(
				knotLine(knot),
				`${knot ? `knot "${knot}"` : 'the opening (before the first knot)'} differs from the original beyond its words: keep the same lines, choices, tags (other than #note:), conditions and diverts, in the same order`
			);
}

/** Compiles ink for the comparison (the loader compiles and reports errors itself). */
export function compileInk(source: string): string | null {
	try {
		return new Compiler(source).Compile().ToJson() ?? null;
	} catch {
		return null;
	}
}

export type { LocatedYaml };
