import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Compiler } from 'inkjs/compiler/Compiler';
import type { z } from 'zod';
import { parseYaml, type LocatedYaml } from '../content/yaml-lines';
import { play, simulate } from './explore';
import { lintChoices } from './lint-choices';
import { parseTag, scanInk, unreachableKnots, type InkScan } from './ink';
import type { Concept } from './concepts';
import { checkExamples, conceptsOf, flagsOf, freeStepsOf } from './free-content';
import { scenarioSchema, type ScenarioYaml } from './schema';
import {
	compareStories,
	compileInk,
	LANGUAGE_OF,
	mergeTranslation,
	scenarioTranslationSchema
} from './translation';
import { CONTENT_LOCALES, type ContentLocale } from '../content/locales';
import type { Ending, FreeStep, Scenario, ScenarioGraph } from './types';

type Report = (file: string, line: number, message: string) => void;
type SchemaReport = (error: z.ZodError, yaml: LocatedYaml, file: string) => void;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The strongest path must be at least this long: a conversation, not a quick exchange. */
export const MIN_DEPTH = 8;
export const MIN_ENDINGS = 3;

const hash = (...texts: string[]) => {
	const h = createHash('sha256');
	for (const t of texts) h.update(t).update('\0');
	return h.digest('hex').slice(0, 16);
};

interface Known {
	competencies: Set<string>;
	lessons: Set<string>;
	/** Shared concepts from content/lexicon/. */
	lexicon: Map<string, Concept>;
	/**
	 * Play every path (content:check and the tests do; the server's start-up skips it: the paths
	 * of a file that passed `npm run content:check` don't change when it is served).
	 */
	simulate: boolean;
}

/**
 * Reads, compiles and lints every scenario in `dir` (content/scenarios). A scenario with any
 * problem is left out of the index, and every problem is reported with its file and line.
 */
export function loadScenarios(
	dir: string,
	known: Known,
	report: Report,
	schemaReport: SchemaReport
): Scenario[] {
	if (!existsSync(dir)) return [];
	const scenarios: Scenario[] = [];
	const names = readdirSync(dir).sort();
	for (const name of names) {
		const translation = name.match(/^(.*)\.([A-Za-z]{2}(?:-[A-Za-z0-9]+)*)\.(yaml|ink)$/);
		if (translation) {
			const [, slug, locale, ext] = translation;
			if (!CONTENT_LOCALES.some((l) => l === locale))
				report(
					join(dir, name),
					1,
					`"${locale}" is not a language content is translated into (${CONTENT_LOCALES.join(', ')})`
				);
			else if (!names.includes(`${slug}.yaml`) || !names.includes(`${slug}.ink`))
				report(
					join(dir, name),
					1,
					`a translation without its original: ${slug}.yaml and ${slug}.ink`
				);
			else if (!names.includes(`${slug}.${locale}.${ext === 'yaml' ? 'ink' : 'yaml'}`))
				report(
					join(dir, name),
					1,
					`has no ${slug}.${locale}.${ext === 'yaml' ? 'ink' : 'yaml'} beside it: a translation is a .yaml and an .ink`
				);
			continue;
		}
		const m = name.match(/^(.*)\.(yaml|ink)$/);
		if (!m) continue;
		const [, slug, ext] = m;
		const file = join(dir, name);
		if (!SLUG.test(slug)) {
			report(
				file,
				1,
				'scenario files must be named slug.yaml and slug.ink (lower-case words and dashes)'
			);
			continue;
		}
		const other = `${slug}.${ext === 'yaml' ? 'ink' : 'yaml'}`;
		if (!names.includes(other)) {
			report(
				file,
				1,
				`has no ${other} beside it: a scenario is a .yaml and an .ink of the same name`
			);
			continue;
		}
		if (ext === 'ink') continue;
		const scenario = loadScenario(dir, slug, known, report, schemaReport);
		if (scenario) scenarios.push(scenario);
	}
	return scenarios;
}

function loadScenario(
	dir: string,
	slug: string,
	known: Known,
	report: Report,
	schemaReport: SchemaReport
): Scenario | undefined {
	const yamlFile = join(dir, `${slug}.yaml`);
	const inkFile = join(dir, `${slug}.ink`);
	const yamlSource = readFileSync(yamlFile, 'utf8');
	const inkSource = readFileSync(inkFile, 'utf8');

	// The YAML
	const yaml = parseYaml(yamlSource);
	yaml.errors.forEach((e) => report(yamlFile, e.line, `YAML: ${e.message}`));
	if (yaml.errors.length) return undefined;
	const parsed = scenarioSchema.safeParse(yaml.value ?? {});
	if (!parsed.success) {
		schemaReport(parsed.error, yaml, yamlFile);
		return undefined;
	}
	const scenario = buildScenario(
		{
			slug,
			data: parsed.data,
			yaml,
			yamlFile,
			inkSource,
			inkFile,
			version: hash(yamlSource, inkSource)
		},
		known,
		report
	);
	if (!scenario) return undefined;
	for (const locale of CONTENT_LOCALES) {
		const variant = loadTranslation(
			dir,
			scenario,
			parsed.data,
			inkSource,
			locale,
			known,
			report,
			schemaReport
		);
		if (variant) scenario.translations[locale] = variant;
	}
	return scenario;
}

/**
 * A scenario's translation into `locale`, if it has one: its words merged into the original's
 * data, compiled and checked exactly like the original (paths, pass mark, examples in their
 * bands, read in the translation's language), and its story compared with the original's.
 */
function loadTranslation(
	dir: string,
	original: Scenario,
	data: ScenarioYaml,
	originalInk: string,
	locale: ContentLocale,
	known: Known,
	report: Report,
	schemaReport: SchemaReport
): Scenario | undefined {
	const yamlFile = join(dir, `${original.id}.${locale}.yaml`);
	const inkFile = join(dir, `${original.id}.${locale}.ink`);
	if (!existsSync(yamlFile) || !existsSync(inkFile)) return undefined;
	const yamlSource = readFileSync(yamlFile, 'utf8');
	const inkSource = readFileSync(inkFile, 'utf8');
	const yaml = parseYaml(yamlSource);
	yaml.errors.forEach((e) => report(yamlFile, e.line, `YAML: ${e.message}`));
	if (yaml.errors.length) return undefined;
	const parsed = scenarioTranslationSchema.safeParse(yaml.value ?? {});
	if (!parsed.success) {
		schemaReport(parsed.error, yaml, yamlFile);
		return undefined;
	}
	const at = (...path: PropertyKey[]) => yaml.lineOf(path);
	const language = LANGUAGE_OF[locale];
	const merged = mergeTranslation(data, parsed.data, language, at, (line, message) =>
		report(yamlFile, line, message)
	);
	if (!merged) return undefined;
	// Every shared concept a rule or the tone screen reads must have phrases in this language.
	let ok = true;
	const used = new Set(
		Object.values(merged.free).flatMap((s) => s.rules.flatMap((r) => [...r.any, ...r.all]))
	);
	for (const concept of known.lexicon.values()) if (concept.tone) used.add(concept.id);
	for (const id of used) {
		const concept = known.lexicon.get(id);
		if (concept && !concept.phrases[language]?.length) {
			ok = false;
			report(
				yamlFile,
				1,
				`the shared concept "${id}" (content/lexicon/) has no ${language} phrases, so a reply in this language could never show it`
			);
		}
	}
	const variant = buildScenario(
		{
			slug: original.id,
			data: merged,
			yaml,
			yamlFile,
			inkSource,
			inkFile,
			version: hash(original.version, yamlSource, inkSource)
		},
		known,
		report
	);
	if (!variant || !ok) return undefined;
	const originalStory = compileInk(originalInk);
	if (originalStory) {
		const scan = scanInk(inkSource);
		let same = true;
		compareStories(
			originalStory,
			variant.story,
			(knot) => scan.knots.get(knot) ?? 1,
			(line, message) => {
				same = false;
				report(inkFile, line, message);
			}
		);
		if (!same) return undefined;
	}
	variant.locale = locale;
	return variant;
}

interface ScenarioFiles {
	slug: string;
	data: ScenarioYaml;
	/** The YAML the data came from, for line numbers (a translation's own file for one). */
	yaml: LocatedYaml;
	yamlFile: string;
	inkSource: string;
	inkFile: string;
	version: string;
}

/** Checks, compiles and plays one scenario (an original, or a translation merged into one). */
function buildScenario(
	{ slug, data, yaml, yamlFile, inkSource, inkFile, version }: ScenarioFiles,
	known: Known,
	report: Report
): Scenario | undefined {
	let ok = true;
	const inYaml = (line: number, message: string) => {
		ok = false;
		report(yamlFile, line, message);
	};
	const inInk = (line: number, message: string) => {
		ok = false;
		report(inkFile, line, message);
	};
	const at = (...path: PropertyKey[]) => yaml.lineOf(path);

	data.lessons.forEach((lesson, i) => {
		if (known.lessons.size && !known.lessons.has(lesson))
			inYaml(at('lessons', i), `unknown lesson "${lesson}" (use course-slug/lesson-slug)`);
	});
	const criterionIds = new Set<string>();
	data.criteria.forEach((c, i) => {
		if (criterionIds.has(c.id)) inYaml(at('criteria', i, 'id'), `duplicate criterion "${c.id}"`);
		criterionIds.add(c.id);
		if (known.competencies.size && !known.competencies.has(c.competency))
			inYaml(
				at('criteria', i, 'competency'),
				`unknown competency "${c.competency}" (not in content/competencies.yaml)`
			);
	});
	const variables = Object.entries(data.variables).map(([name, v]) => ({ name, ...v }));
	for (const v of variables) {
		if (criterionIds.has(v.name))
			inYaml(at('variables', v.name), `"${v.name}" is both a criterion and a variable`);
		if (v.min >= v.max) inYaml(at('variables', v.name, 'min'), `${v.name}: min must be below max`);
		else if (v.start < v.min || v.start > v.max)
			inYaml(
				at('variables', v.name, 'start'),
				`${v.name}: start ${v.start} is outside its range ${v.min}–${v.max}`
			);
	}
	const variableNames = new Set(variables.map((v) => v.name));
	const meter = data.meter ?? (variableNames.has('mood') ? 'mood' : null);
	if (data.meter && !variableNames.has(data.meter))
		inYaml(at('meter'), `meter "${data.meter}" is not one of the variables`);
	const knownName = (name: string) => criterionIds.has(name) || variableNames.has(name);

	const concepts = conceptsOf(data.terms, known.lexicon, at, inYaml);
	const free = freeStepsOf(data, concepts, knownName, (n) => criterionIds.has(n), at, inYaml);
	if (free.size && !data.tone)
		inYaml(
			1,
			'a scenario with typed replies needs "tone:": what rude or dismissive wording costs (e.g. { words: -2, mood: -2 })'
		);
	for (const name of Object.keys(data.tone ?? {}))
		if (!knownName(name)) inYaml(at('tone', name), `unknown criterion or variable "${name}"`);
	if (data.tone && !Object.keys(data.tone).some((n) => criterionIds.has(n) && data.tone![n] < 0))
		inYaml(at('tone'), 'tone: must cost at least one criterion (a negative number)');
	const endings = new Map<string, Ending>(
		Object.entries(data.endings).map(([id, e]) => {
			const paragraphs = (Array.isArray(e.debrief) ? e.debrief : [e.debrief]).map((p) =>
				typeof p === 'string' ? { text: p } : p
			);
			paragraphs.forEach((p, i) => {
				for (const c of [p.when, p.unless])
					if (c && !criterionIds.has(c))
						inYaml(at('endings', id, 'debrief', i), `unknown criterion "${c}" in when/unless`);
			});
			return [id, { id, ...e, debrief: paragraphs }];
		})
	);
	if (endings.size < MIN_ENDINGS)
		inYaml(
			at('endings'),
			`has ${endings.size} ending(s): a scenario needs at least ${MIN_ENDINGS}`
		);
	if (![...endings.values()].some((e) => e.success))
		inYaml(at('endings'), 'no ending is marked success: true, so nobody could pass');

	// The ink: compile, then Coachline's own rules
	const compiler = new Compiler(inkSource);
	let story;
	try {
		story = compiler.Compile();
	} catch {
		for (const error of compiler.errors) {
			const line = error.match(/line (\d+)/);
			inInk(line ? Number(line[1]) : 1, error.replace(/^ERROR: (line \d+: )?/, 'ink: '));
		}
		if (!compiler.errors.length) inInk(1, 'ink: compilation failed');
		return undefined;
	}
	for (const warning of compiler.warnings) {
		const line = warning.match(/line (\d+)/);
		inInk(line ? Number(line[1]) : 1, warning.replace(/^WARNING: (line \d+: )?/, 'ink: '));
	}
	const scan = scanInk(inkSource);
	lintInk(scan, { criterionIds, variableNames, free, endings }, inInk);
	// Reported, but the scenario still builds: the author's tools can score replies meanwhile.
	for (const p of lintChoices(scan, new Map(data.criteria.map((c) => [c.id, c.weight]))).problems)
		report(inkFile, p.line, p.message);
	const tagged = new Set(scan.endings.map((e) => e.id));
	for (const id of endings.keys())
		if (!tagged.has(id))
			inYaml(
				at('endings', id),
				`ending "${id}" has no "#ending: ${id}" line in the ink, so it can never be reached`
			);
	const flags = flagsOf(scan.vars, inkSource, free, inInk, inYaml, at);
	const usedFree = new Set(
		scan.choices.flatMap((c) =>
			c.tags.map(parseTag).flatMap((t) => (t.kind === 'free' ? [t.id] : []))
		)
	);
	for (const id of free.keys())
		if (!usedFree.has(id))
			inYaml(at('free', id), `free-text step "${id}" is never used in the ink (#free:${id})`);
	for (const [name, { line }] of scan.vars)
		if (!variableNames.has(name) && !flags.has(name) && !/^(said_|reply_)/.test(name))
			inInk(line, `VAR ${name} is not declared under variables: in the YAML`);
	for (const v of variables) {
		if (v.start < v.min || v.start > v.max) continue; // reported above
		const declared = scan.vars.get(v.name);
		if (!declared) inInk(1, `VAR ${v.name} is missing (the YAML declares it)`);
		else if (Number(declared.value) !== v.start)
			inInk(
				declared.line,
				`VAR ${v.name} starts at ${declared.value} but the YAML says ${v.start}`
			);
	}
	if (!ok) return undefined;

	const scenario: Scenario = {
		id: slug,
		title: data.title,
		summary: data.summary,
		difficulty: data.difficulty,
		audience: data.audience,
		channel: data.channel,
		minutes: data.minutes,
		passMark: data.pass_mark,
		meter,
		lessons: data.lessons,
		sources: data.sources,
		persona: data.persona,
		criteria: data.criteria,
		variables,
		free,
		language: data.language,
		concepts,
		tone: data.tone ?? {},
		flags,
		endings,
		story: story.ToJson() ?? '',
		version,
		locale: 'en',
		translations: {},
		competencies: [...new Set(data.criteria.map((c) => c.competency))],
		depth: 0,
		graph: graphOf(scan)
	};

	// Play every path: what only running the story can show
	const lineOfChoice = (knot: string, text: string) =>
		scan.choices.find((c) => c.knot === knot && c.text === text)?.line ??
		scan.choices.find((c) => c.text === text)?.line ??
		scan.knots.get(knot) ??
		1;
	if (known.simulate) {
		const sim = simulate(scenario);
		sim.errors.forEach((e) => inInk(1, e));
		if (sim.truncated)
			inInk(1, `more than ${sim.states - 1} distinct moments: branch on fewer variable values`);
		// A typed reply can be as bad as anyone types it (rude, every costly rule at once): the
		// engine keeps variables in range, so only authored choices must fit by design.
		for (const { knot, text, overflow } of sim.overflows)
			if (!text.startsWith('#free:'))
				inInk(
					lineOfChoice(knot, text),
					`"${text}" can push ${overflow.name} to ${overflow.value}, outside its range ${overflow.min}–${overflow.max}`
				);
		for (const { knot, text } of sim.deadEnds)
			inInk(lineOfChoice(knot, text), `after "${text}" the story ends without an #ending: tag`);
		for (const ending of endings.values())
			if (scan.endings.some((e) => e.id === ending.id) && !sim.endings.has(ending.id))
				inYaml(at('endings', ending.id), `ending "${ending.id}" is never reached on any path`);
	}
	if (!ok) return undefined;

	if (known.simulate)
		checkExamples(scenario, at, (line, message) => report(yamlFile, line, message));
	const strong = play(scenario, 'strong');
	const weak = play(scenario, 'weak');
	scenario.depth = strong.decisions.length;
	const pct = (n: number) => `${Math.round(n * 100)}%`;
	if (!strong.result.passed)
		inYaml(
			at('pass_mark'),
			`the strongest path (best choice at every step, model answers) ends "${strong.ending}" with ${pct(strong.result.score)} and does not pass`
		);
	else if (strong.decisions.length < MIN_DEPTH)
		inYaml(
			1,
			`the strongest path has ${strong.decisions.length} decisions: a scenario needs at least ${MIN_DEPTH}`
		);
	if (weak.result.passed)
		inYaml(
			at('pass_mark'),
			`the weakest path (worst choice at every step) ends "${weak.ending}" with ${pct(weak.result.score)} and still passes`
		);
	return ok ? scenario : undefined;
}

/** The knot graph: the top of the file as "start", each knot, and the diverts between them. */
function graphOf(scan: InkScan): ScenarioGraph {
	const knotOf = (line: number) => {
		let name = '';
		for (const [knot, at] of scan.knots) if (at <= line) name = knot;
		return name || 'start';
	};
	const nodes = [
		{ id: 'start', line: 1 },
		...[...scan.knots].map(([id, line]) => ({ id, line }))
	].map((n) => ({
		...n,
		ending: scan.endings.find((e) => knotOf(e.line) === n.id)?.id ?? null,
		choices: scan.choices.filter((c) => (c.knot || 'start') === n.id).length,
		free: scan.choices.some(
			(c) => (c.knot || 'start') === n.id && c.tags.some((t) => t.startsWith('free'))
		)
	}));
	const edges = new Map<string, { from: string; to: string }>();
	for (const [from, diverts] of scan.diverts)
		for (const d of diverts)
			if (scan.knots.has(d.target))
				edges.set(`${from || 'start'}>${d.target}`, { from: from || 'start', to: d.target });
	return { nodes, edges: [...edges.values()] };
}

function lintInk(
	scan: InkScan,
	names: {
		criterionIds: Set<string>;
		variableNames: Set<string>;
		free: Map<string, FreeStep>;
		endings: Map<string, Ending>;
	},
	problem: (line: number, message: string) => void
) {
	for (const u of scan.unsupported) problem(u.line, `${u.what} are not supported in scenarios`);
	for (const { knot, line } of unreachableKnots(scan))
		problem(line, `knot "${knot}" is unreachable: no divert leads to it`);
	for (const choice of scan.choices) {
		if (!choice.bracketed) {
			problem(choice.line, 'put the choice text in [brackets]: it is what the agent says');
			continue;
		}
		if (choice.tagsOutside) {
			problem(
				choice.line,
				'tags after "]" belong to what follows the choice: put the choice\'s tags inside the brackets'
			);
			continue;
		}
		const tags = choice.tags.map(parseTag);
		const free = tags.find((t) => t.kind === 'free');
		if (free) {
			if (!names.free.has(free.id))
				problem(choice.line, `unknown free-text step "${free.id}" (not under free: in the YAML)`);
			if (choice.text || tags.length > 1)
				problem(
					choice.line,
					'a free-text choice is just [#free:<id>]: its effects come from the YAML rules'
				);
			continue;
		}
		let effects = 0;
		let notes = 0;
		for (const tag of tags) {
			if (tag.kind === 'unknown')
				problem(
					choice.line,
					`unknown tag "#${tag.tag}" (use #name+N, #name-N, #note: text or #free:id)`
				);
			else if (tag.kind === 'note') notes++;
			else if (tag.kind === 'effect') {
				effects++;
				if (!names.criterionIds.has(tag.name) && !names.variableNames.has(tag.name))
					problem(choice.line, `unknown criterion or variable "${tag.name}" in #${tag.name}`);
				else if (tag.points === 0 || Math.abs(tag.points) > 5)
					problem(choice.line, `#${tag.name}: points must be 1 to 5`);
			}
		}
		if (!choice.text) problem(choice.line, 'the choice has no text: what does the agent say?');
		if (effects === 0) problem(choice.line, 'choice has no effects (#criterion+N, #variable-N)');
		if (notes !== 1)
			problem(
				choice.line,
				notes ? 'choice has more than one #note:' : 'choice has no #note: feedback for the debrief'
			);
	}
	for (const e of scan.endings)
		if (!names.endings.has(e.id))
			problem(e.line, `unknown ending "${e.id}" (not under endings: in the YAML)`);
}
