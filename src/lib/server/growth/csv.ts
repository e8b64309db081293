import { and, asc, eq } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import type { Db } from '../db';
import { competencyEvidence, statements } from '../db/schema';
import type { Audience } from './record';

/** One CSV cell, quoted when needed and never readable as a spreadsheet formula. */
export const csvCell = (value: string | number) => {
	const s = String(value);
	// A leading =, +, - or @ runs as a formula in a spreadsheet, and so does one after a leading
	// tab or carriage return (which spreadsheets drop): prefix an apostrophe.
	const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
	return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/**
 * One person's competency evidence as CSV, oldest first: what the levels are computed from.
 * Their own export marks evidence from unshared practice as private; a coach's leaves it out.
 */
export async function evidenceCsv(
	db: Db,
	content: ContentIndex,
	userId: number,
	audience: Audience
): Promise<string> {
	const rows = await db
		.select({
			at: competencyEvidence.at,
			competency: competencyEvidence.competency,
			kind: competencyEvidence.kind,
			score: competencyEvidence.score,
			verb: statements.verb,
			objectType: statements.objectType,
			objectId: statements.objectId,
			private: competencyEvidence.private
		})
		.from(competencyEvidence)
		.innerJoin(statements, eq(statements.id, competencyEvidence.statementId))
		.where(
			and(
				eq(competencyEvidence.userId, userId),
				audience === 'coach' ? eq(competencyEvidence.private, false) : undefined
			)
		)
		.orderBy(asc(competencyEvidence.at));
	const names = new Map(content.competencies.map((c) => [c.id, c.name]));
	const header = ['date', 'competency', 'kind', 'score', 'activity_type', 'activity', 'verb'];
	const lines = [audience === 'self' ? [...header, 'visibility'] : header];
	for (const r of rows)
		lines.push([
			new Date(r.at).toISOString(),
			names.get(r.competency) ?? r.competency,
			r.kind,
			r.score.toFixed(3),
			r.objectType,
			r.objectId,
			r.verb,
			...(audience === 'self' ? [r.private ? 'private' : 'shared'] : [])
		]);
	return lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
