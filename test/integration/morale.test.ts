import { asc, count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, one, serially, type Db } from '../../src/lib/server/db';
import {
	caseReactions,
	kudos,
	learningCases,
	pulseEntries,
	pulseSubmissions,
	suggestions,
	teamMembers,
	teams,
	type User
} from '../../src/lib/server/db/schema';
import { teamRole, teamsFor } from '../../src/lib/server/morale/access';
import {
	CASE_BODY_MAX,
	CASE_TITLE_MAX,
	publishCase,
	teamCases,
	toggleReaction
} from '../../src/lib/server/morale/cases';
import { giveKudos, KUDOS_MAX, kudosReceived, teamWall } from '../../src/lib/server/morale/kudos';
import {
	closedWeeks,
	hasAnswered,
	isoWeek,
	MIN_ANSWERS,
	MOOD_COMMENT_MAX,
	recordMood,
	teamBlocks,
	teamMood,
	teamSize
} from '../../src/lib/server/morale/pulse';
import {
	answerSuggestion,
	REPLY_MAX,
	SUGGESTION_MAX,
	submitSuggestion,
	teamSuggestions
} from '../../src/lib/server/morale/suggestions';
import { addPerson, counts, domainErrorOf, domainFailureOf, testDb } from './db';

let db: Db;
beforeEach(() => {
	db = testDb();
});

const WEEK_MS = 7 * 86_400_000;
/** Tuesday of 2026-W48. */
const NOW = new Date('2026-11-24T10:00:00Z');
const W48 = '2026-W48';
const nextWeek = (d: Date, n = 1) => new Date(d.getTime() + n * WEEK_MS);

/** Every table the morale domain writes, plus the rest, to show a refusal wrote nothing. */
async function allCounts() {
	const n = async (
		table:
			| typeof pulseEntries
			| typeof pulseSubmissions
			| typeof kudos
			| typeof suggestions
			| typeof learningCases
			| typeof caseReactions
	) => (await one(db.select({ n: count() }).from(table)))!.n;
	return {
		...(await counts(db)),
		pulseEntries: await n(pulseEntries),
		pulseSubmissions: await n(pulseSubmissions),
		kudos: await n(kudos),
		suggestions: await n(suggestions),
		learningCases: await n(learningCases),
		caseReactions: await n(caseReactions)
	};
}

/** A team with a lead and `size` learners, inserted directly (a fixture, not the code under test). */
async function makeTeam(name: string, size = 3) {
	const lead = await addPerson(db, { role: 'lead' });
	const team = await returned(db.insert(teams).values({ name, leadId: lead.id }).returning());
	const members = await serially(Array.from({ length: size }), () => addPerson(db));
	for (const m of members)
		await exec(db.insert(teamMembers).values({ teamId: team.id, userId: m.id }));
	return { team, lead, members };
}

const sqlite = () => db.$client;
const columnsOf = async (table: string) =>
	((await sqlite().prepare(`PRAGMA table_info(${table})`).all()) as { name: string }[]).map(
		(c) => c.name
	);

describe('recordMood', () => {
	it('writes one submission (who) and one entry (what), and returns the week', async () => {
		const { team, members } = await makeTeam('Phone');
		const [ann] = members;
		expect(await hasAnswered(db, ann.id, team.id, W48)).toBe(false);
		const before = await allCounts();

		expect(await recordMood(db, ann.id, team.id, 4, '  Busy but fine  ', NOW)).toBe(W48);

		expect(await allCounts()).toEqual({
			...before,
			pulseSubmissions: before.pulseSubmissions + 1,
			pulseEntries: before.pulseEntries + 1
		});
		expect(await db.select().from(pulseSubmissions)).toEqual([
			{ week: W48, teamId: team.id, userId: ann.id }
		]);
		expect(await db.select().from(pulseEntries)).toEqual([
			{ id: expect.any(String), teamId: team.id, week: W48, mood: 4, comment: 'Busy but fine' }
		]);
		expect(await hasAnswered(db, ann.id, team.id, W48)).toBe(true);
	});

	it('stores a blank comment as null', async () => {
		const { team, members } = await makeTeam('Phone');
		await recordMood(db, members[0].id, team.id, 3, '   ', NOW);
		expect(await one(db.select({ comment: pulseEntries.comment }).from(pulseEntries))).toEqual({
			comment: null
		});
	});

	it('writes both rows in one transaction: if the entry fails, no submission is left', async () => {
		const { team, members } = await makeTeam('Phone');
		sqlite().exec(
			`CREATE TRIGGER pulse_entries_fail BEFORE INSERT ON pulse_entries
			 BEGIN SELECT RAISE(ABORT, 'entry refused'); END`
		);
		const before = await allCounts();
		await expect(recordMood(db, members[0].id, team.id, 4, '', NOW)).rejects.toThrow(
			'entry refused'
		);
		expect(await allCounts()).toEqual(before);
		expect(await hasAnswered(db, members[0].id, team.id, W48)).toBe(false);

		// With the fault gone the same person can still answer: nothing half-written blocks them.
		sqlite().exec('DROP TRIGGER pulse_entries_fail');
		await recordMood(db, members[0].id, team.id, 4, '', NOW);
		expect((await allCounts()).pulseEntries).toBe(before.pulseEntries + 1);
	});

	it('refuses a second mood in the same week for the same team, writing nothing', async () => {
		const { team, members } = await makeTeam('Phone');
		const [ann] = members;
		await recordMood(db, ann.id, team.id, 4, 'first', NOW);
		const before = await allCounts();
		const entries = await db.select().from(pulseEntries);

		// Later the same ISO week (Sunday night), another mood and comment.
		const sunday = new Date('2026-11-29T23:00:00Z');
		expect(
			await domainFailureOf(async () => await recordMood(db, ann.id, team.id, 1, 'second', sunday))
		).toEqual({
			key: 'mood_already',
			status: 409
		});
		expect(await allCounts()).toEqual(before);
		expect(await db.select().from(pulseEntries)).toEqual(entries);
	});

	it('lets the same person answer for another team in the same week', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat', 0);
		const ann = a.members[0];
		await exec(db.insert(teamMembers).values({ teamId: b.team.id, userId: ann.id }));
		await recordMood(db, ann.id, a.team.id, 4, '', NOW);
		await recordMood(db, ann.id, b.team.id, 2, '', NOW);
		expect(await allCounts()).toMatchObject({ pulseEntries: 2, pulseSubmissions: 2 });
	});

	it('works again the next week', async () => {
		const { team, members } = await makeTeam('Phone');
		const [ann] = members;
		await recordMood(db, ann.id, team.id, 4, '', NOW);
		expect(await recordMood(db, ann.id, team.id, 2, '', nextWeek(NOW))).toBe('2026-W49');
		expect(
			await db
				.select({ week: pulseEntries.week, mood: pulseEntries.mood })
				.from(pulseEntries)
				.orderBy(asc(pulseEntries.week))
		).toEqual([
			{ week: W48, mood: 4 },
			{ week: '2026-W49', mood: 2 }
		]);
	});

	it.each([0, 6, 2.5, NaN, -1, Infinity])('refuses mood %s, writing nothing', async (mood) => {
		const { team, members } = await makeTeam('Phone');
		const before = await allCounts();
		expect(
			await domainFailureOf(async () => await recordMood(db, members[0].id, team.id, mood, '', NOW))
		).toEqual({
			key: 'mood_invalid',
			status: 422
		});
		expect(await allCounts()).toEqual(before);
	});

	it('accepts every mood from 1 to 5', async () => {
		const { team, members } = await makeTeam('Phone', 5);
		await serially(members, async (m, i) => await recordMood(db, m.id, team.id, i + 1, '', NOW));
		expect(
			(await db.select({ mood: pulseEntries.mood }).from(pulseEntries)).map((e) => e.mood).sort()
		).toEqual([1, 2, 3, 4, 5]);
	});

	it('refuses a comment over the limit, writing nothing; the limit itself is fine', async () => {
		const { team, members } = await makeTeam('Phone');
		const before = await allCounts();
		expect(
			await domainErrorOf(
				async () =>
					await recordMood(db, members[0].id, team.id, 3, 'x'.repeat(MOOD_COMMENT_MAX + 1), NOW)
			)
		).toBe('mood_comment_too_long');
		expect(await allCounts()).toEqual(before);
		await recordMood(db, members[0].id, team.id, 3, 'x'.repeat(MOOD_COMMENT_MAX), NOW);
		expect((await allCounts()).pulseEntries).toBe(before.pulseEntries + 1);
	});

	it('has a database CHECK on the mood as a last line of defence', async () => {
		const { team } = await makeTeam('Phone');
		for (const mood of [0, 6])
			await expect(
				exec(
					db
						.insert(pulseEntries)
						.values({ id: crypto.randomUUID(), teamId: team.id, week: W48, mood })
				)
			).rejects.toThrow(/CHECK constraint failed/);
	});
});

describe('mood entries cannot be joined to users', () => {
	it('(a) pulse_entries holds team, week, mood and comment only; its only reference is the team', async () => {
		expect(await columnsOf('pulse_entries')).toEqual(['id', 'team_id', 'week', 'mood', 'comment']);
		const fks = (await sqlite().prepare('PRAGMA foreign_key_list(pulse_entries)').all()) as {
			table: string;
			from: string;
			to: string;
		}[];
		expect(fks.map((f) => ({ table: f.table, from: f.from, to: f.to }))).toEqual([
			{ table: 'teams', from: 'team_id', to: 'id' }
		]);
		// No index ties entries to anything else either.
		const indexed = (
			sqlite().prepare('PRAGMA index_list(pulse_entries)').all() as { name: string }[]
		).flatMap((i) =>
			(sqlite().prepare(`PRAGMA index_info('${i.name}')`).all() as { name: string }[]).map(
				(c) => c.name
			)
		);
		expect(indexed.every((c) => ['id', 'team_id', 'week'].includes(c))).toBe(true);
	});

	it('(b) neither table has a rowid, so the storage order cannot be read back', async () => {
		for (const table of ['pulse_entries', 'pulse_submissions']) {
			expect(() => sqlite().prepare(`SELECT rowid FROM ${table}`).all()).toThrow(
				/no such column: rowid/
			);
			expect(() => sqlite().prepare(`SELECT _rowid_, oid FROM ${table}`).all()).toThrow(
				/no such column/
			);
			const ddl = (await sqlite()
				.prepare(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?`)
				.get(table)) as { sql: string };
			expect(ddl.sql).toMatch(/\)\s*WITHOUT ROWID$/i);
		}
	});

	it('(c) entry ids are random UUIDv4s: they carry no time and no answer order', async () => {
		const uuidV4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
		const orderedAsAnswered: boolean[] = [];
		for (let run = 0; run < 5; run++) {
			db = testDb();
			const { team, members } = await makeTeam('Phone', 6);
			// Six people answer in a known order, each with a different mood or comment.
			const answered = await serially(members, async (m, i) => {
				const mood = (i % 5) + 1;
				const comment = `answer ${i}`;
				await recordMood(db, m.id, team.id, mood, comment, NOW);
				return `${mood}:${comment}`;
			});
			const stored = await db.select().from(pulseEntries).orderBy(asc(pulseEntries.id));
			for (const e of stored) {
				expect(e.id).toMatch(uuidV4);
				expect(e.id.charAt(14)).toBe('4');
			}
			expect(stored.map((e) => `${e.mood}:${e.comment}`).sort()).toEqual([...answered].sort());
			// A full scan comes back in key order too, so it tells no more than ORDER BY id.
			const scanned = (
				(await sqlite().prepare('SELECT id FROM pulse_entries').all()) as { id: string }[]
			).map((r) => r.id);
			expect(scanned).toEqual(stored.map((e) => e.id));
			orderedAsAnswered.push(
				stored.map((e) => `${e.mood}:${e.comment}`).join('|') === answered.join('|')
			);
		}
		// Odds that five random orders of six all match the answer order: (1/720)^5.
		expect(orderedAsAnswered).toContain(false);
	});

	it('(d) pulse_submissions records who answered, never what', async () => {
		expect(await columnsOf('pulse_submissions')).toEqual(['week', 'team_id', 'user_id']);
		expect(await columnsOf('pulse_submissions')).not.toContain('mood');
		expect(await columnsOf('pulse_submissions')).not.toContain('comment');
	});

	it('(e) the two tables share no column but team_id and week', async () => {
		const entries = new Set(await columnsOf('pulse_entries'));
		const shared = (await columnsOf('pulse_submissions')).filter((c) => entries.has(c));
		expect(shared.sort()).toEqual(['team_id', 'week']);
	});

	it('(f) with everyone answering in one week, a join on the shared columns is all-to-all', async () => {
		const { team, members } = await makeTeam('Phone', 5);
		await serially(members, async (m, i) => await recordMood(db, m.id, team.id, i + 1, '', NOW));
		const joined = await sqlite()
			.prepare(
				`SELECT s.user_id, e.mood FROM pulse_submissions s
				 JOIN pulse_entries e ON e.team_id = s.team_id AND e.week = s.week`
			)
			.all();
		// 5 people × 5 entries: every person pairs with every mood, so the join singles no one out.
		expect(joined).toHaveLength(25);
	});
});

describe('teamMood', () => {
	/** Records one mood for each of `moods`, from fresh members of the team. */
	async function answers(
		teamId: number,
		moods: number[],
		comments: string[] = [],
		at: Date = NOW
	): Promise<User[]> {
		return await serially(moods, async (mood, i) => {
			const person = await addPerson(db);
			await exec(db.insert(teamMembers).values({ teamId, userId: person.id }));
			await recordMood(db, person.id, teamId, mood, comments[i] ?? '', at);
			return person;
		});
	}

	it(`hides everything about a week with fewer than ${MIN_ANSWERS} answers but the count`, async () => {
		const { team } = await makeTeam('Phone', 0);
		await answers(team.id, [1, 2, 5, 5], ['a', 'b', 'c', 'd']);
		expect(await teamMood(db, team.id, [W48])).toEqual([
			{ week: W48, answers: 4, average: null, distribution: null, comments: null }
		]);
	});

	it('shows the average, the distribution and the sorted comments from 5 answers', async () => {
		const { team } = await makeTeam('Phone', 0);
		await answers(team.id, [4, 2, 4, 5, 1], ['zebra crossing', '', 'Apple pie', '   ', 'mango']);
		expect(await teamMood(db, team.id, [W48])).toEqual([
			{
				week: W48,
				answers: 5,
				average: 3.2,
				distribution: [1, 1, 0, 2, 1],
				// Alphabetical, not in answer order; blank comments are left out.
				comments: ['Apple pie', 'mango', 'zebra crossing']
			}
		]);
	});

	it('rounds the average to one decimal', async () => {
		const { team } = await makeTeam('Phone', 0);
		await answers(team.id, [5, 4, 4, 4, 4, 4]); // 25 / 6 = 4.1666…
		const [week] = await teamMood(db, team.id, [W48]);
		expect(week).toMatchObject({ answers: 6, average: 4.2, distribution: [0, 0, 0, 5, 1] });
		expect(week.comments).toEqual([]);
	});

	it('gives the weeks in the order asked, ignoring weeks outside the list and other teams', async () => {
		const { team } = await makeTeam('Phone', 0);
		const other = await makeTeam('Chat', 0);
		const W47 = isoWeek(nextWeek(NOW, -1));
		const W49 = isoWeek(nextWeek(NOW, 1));
		await answers(team.id, [1, 1, 1, 1, 1], [], nextWeek(NOW, -1)); // W47, not asked for
		await answers(team.id, [3, 3, 3, 4, 4], ['ok']); // W48
		await answers(team.id, [5, 5], [], nextWeek(NOW, 1)); // W49: too few
		await answers(other.team.id, [1, 1, 1, 1, 1, 1], ['other team'], NOW); // same week, other team

		expect(await teamMood(db, team.id, [W48, W49])).toEqual([
			{
				week: W48,
				answers: 5,
				average: 3.4,
				distribution: [0, 0, 3, 2, 0],
				comments: ['ok']
			},
			{ week: W49, answers: 2, average: null, distribution: null, comments: null }
		]);
		expect((await teamMood(db, team.id, [W47]))[0]).toMatchObject({ answers: 5, average: 1 });
		expect(await teamMood(db, team.id, [])).toEqual([]);
		expect((await teamMood(db, other.team.id, [W48]))[0]).toMatchObject({
			answers: 6,
			average: 1,
			comments: ['other team']
		});
	});

	it('shows a week with no answers as zero answers', async () => {
		const { team } = await makeTeam('Phone', 0);
		expect(await teamMood(db, team.id, ['2026-W01'])).toEqual([
			{ week: '2026-W01', answers: 0, average: null, distribution: null, comments: null }
		]);
	});
});

describe('closed weeks and blocks of weeks', () => {
	// 2026-W45 to W48 is block 12 (weeks 45–48); NOW is in W48, so W48 is still open.
	const inWeek = (week: number) => new Date(Date.UTC(2026, 10, 2 + (week - 45) * 7, 10));

	it('shows only closed weeks: the week under way is not read at all', () => {
		expect(closedWeeks(NOW, 3)).toEqual(['2026-W45', '2026-W46', '2026-W47']);
		expect(closedWeeks(NOW, 3)).not.toContain(isoWeek(NOW));
	});

	it('rolls up a fixed block of four closed, hidden weeks once five different people answered', async () => {
		const { team, members } = await makeTeam('Night shift', 6);
		// W49–W52 (block 13): 2, 2, 1, 1 answers a week from five different people.
		const answers: [number, number][] = [
			[49, 0],
			[49, 1],
			[50, 2],
			[50, 0],
			[51, 3],
			[52, 4]
		];
		for (const [week, who] of answers)
			await recordMood(
				db,
				members[who].id,
				team.id,
				2 + (who % 3),
				'',
				new Date(Date.UTC(2026, 11, 2 + (week - 49) * 7, 10))
			);
		const weeks = await teamMood(db, team.id, ['2026-W49', '2026-W50', '2026-W51', '2026-W52']);
		expect(weeks.every((w) => w.average === null)).toBe(true);
		const [block] = await teamBlocks(db, team.id, weeks);
		expect(block).toMatchObject({ block: '2026-B13', people: 5 });
		expect(block.distribution.reduce((a, b) => a + b, 0)).toBe(6);
		expect(block.weeks).toEqual(['2026-W49', '2026-W50', '2026-W51', '2026-W52']);
	});

	it('never rolls up a block with a week still open, a week shown alone, or fewer than five people', async () => {
		const { team, members } = await makeTeam('Day shift', 6);
		// Block 12 (W45–W48): W48 is the current week.
		for (const [i, m] of members.slice(0, 5).entries())
			await recordMood(db, m.id, team.id, 3, '', inWeek(45 + (i % 3)));
		const read = closedWeeks(NOW, 8);
		expect(await teamBlocks(db, team.id, await teamMood(db, team.id, read))).toEqual([]);
		// Block 11 (W41–W44): W41 has five answers and is shown alone; the others have one each.
		const b11 = await makeTeam('Late shift', 6);
		for (const m of b11.members.slice(0, 5))
			await recordMood(db, m.id, b11.team.id, 4, '', new Date('2026-10-06T10:00:00Z'));
		await recordMood(db, b11.members[5].id, b11.team.id, 1, '', new Date('2026-10-13T10:00:00Z'));
		const weeks = await teamMood(db, b11.team.id, ['2026-W41', '2026-W42', '2026-W43', '2026-W44']);
		expect(weeks[0].average).not.toBeNull();
		expect(await teamBlocks(db, b11.team.id, weeks)).toEqual([]);
		// Four people over a whole closed block: not enough.
		const small = await makeTeam('Small', 4);
		for (const [i, m] of small.members.entries())
			await recordMood(db, m.id, small.team.id, 2, '', new Date(Date.UTC(2026, 9, 6 + i * 7, 10)));
		expect(
			await teamBlocks(
				db,
				small.team.id,
				await teamMood(db, small.team.id, ['2026-W41', '2026-W42', '2026-W43', '2026-W44'])
			)
		).toEqual([]);
		expect(await teamSize(db, small.team.id)).toBe(4);
	});
});

describe('giveKudos', () => {
	it('thanks a member, the lead, or the whole team', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const [ann, bob] = members;
		const a = await giveKudos(
			db,
			ann.id,
			team.id,
			bob.id,
			'  Thanks for covering my shift  ',
			1000
		);
		expect(a).toMatchObject({
			teamId: team.id,
			fromUserId: ann.id,
			toUserId: bob.id,
			message: 'Thanks for covering my shift',
			createdAt: 1000
		});
		expect((await giveKudos(db, ann.id, team.id, lead.id, 'Great coaching', 2000)).toUserId).toBe(
			lead.id
		);
		expect((await giveKudos(db, lead.id, team.id, ann.id, 'Well handled', 3000)).toUserId).toBe(
			ann.id
		);
		expect(
			(await giveKudos(db, bob.id, team.id, null, 'Great week, everyone', 4000)).toUserId
		).toBeNull();
		expect((await allCounts()).kudos).toBe(4);
	});

	it('refuses thanks to oneself, writing nothing', async () => {
		const { team, members } = await makeTeam('Phone');
		const before = await allCounts();
		expect(
			await domainFailureOf(
				async () => await giveKudos(db, members[0].id, team.id, members[0].id, 'Me!')
			)
		).toEqual({
			key: 'kudos_self',
			status: 422
		});
		expect(await allCounts()).toEqual(before);
	});

	it('refuses thanks to someone outside the team (404), writing nothing', async () => {
		const { team, members } = await makeTeam('Phone');
		const other = await makeTeam('Chat');
		const admin = await addPerson(db, { role: 'admin' });
		const before = await allCounts();
		for (const outsider of [other.members[0].id, other.lead.id, admin.id, 9999])
			expect(
				await domainFailureOf(
					async () => await giveKudos(db, members[0].id, team.id, outsider, 'Thanks')
				)
			).toEqual({
				key: 'kudos_not_in_team',
				status: 404
			});
		expect(await allCounts()).toEqual(before);
	});

	it('refuses an empty or over-long message, writing nothing; the limit itself is fine', async () => {
		const { team, members } = await makeTeam('Phone');
		const before = await allCounts();
		const give = (message: string) => async () =>
			await giveKudos(db, members[0].id, team.id, members[1].id, message);
		expect(await domainErrorOf(give(''))).toBe('kudos_empty');
		expect(await domainErrorOf(give(' \n\t '))).toBe('kudos_empty');
		expect(await domainErrorOf(give('x'.repeat(KUDOS_MAX + 1)))).toBe('kudos_too_long');
		expect(await allCounts()).toEqual(before);
		await give('x'.repeat(KUDOS_MAX))();
		expect((await allCounts()).kudos).toBe(before.kudos + 1);
	});

	it('shows the team wall newest first, with names, and only that team', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const [ann, bob] = members;
		const other = await makeTeam('Chat');
		await giveKudos(db, ann.id, team.id, bob.id, 'first', 1000);
		await giveKudos(db, bob.id, team.id, null, 'second', 2000);
		await giveKudos(db, other.members[0].id, other.team.id, other.members[1].id, 'elsewhere', 2500);
		await giveKudos(db, lead.id, team.id, ann.id, 'third', 3000);

		expect(await teamWall(db, team.id)).toEqual([
			{ id: expect.any(Number), from: lead.name, to: ann.name, message: 'third', at: 3000 },
			{ id: expect.any(Number), from: bob.name, to: null, message: 'second', at: 2000 },
			{ id: expect.any(Number), from: ann.name, to: bob.name, message: 'first', at: 1000 }
		]);
		expect((await teamWall(db, team.id, 1)).map((k) => k.message)).toEqual(['third']);
		expect((await teamWall(db, other.team.id)).map((k) => k.message)).toEqual(['elsewhere']);
	});

	it('lists the thanks a person received, with the team, but not thanks to a whole team', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat', 1);
		const [ann, bob, cat] = a.members;
		await exec(db.insert(teamMembers).values({ teamId: b.team.id, userId: ann.id }));
		await giveKudos(db, bob.id, a.team.id, ann.id, 'for ann, phone', 1000);
		await giveKudos(db, bob.id, a.team.id, null, 'for the phone team', 2000);
		await giveKudos(db, b.members[0].id, b.team.id, ann.id, 'for ann, chat', 3000);
		await giveKudos(db, ann.id, a.team.id, cat.id, 'for cat', 4000);

		expect(await kudosReceived(db, ann.id)).toEqual([
			{
				id: expect.any(Number),
				from: b.members[0].name,
				team: 'Chat',
				message: 'for ann, chat',
				at: 3000
			},
			{ id: expect.any(Number), from: bob.name, team: 'Phone', message: 'for ann, phone', at: 1000 }
		]);
		expect((await kudosReceived(db, cat.id)).map((k) => k.message)).toEqual(['for cat']);
		expect(await kudosReceived(db, bob.id)).toEqual([]);
	});
});

describe('suggestions', () => {
	it('stores an anonymous suggestion without its author', async () => {
		const { team, members } = await makeTeam('Phone');
		const s = await submitSuggestion(
			db,
			members[0].id,
			team.id,
			'  Shorter stand-ups  ',
			true,
			1000
		);
		expect(s).toMatchObject({
			teamId: team.id,
			authorId: null,
			body: 'Shorter stand-ups',
			status: 'received',
			reply: null,
			repliedBy: null,
			createdAt: 1000,
			updatedAt: 1000
		});
		expect(await db.select({ authorId: suggestions.authorId }).from(suggestions)).toEqual([
			{ authorId: null }
		]);
		expect(await teamSuggestions(db, team.id)).toEqual([
			expect.objectContaining({ id: s.id, author: null, authorId: null })
		]);
	});

	it('stores a named suggestion with its author', async () => {
		const { team, members } = await makeTeam('Phone');
		const s = await submitSuggestion(db, members[0].id, team.id, 'A quiet room', false, 1000);
		expect(s.authorId).toBe(members[0].id);
		expect(await teamSuggestions(db, team.id)).toEqual([
			expect.objectContaining({
				id: s.id,
				body: 'A quiet room',
				author: members[0].name,
				authorId: members[0].id,
				status: 'received'
			})
		]);
	});

	it('refuses an empty or over-long suggestion, writing nothing; the limit itself is fine', async () => {
		const { team, members } = await makeTeam('Phone');
		const before = await allCounts();
		const submit = (body: string) => async () =>
			await submitSuggestion(db, members[0].id, team.id, body, false);
		expect(await domainErrorOf(submit(''))).toBe('suggestion_empty');
		expect(await domainErrorOf(submit('   '))).toBe('suggestion_empty');
		expect(await domainErrorOf(submit('x'.repeat(SUGGESTION_MAX + 1)))).toBe('suggestion_too_long');
		expect(await allCounts()).toEqual(before);
		await submit('x'.repeat(SUGGESTION_MAX))();
		expect((await allCounts()).suggestions).toBe(before.suggestions + 1);
	});

	it('lists a team’s suggestions newest first, and only that team’s', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat');
		await submitSuggestion(db, a.members[0].id, a.team.id, 'old', false, 1000);
		await submitSuggestion(db, b.members[0].id, b.team.id, 'elsewhere', false, 1500);
		await submitSuggestion(db, a.members[1].id, a.team.id, 'new', true, 2000);
		expect((await teamSuggestions(db, a.team.id)).map((s) => s.body)).toEqual(['new', 'old']);
		expect((await teamSuggestions(db, b.team.id)).map((s) => s.body)).toEqual(['elsewhere']);
	});

	it.each([
		['received', ''],
		['planned', 'Next sprint'],
		['done', 'Done since Monday'],
		['declined', 'No budget this year']
	])('answers with status %s', async (status, reply) => {
		const { team, lead, members } = await makeTeam('Phone');
		const s = await submitSuggestion(db, members[0].id, team.id, 'Idea', false, 1000);
		await answerSuggestion(db, s.id, team.id, status, `  ${reply}  `, lead.id, 5000);
		expect(await one(db.select().from(suggestions).where(eq(suggestions.id, s.id)))).toMatchObject({
			status,
			reply: reply || null,
			repliedBy: lead.id,
			createdAt: 1000,
			updatedAt: 5000
		});
	});

	it('refuses to decline without a reason, changing nothing', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const s = await submitSuggestion(db, members[0].id, team.id, 'Idea', false, 1000);
		const before = await db.select().from(suggestions);
		for (const reply of ['', '   '])
			expect(
				await domainFailureOf(
					async () => await answerSuggestion(db, s.id, team.id, 'declined', reply, lead.id, 5000)
				)
			).toEqual({ key: 'suggestion_decline_reason', status: 422 });
		expect(await db.select().from(suggestions)).toEqual(before);
	});

	it('refuses an unknown status, changing nothing', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const s = await submitSuggestion(db, members[0].id, team.id, 'Idea', false, 1000);
		const before = await db.select().from(suggestions);
		for (const status of ['rejected', '', 'DONE'])
			expect(
				await domainErrorOf(
					async () => await answerSuggestion(db, s.id, team.id, status, 'why', lead.id, 5000)
				)
			).toBe('suggestion_status_invalid');
		expect(await db.select().from(suggestions)).toEqual(before);
	});

	it('refuses a suggestion of another team (404), changing nothing', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat');
		const theirs = await submitSuggestion(
			db,
			b.members[0].id,
			b.team.id,
			'Their idea',
			false,
			1000
		);
		const before = await db.select().from(suggestions);
		expect(
			await domainFailureOf(
				async () =>
					await answerSuggestion(db, theirs.id, a.team.id, 'done', 'Done', a.lead.id, 5000)
			)
		).toEqual({ key: 'suggestion_not_found', status: 404 });
		expect(
			await domainErrorOf(
				async () => await answerSuggestion(db, 9999, a.team.id, 'done', 'Done', a.lead.id)
			)
		).toBe('suggestion_not_found');
		expect(await db.select().from(suggestions)).toEqual(before);
	});

	it('refuses a reply over the limit, changing nothing; the limit itself is fine', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const s = await submitSuggestion(db, members[0].id, team.id, 'Idea', false, 1000);
		const before = await db.select().from(suggestions);
		expect(
			await domainErrorOf(
				async () =>
					await answerSuggestion(db, s.id, team.id, 'planned', 'x'.repeat(REPLY_MAX + 1), lead.id)
			)
		).toBe('suggestion_reply_too_long');
		expect(await db.select().from(suggestions)).toEqual(before);
		await answerSuggestion(db, s.id, team.id, 'planned', 'x'.repeat(REPLY_MAX), lead.id);
		expect((await one(db.select().from(suggestions)))?.reply).toHaveLength(REPLY_MAX);
	});
});

describe('learning cases', () => {
	const known = new Set(['empathy', 'de-escalation']);
	const input = (over: Partial<Parameters<typeof publishCase>[3]> = {}) => ({
		kind: 'success',
		title: 'The refund that saved a customer',
		body: 'What happened, and what we learned.',
		competencies: ['empathy'],
		...over
	});

	it('publishes a case, trimmed', async () => {
		const { team, lead } = await makeTeam('Phone');
		const c = await publishCase(
			db,
			lead.id,
			team.id,
			input({ kind: 'lesson', title: '  Title  ', body: '  Body  ', competencies: [] }),
			known,
			1000
		);
		expect(c).toMatchObject({
			teamId: team.id,
			authorId: lead.id,
			kind: 'lesson',
			title: 'Title',
			body: 'Body',
			competencies: [],
			createdAt: 1000
		});
		expect((await publishCase(db, lead.id, team.id, input(), known)).competencies).toEqual([
			'empathy'
		]);
	});

	it('validates kind, emptiness, length and competencies, writing nothing', async () => {
		const { team, lead } = await makeTeam('Phone');
		const before = await allCounts();
		const publish = (over: Partial<Parameters<typeof publishCase>[3]>) => async () =>
			await publishCase(db, lead.id, team.id, input(over), known);
		expect(await domainErrorOf(publish({ kind: 'failure' }))).toBe('case_kind_invalid');
		expect(await domainErrorOf(publish({ title: '  ' }))).toBe('case_empty');
		expect(await domainErrorOf(publish({ body: '' }))).toBe('case_empty');
		expect(await domainErrorOf(publish({ title: 'x'.repeat(CASE_TITLE_MAX + 1) }))).toBe(
			'case_too_long'
		);
		expect(await domainErrorOf(publish({ body: 'x'.repeat(CASE_BODY_MAX + 1) }))).toBe(
			'case_too_long'
		);
		expect(await domainErrorOf(publish({ competencies: ['empathy', 'telepathy'] }))).toBe(
			'case_competency_invalid'
		);
		expect(await allCounts()).toEqual(before);
		await publish({ title: 'x'.repeat(CASE_TITLE_MAX), body: 'x'.repeat(CASE_BODY_MAX) })();
		expect((await allCounts()).learningCases).toBe(before.learningCases + 1);
	});

	it('toggles a reaction per person: the second time takes it back', async () => {
		const { team, lead, members } = await makeTeam('Phone');
		const [ann, bob] = members;
		const c = await publishCase(db, lead.id, team.id, input(), known);
		const reactions = async () =>
			await db
				.select()
				.from(caseReactions)
				.orderBy(asc(caseReactions.userId), asc(caseReactions.reaction));

		await toggleReaction(db, ann.id, c.id, team.id, 'helpful');
		await toggleReaction(db, bob.id, c.id, team.id, 'helpful');
		await toggleReaction(db, ann.id, c.id, team.id, 'thanks');
		expect(await reactions()).toEqual([
			{ caseId: c.id, userId: ann.id, reaction: 'helpful' },
			{ caseId: c.id, userId: ann.id, reaction: 'thanks' },
			{ caseId: c.id, userId: bob.id, reaction: 'helpful' }
		]);

		await toggleReaction(db, ann.id, c.id, team.id, 'helpful');
		expect(await reactions()).toEqual([
			{ caseId: c.id, userId: ann.id, reaction: 'thanks' },
			{ caseId: c.id, userId: bob.id, reaction: 'helpful' }
		]);
		await toggleReaction(db, ann.id, c.id, team.id, 'helpful');
		expect(await reactions()).toHaveLength(3);
	});

	it('refuses an unknown reaction and a case of another team, writing nothing', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat');
		const ours = await publishCase(db, a.lead.id, a.team.id, input(), known);
		const theirs = await publishCase(db, b.lead.id, b.team.id, input(), known);
		const before = await allCounts();
		expect(
			await domainFailureOf(
				async () => await toggleReaction(db, a.members[0].id, ours.id, a.team.id, 'love')
			)
		).toEqual({
			key: 'case_reaction_invalid',
			status: 422
		});
		expect(
			await domainFailureOf(
				async () => await toggleReaction(db, a.members[0].id, theirs.id, a.team.id, 'helpful')
			)
		).toEqual({ key: 'case_not_found', status: 404 });
		expect(
			await domainErrorOf(
				async () => await toggleReaction(db, a.members[0].id, 9999, a.team.id, 'helpful')
			)
		).toBe('case_not_found');
		expect(await allCounts()).toEqual(before);
	});

	it('lists a team’s cases newest first, with reaction counts and the viewer’s own', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat');
		const [ann, bob, cat] = a.members;
		const older = await publishCase(
			db,
			a.lead.id,
			a.team.id,
			input({ title: 'older' }),
			known,
			1000
		);
		const newer = await publishCase(
			db,
			a.lead.id,
			a.team.id,
			input({ title: 'newer', kind: 'lesson' }),
			known,
			2000
		);
		const theirs = await publishCase(
			db,
			b.lead.id,
			b.team.id,
			input({ title: 'theirs' }),
			known,
			3000
		);
		await toggleReaction(db, ann.id, older.id, a.team.id, 'helpful');
		await toggleReaction(db, bob.id, older.id, a.team.id, 'helpful');
		await toggleReaction(db, cat.id, older.id, a.team.id, 'me-too');
		await toggleReaction(db, bob.id, newer.id, a.team.id, 'thanks');
		await toggleReaction(db, b.members[0].id, theirs.id, b.team.id, 'helpful');

		const seenByAnn = await teamCases(db, a.team.id, ann.id);
		expect(seenByAnn.map((c) => c.title)).toEqual(['newer', 'older']);
		expect(seenByAnn[0]).toMatchObject({ id: newer.id, kind: 'lesson', createdAt: 2000 });
		expect(seenByAnn.map((c) => c.reactions)).toEqual([
			[
				{ reaction: 'helpful', count: 0, mine: false },
				{ reaction: 'thanks', count: 1, mine: false },
				{ reaction: 'me-too', count: 0, mine: false }
			],
			[
				{ reaction: 'helpful', count: 2, mine: true },
				{ reaction: 'thanks', count: 0, mine: false },
				{ reaction: 'me-too', count: 1, mine: false }
			]
		]);

		const seenByBob = await teamCases(db, a.team.id, bob.id);
		expect(seenByBob[0].reactions.find((r) => r.reaction === 'thanks')).toEqual({
			reaction: 'thanks',
			count: 1,
			mine: true
		});
		expect(seenByBob[1].reactions.find((r) => r.reaction === 'helpful')?.mine).toBe(true);
		expect((await teamCases(db, b.team.id, ann.id)).map((c) => c.title)).toEqual(['theirs']);
		expect(await teamCases(db, (await makeTeam('Empty', 0)).team.id, ann.id)).toEqual([]);
	});
});

describe('access', () => {
	it('teamRole tells member, lead, admin and outsider apart', async () => {
		const a = await makeTeam('Phone');
		const b = await makeTeam('Chat');
		const admin = await addPerson(db, { role: 'admin' });
		const loner = await addPerson(db);

		expect(await teamRole(db, a.members[0], a.team.id)).toBe('member');
		expect(await teamRole(db, a.lead, a.team.id)).toBe('lead');
		expect(await teamRole(db, admin, a.team.id)).toBe('admin');
		expect(await teamRole(db, b.lead, a.team.id)).toBeNull();
		expect(await teamRole(db, b.members[0], a.team.id)).toBeNull();
		expect(await teamRole(db, loner, a.team.id)).toBeNull();
		expect(await teamRole(db, admin, 9999)).toBeNull();
		expect(await teamRole(db, a.members[0], 9999)).toBeNull();
	});

	it('teamRole prefers the closer tie for an admin who leads or belongs to the team', async () => {
		const admin = await addPerson(db, { role: 'admin' });
		const led = await returned(
			db.insert(teams).values({ name: 'Led', leadId: admin.id }).returning()
		);
		const joined = await returned(db.insert(teams).values({ name: 'Joined' }).returning());
		await exec(db.insert(teamMembers).values({ teamId: joined.id, userId: admin.id }));
		expect(await teamRole(db, admin, led.id)).toBe('lead');
		expect(await teamRole(db, admin, joined.id)).toBe('member');
	});

	it('teamsFor lists the teams a person leads or belongs to, once each, by name', async () => {
		const lead = await addPerson(db, { role: 'lead' });
		const ann = await addPerson(db);
		const zeta = await returned(
			db.insert(teams).values({ name: 'Zeta', leadId: lead.id }).returning()
		);
		const alpha = await returned(
			db.insert(teams).values({ name: 'Alpha', leadId: lead.id }).returning()
		);
		const mid = await returned(db.insert(teams).values({ name: 'Mid' }).returning());
		await exec(db.insert(teams).values({ name: 'Elsewhere' }));
		// Zeta has several members, which must not repeat it; Alpha has none, which must not hide it.
		for (let i = 0; i < 3; i++)
			await exec(
				db.insert(teamMembers).values({ teamId: zeta.id, userId: (await addPerson(db)).id })
			);
		await exec(db.insert(teamMembers).values({ teamId: zeta.id, userId: ann.id }));
		await exec(db.insert(teamMembers).values({ teamId: mid.id, userId: ann.id }));
		// The lead is also a member of a team they lead: still listed once.
		await exec(db.insert(teamMembers).values({ teamId: zeta.id, userId: lead.id }));

		expect(await teamsFor(db, lead)).toEqual([
			{ id: alpha.id, name: 'Alpha' },
			{ id: zeta.id, name: 'Zeta' }
		]);
		expect(await teamsFor(db, ann)).toEqual([
			{ id: mid.id, name: 'Mid' },
			{ id: zeta.id, name: 'Zeta' }
		]);
		expect(await teamsFor(db, await addPerson(db))).toEqual([]);
	});

	it('teamsFor gives an admin every team', async () => {
		const admin = await addPerson(db, { role: 'admin' });
		for (const name of ['Chat', 'Alpha', 'Phone']) await exec(db.insert(teams).values({ name }));
		expect((await teamsFor(db, admin)).map((t) => t.name)).toEqual(['Alpha', 'Chat', 'Phone']);
	});
});
