import { z } from 'zod';

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const text = (max: number) =>
	z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);

export const AUDIENCES = ['everyone', 'new-hire', 'lead'] as const;
export type Audience = (typeof AUDIENCES)[number];
// A missing audience says so, rather than that the (absent) value is not one of the three.
const audience = z.enum(AUDIENCES, {
	error: (issue) =>
		issue.input === undefined ? 'is missing' : `must be one of ${AUDIENCES.join(', ')}`
});

export const competencySchema = z.object({
	id,
	name: text(80),
	description: text(600),
	levels: z.object({ 0: text(300), 1: text(300), 2: text(300), 3: text(300), 4: text(300) }),
	sources: z.array(z.string()).optional()
});
export const competenciesSchema = z.array(competencySchema).min(1, 'lists no competencies');
/** competencies.zh-CN.yaml: each competency's words, by id, in the original's order. */
export const competencyTranslationsSchema = z.array(
	z.strictObject({
		id,
		name: text(80),
		description: text(600),
		levels: z.object({ 0: text(300), 1: text(300), 2: text(300), 3: text(300), 4: text(300) })
	})
);
export type Competency = z.infer<typeof competencySchema> & {
	/** Its words in other languages (competencies.zh-CN.yaml), by content locale. */
	translations?: Partial<
		Record<'zh-CN', { name: string; description: string; levels: Competency['levels'] }>
	>;
};

export const courseSchema = z.object({
	title: text(120),
	summary: text(400),
	audience,
	competencies: z.array(z.string()).min(1, 'names no competency'),
	order: z.number().int().min(0)
});

export const sourceSchema = z.object({ seed: text(120), section: z.coerce.string().trim().min(1) });

/**
 * A translation's frontmatter (NN-slug.zh-CN.md, course.zh-CN.md): its words only. Everything
 * else (minutes, competencies, sources, prerequisites, order) is the original's.
 */
export const translationSchema = z.strictObject(
	{ title: text(120), summary: text(400) },
	{
		error: (issue) =>
			issue.code === 'unrecognized_keys'
				? `a translation carries only title and summary; ${issue.keys.join(', ')} come from the original`
				: undefined
	}
);

export const lessonSchema = z.object({
	title: text(120),
	summary: text(400),
	minutes: z.number().int().min(1).max(120),
	competencies: z.array(z.string()).min(1, 'names no competency'),
	sources: z
		.array(sourceSchema, {
			error: (issue) =>
				issue.input === undefined ? 'is missing: a lesson must cite its sources' : undefined
		})
		.min(1, 'is empty: a lesson must cite its sources'),
	prerequisites: z.array(z.string()).optional()
});

export const pathSchema = z.object({
	title: text(120),
	summary: text(400),
	audience,
	// Each step is a whole course or, where one lesson of a course is what a new hire needs, a
	// single lesson (course-slug/lesson-slug).
	courses: z
		.array(
			z.union(
				[
					z.object({ course: z.string(), due_days: z.number().int().min(0).max(3650) }),
					z.object({ lesson: z.string(), due_days: z.number().int().min(0).max(3650) })
				],
				{ error: 'each step needs a course or a lesson, and due_days' }
			)
		)
		.min(1, 'lists no courses')
});
