import { and, eq, lt } from 'drizzle-orm';
import { exec, one, type Db, type Tx } from '../db';
import { auditLog, pulseEntries, teams } from '../db/schema';
import { isoWeek } from '../morale/pulse';

/**
 * Whether a team has mood answers in weeks already closed at `now`: whether any figure that was
 * shown could contain them. The barometer's roll-ups (morale/rollup.ts) combine the teams of one
 * lead, so a team with such answers that changes lead, or is deleted, changes figures people may
 * have noted; the audit row says so, and those roll-ups start again from that week.
 */
export async function hadClosedAnswers(tx: Db | Tx, teamId: number, now: number) {
	return !!(await one(
		tx
			.select({ id: pulseEntries.id })
			.from(pulseEntries)
			.where(and(eq(pulseEntries.teamId, teamId), lt(pulseEntries.week, isoWeek(new Date(now)))))
			.limit(1)
	));
}

/**
 * Gives a team a new lead (or none) and notes it in the audit log with the lead before and
 * whether the team had answers in closed weeks. Every change of a team's lead goes through here.
 */
export async function changeLead(
	tx: Tx,
	teamId: number,
	leadId: number | null,
	actorId: number | null,
	now = Date.now()
) {
	const team = await one(
		tx.select({ leadId: teams.leadId }).from(teams).where(eq(teams.id, teamId))
	);
	if (!team) return false;
	await exec(tx.update(teams).set({ leadId }).where(eq(teams.id, teamId)));
	await exec(
		tx.insert(auditLog).values({
			actorId,
			action: 'team.lead',
			target: `team:${teamId}`,
			detail: {
				leadId,
				from: team.leadId,
				answered: team.leadId !== leadId && (await hadClosedAnswers(tx, teamId, now))
			},
			at: now
		})
	);
	return true;
}
