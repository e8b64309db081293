import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { exec, one, type Db } from '../../src/lib/server/db';
import { auditLog, teamMembers, users } from '../../src/lib/server/db/schema';
import { canSee } from '../../src/lib/server/auth/guard';
import {
	addMember,
	createTeam,
	deleteTeam,
	teamFootprint,
	getTeam,
	removeMember,
	setTeamLead,
	teamMembersOf
} from '../../src/lib/server/org/teams';
import { addPerson, counts, domainErrorOf, testDb } from './db';
import { giveKudos } from '../../src/lib/server/morale/kudos';
import { submitSuggestion } from '../../src/lib/server/morale/suggestions';
import { recordMood } from '../../src/lib/server/morale/pulse';

let db: Db;
let admin: Awaited<ReturnType<typeof addPerson>>;
beforeEach(async () => {
	db = testDb();
	admin = await addPerson(db, { role: 'admin' });
});

const memberIds = async (teamId: number) => (await teamMembersOf(db, [teamId])).map((m) => m.id);

describe('createTeam', () => {
	it('creates a team and audits it', async () => {
		const team = await createTeam(db, 'Phone Support', admin.id);
		expect(await getTeam(db, team.id)).toMatchObject({ name: 'Phone Support', leadId: null });
		expect(await db.select().from(auditLog)).toMatchObject([
			{ actorId: admin.id, action: 'team.create', target: `team:${team.id}` }
		]);
	});

	it('refuses a name already taken in any case, writing nothing', async () => {
		await createTeam(db, 'Phone Support', admin.id);
		const before = await counts(db);
		expect(await domainErrorOf(async () => await createTeam(db, 'PHONE support', admin.id))).toBe(
			'team_name_taken'
		);
		expect(await counts(db)).toEqual(before);
	});
});

describe('setTeamLead', () => {
	it('accepts a person with the lead role, and null to remove the lead', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const lead = await addPerson(db, { role: 'lead' });
		await setTeamLead(db, team.id, lead.id, admin.id);
		expect((await getTeam(db, team.id))?.leadId).toBe(lead.id);
		await setTeamLead(db, team.id, null, admin.id);
		expect((await getTeam(db, team.id))?.leadId).toBeNull();
	});

	it.each(['learner', 'admin'] as const)('refuses a %s as lead', async (role) => {
		const team = await createTeam(db, 'Phone', admin.id);
		const person = await addPerson(db, { role });
		expect(
			await domainErrorOf(async () => await setTeamLead(db, team.id, person.id, admin.id))
		).toBe('lead_must_be_lead');
		expect((await getTeam(db, team.id))?.leadId).toBeNull();
	});

	it('refuses an unknown person or team', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const lead = await addPerson(db, { role: 'lead' });
		expect(await domainErrorOf(async () => await setTeamLead(db, team.id, 999, admin.id))).toBe(
			'user_not_found'
		);
		expect(await domainErrorOf(async () => await setTeamLead(db, 999, lead.id, admin.id))).toBe(
			'team_not_found'
		);
	});
});

describe('addMember and removeMember', () => {
	it('adds a learner once; a second time is already_member', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const learner = await addPerson(db);
		await addMember(db, team.id, learner.id, admin.id);
		expect(await memberIds(team.id)).toEqual([learner.id]);
		expect(
			await domainErrorOf(async () => await addMember(db, team.id, learner.id, admin.id))
		).toBe('already_member');
		expect(await memberIds(team.id)).toEqual([learner.id]);
	});

	it.each(['lead', 'admin'] as const)('refuses a %s as member', async (role) => {
		const team = await createTeam(db, 'Phone', admin.id);
		const person = await addPerson(db, { role });
		expect(await domainErrorOf(async () => await addMember(db, team.id, person.id, admin.id))).toBe(
			'member_must_be_learner'
		);
		expect(await memberIds(team.id)).toEqual([]);
	});

	it('lets a learner be in two teams', async () => {
		const a = await createTeam(db, 'A', admin.id);
		const b = await createTeam(db, 'B', admin.id);
		const learner = await addPerson(db);
		await addMember(db, a.id, learner.id, admin.id);
		await addMember(db, b.id, learner.id, admin.id);
		expect([await memberIds(a.id), await memberIds(b.id)]).toEqual([[learner.id], [learner.id]]);
	});

	it('removes a member', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const learner = await addPerson(db);
		await addMember(db, team.id, learner.id, admin.id);
		await removeMember(db, team.id, learner.id, admin.id);
		expect(await memberIds(team.id)).toEqual([]);
	});

	it('refuses to remove someone who is not a member of that team', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const other = await createTeam(db, 'Chat', admin.id);
		const learner = await addPerson(db);
		await addMember(db, other.id, learner.id, admin.id);
		const before = await counts(db);
		expect(
			await domainErrorOf(async () => await removeMember(db, team.id, learner.id, admin.id))
		).toBe('not_a_member');
		expect(await counts(db)).toEqual(before);
		expect(await memberIds(other.id)).toEqual([learner.id]);
	});
});

describe('deleteTeam', () => {
	it('removes the team and its memberships but keeps the people', async () => {
		const team = await createTeam(db, 'Phone', admin.id);
		const lead = await addPerson(db, { role: 'lead' });
		const learner = await addPerson(db);
		await setTeamLead(db, team.id, lead.id, admin.id);
		await addMember(db, team.id, learner.id, admin.id);

		await deleteTeam(db, team.id, admin.id);

		expect(await getTeam(db, team.id)).toBeUndefined();
		expect(await db.select().from(teamMembers)).toEqual([]);
		const left = await db.select({ id: users.id }).from(users);
		expect(left.map((u) => u.id).sort()).toEqual([admin.id, lead.id, learner.id].sort());
	});

	it('refuses an unknown team', async () => {
		expect(await domainErrorOf(async () => await deleteTeam(db, 999, admin.id))).toBe(
			'team_not_found'
		);
		expect(await teamFootprint(db, 999)).toBeNull();
	});

	it('says before and after what goes with the team: its room, not its people', async () => {
		const team = await createTeam(db, 'Chat', admin.id);
		const other = await createTeam(db, 'Phone', admin.id);
		const [a, b] = [await addPerson(db), await addPerson(db)];
		await addMember(db, team.id, a.id, admin.id);
		await addMember(db, team.id, b.id, admin.id);
		await addMember(db, other.id, b.id, admin.id);
		await giveKudos(db, a.id, team.id, b.id, 'Thanks for covering my queue');
		await giveKudos(db, b.id, other.id, null, 'Good week, everyone');
		await submitSuggestion(db, a.id, team.id, 'A shared macro for refunds', false);
		await recordMood(db, a.id, team.id, 4, '');
		await recordMood(db, b.id, team.id, 2, '');
		const expected = { name: 'Chat', members: 2, kudos: 1, suggestions: 1, cases: 0, answers: 2 };
		expect(await teamFootprint(db, team.id)).toEqual(expected);
		expect(await deleteTeam(db, team.id, admin.id)).toEqual(expected);
		// The other team's room is untouched; both people are still here.
		expect(await teamFootprint(db, other.id)).toMatchObject({ members: 1, kudos: 1 });
		expect(await one(db.select().from(users).where(eq(users.id, a.id)))).toBeDefined();
	});
});

describe('canSee', () => {
	/**
	 * Two teams: leadA leads A (learners a1, a2), leadB leads B (learner b1). Plus a learner in
	 * no team and a lead of no team.
	 */
	async function organisation() {
		const p = {
			admin,
			leadA: await addPerson(db, { role: 'lead' }),
			leadB: await addPerson(db, { role: 'lead' }),
			idleLead: await addPerson(db, { role: 'lead' }),
			a1: await addPerson(db),
			a2: await addPerson(db),
			b1: await addPerson(db),
			loner: await addPerson(db)
		};
		const a = await createTeam(db, 'A', admin.id);
		const b = await createTeam(db, 'B', admin.id);
		await setTeamLead(db, a.id, p.leadA.id, admin.id);
		await setTeamLead(db, b.id, p.leadB.id, admin.id);
		await addMember(db, a.id, p.a1.id, admin.id);
		await addMember(db, a.id, p.a2.id, admin.id);
		await addMember(db, b.id, p.b1.id, admin.id);
		return p;
	}
	type Person = keyof Awaited<ReturnType<typeof organisation>>;

	/** Who each viewer may see, by name; everyone else must be refused. */
	const visible: Record<Person, Person[]> = {
		admin: ['admin', 'leadA', 'leadB', 'idleLead', 'a1', 'a2', 'b1', 'loner'],
		leadA: ['leadA', 'a1', 'a2'],
		leadB: ['leadB', 'b1'],
		idleLead: ['idleLead'],
		a1: ['a1'],
		a2: ['a2'],
		b1: ['b1'],
		loner: ['loner']
	};

	it('follows the matrix: self, admin anyone, lead their members, learner nobody else', async () => {
		const people = await organisation();
		const names = Object.keys(people) as Person[];
		const actual: Record<string, string[]> = {};
		for (const viewer of names) {
			actual[viewer] = [];
			for (const subject of names)
				if (await canSee(db, people[viewer], people[subject].id)) actual[viewer].push(subject);
		}
		expect(actual).toEqual(visible);
	});

	it('a lead stops seeing a member once they leave the team', async () => {
		const p = await organisation();
		expect(await canSee(db, p.leadA, p.a1.id)).toBe(true);
		await exec(db.delete(teamMembers).where(eq(teamMembers.userId, p.a1.id)));
		expect(await canSee(db, p.leadA, p.a1.id)).toBe(false);
	});
});
