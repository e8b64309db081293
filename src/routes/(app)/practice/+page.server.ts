import type { PageServerLoad } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { progressOf } from '$lib/server/record/lessons';
import { runsOf } from '$lib/server/roleplay/runs';
import { scenarioCard } from '$lib/server/roleplay/present';
import { scenarioIn } from '$lib/server/roleplay/editions';
import { dayIn, formatMoment } from '$lib/format';
import { openAssignmentsOf } from '$lib/server/cockpit/assignments';
import { competenciesIn } from '$lib/server/content/localize';

/**
 * Every scenario the person may play (lead scenarios for leads and admins), easiest first, with
 * their best result and any run in progress; filterable by competency and difficulty.
 */
export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const content = useContent();
	const db = useDb();
	const best = new Map(
		[...(await progressOf(db, user.id)).values()]
			.filter((p) => p.objectType === 'scenario')
			.map((p) => [p.objectId, p])
	);
	const runs = await runsOf(db, user.id);
	const open = new Set(runs.filter((r) => r.status === 'open').map((r) => r.scenarioId));
	const locale = event.locals.locale;
	const visible = content.scenarios
		.filter((s) => s.audience === 'agent' || user.role !== 'learner')
		.map((s) => scenarioIn(s, locale));
	const competency = event.url.searchParams.get('competency') ?? '';
	const difficulty = Number(event.url.searchParams.get('difficulty')) || 0;
	const shown = visible
		.filter((s) => !competency || s.competencies.includes(competency))
		.filter((s) => !difficulty || s.difficulty === difficulty)
		.sort((a, b) => a.difficulty - b.difficulty || a.title.localeCompare(b.title, locale));
	const titles = new Map(content.scenarios.map((s) => [s.id, scenarioIn(s, locale).title]));
	return {
		assigned: await openAssignmentsOf(db, content, user.id, dayIn(Date.now()), ['scenario']),
		filter: { competency, difficulty },
		competencies: competenciesIn(content, locale)
			.filter((c) => visible.some((s) => s.competencies.includes(c.id)))
			.map((c) => ({ id: c.id, name: c.name })),
		total: visible.length,
		scenarios: shown.map((s) => {
			const p = best.get(s.id);
			const card = scenarioCard(s, content, locale);
			return {
				id: card.id,
				title: card.title,
				summary: card.summary,
				difficulty: card.difficulty,
				audience: card.audience,
				channel: card.channel,
				minutes: card.minutes,
				persona: { name: card.persona.name, temperament: card.persona.temperament },
				competencies: card.competencies,
				best: p?.bestScore != null ? Math.round(p.bestScore * 100) : null,
				passed: p?.status === 'completed',
				attempts: p?.attempts ?? 0,
				inProgress: open.has(s.id)
			};
		}),
		recent: runs
			.filter((r) => r.status !== 'abandoned' && titles.has(r.scenarioId))
			.slice(0, 5)
			.map((r) => ({
				id: r.id,
				title: titles.get(r.scenarioId)!,
				status: r.status,
				score: r.score === null ? null : Math.round(r.score * 100),
				passed: !!r.passed,
				shared: r.sharedAt !== null,
				at: formatMoment(r.finishedAt ?? r.startedAt)
			}))
	};
};
