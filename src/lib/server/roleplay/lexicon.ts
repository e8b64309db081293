import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Language } from '../language';
import { parseYaml, type LocatedYaml } from '../content/yaml-lines';
import { compilePhrase, referencesOf, type Concept, type Phrase } from './concepts';

type Report = (file: string, line: number, message: string) => void;

export const TONE_CATEGORIES = ['dismissive', 'blaming', 'sarcastic', 'rude'] as const;
export const LANGUAGES: Language[] = ['en', 'zh'];

const phrases = z.array(z.string().trim().min(1, 'is an empty phrase').max(400)).min(1, 'is empty');
export const conceptSchema = z
	.object({
		means: z.string().trim().min(1).max(300),
		tone: z.enum(TONE_CATEGORIES).optional(),
		explain: z.string().trim().min(1).max(300).optional(),
		en: phrases,
		zh: phrases.optional()
	})
	.strict()
	.refine((c) => !c.tone || c.explain, {
		message: 'a tone concept needs "explain": what to tell the learner about this wording',
		path: ['explain']
	});
export type ConceptYaml = z.infer<typeof conceptSchema>;

const ID = /^[a-z][a-z0-9-]*$/;

/** Compiles one concept's phrases, reporting each bad one on its own line. */
export function compileConcept(
	id: string,
	data: ConceptYaml,
	at: (...path: PropertyKey[]) => number,
	problem: (line: number, message: string) => void
): Concept {
	const compiled: Concept['phrases'] = {};
	for (const language of LANGUAGES) {
		const list: Phrase[] = [];
		(data[language] ?? []).forEach((source, i) => {
			const phrase = compilePhrase(source, language);
			if ('error' in phrase) problem(at(language, i), `${id}: ${phrase.error}`);
			else list.push(phrase);
		});
		if (data[language]) compiled[language] = list;
	}
	return {
		id,
		means: data.means,
		phrases: compiled,
		...(data.tone ? { tone: { category: data.tone, explain: data.explain! } } : {})
	};
}

/**
 * Reads content/lexicon/*.yaml: shared concepts, one per top-level key, each with what it means
 * and its phrases per language. Every problem is reported with its file and line.
 */
export function loadLexicon(
	dir: string,
	report: Report,
	schemaReport: (error: z.ZodError, yaml: LocatedYaml, file: string) => void
): Map<string, Concept> {
	const concepts = new Map<string, Concept>();
	const lines = new Map<string, { file: string; line: number }>();
	if (!existsSync(dir)) return concepts;
	for (const name of readdirSync(dir).sort()) {
		if (!name.endsWith('.yaml')) continue;
		const file = join(dir, name);
		const yaml = parseYaml(readFileSync(file, 'utf8'));
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		if (yaml.errors.length) continue;
		const entries = Object.entries((yaml.value ?? {}) as Record<string, unknown>);
		for (const [id, raw] of entries) {
			const line = yaml.lineOf([id]);
			if (!ID.test(id)) {
				report(file, line, `concept "${id}": ids are lower-case words and dashes`);
				continue;
			}
			if (concepts.has(id)) {
				const first = lines.get(id)!;
				report(file, line, `concept "${id}" is already defined in ${first.file}:${first.line}`);
				continue;
			}
			const parsed = conceptSchema.safeParse(raw);
			if (!parsed.success) {
				schemaReport(
					new z.ZodError(parsed.error.issues.map((i) => ({ ...i, path: [id, ...i.path] }))),
					yaml,
					file
				);
				continue;
			}
			concepts.set(
				id,
				compileConcept(
					id,
					parsed.data,
					(...path) => yaml.lineOf([id, ...path]),
					(l, m) => report(file, l, m)
				)
			);
			lines.set(id, { file: name, line });
		}
	}
	for (const problem of referenceProblems(concepts))
		report(join(dir, lines.get(problem.id)!.file), lines.get(problem.id)!.line, problem.message);
	return concepts;
}

/** Unknown references and loops among concepts (`@other` inside a phrase). */
export function referenceProblems(
	concepts: Map<string, Concept>,
	only?: Iterable<string>
): { id: string; message: string }[] {
	const out: { id: string; message: string }[] = [];
	const refs = (c: Concept) =>
		new Set(Object.values(c.phrases).flatMap((list) => (list ?? []).flatMap(referencesOf)));
	for (const id of only ?? concepts.keys()) {
		const concept = concepts.get(id)!;
		for (const ref of refs(concept))
			if (!concepts.has(ref)) out.push({ id, message: `${id}: unknown concept "@${ref}"` });
		// A loop: following references from this concept leads back to it.
		const seen = new Set<string>();
		const stack = [...refs(concept)];
		while (stack.length) {
			const next = stack.pop()!;
			if (next === id) {
				out.push({ id, message: `${id}: its phrases refer back to it (a loop of @references)` });
				break;
			}
			if (seen.has(next) || !concepts.has(next)) continue;
			seen.add(next);
			stack.push(...refs(concepts.get(next)!));
		}
	}
	return out;
}
