import type { ContentIndex } from '../content';
import type { RoleplayRun } from '../db/schema';
import { scoreRun, type Decision } from './scoring';
import type { Scenario } from './types';

const pct = (n: number) => Math.round(n * 100);

/** The public face of a scenario: what a learner may read before and during a run. */
export function scenarioCard(scenario: Scenario, content: ContentIndex) {
	const names = new Map(content.competencies.map((c) => [c.id, c.name]));
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
			return lesson ? [{ href: `/learn/${id}`, title: lesson.title }] : [];
		})
	};
}

/**
 * The debrief of a finished run: the ending, each criterion with the decisions that moved it,
 * the weakest moment with what a strong agent would have done, and how each typed reply was
 * read. Only for the run's owner and the leads it was shared with.
 */
export function debriefOf(run: RoleplayRun, scenario: Scenario) {
	const decisions = run.decisions as Decision[];
	const ending = run.ending ? scenario.endings.get(run.ending) : undefined;
	const result = scoreRun(scenario, decisions, ending?.success ?? false);
	const weakest = decisions.find((d) => d.step === result.weakest);
	let better: { text: string; why: string | null } | null = null;
	if (weakest?.kind === 'choice') {
		const best = weakest.offered.find((o) => o.value === weakest.best)!;
		better = { text: best.text, why: best.note ?? null };
	} else if (weakest?.kind === 'free') {
		const step = scenario.free.get(weakest.free ?? '');
		better = step ? { text: step.model, why: null } : null;
	}
	return {
		ending: ending
			? { id: ending.id, title: ending.title, success: ending.success, debrief: ending.debrief }
			: null,
		score: pct(result.score),
		passMark: pct(scenario.passMark),
		passed: result.passed,
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
			.map((d) => ({
				step: d.step,
				line: d.line,
				text: d.response,
				matched: (d.rules ?? [])
					.filter((r) => r.matched)
					.map((r) => ({ explain: r.explain, good: Object.values(r.points).some((p) => p > 0) })),
				missed: (d.rules ?? [])
					.filter((r) => !r.matched && Object.values(r.points).some((p) => p > 0))
					.map((r) => r.explain)
			}))
	};
}
export type Debrief = ReturnType<typeof debriefOf>;
