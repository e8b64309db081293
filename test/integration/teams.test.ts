import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
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
let admin: ReturnType<typeof addPerson>;
beforeEach(() => {
	db = testDb();
	admin = addPerson(db, { role: 'admin' });
});

const memberIds = (teamId: number) => teamMembersOf(db, [teamId]).map((m) => m.id);

describe('createTeam', () => {
	it('creates a team and audits it', () => {
		const team = createTeam(db, 'Phone Support', admin.id);
		expect(getTeam(db, team.id)).toMatchObject({ name: 'Phone Support', leadId: null });
		expect(db.select().from(auditLog).all()).toMatchObject([
			{ actorId: admin.id, action: 'team.create', target: `team:${team.id}` }
		]);
	});

	it('refuses a name already taken in any case, writing nothing', () => {
		createTeam(db, 'Phone Support', admin.id);
		const before = counts(db);
		expect(domainErrorOf(() => createTeam(db, 'PHONE support', admin.id))).toBe('team_name_taken');
		expect(counts(db)).toEqual(before);
	});
});

describe('setTeamLead', () => {
	it('accepts a person with the lead role, and null to remove the lead', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const lead = addPerson(db, { role: 'lead' });
		setTeamLead(db, team.id, lead.id, admin.id);
		expect(getTeam(db, team.id)?.leadId).toBe(lead.id);
		setTeamLead(db, team.id, null, admin.id);
		expect(getTeam(db, team.id)?.leadId).toBeNull();
	});

	it.each(['learner', 'admin'] as const)('refuses a %s as lead', (role) => {
		const team = createTeam(db, 'Phone', admin.id);
		const person = addPerson(db, { role });
		expect(domainErrorOf(() => setTeamLead(db, team.id, person.id, admin.id))).toBe(
			'lead_must_be_lead'
		);
		expect(getTeam(db, team.id)?.leadId).toBeNull();
	});

	it('refuses an unknown person or team', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const lead = addPerson(db, { role: 'lead' });
		expect(domainErrorOf(() => setTeamLead(db, team.id, 999, admin.id))).toBe('user_not_found');
		expect(domainErrorOf(() => setTeamLead(db, 999, lead.id, admin.id))).toBe('team_not_found');
	});
});

describe('addMember and removeMember', () => {
	it('adds a learner once; a second time is already_member', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const learner = addPerson(db);
		addMember(db, team.id, learner.id, admin.id);
		expect(memberIds(team.id)).toEqual([learner.id]);
		expect(domainErrorOf(() => addMember(db, team.id, learner.id, admin.id))).toBe(
			'already_member'
		);
		expect(memberIds(team.id)).toEqual([learner.id]);
	});

	it.each(['lead', 'admin'] as const)('refuses a %s as member', (role) => {
		const team = createTeam(db, 'Phone', admin.id);
		const person = addPerson(db, { role });
		expect(domainErrorOf(() => addMember(db, team.id, person.id, admin.id))).toBe(
			'member_must_be_learner'
		);
		expect(memberIds(team.id)).toEqual([]);
	});

	it('lets a learner be in two teams', () => {
		const a = createTeam(db, 'A', admin.id);
		const b = createTeam(db, 'B', admin.id);
		const learner = addPerson(db);
		addMember(db, a.id, learner.id, admin.id);
		addMember(db, b.id, learner.id, admin.id);
		expect([memberIds(a.id), memberIds(b.id)]).toEqual([[learner.id], [learner.id]]);
	});

	it('removes a member', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const learner = addPerson(db);
		addMember(db, team.id, learner.id, admin.id);
		removeMember(db, team.id, learner.id, admin.id);
		expect(memberIds(team.id)).toEqual([]);
	});

	it('refuses to remove someone who is not a member of that team', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const other = createTeam(db, 'Chat', admin.id);
		const learner = addPerson(db);
		addMember(db, other.id, learner.id, admin.id);
		const before = counts(db);
		expect(domainErrorOf(() => removeMember(db, team.id, learner.id, admin.id))).toBe(
			'not_a_member'
		);
		expect(counts(db)).toEqual(before);
		expect(memberIds(other.id)).toEqual([learner.id]);
	});
});

describe('deleteTeam', () => {
	it('removes the team and its memberships but keeps the people', () => {
		const team = createTeam(db, 'Phone', admin.id);
		const lead = addPerson(db, { role: 'lead' });
		const learner = addPerson(db);
		setTeamLead(db, team.id, lead.id, admin.id);
		addMember(db, team.id, learner.id, admin.id);

		deleteTeam(db, team.id, admin.id);

		expect(getTeam(db, team.id)).toBeUndefined();
		expect(db.select().from(teamMembers).all()).toEqual([]);
		const left = db.select({ id: users.id }).from(users).all();
		expect(left.map((u) => u.id).sort()).toEqual([admin.id, lead.id, learner.id].sort());
	});

	it('refuses an unknown team', () => {
		expect(domainErrorOf(() => deleteTeam(db, 999, admin.id))).toBe('team_not_found');
		expect(teamFootprint(db, 999)).toBeNull();
	});

	it('says before and after what goes with the team: its room, not its people', () => {
		const team = createTeam(db, 'Chat', admin.id);
		const other = createTeam(db, 'Phone', admin.id);
		const [a, b] = [addPerson(db), addPerson(db)];
		addMember(db, team.id, a.id, admin.id);
		addMember(db, team.id, b.id, admin.id);
		addMember(db, other.id, b.id, admin.id);
		giveKudos(db, a.id, team.id, b.id, 'Thanks for covering my queue');
		giveKudos(db, b.id, other.id, null, 'Good week, everyone');
		submitSuggestion(db, a.id, team.id, 'A shared macro for refunds', false);
		recordMood(db, a.id, team.id, 4, '');
		recordMood(db, b.id, team.id, 2, '');
		const expected = { name: 'Chat', members: 2, kudos: 1, suggestions: 1, cases: 0, answers: 2 };
		expect(teamFootprint(db, team.id)).toEqual(expected);
		expect(deleteTeam(db, team.id, admin.id)).toEqual(expected);
		// The other team's room is untouched; both people are still here.
		expect(teamFootprint(db, other.id)).toMatchObject({ members: 1, kudos: 1 });
		expect(db.select().from(users).where(eq(users.id, a.id)).get()).toBeDefined();
	});
});

describe('canSee', () => {
	/**
	 * Two teams: leadA leads A (learners a1, a2), leadB leads B (learner b1). Plus a learner in
	 * no team and a lead of no team.
	 */
	function organisation() {
		const p = {
			admin,
			leadA: addPerson(db, { role: 'lead' }),
			leadB: addPerson(db, { role: 'lead' }),
			idleLead: addPerson(db, { role: 'lead' }),
			a1: addPerson(db),
			a2: addPerson(db),
			b1: addPerson(db),
			loner: addPerson(db)
		};
		const a = createTeam(db, 'A', admin.id);
		const b = createTeam(db, 'B', admin.id);
		setTeamLead(db, a.id, p.leadA.id, admin.id);
		setTeamLead(db, b.id, p.leadB.id, admin.id);
		addMember(db, a.id, p.a1.id, admin.id);
		addMember(db, a.id, p.a2.id, admin.id);
		addMember(db, b.id, p.b1.id, admin.id);
		return p;
	}
	type Person = keyof ReturnType<typeof organisation>;

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

	it('follows the matrix: self, admin anyone, lead their members, learner nobody else', () => {
		const people = organisation();
		const names = Object.keys(people) as Person[];
		const actual = Object.fromEntries(
			names.map((viewer) => [
				viewer,
				names.filter((subject) => canSee(db, people[viewer], people[subject].id))
			])
		);
		expect(actual).toEqual(visible);
	});

	it('a lead stops seeing a member once they leave the team', () => {
		const p = organisation();
		expect(canSee(db, p.leadA, p.a1.id)).toBe(true);
		db.delete(teamMembers).where(eq(teamMembers.userId, p.a1.id)).run();
		expect(canSee(db, p.leadA, p.a1.id)).toBe(false);
	});
});
