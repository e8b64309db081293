/**
 * Reference material beside the courses: printable job aids (content/job-aids/*.md, one page
 * each, linked from the lessons they summarise) and the glossary (content/glossary.yaml, every
 * term the lessons use with the Chinese term from the sources).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { COMPONENTS, plainText, scanBody, splitFrontmatter } from './markdown';
import { sourceSchema, translationSchema } from './schemas';
import { CONTENT_LOCALES, type ContentLocale } from './locales';
import { parseYaml, type LocatedYaml } from './yaml-lines';
import type { Source } from './index';

type Report = (file: string, line: number, message: string) => void;
type SchemaReport = (error: z.ZodError, yaml: LocatedYaml, file: string) => void;
type CheckComponents = (
	tags: ReturnType<typeof scanBody>['tags'],
	file: string,
	report: Report,
	allowed: readonly string[]
) => unknown;

export interface JobAid {
	slug: string;
	title: string;
	summary: string;
	/** Lesson ids (`course/lesson`) whose pages link to this card. */
	lessons: string[];
	sources: Source[];
	/** Path from the project root, as the job-aid component glob names it. */
	module: string;
	version: string;
	text: string;
	/** The card in other languages (slug.zh-CN.md beside it): its words and its module. */
	translations: Partial<Record<ContentLocale, { title: string; summary: string; module: string }>>;
}

export interface GlossaryEntry {
	term: string;
	/** The Chinese term: the sources' own where they have one (`zhFromSources`). */
	zh: string;
	zhFromSources: boolean;
	meaning: string;
	/** The lesson that teaches the term. */
	lesson: string;
	source?: Source;
}

const SLUG = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
const text = (max: number) =>
	z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

const jobAidSchema = z.object({
	title: text(120),
	summary: text(400),
	lessons: z.array(z.string()).min(1, 'names no lesson: a job aid is linked from its lessons'),
	sources: z
		.array(sourceSchema, {
			error: (issue) =>
				issue.input === undefined ? 'is missing: a job aid must cite its sources' : undefined
		})
		.min(1, 'is empty: a job aid must cite its sources')
});

const glossarySchema = z
	.array(
		z
			.object({
				term: text(80),
				zh: text(40).regex(/\p{Script=Han}/u, 'must be the Chinese term'),
				meaning: text(600),
				lesson: z.string(),
				source: sourceSchema.optional(),
				// A Chinese term the sources do not use is marked as ours ("practice").
				zh_source: z.literal('practice').optional()
			})
			.refine((e) => e.source || e.zh_source, {
				message: 'needs a source (seed and section), or zh_source: practice',
				path: ['source']
			})
	)
	.min(1, 'lists no terms');

/** Job aids never carry a self-check: a printed card is not a place to write answers. */
const JOB_AID_COMPONENTS = COMPONENTS.filter((c) => c !== 'SelfCheck');

export function loadJobAids(
	dir: string,
	lessons: Set<string>,
	checkComponents: CheckComponents,
	report: Report,
	schemaReport: SchemaReport
): JobAid[] {
	if (!existsSync(dir)) return [];
	const aids: JobAid[] = [];
	const names = readdirSync(dir).sort();
	const translations: { file: string; slug: string; locale: string }[] = [];
	for (const name of names) {
		if (!name.endsWith('.md')) continue;
		const file = join(dir, name);
		const t = name.match(/^([a-z0-9]+(?:-[a-z0-9]+)*)\.([A-Za-z]{2}(?:-[A-Za-z0-9]+)*)\.md$/);
		if (t) {
			translations.push({ file, slug: t[1], locale: t[2] });
			continue;
		}
		const m = name.match(SLUG);
		if (!m) {
			report(file, 1, 'job aid file must be named slug.md (lower-case words and dashes)');
			continue;
		}
		const source = readFileSync(file, 'utf8');
		const front = splitFrontmatter(source);
		if (!front) {
			report(file, 1, 'has no frontmatter (a --- block at the top)');
			continue;
		}
		const yaml = parseYaml(front.yaml, front.yamlLine);
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		const parsed = jobAidSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length) schemaReport(parsed.error, yaml, file);
			continue;
		}
		parsed.data.lessons.forEach((id, i) => {
			if (!lessons.has(id))
				report(
					file,
					yaml.lineOf(['lessons', i]),
					`lesson "${id}" is not a lesson (use course-slug/lesson-slug)`
				);
		});
		const { tags } = scanBody(front.body, front.bodyLine);
		checkComponents(tags, file, report, JOB_AID_COMPONENTS);
		aids.push({
			slug: m[1],
			...parsed.data,
			module: '/' + relative(process.cwd(), file).split(/[\\/]/).join('/'),
			version: createHash('sha256').update(source).digest('hex').slice(0, 16),
			text: plainText(front.body),
			translations: {}
		});
	}
	// Translations: words only (title, summary) over the original's lessons and sources, and the
	// same components as the original, in the same order.
	for (const t of translations) {
		const locale = CONTENT_LOCALES.find((l) => l === t.locale);
		const aid = aids.find((a) => a.slug === t.slug);
		if (!locale) {
			report(
				t.file,
				1,
				`"${t.locale}" is not a language content is translated into (${CONTENT_LOCALES.join(', ')})`
			);
			continue;
		}
		if (!aid) {
			if (!names.includes(`${t.slug}.md`))
				report(t.file, 1, `translation without its original: there is no ${t.slug}.md beside it`);
			continue;
		}
		const source = readFileSync(t.file, 'utf8');
		const front = splitFrontmatter(source);
		if (!front) {
			report(t.file, 1, 'has no frontmatter (a --- block at the top)');
			continue;
		}
		const yaml = parseYaml(front.yaml, front.yamlLine);
		yaml.errors.forEach((e) => report(t.file, e.line, `YAML: ${e.message}`));
		const parsed = translationSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length) schemaReport(parsed.error, yaml, t.file);
			continue;
		}
		const { tags } = scanBody(front.body, front.bodyLine);
		checkComponents(tags, t.file, report, JOB_AID_COMPONENTS);
		const original = splitFrontmatter(readFileSync(join(dir, `${t.slug}.md`), 'utf8'))!;
		const names_ = (body: string, line: number) =>
			scanBody(body, line)
				.tags.map((tag) => tag.name)
				.join(' ');
		if (names_(front.body, front.bodyLine) !== names_(original.body, original.bodyLine)) {
			report(
				t.file,
				front.bodyLine,
				`the components differ from ${t.slug}.md: a translation keeps the original's, in its order`
			);
			continue;
		}
		aid.translations[locale] = {
			title: parsed.data.title,
			summary: parsed.data.summary,
			module: '/' + relative(process.cwd(), t.file).split(/[\\/]/).join('/')
		};
	}
	return aids;
}

export function loadGlossary(
	file: string,
	lessons: Set<string>,
	report: Report,
	schemaReport: SchemaReport
): GlossaryEntry[] {
	if (!existsSync(file)) return [];
	const yaml = parseYaml(readFileSync(file, 'utf8'));
	yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
	const parsed = glossarySchema.safeParse(yaml.value ?? []);
	if (!parsed.success) {
		if (!yaml.errors.length) schemaReport(parsed.error, yaml, file);
		return [];
	}
	const seen = new Map<string, number>();
	parsed.data.forEach((e, i) => {
		const key = e.term.toLowerCase();
		if (seen.has(key))
			report(
				file,
				yaml.lineOf([i, 'term']),
				`"${e.term}" is already defined (entry ${seen.get(key)! + 1})`
			);
		else seen.set(key, i);
		if (!lessons.has(e.lesson))
			report(
				file,
				yaml.lineOf([i, 'lesson']),
				`lesson "${e.lesson}" is not a lesson (use course-slug/lesson-slug)`
			);
	});
	return parsed.data
		.map((e) => ({
			term: e.term,
			zh: e.zh,
			zhFromSources: !e.zh_source,
			meaning: e.meaning,
			lesson: e.lesson,
			source: e.source
		}))
		.sort((a, b) => a.term.localeCompare(b.term, 'en'));
}
