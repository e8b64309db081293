import { beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, serially, type Db } from '../../src/lib/server/db';
import { auditLog, teamMembers, teams, type User } from '../../src/lib/server/db/schema';
import {
	closedWeeks,
	isoWeek,
	recordMood,
	teamBlocks,
	teamMood
} from '../../src/lib/server/morale/pulse';
import {
	rollupScopes,
	scopeMood,
	scopeSince,
	type Scope
} from '../../src/lib/server/morale/rollup';
import { deleteTeam, setTeamLead } from '../../src/lib/server/org/teams';
import { addPerson, testDb } from './db';

let db: Db;
beforeEach(() => {
	db = testDb();
});

/** Tuesday of 2026-W48: the closed weeks read are W40–W47, and W41–W44 is the one whole block. */
const NOW = new Date('2026-11-24T10:00:00Z');
/** A Tuesday in ISO week `n` of 2026. */
const inWeek = (n: number) => new Date(Date.UTC(2026, 10, 3 + (n - 45) * 7, 10));
const week = (n: number) => `2026-W${n}`;

/** A team led by `lead` (or nobody) with `size` learners: a fixture, inserted directly. */
async function makeTeam(name: string, lead: User | null, size: number) {
	const team = await returned(
		db
			.insert(teams)
			.values({ name, leadId: lead?.id ?? null })
			.returning()
	);
	const members = await serially(Array.from({ length: size }), () => addPerson(db));
	for (const m of members)
		await exec(db.insert(teamMembers).values({ teamId: team.id, userId: m.id }));
	return { ...team, members };
}

/** The first `n` members of a team answer in ISO week `w`. */
async function answer(
	team: { id: number; members: User[] },
	w: number,
	n: number,
	mood = 3,
	from = 0
) {
	for (const m of team.members.slice(from, from + n))
		await recordMood(db, m.id, team.id, mood, `${team.id}:${m.id}:${w}`, inWeek(w));
}

const scopeOf = async (viewer: User) => (await rollupScopes(db, viewer))[0];
const weekOf = async (scope: Scope, n: number, now = NOW) =>
	(await scopeMood(db, scope, now)).weeks.find((w) => w.week === week(n))!;

describe('rollupScopes: who may see which teams together', () => {
	it('gives a lead their own teams, an admin every lead’s and the teams without a lead', async () => {
		const wang = await addPerson(db, { role: 'lead' });
		const lin = await addPerson(db, { role: 'lead' });
		const solo = await addPerson(db, { role: 'lead' });
		const admin = await addPerson(db, { role: 'admin' });
		const agent = await addPerson(db);
		await makeTeam('Phone', wang, 1);
		await makeTeam('Chat', lin, 1);
		await makeTeam('Social', lin, 1);
		await makeTeam('Back office', solo, 1);
		await makeTeam('Night A', null, 1);
		await makeTeam('Night B', null, 1);

		const names = (s: Scope[]) => s.map((x) => [x.lead?.name ?? null, x.teams.map((t) => t.name)]);
		expect(names(await rollupScopes(db, lin))).toEqual([[lin.name, ['Chat', 'Social']]]);
		// One team is no roll-up: its figures are the team's own.
		expect(await rollupScopes(db, wang)).toEqual([]);
		expect(await rollupScopes(db, solo)).toEqual([]);
		expect(await rollupScopes(db, agent)).toEqual([]);
		expect(names(await rollupScopes(db, admin))).toEqual([
			[lin.name, ['Chat', 'Social']],
			[null, ['Night A', 'Night B']]
		]);
	});
});

describe('scopeMood: several teams together', () => {
	it('shows a closed week once five different people answered across the teams', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		await answer(chat, 46, 3, 2);
		await answer(social, 46, 2, 4);
		await answer(chat, 45, 2);
		await answer(social, 45, 2);
		const scope = await scopeOf(lin);
		// Neither team shows W46 alone (3 and 2 answers); together five people did.
		expect((await teamMood(db, chat.id, [week(46)]))[0].average).toBeNull();
		expect(await weekOf(scope, 46)).toEqual({
			week: week(46),
			hidden: null,
			figure: {
				teams: ['Chat', 'Social'],
				people: 5,
				average: 2.8,
				distribution: [0, 3, 0, 2, 0],
				comments: expect.any(Array)
			}
		});
		expect((await weekOf(scope, 46)).figure!.comments).toHaveLength(5);
		// Four people in W45: nothing, and no count either.
		expect(await weekOf(scope, 45)).toEqual({ week: week(45), figure: null, hidden: 'thin' });
	});

	it('counts different people: someone in both teams who answered twice counts once', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 3);
		const social = await makeTeam('Social', lin, 0);
		// The same three people belong to both teams and answer in both: six answers, three people.
		for (const m of chat.members) {
			await exec(db.insert(teamMembers).values({ teamId: social.id, userId: m.id }));
			await recordMood(db, m.id, chat.id, 3, '', inWeek(46));
			await recordMood(db, m.id, social.id, 3, '', inWeek(46));
		}
		expect(await weekOf(await scopeOf(lin), 46)).toMatchObject({ figure: null, hidden: 'thin' });
		// Two more people, in one team each: five different people, seven answers.
		const more = [await addPerson(db), await addPerson(db)];
		await recordMood(db, more[0].id, chat.id, 5, '', inWeek(46));
		await recordMood(db, more[1].id, social.id, 5, '', inWeek(46));
		const shown = (await weekOf(await scopeOf(lin), 46)).figure!;
		expect(shown.people).toBe(5);
		expect(shown.distribution.reduce((a, b) => a + b, 0)).toBe(8);
	});

	it('says nothing about the week under way, however many answered', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		await answer(chat, 47, 3);
		await answer(social, 47, 2);
		const before = await scopeMood(db, await scopeOf(lin), NOW);
		expect(before.weeks.map((w) => w.week)).toEqual(closedWeeks(NOW, 8).reverse());
		expect(before.weeks.map((w) => w.week)).not.toContain(isoWeek(NOW));
		// Everyone answers in the open week W48: not a character of the roll-up moves.
		await answer(chat, 48, 4, 1);
		await answer(social, 48, 4, 5);
		expect(await scopeMood(db, await scopeOf(lin), NOW)).toEqual(before);
		// Once W48 closes it is read like any other week.
		const later = await scopeMood(db, await scopeOf(lin), inWeek(49));
		expect(later.weeks[0]).toMatchObject({ week: week(48), figure: { people: 8 } });
	});

	it('leaves out the teams another lead leads, and their answers', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const wang = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		const phone = await makeTeam('Phone', wang, 6);
		const billing = await makeTeam('Billing', wang, 6);
		await answer(chat, 46, 2, 1);
		await answer(social, 46, 2, 1);
		await answer(phone, 46, 3, 5);
		await answer(billing, 46, 3, 5);
		// Lin's teams: four people, not enough, and Wang's six people do not make it up.
		expect(await weekOf(await scopeOf(lin), 46)).toMatchObject({ figure: null, hidden: 'thin' });
		const wangs = (await weekOf(await scopeOf(wang), 46)).figure!;
		expect(wangs).toMatchObject({ teams: ['Billing', 'Phone'], people: 6, average: 5 });
		expect(wangs.comments.every((c) => !c.startsWith(`${chat.id}:`))).toBe(true);
		expect((await scopeOf(lin)).teams.map((t) => t.id)).not.toContain(phone.id);
	});

	it('leaves out a team whose week is shown on its own, so it cannot be subtracted', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		// Chat shows W46 alone (6 answers); Social's 2 answers must not ride along with it.
		await answer(chat, 46, 6, 4);
		await answer(social, 46, 2, 1);
		expect((await teamMood(db, chat.id, [week(46)]))[0].average).toBe(4);
		expect(await weekOf(await scopeOf(lin), 46)).toEqual({
			week: week(46),
			figure: null,
			hidden: 'thin'
		});
		// Both teams shown alone: the roll-up says the teams show the week themselves.
		await answer(social, 46, 4, 3, 2);
		expect(await weekOf(await scopeOf(lin), 46)).toMatchObject({ figure: null, hidden: 'alone' });
	});

	it('leaves out a team’s week that its own block of weeks shows', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		// Chat shows block 11 (W41–W44, five people); its one answer in W42 is in that block.
		await answer(chat, 41, 2, 3, 0);
		await answer(chat, 42, 1, 3, 2);
		await answer(chat, 43, 1, 3, 3);
		await answer(chat, 44, 1, 3, 4);
		await answer(social, 42, 4, 5);
		expect(
			await teamBlocks(db, chat.id, await teamMood(db, chat.id, closedWeeks(NOW, 8)))
		).toHaveLength(1);
		// Social's four answers and Chat's one would make five, but Chat's is shown already.
		expect(await weekOf(await scopeOf(lin), 42)).toMatchObject({ figure: null, hidden: 'thin' });
	});

	it('leaves out the weeks of a block a team shows, and rolls up whole blocks of thin teams', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		const email = await makeTeam('Email', lin, 6);
		// Chat: W41–W44 one or two a week from five people: Chat shows block 11 itself.
		await answer(chat, 41, 2, 3, 0);
		await answer(chat, 42, 1, 3, 2);
		await answer(chat, 43, 1, 3, 3);
		await answer(chat, 44, 1, 3, 4);
		expect(
			await teamBlocks(db, chat.id, await teamMood(db, chat.id, closedWeeks(NOW, 8)))
		).toHaveLength(1);
		// Social and Email: two people each over the block, one answer a week: hidden alone.
		for (const w of [41, 42, 43, 44]) {
			await answer(social, w, 1, 5, w % 2);
			await answer(email, w, 1, 1, w % 2);
		}
		const { weeks, blocks } = await scopeMood(db, await scopeOf(lin), NOW);
		// No week of the block together (two answers a week besides Chat's, which it shows).
		expect(
			weeks.filter((w) => w.week >= week(41) && w.week <= week(44)).map((w) => w.figure)
		).toEqual([null, null, null, null]);
		// Social and Email together: four people over the block: still not enough.
		expect(blocks).toEqual([]);
		// A fifth person in Email makes the block; Chat's answers are not in it.
		await answer(email, 43, 1, 1, 4);
		const [block] = (await scopeMood(db, await scopeOf(lin), NOW)).blocks;
		expect(block).toMatchObject({
			block: '2026-B11',
			weeks: [week(41), week(42), week(43), week(44)],
			teams: ['Email', 'Social'],
			people: 5,
			distribution: [5, 0, 0, 0, 4]
		});
	});

	it('never counts one answer in two figures, whoever looks', async () => {
		const lin = await addPerson(db, { role: 'lead' });
		const wang = await addPerson(db, { role: 'lead' });
		const admin = await addPerson(db, { role: 'admin' });
		const t = [
			await makeTeam('A', lin, 7),
			await makeTeam('B', lin, 6),
			await makeTeam('C', lin, 6),
			await makeTeam('D', wang, 6),
			await makeTeam('E', wang, 6),
			await makeTeam('F', null, 6),
			await makeTeam('G', null, 6)
		];
		// A mix of big, thin and empty weeks, the same every run.
		let seed = 7;
		const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
		for (const team of t)
			for (let w = 40; w <= 48; w++) await answer(team, w, Math.floor(next() * 7), 1 + (w % 5));
		const weeks = closedWeeks(NOW, 8);
		// Every (team, week) any figure anyone sees is made of.
		const seen = new Map<string, number>();
		const count = (team: string, w: string) =>
			seen.set(`${team} ${w}`, (seen.get(`${team} ${w}`) ?? 0) + 1);
		for (const team of t) {
			const moods = await teamMood(db, team.id, weeks);
			for (const m of moods) if (m.average !== null) count(team.name, m.week);
			for (const b of await teamBlocks(db, team.id, moods))
				for (const w of b.weeks) count(team.name, w);
		}
		for (const scope of await rollupScopes(db, admin)) {
			const { weeks: rolled, blocks } = await scopeMood(db, scope, NOW);
			for (const r of rolled) for (const name of r.figure?.teams ?? []) count(name, r.week);
			for (const b of blocks) for (const name of b.teams) for (const w of b.weeks) count(name, w);
		}
		expect([...seen.values()].every((n) => n === 1)).toBe(true);
		// Leads see the very same roll-ups as the admin: nothing to compare.
		const adminsView = (await rollupScopes(db, admin)).find((s) => s.lead?.id === lin.id)!;
		expect(await scopeMood(db, await scopeOf(lin), NOW)).toEqual(
			await scopeMood(db, adminsView, NOW)
		);
		expect(seen.size).toBeGreaterThan(10);
	});
});

describe('scopeSince: a roll-up starts again when its teams change', () => {
	async function twoTeams() {
		const lin = await addPerson(db, { role: 'lead' });
		const wang = await addPerson(db, { role: 'lead' });
		const admin = await addPerson(db, { role: 'admin' });
		const chat = await makeTeam('Chat', lin, 6);
		const social = await makeTeam('Social', lin, 6);
		const email = await makeTeam('Email', lin, 6);
		const phone = await makeTeam('Phone', wang, 6);
		const billing = await makeTeam('Billing', wang, 6);
		await answer(chat, 46, 3);
		await answer(social, 46, 3);
		await answer(email, 46, 2);
		await answer(phone, 46, 3);
		await answer(billing, 46, 3);
		return { lin, wang, admin, chat, social, email, phone, billing };
	}
	// The change happens on Wednesday of W48, after W46 was shown.
	const at = async (fn: () => unknown) => {
		const real = Date.now;
		Date.now = () => Date.parse('2026-11-25T09:00:00Z');
		try {
			await fn();
		} finally {
			Date.now = real;
		}
	};

	it('hides the weeks before a team with answers changes lead, for both leads', async () => {
		const { lin, wang, admin, email } = await twoTeams();
		expect((await weekOf(await scopeOf(lin), 46)).figure!.people).toBe(8);
		expect((await weekOf(await scopeOf(wang), 46)).figure!.people).toBe(6);
		// Email moves to Wang: Lin's W46 would lose two people and Wang's gain them.
		await at(async () => await setTeamLead(db, email.id, wang.id, admin.id));
		expect(await scopeSince(db, lin.id)).toBe(week(48));
		expect(await scopeSince(db, wang.id)).toBe(week(48));
		expect(await weekOf(await scopeOf(lin), 46)).toEqual({
			week: week(46),
			figure: null,
			hidden: 'changed'
		});
		expect(await weekOf(await scopeOf(wang), 46)).toMatchObject({
			figure: null,
			hidden: 'changed'
		});
		// From the week of the change on, the new teams are read as usual.
		const later = (await scopeMood(db, await scopeOf(wang), inWeek(50))).weeks;
		expect(later.filter((w) => w.hidden === 'changed').map((w) => w.week)).toEqual(
			[47, 46, 45, 44, 43, 42].map(week)
		);
	});

	it('does not start again for a team without answers, or another lead’s change', async () => {
		const { lin, wang, admin, phone } = await twoTeams();
		const fresh = await makeTeam('Fresh', null, 2);
		await at(async () => await setTeamLead(db, fresh.id, lin.id, admin.id));
		expect(await scopeSince(db, lin.id)).toBeNull();
		expect((await weekOf(await scopeOf(lin), 46)).figure).not.toBeNull();
		await at(async () => await deleteTeam(db, fresh.id, admin.id));
		expect(await scopeSince(db, lin.id)).toBeNull();
		// Wang's team changes hands with answers: Lin's roll-up is not part of it.
		const other = await addPerson(db, { role: 'lead' });
		await at(async () => await setTeamLead(db, phone.id, other.id, admin.id));
		expect(await scopeSince(db, wang.id)).toBe(week(48));
		expect(await scopeSince(db, lin.id)).toBeNull();
		// The teams without a lead: a team leaving a lead joins them, a team getting one leaves.
		expect(await scopeSince(db, null)).toBeNull();
		await at(async () => await setTeamLead(db, phone.id, null, admin.id));
		expect(await scopeSince(db, null)).toBe(week(48));
	});

	it('starts again when a team with answers is deleted, or a record predates the lead’s name', async () => {
		const { lin, wang, admin, email } = await twoTeams();
		await at(async () => await deleteTeam(db, email.id, admin.id));
		expect(await scopeSince(db, lin.id)).toBe(week(48));
		expect(await scopeSince(db, wang.id)).toBeNull();
		// An audit row written before changes named the lead before: it counts for everyone.
		await exec(
			db.insert(auditLog).values({
				action: 'team.lead',
				target: 'team:1',
				detail: { leadId: 99 },
				at: Date.parse('2026-11-10T09:00:00Z')
			})
		);
		expect(await scopeSince(db, wang.id)).toBe(week(46));
	});
});
