import type { ContentIndex } from '../content';
import type { ReplyReview, RoleplayRun } from '../db/schema';
import { scoreRun, type Decision } from './scoring';
import { competenciesIn, lessonIn } from '../content/localize';
import type { Scenario } from './types';

const pct = (n: number) => Math.round(n * 100);

/** The public face of a scenario: what a learner may read before and during a run. */
export function scenarioCard(scenario: Scenario, content: ContentIndex, locale = 'en') {
	const names = new Map(competenciesIn(content, locale).map((c) => [c.id, c.name]));
	return {
		id: scenario.id,
		title: scenario.title,
		summary: scenario.summary,
		difficulty: scenario.difficulty,
		audience: scenario.audience,
		channel: scenario.channel,
		minutes: scenario.minutes,
		passMark: pct(scenario.passMark),
		persona: scenario.persona,
		competencies: scenario.competencies.map((id) => ({ id, name: names.get(id) ?? id })),
		criteria: scenario.criteria.map((c) => ({ id: c.id, label: c.label })),
		lessons: scenario.lessons.flatMap((id) => {
			const lesson = content.lesson(id);
			return lesson ? [{ href: `/learn/${id}`, title: lessonIn(lesson, locale).title }] : [];
		})
	};
}

/** A criterion counts as shown (for an ending's `when:` paragraphs) at this score. */
export const SHOWN = 0.7;

/**
 * The debrief of a finished run: the verdict (the ending and the pass mark, both said), the
 * ending's paragraphs that fit what the run did, each criterion with the decisions that moved
 * it, the weakest moment with what a strong agent would have done, and how each typed reply was
 * read (rules met and missed, tone, form, a lead's re-score or a contest). Only for the run's
 * owner and the leads it was shared with.
 */
export function debriefOf(
	run: RoleplayRun,
	scenario: Scenario,
	reviews: Map<number, ReplyReview> = new Map()
) {
	const decisions = run.decisions as Decision[];
	const ending = run.ending ? scenario.endings.get(run.ending) : undefined;
	const result = scoreRun(scenario, decisions, ending?.success ?? false);
	const scoreOf = new Map(result.criteria.map((c) => [c.id, c.score]));
	const shown = (id: string) => (scoreOf.get(id) ?? 0) >= SHOWN;
	const weakest = decisions.find((d) => d.step === result.weakest);
	let better: { text: string; why: string | null } | null = null;
	if (weakest?.kind === 'choice') {
		const best = weakest.offered.find((o) => o.value === weakest.best)!;
		better = { text: best.text, why: best.note ?? null };
	} else if (weakest?.kind === 'free') {
		const step = scenario.free.get(weakest.free ?? '');
		better = step ? { text: step.model, why: null } : null;
	}
	const good = ending?.success ?? false;
	const reachedMark = result.score >= scenario.passMark;
	// What held the run back: the assessed criteria below the bar, weakest first.
	const short = result.criteria
		.filter((c) => c.score !== null && c.score < SHOWN)
		.sort((a, b) => a.score! - b.score!)
		.slice(0, 2)
		.map((c) => ({ label: c.label, score: pct(c.score!) }));
	return {
		ending: ending
			? {
					id: ending.id,
					title: ending.title,
					success: ending.success,
					paragraphs: ending.debrief
						.filter((p) => (!p.when || shown(p.when)) && (!p.unless || !shown(p.unless)))
						.map((p) => p.text)
				}
			: null,
		score: pct(result.score),
		passMark: pct(scenario.passMark),
		passed: result.passed,
		verdict: {
			goodEnding: good,
			reachedMark,
			reason: result.passed
				? ('passed' as const)
				: good
					? ('mark' as const)
					: reachedMark
						? ('ending' as const)
						: ('both' as const),
			short
		},
		criteria: result.criteria.map((c) => ({
			id: c.id,
			label: c.label,
			strong: c.strong,
			score: c.score === null ? null : pct(c.score),
			evidence: c.evidence
		})),
		weakest: weakest
			? {
					step: weakest.step,
					line: weakest.line,
					said: weakest.response,
					why: weakest.kind === 'choice' ? (weakest.note ?? null) : null,
					better
				}
			: null,
		replies: decisions
			.filter((d) => d.kind === 'free')
			.map((d) => {
				const review = reviews.get(d.step);
				const read =
					d.rescored?.from ?? (d.best > 0 ? Math.max(0, Math.min(1, d.value / d.best)) : 0);
				return {
					step: d.step,
					line: d.line,
					text: d.response,
					score: pct(read),
					matched: (d.rules ?? [])
						.filter((r) => r.matched)
						.map((r) => ({
							explain: r.explain,
							good: Object.values(r.points).some((p) => p > 0),
							quotes: (r.found ?? []).map((f) => f.text)
						})),
					missed: (d.rules ?? [])
						.filter((r) => !r.matched && Object.values(r.points).some((p) => p > 0))
						.map((r) => r.explain),
					tone: d.tone ?? [],
					form: d.form ?? [],
					rescored: d.rescored
						? { score: pct(d.rescored.score), reason: d.rescored.reason, at: d.rescored.at }
						: null,
					review: review
						? {
								status: review.status,
								contestReason: review.contestReason,
								reviewReason: review.reviewReason
							}
						: null
				};
			})
	};
}
export type Debrief = ReturnType<typeof debriefOf>;
