import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { markLimit, reviewTotal } from '../../review-total';
import { parseYaml, type LocatedYaml } from '../content/yaml-lines';
import { CONTENT_LOCALES, type ContentLocale } from '../content/locales';

type Report = (file: string, line: number, message: string) => void;
type SchemaReport = (error: z.ZodError, yaml: LocatedYaml, file: string) => void;

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const label = z.string().trim().min(1, 'must not be empty').max(160);

/**
 * A scorecard item is one of three kinds (CURRICULUM: quantifiable misses deduct, attitude only
 * adds, critical failures zero the review):
 * - `deduction`: `points` off for each miss, counted up to `max_count`;
 * - `bonus`: up to `points` added for warmth and attitude, never taken away;
 * - `critical`: present or not; present makes the whole review 0.
 */
const itemSchema = z.discriminatedUnion('kind', [
	z.object({
		id,
		kind: z.literal('deduction'),
		label,
		competency: z.string(),
		points: z.number().int().min(1).max(50),
		max_count: z.number().int().min(1).max(10).default(1)
	}),
	z.object({
		id,
		kind: z.literal('bonus'),
		label,
		competency: z.string(),
		points: z.number().int().min(1).max(20)
	}),
	z.object({ id, kind: z.literal('critical'), label, competency: z.string() })
]);

export const scorecardSchema = z.object({
	title: label,
	summary: z.string().trim().max(400).default(''),
	/** The score a clean interaction gets before bonuses; the review never goes above it. */
	max: z.number().int().min(10).max(1000).default(100),
	/** Score at or above which the interaction meets the standard. */
	pass_mark: z.number().int().min(0),
	sources: z.array(z.object({ seed: z.string(), section: z.coerce.string() })).min(1),
	sections: z
		.array(z.object({ id, label, items: z.array(itemSchema).min(1, 'has no items') }))
		.min(1, 'has no sections')
});

export type ScorecardItem = z.infer<typeof itemSchema>;
export interface Scorecard {
	id: string;
	title: string;
	summary: string;
	max: number;
	passMark: number;
	version: string;
	sections: { id: string; label: string; items: ScorecardItem[] }[];
	/** Its words in other languages (call-and-chat.zh-CN.yaml): labels by section and item id. */
	translations: Partial<
		Record<ContentLocale, { title: string; summary: string; labels: Record<string, string> }>
	>;
}

const words = z.string().trim().min(1, 'must not be empty').max(300);
/** A scorecard's translation: its words only, every section and item by id in the original's order. */
const scorecardTranslationSchema = z.strictObject({
	title: words,
	summary: z.string().trim().min(1, 'must not be empty').max(600),
	sections: z.array(
		z.strictObject({
			id: z.string(),
			label: words,
			items: z.array(z.strictObject({ id: z.string(), label: words }))
		})
	)
});

/** The card in the reader's language (labels from its translation), else the original. */
export function scorecardIn(card: Scorecard, locale: string): Scorecard {
	const t = card.translations[locale as ContentLocale];
	if (!t) return card;
	return {
		...card,
		title: t.title,
		summary: t.summary,
		sections: card.sections.map((s) => ({
			...s,
			label: t.labels[s.id] ?? s.label,
			items: s.items.map((i) => ({ ...i, label: t.labels[i.id] ?? i.label }))
		}))
	};
}

/** Reads content/scorecards/*.yaml; every problem goes to `report`, good cards are returned. */
export function loadScorecards(
	dir: string,
	competencies: Set<string>,
	report: Report,
	schemaReport: SchemaReport
): Scorecard[] {
	if (!existsSync(dir)) return [];
	const cards: Scorecard[] = [];
	const names = readdirSync(dir).sort();
	for (const name of names) {
		if (!name.endsWith('.yaml')) continue;
		const file = join(dir, name);
		const translation = name.match(/^(.+)\.([A-Za-z]{2}(?:-[A-Za-z0-9]+)*)\.yaml$/);
		if (translation) {
			const locale = CONTENT_LOCALES.find((l) => l === translation[2]);
			if (!locale)
				report(
					file,
					1,
					`"${translation[2]}" is not a language content is translated into (${CONTENT_LOCALES.join(', ')})`
				);
			else if (!names.includes(`${translation[1]}.yaml`))
				report(
					file,
					1,
					`translation without its original: there is no ${translation[1]}.yaml beside it`
				);
			continue;
		}
		const source = readFileSync(file, 'utf8');
		const yaml = parseYaml(source);
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		if (yaml.errors.length) continue;
		const parsed = scorecardSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			schemaReport(parsed.error, yaml, file);
			continue;
		}
		const card = parsed.data;
		let ok = true;
		const seen = new Set<string>();
		card.sections.forEach((section, s) => {
			if (seen.has(section.id)) {
				report(file, yaml.lineOf(['sections', s, 'id']), `duplicate id "${section.id}"`);
				ok = false;
			}
			seen.add(section.id);
			section.items.forEach((item, i) => {
				const at = (key: string) => yaml.lineOf(['sections', s, 'items', i, key]);
				if (seen.has(item.id)) {
					report(file, at('id'), `duplicate id "${item.id}"`);
					ok = false;
				}
				seen.add(item.id);
				if (competencies.size && !competencies.has(item.competency)) {
					report(file, at('competency'), `unknown competency "${item.competency}"`);
					ok = false;
				}
			});
		});
		const items = card.sections.flatMap((s) => s.items);
		if (!items.some((i) => i.kind === 'deduction')) {
			report(file, yaml.lineOf(['sections']), 'has no deduction item: nothing can lower a score');
			ok = false;
		}
		const worst = items.reduce(
			(sum, i) => sum + (i.kind === 'deduction' ? i.points * i.max_count : 0),
			0
		);
		if (card.pass_mark > card.max) {
			report(
				file,
				yaml.lineOf(['pass_mark']),
				`pass_mark ${card.pass_mark} is above max ${card.max}`
			);
			ok = false;
		} else if (card.max - worst >= card.pass_mark) {
			report(
				file,
				yaml.lineOf(['pass_mark']),
				`even every deduction at its maximum (${worst} points) leaves ${card.max - worst}, which still meets pass_mark ${card.pass_mark}`
			);
			ok = false;
		}
		if (ok)
			cards.push({
				id: name.replace(/\.yaml$/, ''),
				title: card.title,
				summary: card.summary,
				max: card.max,
				passMark: card.pass_mark,
				version: createHash('sha256').update(source).digest('hex').slice(0, 16),
				sections: card.sections,
				translations: readTranslations(dir, name, card.sections, report, schemaReport)
			});
	}
	return cards;
}

export { markLimit };

export interface ReviewScore {
	score: number;
	passed: boolean;
	critical: boolean;
	deducted: number;
	bonus: number;
	/**
	 * Per competency, 0–1: the share of its deduction and critical points kept, bonus points added
	 * on top (capped at 1). Every competency a critical item zeroes when one is marked.
	 */
	competencies: Record<string, number>;
}

/**
 * Scores marks against a card. The caller has checked every mark is an integer within
 * `markLimit`; unknown or missing items count as 0.
 */
export function scoreReview(card: Scorecard, marks: Record<string, number>): ReviewScore {
	const items = card.sections.flatMap((s) => s.items);
	const mark = (id: string) => marks[id] ?? 0;
	const critical = items.some((i) => i.kind === 'critical' && mark(i.id) > 0);
	let deducted = 0;
	let bonus = 0;
	const possible: Record<string, number> = {};
	const earned: Record<string, number> = {};
	for (const item of items) {
		possible[item.competency] ??= 0;
		earned[item.competency] ??= 0;
		if (item.kind === 'deduction') {
			const lost = item.points * mark(item.id);
			deducted += lost;
			possible[item.competency] += item.points * item.max_count;
			earned[item.competency] += item.points * item.max_count - lost;
		} else if (item.kind === 'bonus') {
			// Bonus only adds: warmth not shown is no evidence against the competency.
			bonus += mark(item.id);
			earned[item.competency] += mark(item.id);
		} else {
			possible[item.competency] += 1;
			earned[item.competency] += mark(item.id) > 0 ? 0 : 1;
		}
	}
	const { score } = reviewTotal(card.max, items, mark);
	const competencies: Record<string, number> = {};
	for (const c of Object.keys(possible)) {
		// A competency only bonus items touch is evidence only when a bonus was given.
		if (!possible[c] && !earned[c]) continue;
		competencies[c] = critical ? 0 : possible[c] ? Math.min(1, earned[c] / possible[c]) : 1;
	}
	return { score, passed: score >= card.passMark, critical, deducted, bonus, competencies };
}

/** A card's translations beside it: the same sections and items, by id and in order. */
function readTranslations(
	dir: string,
	name: string,
	sections: Scorecard['sections'],
	report: Report,
	schemaReport: SchemaReport
): Scorecard['translations'] {
	const out: Scorecard['translations'] = {};
	for (const locale of CONTENT_LOCALES) {
		const file = join(dir, name.replace(/\.yaml$/, `.${locale}.yaml`));
		if (!existsSync(file)) continue;
		const yaml = parseYaml(readFileSync(file, 'utf8'));
		yaml.errors.forEach((e) => report(file, e.line, `YAML: ${e.message}`));
		if (yaml.errors.length) continue;
		const parsed = scorecardTranslationSchema.safeParse(yaml.value ?? {});
		if (!parsed.success) {
			schemaReport(parsed.error, yaml, file);
			continue;
		}
		const shape = (list: { id: string; items: { id: string }[] }[]) =>
			list.map((s) => `${s.id}: ${s.items.map((i) => i.id).join(', ')}`).join('; ');
		if (shape(parsed.data.sections) !== shape(sections)) {
			report(
				file,
				yaml.lineOf(['sections']),
				`must have the original's sections and items, in its order: ${shape(sections)}`
			);
			continue;
		}
		const labels: Record<string, string> = {};
		for (const s of parsed.data.sections) {
			labels[s.id] = s.label;
			for (const i of s.items) labels[i.id] = i.label;
		}
		out[locale] = { title: parsed.data.title, summary: parsed.data.summary, labels };
	}
	return out;
}
