import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import {
	COMPONENTS,
	headingAnchors,
	headings,
	plainText,
	scanBody,
	splitFrontmatter
} from './markdown';
import { loadQuizzes } from '../quiz/content';
import { loadScenarios } from '../roleplay/content';
import { loadLexicon } from '../roleplay/lexicon';
import type { Scenario } from '../roleplay/types';
import { loadScorecards, type Scorecard } from '../cockpit/scorecard';
import type { Quiz } from '../quiz/types';
import {
	competenciesSchema,
	competencyTranslationsSchema,
	courseSchema,
	lessonSchema,
	translationSchema,
	pathSchema,
	type Audience,
	type Competency
} from './schemas';
import { parseYaml, type LocatedYaml } from './yaml-lines';
import { loadGlossary, loadJobAids, type GlossaryEntry, type JobAid } from './reference';

/** A problem in a content file, reported as `path:line: message`. */
export interface Problem {
	file: string;
	line: number;
	message: string;
}

export interface Source {
	seed: string;
	section: string;
}

/** A lesson as the server knows it: metadata, never the rendered body. */
export interface Lesson {
	/** `course-slug/lesson-slug`: stable across renumbering, used in the learning record. */
	id: string;
	courseSlug: string;
	slug: string;
	/** Path from the project root, as the lesson component glob names it: `/content/courses/…`. */
	module: string;
	title: string;
	summary: string;
	minutes: number;
	competencies: string[];
	sources: Source[];
	prerequisites: string[];
	/** First 16 hex digits of the file's SHA-256: recorded on statements so history survives edits. */
	version: string;
	/** Plain text for search. */
	text: string;
	selfChecks: { id: string; prompt: string }[];
	/** Ids of the lesson's ## and ### headings, for links to a section. */
	anchors: string[];
	/** The same headings with their text (to name a section to revisit). */
	headings: { id: string; title: string }[];
	/** Absolute path of the Markdown file (for its quiz sidecar). */
	file: string;
	/** Whether the lesson has a quiz (`quiz(lesson.id)`). */
	hasQuiz: boolean;
	/** The lesson in other languages (NN-slug.zh-CN.md beside it): same id, record and quiz. */
	translations: Partial<Record<ContentLocale, LessonTranslation>>;
}

export { CONTENT_LOCALES, type ContentLocale } from './locales';
import { CONTENT_LOCALES, type ContentLocale } from './locales';

export interface LessonTranslation {
	title: string;
	summary: string;
	module: string;
	text: string;
	anchors: string[];
	headings: { id: string; title: string }[];
	selfChecks: { id: string; prompt: string }[];
	/** The English original's version this translation was last checked against is not tracked:
	 * content:check holds the structure (self-checks, sections) to the original instead. */
	version: string;
}

export interface Course {
	slug: string;
	title: string;
	summary: string;
	audience: Audience;
	competencies: string[];
	order: number;
	intro: string[];
	version: string;
	lessons: Lesson[];
	translations: Partial<Record<ContentLocale, { title: string; summary: string; intro: string[] }>>;
}

export interface LearningPath {
	id: string;
	title: string;
	summary: string;
	audience: Audience;
	/** In order: whole courses, or single lessons (`id` is then course-slug/lesson-slug). */
	courses: { kind: 'course' | 'lesson'; id: string; dueDays: number }[];
	/** Its title and summary in other languages (onboarding.zh-CN.yaml). */
	translations: Partial<Record<ContentLocale, { title: string; summary: string }>>;
}

export interface ContentIndex {
	competencies: Competency[];
	courses: Course[];
	paths: LearningPath[];
	quizzes: Quiz[];
	/** Role-play scenarios, in file-name order. */
	scenarios: Scenario[];
	/** Quality-review scorecards (content/scorecards/*.yaml), in file-name order. */
	scorecards: Scorecard[];
	scorecard(id: string): Scorecard | undefined;
	/** Printable one-page cards (content/job-aids), in file-name order. */
	jobAids: JobAid[];
	jobAid(slug: string): JobAid | undefined;
	/** The job aids a lesson links to. */
	jobAidsFor(lessonId: string): JobAid[];
	/** Terms the lessons use, English A–Z, each with its Chinese term. */
	glossary: GlossaryEntry[];
	course(slug: string): Course | undefined;
	lesson(id: string): Lesson | undefined;
	/** A lesson quiz by lesson id, or a course assessment by course slug. */
	quiz(id: string): Quiz | undefined;
	scenario(id: string): Scenario | undefined;
	/** The scenarios that practise a lesson. */
	scenariosFor(lessonId: string): Scenario[];
}

const COURSE_DIR = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const LESSON_FILE = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;
/** A translation beside its original: NN-slug.zh-CN.md, course.zh-CN.md. */
const TRANSLATION_FILE =
	/^(\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*|course)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$/;
const REQUIRED_ATTRS: Record<string, string[]> = {
	SayThis: ['say', 'instead'],
	SelfCheck: ['id', 'prompt'],
	Callout: ['kind']
};
const CALLOUT_KINDS = ['tip', 'note', 'warning'];
/** Pages under /learn that a course of the same name would hide. */
const RESERVED_SLUGS = ['search', 'job-aids', 'glossary'];

/**
 * Reports unknown components, missing attributes and repeated self-check ids; returns the
 * self-checks in order. `allowed` narrows the components (job aids have no self-checks).
 */
export function checkComponents(
	tags: { name: string; attrs: Record<string, string>; line: number }[],
	file: string,
	report: (file: string, line: number, message: string) => void,
	allowed: readonly string[] = COMPONENTS
): { id: string; prompt: string }[] {
	const selfChecks: { id: string; prompt: string }[] = [];
	for (const tag of tags) {
		if (!allowed.includes(tag.name)) {
			report(file, tag.line, `unknown component <${tag.name}> (known: ${allowed.join(', ')})`);
			continue;
		}
		for (const attr of REQUIRED_ATTRS[tag.name] ?? [])
			if (!tag.attrs[attr]?.trim())
				report(
					file,
					tag.line,
					`<${tag.name}> needs ${/^[aeiou]/.test(attr) ? 'an' : 'a'} ${attr}="…" attribute`
				);
		if (tag.name === 'Callout' && tag.attrs.kind && !CALLOUT_KINDS.includes(tag.attrs.kind))
			report(
				file,
				tag.line,
				`<Callout kind="${tag.attrs.kind}"> must be one of ${CALLOUT_KINDS.join(', ')}`
			);
		if (tag.name === 'SelfCheck' && tag.attrs.id) {
			if (selfChecks.some((s) => s.id === tag.attrs.id))
				report(file, tag.line, `<SelfCheck id="${tag.attrs.id}"> is used twice in this lesson`);
			else selfChecks.push({ id: tag.attrs.id, prompt: tag.attrs.prompt ?? '' });
		}
	}
	return selfChecks;
}

const version = (source: string) => createHash('sha256').update(source).digest('hex').slice(0, 16);

/** Turns zod issues into problems on the lines of the offending YAML. */
export function schemaProblems(error: z.ZodError, yaml: LocatedYaml, file: string): Problem[] {
	return error.issues.map((issue) => {
		// The whole document (a frontmatter, a YAML file) has no name of its own to prefix.
		const where = issue.path.join('.') || (file.endsWith('.md') ? 'frontmatter' : '');
		const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
		const text = issue.message.replace(/^Invalid input: /, '');
		const message = missing
			? `${where || 'the file'} is missing`
			: where
				? `${where} ${text}`
				: text;
		return { file, line: yaml.lineOf(issue.path), message };
	});
}

function listDir(path: string) {
	return existsSync(path) ? readdirSync(path).sort() : [];
}

/**
 * Reads and validates everything under `root` (content/). Returns the index and every problem
 * found, not only the first: a content author fixes a whole batch in one go.
 */
export function loadContent(
	root: string,
	{ simulate = true }: { simulate?: boolean } = {}
): { index: ContentIndex; problems: Problem[] } {
	const problems: Problem[] = [];
	const rel = (path: string) => relative(process.cwd(), path) || path;
	const report = (file: string, line: number, message: string) =>
		problems.push({ file: rel(file), line, message });

	// Competencies
	const competenciesFile = join(root, 'competencies.yaml');
	let competencies: Competency[] = [];
	if (!existsSync(competenciesFile)) report(competenciesFile, 1, 'file is missing');
	else {
		const yaml = parseYaml(readFileSync(competenciesFile, 'utf8'));
		yaml.errors.forEach((e) => report(competenciesFile, e.line, `YAML: ${e.message}`));
		const parsed = competenciesSchema.safeParse(yaml.value);
		if (!yaml.errors.length && !parsed.success)
			problems.push(...schemaProblems(parsed.error, yaml, rel(competenciesFile)));
		if (parsed.success) {
			competencies = parsed.data;
			const seen = new Set<string>();
			competencies.forEach((c, i) => {
				if (seen.has(c.id))
					report(competenciesFile, yaml.lineOf([i, 'id']), `duplicate competency id "${c.id}"`);
				seen.add(c.id);
			});
		}
	}
	// Their translations (competencies.zh-CN.yaml): every competency's words, by id, in order.
	for (const locale of CONTENT_LOCALES) {
		const file = join(root, `competencies.${locale}.yaml`);
		if (!existsSync(file) || !competencies.length) continue;
		const yaml = parseYaml(readFileSync(file, 'utf8'));
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		const parsed = competencyTranslationsSchema.safeParse(yaml.value);
		if (!yaml.errors.length && !parsed.success)
			problems.push(...schemaProblems(parsed.error, yaml, rel(file)));
		if (!parsed.success) continue;
		const ids = parsed.data.map((c) => c.id).join(', ');
		if (ids !== competencies.map((c) => c.id).join(', ')) {
			report(
				file,
				1,
				`must translate every competency, in order: ${competencies.map((c) => c.id).join(', ')}`
			);
			continue;
		}
		parsed.data.forEach((t, i) => {
			const { id: _, ...words } = t;
			competencies[i].translations = { ...competencies[i].translations, [locale]: words };
		});
	}
	const competencyIds = new Set(competencies.map((c) => c.id));
	const checkCompetencies = (
		ids: string[],
		yaml: LocatedYaml,
		file: string,
		key = 'competencies'
	) =>
		ids.forEach((cid, i) => {
			if (competencyIds.size && !competencyIds.has(cid))
				report(
					file,
					yaml.lineOf([key, i]),
					`unknown competency "${cid}" (not in content/competencies.yaml)`
				);
		});

	// Courses and lessons
	const courses: Course[] = [];
	const courseDirs = new Map<string, string>();
	const pending: {
		lesson: Lesson;
		file: string;
		yaml: LocatedYaml;
		links: { href: string; line: number }[];
	}[] = [];
	const coursesRoot = join(root, 'courses');
	// Every well-named course folder and lesson file, valid or not: a reference to a file that has
	// problems of its own is not broken too (one defect, one problem).
	const existingCourses = new Set<string>();
	const existingLessons = new Set<string>();
	/** Reads a course.md; undefined (with the problems reported) when it is missing or invalid. */
	const readCourse = (courseFile: string, slug: string): Course | undefined => {
		if (!existsSync(courseFile)) {
			report(courseFile, 1, 'file is missing: every course folder needs a course.md');
			return undefined;
		}
		const courseSource = readFileSync(courseFile, 'utf8');
		const front = splitFrontmatter(courseSource);
		if (!front) {
			report(courseFile, 1, 'has no frontmatter (a --- block at the top)');
			return undefined;
		}
		const yaml = parseYaml(front.yaml, front.yamlLine);
		yaml.errors.forEach((e) => report(courseFile, e.line, `YAML: ${e.message}`));
		const parsed = courseSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length)
				problems.push(...schemaProblems(parsed.error, yaml, rel(courseFile)));
			return undefined;
		}
		checkCompetencies(parsed.data.competencies, yaml, courseFile);
		return {
			slug,
			...parsed.data,
			intro: front.body
				.split(/\n\s*\n/)
				.map((p) => p.trim())
				.filter(Boolean),
			version: version(courseSource),
			lessons: [],
			translations: {}
		};
	};
	/**
	 * A translation (NN-slug.zh-CN.md, course.zh-CN.md): its original must exist, its language be
	 * one content is translated into, its frontmatter only words, and a lesson's self-checks the
	 * original's (same ids). Links inside it are checked with the originals'.
	 */
	const readTranslation = (
		t: { file: string; base: string; locale: string },
		course: Course,
		dirPath: string
	): (typeof pending)[number][] | null => {
		const locale = CONTENT_LOCALES.find((l) => l === t.locale);
		if (!locale) {
			report(
				t.file,
				1,
				`"${t.locale}" is not a language content is translated into (${CONTENT_LOCALES.join(', ')}); name the file ${t.base}.<language>.md`
			);
			return null;
		}
		const lesson =
			t.base === 'course'
				? null
				: course.lessons.find((l) => l.file === join(dirPath, `${t.base}.md`));
		if (t.base !== 'course' && !lesson) {
			report(t.file, 1, `translation without its original: there is no ${t.base}.md beside it`);
			return null;
		}
		const source = readFileSync(t.file, 'utf8');
		const front = splitFrontmatter(source);
		if (!front) {
			report(t.file, 1, 'has no frontmatter (a --- block at the top)');
			return null;
		}
		const yaml = parseYaml(front.yaml, front.yamlLine);
		yaml.errors.forEach((e) => report(t.file, e.line, `YAML: ${e.message}`));
		const parsed = translationSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length) problems.push(...schemaProblems(parsed.error, yaml, rel(t.file)));
			return null;
		}
		if (!lesson) {
			course.translations[locale] = {
				...parsed.data,
				intro: front.body
					.split(/\n\s*\n/)
					.map((p) => p.trim())
					.filter(Boolean)
			};
			return [];
		}
		const { tags, links } = scanBody(front.body, front.bodyLine);
		const selfChecks = checkComponents(tags, t.file, report);
		const mine = selfChecks.map((c) => c.id).join(', ');
		const theirs = lesson.selfChecks.map((c) => c.id).join(', ');
		if (mine !== theirs)
			report(
				t.file,
				1,
				`self-checks differ from the original: ${mine || 'none'} here, ${theirs || 'none'} in ${t.base}.md (same ids, same order)`
			);
		lesson.translations[locale] = {
			...parsed.data,
			module: '/' + relative(process.cwd(), t.file).split(/[\\/]/).join('/'),
			text: plainText(front.body),
			anchors: headingAnchors(front.body),
			headings: headings(front.body),
			selfChecks,
			version: version(source)
		};
		// Its links are checked like the original's (prerequisites are the original's).
		return [{ lesson: { ...lesson, prerequisites: [] }, file: t.file, yaml, links }];
	};
	for (const dir of listDir(coursesRoot)) {
		const dirPath = join(coursesRoot, dir);
		if (!statSync(dirPath).isDirectory()) continue;
		const dm = dir.match(COURSE_DIR);
		if (!dm) {
			report(
				dirPath,
				1,
				'course folder must be named NN-slug (two digits, a dash, lower-case words)'
			);
			continue;
		}
		const slug = dm[2];
		const courseFile = join(dirPath, 'course.md');
		if (RESERVED_SLUGS.includes(slug))
			report(
				courseFile,
				1,
				`"${slug}" cannot be a course slug: /learn/${slug} is a page of its own (${RESERVED_SLUGS.join(', ')})`
			);
		const duplicate = courseDirs.has(slug);
		if (duplicate)
			report(courseFile, 1, `duplicate course slug "${slug}" (also ${courseDirs.get(slug)})`);
		courseDirs.set(slug, rel(dirPath));
		existingCourses.add(slug);
		// A broken course.md does not stop its lessons being checked: all problems in one run.
		// A second course of the same slug is checked but not indexed: links and quizzes resolve
		// to the first.
		const course = readCourse(courseFile, slug);
		if (course && !duplicate) courses.push(course);

		const lessonSlugs = new Map<string, string>();
		const translated: { file: string; base: string; locale: string }[] = [];
		for (const name of listDir(dirPath)) {
			if (name === 'course.md' || !name.endsWith('.md')) continue;
			const file = join(dirPath, name);
			const tm = name.match(TRANSLATION_FILE);
			if (tm) {
				translated.push({ file, base: tm[1], locale: tm[2] });
				continue;
			}
			const lm = name.match(LESSON_FILE);
			if (!lm) {
				report(file, 1, 'lesson file must be named NN-slug.md');
				continue;
			}
			const lessonSlug = lm[2];
			if (lessonSlugs.has(lessonSlug))
				report(
					file,
					1,
					`duplicate lesson slug "${lessonSlug}" in course "${slug}" (also ${lessonSlugs.get(lessonSlug)})`
				);
			lessonSlugs.set(lessonSlug, name);
			existingLessons.add(`${slug}/${lessonSlug}`);
			const source = readFileSync(file, 'utf8');
			const lf = splitFrontmatter(source);
			if (!lf) {
				report(file, 1, 'has no frontmatter (a --- block at the top)');
				continue;
			}
			const ly = parseYaml(lf.yaml, lf.yamlLine);
			ly.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
			const lp = lessonSchema.safeParse(ly.value ?? {});
			if (!lp.success) {
				if (!ly.errors.length) problems.push(...schemaProblems(lp.error, ly, rel(file)));
				continue;
			}
			checkCompetencies(lp.data.competencies, ly, file);
			const { tags, links } = scanBody(lf.body, lf.bodyLine);
			const selfChecks = checkComponents(tags, file, report);
			const lesson: Lesson = {
				id: `${slug}/${lessonSlug}`,
				courseSlug: slug,
				slug: lessonSlug,
				module: '/' + relative(process.cwd(), file).split(/[\\/]/).join('/'),
				...lp.data,
				prerequisites: lp.data.prerequisites ?? [],
				version: version(source),
				text: plainText(lf.body),
				selfChecks,
				anchors: headingAnchors(lf.body),
				headings: headings(lf.body),
				file,
				hasQuiz: false,
				translations: {}
			};
			course?.lessons.push(lesson);
			pending.push({ lesson, file, yaml: ly, links });
		}
		if (lessonSlugs.size === 0) report(courseFile, 1, 'course has no lessons');
		if (course && !duplicate)
			for (const t of translated) {
				const result = readTranslation(t, course, dirPath);
				if (result) pending.push(...result);
			}
	}
	courses.sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));

	const lessonById = new Map(courses.flatMap((c) => c.lessons.map((l) => [l.id, l] as const)));

	// Cross-references need the whole index: prerequisites and internal links.
	for (const { lesson, file, yaml, links } of pending) {
		lesson.prerequisites.forEach((pre, i) => {
			const line = yaml.lineOf(['prerequisites', i]);
			if (pre === lesson.id) report(file, line, `prerequisite "${pre}" is the lesson itself`);
			else if (!existingLessons.has(pre))
				report(file, line, `prerequisite "${pre}" is not a lesson (use course-slug/lesson-slug)`);
		});
		for (const link of links) {
			const m = link.href.match(/^\/learn\/([^/#?]+)(?:\/([^/#?]+))?\/?(?:[#?].*)?$/);
			if (!link.href.startsWith('/learn/')) continue;
			const ok = m && (m[2] ? existingLessons.has(`${m[1]}/${m[2]}`) : existingCourses.has(m[1]));
			if (!ok) report(file, link.line, `broken internal link ${link.href}`);
		}
	}
	problems.push(...prerequisiteCycles(lessonById, pending));

	const quizzes = loadQuizzes(coursesRoot, courses, competencyIds, report, (error, yaml, file) =>
		problems.push(...schemaProblems(error, yaml, rel(file)))
	);
	const quizById = new Map(quizzes.map((q) => [q.id, q]));
	for (const lesson of lessonById.values()) lesson.hasQuiz = quizById.has(lesson.id);

	// Learning paths
	const paths: LearningPath[] = [];
	const pathNames = listDir(join(root, 'paths'));
	for (const name of pathNames) {
		if (!name.endsWith('.yaml')) continue;
		const file = join(root, 'paths', name);
		// A translation (onboarding.zh-CN.yaml): title and summary over the original's steps.
		const tr = name.match(/^(.+)\.([A-Za-z]{2}(?:-[A-Za-z0-9]+)*)\.yaml$/);
		if (tr) {
			const locale = CONTENT_LOCALES.find((l) => l === tr[2]);
			if (!locale)
				report(
					file,
					1,
					`"${tr[2]}" is not a language content is translated into (${CONTENT_LOCALES.join(', ')})`
				);
			else if (!pathNames.includes(`${tr[1]}.yaml`))
				report(file, 1, `translation without its original: there is no ${tr[1]}.yaml beside it`);
			continue;
		}
		const yaml = parseYaml(readFileSync(file, 'utf8'));
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		const parsed = pathSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length) problems.push(...schemaProblems(parsed.error, yaml, rel(file)));
			continue;
		}
		const steps = parsed.data.courses.map((c) =>
			'course' in c
				? { kind: 'course' as const, id: c.course, dueDays: c.due_days }
				: { kind: 'lesson' as const, id: c.lesson, dueDays: c.due_days }
		);
		steps.forEach((step, i) => {
			if (step.kind === 'course' && !existingCourses.has(step.id))
				report(file, yaml.lineOf(['courses', i, 'course']), `unknown course "${step.id}"`);
			if (step.kind === 'lesson' && !existingLessons.has(step.id))
				report(
					file,
					yaml.lineOf(['courses', i, 'lesson']),
					`unknown lesson "${step.id}" (use course-slug/lesson-slug)`
				);
		});
		const translations: LearningPath['translations'] = {};
		for (const locale of CONTENT_LOCALES) {
			const trFile = join(root, 'paths', name.replace(/\.yaml$/, `.${locale}.yaml`));
			if (!existsSync(trFile)) continue;
			const trYaml = parseYaml(readFileSync(trFile, 'utf8'));
			trYaml.errors.forEach((e) => report(trFile, e.line, `YAML: ${e.message}`));
			const words = translationSchema.safeParse(trYaml.value ?? {});
			if (words.success) translations[locale] = words.data;
			else if (!trYaml.errors.length)
				problems.push(...schemaProblems(words.error, trYaml, rel(trFile)));
		}
		paths.push({ id: name.replace(/\.yaml$/, ''), ...parsed.data, courses: steps, translations });
	}

	const lexicon = loadLexicon(join(root, 'lexicon'), report, (error, yaml, file) =>
		problems.push(...schemaProblems(error, yaml, rel(file)))
	);
	const scenarios = loadScenarios(
		join(root, 'scenarios'),
		{ competencies: competencyIds, lessons: existingLessons, lexicon, simulate },
		report,
		(error, yaml, file) => problems.push(...schemaProblems(error, yaml, rel(file)))
	);

	const scorecards = loadScorecards(
		join(root, 'scorecards'),
		competencyIds,
		report,
		(error, yaml, file) => problems.push(...schemaProblems(error, yaml, rel(file)))
	);

	const schemaReport = (error: z.ZodError, yaml: LocatedYaml, file: string) =>
		problems.push(...schemaProblems(error, yaml, rel(file)));
	const jobAids = loadJobAids(
		join(root, 'job-aids'),
		existingLessons,
		checkComponents,
		report,
		schemaReport
	);
	const glossary = loadGlossary(join(root, 'glossary.yaml'), existingLessons, report, schemaReport);

	problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
	return {
		index: indexOf({
			competencies,
			courses,
			paths,
			quizzes,
			scenarios,
			scorecards,
			jobAids,
			glossary
		}),
		problems
	};
}

/** What the content is, as data (no functions): what a snapshot stores. */
export type ContentData = Pick<
	ContentIndex,
	| 'competencies'
	| 'courses'
	| 'paths'
	| 'quizzes'
	| 'scenarios'
	| 'scorecards'
	| 'jobAids'
	| 'glossary'
>;

/** The content data with its lookups (by slug, id, lesson). */
export function indexOf(data: ContentData): ContentIndex {
	const { courses, quizzes, scenarios, scorecards, jobAids } = data;
	const courseBySlug = new Map(courses.map((c) => [c.slug, c]));
	const lessonById = new Map(courses.flatMap((c) => c.lessons.map((l) => [l.id, l] as const)));
	const quizById = new Map(quizzes.map((q) => [q.id, q]));
	const scenarioById = new Map(scenarios.map((s) => [s.id, s]));
	return {
		...data,
		scorecard: (id) => scorecards.find((c) => c.id === id),
		jobAid: (slug) => jobAids.find((a) => a.slug === slug),
		jobAidsFor: (lessonId) => jobAids.filter((a) => a.lessons.includes(lessonId)),
		quiz: (id) => quizById.get(id),
		scenario: (id) => scenarioById.get(id),
		scenariosFor: (lessonId) => scenarios.filter((s) => s.lessons.includes(lessonId)),
		course: (slug) => courseBySlug.get(slug),
		lesson: (id) => lessonById.get(id)
	};
}

/** A prerequisite chain that loops back on itself can never be started. */
function prerequisiteCycles(
	lessons: Map<string, Lesson>,
	pending: { lesson: Lesson; file: string; yaml: LocatedYaml }[]
): Problem[] {
	const state = new Map<string, 'visiting' | 'done'>();
	const cyclic = new Set<string>();
	const visit = (id: string, trail: string[]) => {
		if (state.get(id) === 'done') return;
		if (state.get(id) === 'visiting') {
			trail.slice(trail.indexOf(id)).forEach((t) => cyclic.add(t));
			return;
		}
		state.set(id, 'visiting');
		// A lesson naming itself is reported as such, not a second time as a loop.
		for (const pre of lessons.get(id)?.prerequisites ?? [])
			if (pre !== id && lessons.has(pre)) visit(pre, [...trail, id]);
		state.set(id, 'done');
	};
	for (const id of lessons.keys()) visit(id, []);
	return pending
		.filter((p) => cyclic.has(p.lesson.id))
		.map((p) => ({
			file: relative(process.cwd(), p.file),
			line: p.yaml.lineOf(['prerequisites']),
			message: `prerequisites of "${p.lesson.id}" loop back to it`
		}));
}

export function formatProblems(problems: Problem[]): string {
	return problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n');
}
