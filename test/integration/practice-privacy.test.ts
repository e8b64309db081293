import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, type Db } from '../../src/lib/server/db';
import { competencyEvidence, teamMembers, teams, type User } from '../../src/lib/server/db/schema';
import { teamDashboard } from '../../src/lib/server/cockpit/dashboard';
import { evidenceCsv } from '../../src/lib/server/growth/csv';
import { growthView } from '../../src/lib/server/growth/view';
import { getRun, setShared, startRun } from '../../src/lib/server/roleplay/runs';
import { addPerson, testDb } from './db';
import { index, playMoves, scenario, strong } from './roleplay-fixture';

// Private practice stays private: every projection a lead or admin can reach, before and after
// the agent shares a run, and after they take it back.
const NOW = Date.UTC(2026, 11, 6, 12);

let db: Db;
let agent: User;
let teamId: number;
beforeEach(async () => {
	db = testDb();
	agent = await addPerson(db);
	const lead = await addPerson(db, { role: 'lead' });
	teamId = (
		await returned(db.insert(teams).values({ name: 'Phones', leadId: lead.id }).returning())
	).id;
	await exec(db.insert(teamMembers).values({ teamId, userId: agent.id }));
});

const playStrong = async (at: number) =>
	await playMoves(
		db,
		agent.id,
		(await startRun(db, agent.id, scenario, { now: at })).id,
		strong.moves,
		undefined,
		at + 1000
	);

/** Everything about the agent a coach can see, as text: if the run shows, it shows here. */
async function coachSees() {
	const record = await growthView(db, index, agent, null, 'coach', NOW);
	const dashboard = await teamDashboard(db, index, [teamId], NOW);
	return {
		levels: record.levels.map((l) => `${l.id}:${l.level}:${l.score}:${l.evidence}`).join(' '),
		roleplayOnTimeline: record.timeline.filter((e) => e.kind === 'roleplay').length,
		csvRoleplayRows: (await evidenceCsv(db, index, agent.id, 'coach'))
			.split('\r\n')
			.filter((l) => l.includes(',roleplay,')).length,
		heatMap: dashboard.members.find((m) => m.id === agent.id)!.levels.join(''),
		lastActive: dashboard.members.find((m) => m.id === agent.id)!.lastActive,
		recentRuns: dashboard.recentRuns.length
	};
}

describe('private practice', () => {
	it('appears nowhere a coach can see until shared, and disappears again when unshared', async () => {
		const before = await coachSees();
		expect(before).toMatchObject({ roleplayOnTimeline: 0, csvRoleplayRows: 0, recentRuns: 0 });
		expect(before.lastActive).toBeNull();

		const run = await playStrong(NOW - 3600_000);
		// Played, not shared: the coach's view has not moved at all.
		expect(await coachSees()).toEqual(before);
		// The agent's own record shows it, marked private, and counts it in their own levels.
		const own = await growthView(db, index, agent, null, 'self', NOW);
		expect(own.timeline.filter((e) => e.kind === 'roleplay')).toEqual([
			expect.objectContaining({ private: true, score: 90 })
		]);
		expect(own.levels.find((l) => l.id === 'ownership')!.evidence).toBeGreaterThan(0);
		expect(await evidenceCsv(db, index, agent.id, 'self')).toContain(',roleplay,');
		expect(await evidenceCsv(db, index, agent.id, 'self')).toContain(',private');

		await setShared(db, run, agent.id, true, NOW);
		const shared = await coachSees();
		expect(shared.roleplayOnTimeline).toBe(1);
		expect(shared.csvRoleplayRows).toBe(3);
		expect(shared.recentRuns).toBe(1);
		expect(shared.lastActive).not.toBeNull();
		expect(shared.levels).not.toEqual(before.levels);
		// (One run moves no level on the heat map: a level stands on the rungs below it. The
		// dashboard's runs and last activity above show it reacts to what is shared.)
		expect(
			await db.select().from(competencyEvidence).where(eq(competencyEvidence.runId, run.id))
		).toEqual(expect.arrayContaining([expect.objectContaining({ private: false })]));

		await setShared(db, (await getRun(db, run.id))!, agent.id, false, NOW);
		expect(await coachSees()).toEqual(before);
		expect(
			(await growthView(db, index, agent, null, 'self', NOW)).timeline.filter((e) => e.private)
		).toHaveLength(1);
	});
});
