import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { serially, returned, one, type Db } from '../../src/lib/server/db';
import { auditLog, teams } from '../../src/lib/server/db/schema';
import { teamMembersOf } from '../../src/lib/server/org/teams';
import { findInvitation, findUserByEmail } from '../../src/lib/server/org/users';
import {
	IMPORT_MAX_ROWS,
	importUsers,
	type ImportProblem,
	type ImportResult
} from '../../src/lib/server/org/import';
import { addPerson, counts, testDb } from './db';

const HEADER = 'name,email,role,team,started_on';

let db: Db;
let admin: Awaited<ReturnType<typeof addPerson>>;
let team: Record<'phone' | 'chat' | 'back', number>;
beforeEach(async () => {
	db = testDb();
	admin = await addPerson(db, { role: 'admin' });
	await addPerson(db, { email: 'existing@example.test' });
	const backLead = await addPerson(db, { role: 'lead' });
	const add = async (name: string, leadId: number | null = null) =>
		(await returned(db.insert(teams).values({ name, leadId }).returning())).id;
	team = {
		phone: await add('Phone Support'),
		chat: await add('Chat & Email'),
		back: await add('Back Office', backLead.id)
	};
});

const csv = (...lines: string[]) => lines.join('\n') + '\n';
const run = async (text: string) => await importUsers(db, text, admin.id);
function problemsOf(result: ImportResult): ImportProblem[] {
	if (result.ok) throw new Error(`expected problems, but ${result.created.length} were imported`);
	return result.problems;
}
/** Runs an import that must fail, and checks that it wrote nothing at all. */
async function rejected(text: string) {
	const before = await counts(db);
	const problems = problemsOf(await run(text));
	expect(await counts(db)).toEqual(before);
	return problems;
}

describe('importUsers with a good file', () => {
	const file =
		'\uFEFF' +
		[
			'Email, NAME ,Started_On,Team,ROLE',
			'mei@example.test,Mei Chen,2026-01-05,phone support,learner',
			'Tom@Example.test,Tom Becker,,Phone Support,Learner',
			'wang@example.test,Wang Li,,Phone Support,lead',
			'ada@example.test,Ada Admin,,,admin',
			'yuki@example.test,Yuki Sato,,Chat & Email,learner'
		].join('\r\n');

	it('creates every person with their role and start date', async () => {
		const result = await run(file);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.created.map(({ line, name, email }) => ({ line, name, email }))).toEqual([
			{ line: 2, name: 'Mei Chen', email: 'mei@example.test' },
			{ line: 3, name: 'Tom Becker', email: 'tom@example.test' },
			{ line: 4, name: 'Wang Li', email: 'wang@example.test' },
			{ line: 5, name: 'Ada Admin', email: 'ada@example.test' },
			{ line: 6, name: 'Yuki Sato', email: 'yuki@example.test' }
		]);
		expect(await findUserByEmail(db, 'mei@example.test')).toMatchObject({
			role: 'learner',
			startedOn: '2026-01-05',
			passwordHash: null,
			status: 'active'
		});
		expect((await findUserByEmail(db, 'tom@example.test'))?.startedOn).toBeNull();
		expect((await findUserByEmail(db, 'wang@example.test'))?.role).toBe('lead');
		expect((await findUserByEmail(db, 'ada@example.test'))?.role).toBe('admin');
	});

	it('reads the role as people write it: agent or learner, lead or team lead, any case', async () => {
		const result = await run(
			csv(
				HEADER,
				'Ana,ana@example.test,Agent,,',
				'Bo,bo@example.test, LEARNER ,,',
				'Cy,cy@example.test,Team  Lead,,',
				'Di,di@example.test,admin,,'
			)
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(
			await serially(
				['ana', 'bo', 'cy', 'di'],
				async (n) => (await findUserByEmail(db, `${n}@example.test`))?.role
			)
		).toEqual(['learner', 'learner', 'lead', 'admin']);
	});

	it('places learners in their teams and makes the lead row the lead', async () => {
		await run(file);
		const id = async (email: string) => (await findUserByEmail(db, email))!.id;
		const members = async (teamId: number) =>
			(await teamMembersOf(db, [teamId])).map((m) => m.email).sort();
		expect(await members(team.phone)).toEqual(['mei@example.test', 'tom@example.test']);
		expect(await members(team.chat)).toEqual(['yuki@example.test']);
		expect(await members(team.back)).toEqual([]);
		const leadOf = async (teamId: number) =>
			(await one(db.select().from(teams).where(eq(teams.id, teamId))))!.leadId;
		expect(await leadOf(team.phone)).toBe(await id('wang@example.test'));
		expect(await leadOf(team.chat)).toBeNull();
	});

	it('returns one working invitation token per person and audits the import once', async () => {
		const result = await run(file);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		const tokens = result.created.map((c) => c.token);
		expect(new Set(tokens).size).toBe(5);
		for (const { token, email } of result.created)
			expect((await findInvitation(db, token))?.email).toBe(email);
		// One row for the import, and the team that got its lead from the file notes the change.
		expect(await db.select().from(auditLog)).toMatchObject([
			{ actorId: admin.id, action: 'team.lead', detail: { from: null, answered: false } },
			{ actorId: admin.id, action: 'user.import', detail: { count: 5 } }
		]);
	});

	it('imports the good rows after a quoted field with commas', async () => {
		const result = await run(
			csv(HEADER, '"Lee, Ann",ann@example.test,learner,,', 'Bob,bob@example.test,learner,,')
		);
		if (!result.ok) throw new Error(JSON.stringify(result.problems));
		expect(result.created.map((c) => [c.line, c.name])).toEqual([
			[2, 'Lee, Ann'],
			[3, 'Bob']
		]);
	});
});

describe('importUsers with a bad file', () => {
	it('reports every bad row with its line and message key, and imports nothing', async () => {
		const file = csv(
			HEADER,
			'Bad Email,not-an-email,learner,,', // 2
			'Bad Role,role@example.test,boss,,', // 3
			'Bad Date,date@example.test,learner,,2026-02-30', // 4
			'No Team,team@example.test,learner,Nowhere,', // 5
			'First,dup@example.test,learner,,', // 6: fine on its own
			'Second,DUP@example.test,learner,,', // 7
			'Exists,existing@example.test,learner,,', // 8
			'Admin,admin2@example.test,admin,Chat & Email,', // 9
			'Lead One,lead1@example.test,lead,Chat & Email,', // 10: fine on its own
			'Lead Two,lead2@example.test,lead,chat & email,', // 11
			'Lead Three,lead3@example.test,lead,Back Office,', // 12
			'Short,short@example.test,learner', // 13
			'"Doe, Jane",jane@example.test,learner,,,extra' // 14
		);
		expect(await rejected(file)).toEqual([
			{ line: 2, key: 'email_invalid', params: { field: 'email' } },
			{ line: 3, key: 'csv_role_invalid', params: { role: 'boss' } },
			{ line: 4, key: 'started_on_invalid', params: { field: 'startedOn' } },
			{ line: 5, key: 'csv_unknown_team', params: { team: 'Nowhere' } },
			{ line: 7, key: 'csv_duplicate_email', params: { email: 'dup@example.test', other: 6 } },
			{ line: 8, key: 'csv_email_exists', params: { email: 'existing@example.test' } },
			{ line: 9, key: 'admin_no_team' },
			{ line: 11, key: 'csv_two_leads', params: { team: 'Chat & Email', other: 10 } },
			{ line: 12, key: 'csv_team_has_lead', params: { team: 'Back Office' } },
			{ line: 13, key: 'csv_wrong_field_count', params: { expected: 5, got: 3 } },
			{ line: 14, key: 'csv_wrong_field_count', params: { expected: 5, got: 6 } }
		]);
	});

	it('reports every problem of a row that has several', async () => {
		const file = csv(
			HEADER,
			'Good,good@example.test,learner,,',
			',existing@example.test,boss,Nowhere,x'
		);
		expect(await rejected(file)).toEqual([
			{ line: 3, key: 'name_required', params: { field: 'name' } },
			{ line: 3, key: 'csv_role_invalid', params: { role: 'boss' } },
			{ line: 3, key: 'started_on_invalid', params: { field: 'startedOn' } },
			{ line: 3, key: 'csv_email_exists', params: { email: 'existing@example.test' } },
			{ line: 3, key: 'csv_unknown_team', params: { team: 'Nowhere' } }
		]);
	});

	// A name is one line: a quoted name across lines is refused on the line it starts, and the
	// records after it are still reported on their true lines.
	it('refuses a multi-line quoted name and counts its lines in later problems', async () => {
		const file = csv(
			HEADER,
			'"Ann',
			'Marie',
			'Smith",ann@example.test,learner,,',
			'Bob,bob@,learner,,'
		);
		expect(await rejected(file)).toEqual([
			{ line: 2, key: 'name_invalid_characters', params: { field: 'name' } },
			{ line: 5, key: 'email_invalid', params: { field: 'email' } }
		]);
	});

	it('reports an unterminated quote on the line it opened', async () => {
		const file = csv(HEADER, 'Ann,ann@example.test,learner,,', '"Bob,bob@example.test,learner,,');
		expect(await rejected(file)).toEqual([{ line: 3, key: 'csv_unterminated_quote' }]);
	});
});

describe('importUsers header and size checks', () => {
	it('names every missing column', async () => {
		expect(await rejected(csv('name,email,role', 'Ann,ann@example.test,learner'))).toEqual([
			{ line: 1, key: 'csv_missing_column', params: { column: 'team' } },
			{ line: 1, key: 'csv_missing_column', params: { column: 'started_on' } }
		]);
	});

	it('names an unknown column', async () => {
		const file = csv(`${HEADER},phone`, 'Ann,ann@example.test,learner,,,123');
		expect(await rejected(file)).toEqual([
			{ line: 1, key: 'csv_unknown_column', params: { column: 'phone' } }
		]);
	});

	it('names a column given twice instead of letting the last one win', async () => {
		const file = csv(`${HEADER},email`, 'Ann,ann@example.test,learner,,,other@example.test');
		expect(await rejected(file)).toEqual([
			{ line: 1, key: 'csv_duplicate_column', params: { column: 'email' } }
		]);
	});

	it.each([
		['an empty file', ''],
		['a file of blank lines', '\uFEFF\r\n  \r\n']
	])('refuses %s', async (_, text) => {
		expect(await rejected(text)).toEqual([{ line: 1, key: 'csv_empty' }]);
	});

	it('refuses a header without rows, pointing at the header', async () => {
		expect(await rejected(HEADER)).toEqual([{ line: 1, key: 'csv_empty' }]);
		expect(await rejected(`\n\n${HEADER}\n\n`)).toEqual([{ line: 3, key: 'csv_empty' }]);
	});

	const rowsOf = (n: number) =>
		Array.from({ length: n }, (_, i) => `Person ${i},p${i}@example.test,learner,,`);

	it(`refuses more than ${IMPORT_MAX_ROWS} rows, pointing at the first one too many`, async () => {
		expect(IMPORT_MAX_ROWS).toBe(5000);
		expect(await rejected(csv(HEADER, ...rowsOf(IMPORT_MAX_ROWS + 1)))).toEqual([
			{ line: IMPORT_MAX_ROWS + 2, key: 'csv_too_many_rows', params: { max: IMPORT_MAX_ROWS } }
		]);
	});

	it(`checks the rows of a file with exactly ${IMPORT_MAX_ROWS} rows`, async () => {
		const rows = rowsOf(IMPORT_MAX_ROWS);
		rows[IMPORT_MAX_ROWS - 1] = 'Last,not-an-email,learner,,';
		expect(await rejected(csv(HEADER, ...rows))).toEqual([
			{ line: IMPORT_MAX_ROWS + 1, key: 'email_invalid', params: { field: 'email' } }
		]);
	});
});
