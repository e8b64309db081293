import { asc, eq } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import type { Db } from '../db';
import { competencyEvidence, statements } from '../db/schema';

const cell = (value: string | number) => {
	const s = String(value);
	// Quote when needed; a leading =, +, - or @ could run as a formula in a spreadsheet.
	const safe = /^[=+\-@]/.test(s) ? `'${s}` : s;
	return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** One person's competency evidence as CSV, oldest first: what the levels are computed from. */
export function evidenceCsv(db: Db, content: ContentIndex, userId: number): string {
	const rows = db
		.select({
			at: competencyEvidence.at,
			competency: competencyEvidence.competency,
			kind: competencyEvidence.kind,
			score: competencyEvidence.score,
			verb: statements.verb,
			objectType: statements.objectType,
			objectId: statements.objectId
		})
		.from(competencyEvidence)
		.innerJoin(statements, eq(statements.id, competencyEvidence.statementId))
		.where(eq(competencyEvidence.userId, userId))
		.orderBy(asc(competencyEvidence.at))
		.all();
	const names = new Map(content.competencies.map((c) => [c.id, c.name]));
	const lines = [['date', 'competency', 'kind', 'score', 'activity_type', 'activity', 'verb']];
	for (const r of rows)
		lines.push([
			new Date(r.at).toISOString(),
			names.get(r.competency) ?? r.competency,
			r.kind,
			r.score.toFixed(3),
			r.objectType,
			r.objectId,
			r.verb
		]);
	return lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
