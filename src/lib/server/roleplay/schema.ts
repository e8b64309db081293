import { z } from 'zod';
import { sourceSchema } from '../content/schemas';
import { conceptSchema } from './lexicon';
import { BANDS, CHANNELS, EXAMPLE_KINDS, NEEDS, SCENARIO_AUDIENCES, TEMPERAMENTS } from './types';

export const id = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
export const text = (max: number) =>
	z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
	z.enum(values, {
		error: (issue) =>
			issue.input === undefined ? 'is missing' : `must be one of ${values.join(', ')}`
	});
const points = z
	.number()
	.int('must be a whole number')
	.min(-5, 'must be between -5 and 5')
	.max(5, 'must be between -5 and 5')
	.refine((n) => n !== 0, 'must not be 0');

export const paragraph = z
	.string({ error: 'is missing: every ending needs a debrief' })
	.trim()
	.min(1, 'is empty: every ending needs a debrief')
	.max(1500, 'must be at most 1500 characters');

/** Labelled typed replies, scored by content:check (in an original or a translation). */
export const examplesSchema = z
	.array(
		z
			.object({ band: z.enum(BANDS), kind: z.enum(EXAMPLE_KINDS).optional(), reply: text(1000) })
			.strict()
	)
	.default([]);

/** One debrief paragraph: always shown, or only `when`/`unless` a criterion was shown. */
export const debriefParagraph = z.union([
	paragraph,
	z.object({ text: paragraph, when: id.optional(), unless: id.optional() }).strict()
]);

export const scenarioSchema = z.object({
	language: z.enum(['en', 'zh']).default('en'),
	title: text(80),
	summary: text(300),
	difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: 'must be 1 (starter), 2 (intermediate) or 3 (advanced)'
	}),
	audience: oneOf(SCENARIO_AUDIENCES),
	channel: oneOf(CHANNELS),
	minutes: z.number().int().min(1).max(60),
	pass_mark: z.number().min(0.1).max(1),
	meter: z.string().optional(),
	lessons: z.array(z.string()).min(1, 'names no lesson').max(5),
	sources: z.array(sourceSchema).min(1, 'is empty: a scenario must cite its sources'),
	persona: z.object({
		name: text(60),
		temperament: oneOf(TEMPERAMENTS),
		need: oneOf(NEEDS),
		expectation: text(300),
		description: text(400),
		situation: text(600)
	}),
	criteria: z
		.array(
			z.object({
				id,
				label: text(80),
				competency: z.string(),
				weight: z.number().int().min(1).max(5),
				strong: text(300)
			})
		)
		.min(2, 'needs at least 2 criteria')
		.max(8, 'has more than 8 criteria'),
	variables: z
		.record(
			z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case ink variable name'),
			z.object({
				label: text(40),
				min: z.number().int(),
				max: z.number().int(),
				start: z.number().int()
			})
		)
		.default({}),
	/** What rude, dismissive, blaming or sarcastic wording in a typed reply costs. */
	tone: z.record(z.string(), points).optional(),
	/** The scenario's own concepts (beside the shared lexicon): phrases, or a full concept. */
	terms: z
		.record(id, z.union([z.array(z.string().trim().min(1).max(400)).min(1), conceptSchema]))
		.default({}),
	free: z
		.record(
			id,
			z.object({
				prompt: text(300),
				model: text(1000),
				min_words: z.number().int().min(1).max(40).optional(),
				rules: z
					.array(
						z
							.object({
								id,
								explain: text(200),
								any: z.array(z.string()).default([]),
								all: z.array(z.string()).default([]),
								within: z.enum(['sentence', 'reply']).default('reply'),
								negated: z.boolean().default(false),
								conditional: z.boolean().default(true),
								effects: z.record(z.string(), points)
							})
							.strict()
							.refine((r) => r.any.length + r.all.length > 0, {
								message: 'names no concept: give "any" or "all"',
								path: ['any']
							})
					)
					.min(1, 'has no rules'),
				examples: examplesSchema
			})
		)
		.default({}),
	endings: z.record(
		id,
		z.object({
			title: text(80),
			success: z.boolean(),
			/**
			 * Paragraphs; one that praises or names a behaviour says `when` (the criterion scored
			 * at least 70 %) or `unless` (it did not), so it only shows when the run did it.
			 */
			debrief: z.union(
				[paragraph, z.array(debriefParagraph).min(1, 'is empty: every ending needs a debrief')],
				{ error: 'is missing: every ending needs a debrief' }
			)
		})
	)
});
export type ScenarioYaml = z.infer<typeof scenarioSchema>;
