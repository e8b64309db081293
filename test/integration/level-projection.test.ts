import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { returned, exec, one, type Db } from '../../src/lib/server/db';
import {
	competencyEvidence,
	statements,
	teamMembers,
	teams,
	users
} from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/org/demo';
import { playDemoHistory } from '../../src/lib/server/org/demo-history';
import { teamDashboard } from '../../src/lib/server/cockpit/dashboard';
import { growthView } from '../../src/lib/server/growth/view';
import {
	talliesOf,
	type Evidence,
	type EvidenceKind
} from '../../src/lib/server/growth/competency';
import { addPerson, testDb } from './db';
import { realContent } from './real-content';

// competency_tallies (migration 0011) is a projection of competency_evidence kept by triggers:
// whatever is written, it must equal the sums taken afresh from the evidence, and the levels a
// lead sees on /team (read from it) must be the levels the agent's record shows.

const DAY = 86_400_000;
const NOW = Date.parse('2026-03-01T12:00:00Z');
const content = realContent();

type Row = { userId: number; private: number; competency: string; kind: EvidenceKind };
type Sums = Row & { n: number; weight: number; weighted: number };

/** The projection, its weights brought to `now`, keyed by person, privacy, competency, kind. */
async function projected(db: Db, now: number): Promise<Map<string, Sums>> {
	const rows = (await db.$client
		.prepare(
			`select user_id as userId, private, competency, kind, n,
				w * pow(0.5, max(0, ? - t0) / 7776000000.0) as weight,
				ws * pow(0.5, max(0, ? - t0) / 7776000000.0) as weighted
			from competency_tallies`
		)
		.all(now, now)) as Sums[];
	return new Map(rows.map((r) => [`${r.userId}/${r.private}/${r.competency}/${r.kind}`, r]));
}

/** The same sums, taken afresh in JavaScript from every piece of evidence. */
async function fresh(db: Db, now: number): Promise<Map<string, Sums>> {
	const groups = new Map<string, { row: Row; evidence: Evidence[] }>();
	for (const e of await db.select().from(competencyEvidence)) {
		const row = {
			userId: e.userId,
			private: e.private ? 1 : 0,
			competency: e.competency,
			kind: e.kind
		};
		const key = `${row.userId}/${row.private}/${row.competency}/${row.kind}`;
		const group = groups.get(key) ?? { row, evidence: [] };
		group.evidence.push(e);
		groups.set(key, group);
	}
	return new Map(
		[...groups].map(([key, { row, evidence }]) => [
			key,
			{ ...row, ...talliesOf(evidence, now)[row.kind]! }
		])
	);
}

function expectSame(actual: Map<string, Sums>, expected: Map<string, Sums>) {
	expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
	for (const [key, want] of expected) {
		const got = actual.get(key)!;
		expect(got.n, key).toBe(want.n);
		expect(got.weight, key).toBeCloseTo(want.weight, 9);
		expect(got.weighted, key).toBeCloseTo(want.weighted, 9);
	}
}

/** The backfill at the end of the migration: what an existing database starts with. */
function backfill(db: Db) {
	const migration = readFileSync('drizzle/0011_competency_tallies.sql', 'utf8');
	const last = migration.split('--> statement-breakpoint').at(-1)!;
	expect(last).toMatch(/INSERT INTO `competency_tallies`/);
	db.$client.exec('delete from competency_tallies');
	db.$client.exec(last);
}

describe('competency_tallies over the demo organisation', () => {
	let db: Db;
	beforeAll(async () => {
		db = testDb();
		await seedDemoIfEmpty(db, new Date(NOW));
		await playDemoHistory(db, content, NOW);
	}, 60_000);

	it('equals the sums taken afresh, now and a year on', async () => {
		expect((await db.select().from(competencyEvidence)).length).toBeGreaterThan(50);
		for (const at of [NOW, NOW + 365 * DAY])
			expectSame(await projected(db, at), await fresh(db, at));
	});

	it('shows a lead the same levels on /team as on each agent’s record', async () => {
		const everyTeam = (await db.select().from(teams)).map((t) => t.id);
		for (const at of [NOW, NOW + 60 * DAY]) {
			const dashboard = await teamDashboard(db, content, everyTeam, at);
			expect(dashboard.members.length).toBeGreaterThan(4);
			for (const member of dashboard.members) {
				const agent = (await one(db.select().from(users).where(eq(users.id, member.id))))!;
				const record = await growthView(db, content, agent, null, 'coach', at);
				expect(member.levels, agent.email).toEqual(record.levels.map((l) => l.level));
			}
		}
	});

	it('is what the migration’s backfill computes for a database that already has evidence', async () => {
		const kept = await projected(db, NOW);
		backfill(db);
		expectSame(await projected(db, NOW), kept);
	});
});

describe('competency_tallies under every kind of write', () => {
	it('adds, moves on sharing, follows a new score, and forgets deleted evidence', async () => {
		const db = testDb();
		const agent = await addPerson(db);
		const other = await addPerson(db);
		const team = (
			await returned(db.insert(teams).values({ name: 'Phones', leadId: null }).returning())
		).id;
		await exec(db.insert(teamMembers).values({ teamId: team, userId: agent.id }));
		let serial = 0;
		const add = async (
			userId: number,
			kind: EvidenceKind,
			score: number,
			at: number,
			isPrivate = false
		) => {
			const id = `s-${++serial}`;
			await exec(
				db.insert(statements).values({
					id,
					actorId: userId,
					verb: 'answered',
					objectType: 'quiz',
					objectId: 'q',
					timestamp: at
				})
			);
			return (
				await returned(
					db
						.insert(competencyEvidence)
						.values({
							userId,
							competency: 'empathy',
							kind,
							score,
							statementId: id,
							runId: isPrivate ? 'run-1' : null,
							private: isPrivate,
							at
						})
						.returning()
				)
			).id;
		};
		const check = async () => {
			for (const at of [NOW, NOW + 200 * DAY])
				expectSame(await projected(db, at), await fresh(db, at));
		};

		// Out of order in time: an older piece after a newer one keeps the row's newest time.
		await add(agent.id, 'quiz', 0.8, NOW - 10 * DAY);
		await add(agent.id, 'quiz', 0.4, NOW - 400 * DAY);
		await add(agent.id, 'quiz', 1, NOW - DAY);
		// The rungs below proficient: a lesson, another answer, one observed session.
		await add(agent.id, 'lesson', 1, NOW - DAY);
		await add(agent.id, 'quiz', 1, NOW - DAY);
		await add(agent.id, 'observed', 0.9, NOW - DAY);
		const run = await add(agent.id, 'roleplay', 0.9, NOW - 2 * DAY, true);
		await add(other.id, 'roleplay', 0.5, NOW);
		await check();
		expect((await projected(db, NOW)).get(`${agent.id}/1/empathy/roleplay`)!.n).toBe(1);
		// Unshared, the run is not the lead's: one observed session is not yet proficiency.
		expect((await teamDashboard(db, content, [team], NOW)).members[0].levels).not.toContain(3);

		// Sharing the run moves its evidence from the private row to the shared one.
		await exec(
			db.update(competencyEvidence).set({ private: false }).where(eq(competencyEvidence.id, run))
		);
		await check();
		expect((await projected(db, NOW)).has(`${agent.id}/1/empathy/roleplay`)).toBe(false);
		expect((await teamDashboard(db, content, [team], NOW)).members[0].levels).toContain(3);

		// A new score (a contested reply decided again) is what the row sums.
		await exec(
			db.update(competencyEvidence).set({ score: 0.2 }).where(eq(competencyEvidence.id, run))
		);
		await check();

		await exec(db.delete(competencyEvidence).where(eq(competencyEvidence.id, run)));
		await check();
		expect((await projected(db, NOW)).has(`${agent.id}/0/empathy/roleplay`)).toBe(false);

		// Many rows at once (one statement, a trigger per row).
		await exec(db.delete(competencyEvidence).where(eq(competencyEvidence.userId, other.id)));
		await check();
		expect([...(await projected(db, NOW)).values()].some((r) => r.userId === other.id)).toBe(false);
	});

	it('keeps weights finite and exact across decades (each row is relative to its newest piece)', async () => {
		const db = testDb();
		const agent = await addPerson(db);
		const YEAR = 365 * DAY;
		let serial = 0;
		for (const at of [0, 30 * YEAR, 60 * YEAR, 60 * YEAR + DAY]) {
			const id = `old-${++serial}`;
			await exec(
				db.insert(statements).values({
					id,
					actorId: agent.id,
					verb: 'answered',
					objectType: 'quiz',
					objectId: 'q',
					timestamp: at
				})
			);
			await exec(
				db.insert(competencyEvidence).values({
					userId: agent.id,
					competency: 'empathy',
					kind: 'quiz',
					score: 0.7,
					statementId: id,
					at
				})
			);
		}
		const later = 60 * YEAR + 2 * DAY;
		const row = (await projected(db, later)).get(`${agent.id}/0/empathy/quiz`)!;
		expect(Number.isFinite(row.weight)).toBe(true);
		expectSame(await projected(db, later), await fresh(db, later));
		expect(row.weighted / row.weight).toBeCloseTo(0.7, 12);
	});
});
