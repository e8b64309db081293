import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { Course } from '../content';
import { parseYaml, type LocatedYaml } from '../content/yaml-lines';
import { buildLessonQuiz, courseQuizSchema, DEFAULT_PASS_MARK } from './load';
import { lintCourseQuizzes } from './lint';
import type { Quiz } from './types';
import { readQuizTranslation, type QuizText } from './translations';
import { CONTENT_LOCALES } from '../content';

type Report = (file: string, line: number, message: string) => void;
type SchemaReport = (error: z.ZodError, yaml: LocatedYaml, file: string) => void;

const hash = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/**
 * Reads every quiz: a sidecar `NN-slug.quiz.yaml` beside a lesson, and an optional
 * `course.quiz.yaml` that draws from the course's lesson quizzes. Problems are reported with
 * the YAML line of the offending value.
 */
export function loadQuizzes(
	coursesRoot: string,
	courses: Course[],
	competencies: Set<string>,
	report: Report,
	schemaReport: SchemaReport
): Quiz[] {
	const quizzes: Quiz[] = [];
	const lines = new Map<string, { file: string; line: number }>();
	const lessonFiles = new Set(courses.flatMap((c) => c.lessons.map((l) => l.file)));

	for (const course of courses) {
		const lessonQuizzes: Quiz[] = [];
		// A lesson or lesson quiz with problems of its own leaves the course's pool short: the
		// course quiz's draw is then not reported as too large as well (one defect, one problem).
		let incomplete = false;
		for (const lesson of course.lessons) {
			const file = lesson.file.replace(/\.md$/, '.quiz.yaml');
			if (!existsSync(file)) continue;
			const source = readFileSync(file, 'utf8');
			const yaml = parseYaml(source);
			yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
			if (yaml.errors.length) {
				incomplete = true;
				continue;
			}
			const quiz = buildLessonQuiz(
				yaml,
				{
					lessonId: lesson.id,
					title: lesson.title,
					courseSlug: course.slug,
					version: hash(source),
					competencies,
					anchors: new Set(lesson.anchors)
				},
				(path, message) => {
					incomplete = true;
					report(file, yaml.lineOf(path), message);
				},
				(error) => {
					incomplete = true;
					schemaReport(error, yaml, file);
				}
			);
			if (quiz) {
				for (const locale of CONTENT_LOCALES) {
					const tfile = lesson.file.replace(/\.md$/, `.quiz.${locale}.yaml`);
					if (!existsSync(tfile)) continue;
					const tyaml = parseYaml(readFileSync(tfile, 'utf8'));
					tyaml.errors.forEach((e) => report(tfile, e.line, `YAML: ${e.message}`));
					if (tyaml.errors.length) continue;
					const anchors = lesson.translations[locale]?.anchors;
					const text = readQuizTranslation(
						tyaml,
						quiz,
						anchors ? new Set(anchors) : null,
						(path, message) => report(tfile, tyaml.lineOf(path), message)
					);
					if (text)
						(quiz.translations ??= {})[locale] = {
							...text,
							title: lesson.translations[locale]?.title
						};
				}
				lessonQuizzes.push(quiz);
				const list = ((yaml.value as { questions?: { id?: unknown }[] })?.questions ?? []).map(
					(q) => q?.id
				);
				for (const q of quiz.questions)
					lines.set(`${quiz.id}#${q.id}`, {
						file,
						line: yaml.lineOf(['questions', list.indexOf(q.id)])
					});
			}
		}
		quizzes.push(...lessonQuizzes);
		// Keys that length or wording give away, measured over the course's lesson quizzes.
		const courseMd = join(
			course.lessons[0]?.file.replace(/[\\/][^\\/]+$/, '') ?? coursesRoot,
			'course.md'
		);
		// A quiz with problems of its own is not in the pool: the shares would be of part of it.
		for (const p of incomplete ? [] : lintCourseQuizzes(course.slug, lessonQuizzes)) {
			const at = p.quiz && lines.get(`${p.quiz}#${p.question}`);
			report(at ? at.file : courseMd, at ? at.line : 1, p.message);
		}

		const dir = course.lessons[0]?.file.replace(/[\\/][^\\/]+$/, '');
		const courseFile = dir && join(dir, 'course.quiz.yaml');
		if (!courseFile || !existsSync(courseFile)) {
			if (dir)
				report(
					join(dir, 'course.md'),
					1,
					'has no course.quiz.yaml: every course ends with an assessment (a certificate needs it)'
				);
			continue;
		}
		// A lesson left out of the index (its own problems are reported) may have a quiz.
		const loaded = new Set(course.lessons.map((l) => l.file));
		if (
			readdirSafe(dir).some(
				(name) =>
					name.endsWith('.quiz.yaml') &&
					name !== 'course.quiz.yaml' &&
					!loaded.has(join(dir, name.replace(/\.quiz\.yaml$/, '.md'))) &&
					existsSync(join(dir, name.replace(/\.quiz\.yaml$/, '.md')))
			)
		)
			incomplete = true;
		const source = readFileSync(courseFile, 'utf8');
		const yaml = parseYaml(source);
		yaml.errors.forEach((e) => report(courseFile, e.line, `YAML: ${e.message}`));
		const parsed = courseQuizSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			if (!yaml.errors.length) schemaReport(parsed.error, yaml, courseFile);
			continue;
		}
		// Course questions are named lesson-slug/question-id: unique across the course.
		const pool = lessonQuizzes.flatMap((q) =>
			q.questions.map((question) => ({ ...question, id: `${q.id.split('/')[1]}/${question.id}` }))
		);
		if (!incomplete && parsed.data.draw > pool.length)
			report(
				courseFile,
				yaml.lineOf(['draw']),
				`draw is ${parsed.data.draw} but the course's lesson quizzes have only ${pool.length} questions`
			);
		quizzes.push({
			id: course.slug,
			kind: 'course',
			title: parsed.data.title ?? course.title,
			courseSlug: course.slug,
			// Any change to a lesson quiz changes the assessment too.
			version: hash(source + lessonQuizzes.map((q) => q.version).join()),
			passMark: parsed.data.pass_mark ?? DEFAULT_PASS_MARK,
			draw: Math.min(parsed.data.draw, pool.length),
			cooldownMinutes: parsed.data.cooldown_minutes,
			attemptsPerDay: parsed.data.attempts_per_day,
			questions: pool,
			translations: courseTranslations(courseFile, lessonQuizzes, report)
		});
	}

	// A quiz file with no lesson beside it is a typo waiting to be missed.
	for (const dir of readdirSafe(coursesRoot)) {
		const path = join(coursesRoot, dir);
		for (const name of readdirSafe(path)) {
			if (!name.endsWith('.quiz.yaml') || name === 'course.quiz.yaml') continue;
			const lessonFile = join(path, name.replace(/\.quiz\.yaml$/, '.md'));
			if (!lessonFiles.has(lessonFile) && !existsSync(lessonFile))
				report(
					join(path, name),
					1,
					`quiz has no lesson ${name.replace(/\.quiz\.yaml$/, '.md')} beside it`
				);
		}
	}
	return quizzes;
}

function readdirSafe(path: string): string[] {
	try {
		return readdirSync(path).sort();
	} catch {
		return [];
	}
}

/**
 * A course assessment in another language: only when every lesson quiz it draws from has that
 * translation (no assessment half in one language), with its title from course.quiz.<locale>.yaml
 * (a file of `title:` only).
 */
function courseTranslations(
	courseFile: string,
	lessonQuizzes: Quiz[],
	report: Report
): Quiz['translations'] {
	const out: NonNullable<Quiz['translations']> = {};
	for (const locale of CONTENT_LOCALES) {
		const file = courseFile.replace(/\.yaml$/, `.${locale}.yaml`);
		let title: string | undefined;
		if (existsSync(file)) {
			const yaml = parseYaml(readFileSync(file, 'utf8'));
			yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
			const value = yaml.value as Record<string, unknown> | null;
			for (const key of Object.keys(value ?? {}))
				if (key !== 'title')
					report(
						file,
						yaml.lineOf([key]),
						`"${key}" comes from the original; a translation carries only title`
					);
			if (typeof value?.title === 'string' && value.title.trim()) title = value.title.trim();
			else report(file, 1, 'title is missing or empty');
		}
		if (!lessonQuizzes.length || lessonQuizzes.some((q) => !q.translations?.[locale])) continue;
		const questions: QuizText['questions'] = {};
		for (const q of lessonQuizzes)
			for (const [id, text] of Object.entries(q.translations![locale]!.questions))
				questions[`${q.id.split('/')[1]}/${id}`] = text;
		out[locale] = { title, questions };
	}
	return out;
}
