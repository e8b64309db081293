// The import's links as a CSV file: only working invitations of the emails they came with, every
// other cell from the database, nothing a spreadsheet would run.
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { exec, type Db } from '../../src/lib/server/db';
import { invitations, teams, users } from '../../src/lib/server/db/schema';
import { importUsers, type ImportedUser } from '../../src/lib/server/org/import';
import { invitationLinksCsv, LINKS_MAX } from '../../src/lib/server/org/invitation-links';
import { acceptInvitation, setUserStatus } from '../../src/lib/server/org/users';
import { parseCsv } from '../../src/lib/server/org/csv';
import { addPerson, counts, domainFailureOf, testDb } from './db';

const ORIGIN = 'https://coach.example.com';
let db: Db;
let admin: Awaited<ReturnType<typeof addPerson>>;
let created: ImportedUser[];

beforeEach(async () => {
	db = testDb();
	admin = await addPerson(db, { role: 'admin' });
	await exec(db.insert(teams).values({ name: 'Phone Support' }));
	const result = await importUsers(
		db,
		[
			'name,email,role,team,started_on',
			'林芳,lin@example.com,agent,Phone Support,2026-12-01',
			'"=HYPERLINK(""http://evil"")",formula@example.com,agent,,',
			'"Ng, Kim",kim@example.com,lead,Phone Support,'
		].join('\n'),
		admin.id
	);
	if (!result.ok) throw new Error('the fixture import failed');
	created = result.created;
});

const claims = (people = created) => people.map((p) => ({ email: p.email, token: p.token }));
const refused = async (fn: () => unknown) => {
	const before = await counts(db);
	const failure = await domainFailureOf(fn);
	expect(await counts(db)).toEqual(before);
	return failure;
};

describe('invitationLinksCsv', () => {
	it('writes name, email, team, link and expiry for each person, from the database', async () => {
		const csv = await invitationLinksCsv(db, claims(), ORIGIN);
		expect(csv.startsWith('\uFEFF')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const rows = parseCsv(csv).map((r) => r.fields);
		expect(rows[0]).toEqual(['name', 'email', 'team', 'link', 'expires']);
		const expiry = new Map(
			(
				await db
					.select({ email: users.email, at: invitations.expiresAt })
					.from(invitations)
					.innerJoin(users, eq(users.id, invitations.userId))
			).map((r) => [r.email, new Date(r.at).toISOString()])
		);
		const iso = (i: number) => expiry.get(created[i].email);
		expect(rows.slice(1)).toEqual([
			['林芳', 'lin@example.com', 'Phone Support', `${ORIGIN}/invite/${created[0].token}`, iso(0)],
			// A cell a spreadsheet would run as a formula starts with an apostrophe.
			[
				`'=HYPERLINK("http://evil")`,
				'formula@example.com',
				'',
				`${ORIGIN}/invite/${created[1].token}`,
				iso(1)
			],
			[
				'Ng, Kim',
				'kim@example.com',
				'Phone Support',
				`${ORIGIN}/invite/${created[2].token}`,
				iso(2)
			]
		]);
		expect(csv).toContain('"Ng, Kim"');
	});

	it('reads an email however it was cased or spaced, and one link sent twice once', async () => {
		const csv = await invitationLinksCsv(
			db,
			[
				{ email: ' LIN@Example.com ', token: created[0].token },
				{ email: 'lin@example.com', token: created[0].token }
			],
			ORIGIN
		);
		expect(parseCsv(csv)).toHaveLength(2);
	});

	it('refuses a forged, malformed or misattributed link: 422, and no file', async () => {
		const forged = [...claims(), { email: 'lin@example.com', token: 'a'.repeat(32) }];
		expect(await refused(async () => await invitationLinksCsv(db, forged, ORIGIN))).toEqual({
			key: 'links_invalid',
			status: 422
		});
		for (const token of ['', 'not-a-token', 'A'.repeat(32), `${created[0].token}x`, '../../etc'])
			expect(
				(
					await refused(
						async () => await invitationLinksCsv(db, [{ email: 'lin@example.com', token }], ORIGIN)
					)
				).key
			).toBe('links_invalid');
		// Kim's link claimed as Lin's.
		const swapped = [{ email: 'lin@example.com', token: created[2].token }];
		expect((await refused(async () => await invitationLinksCsv(db, swapped, ORIGIN))).key).toBe(
			'links_invalid'
		);
	});

	it('refuses a link that was used, has expired, or belongs to a disabled account', async () => {
		await acceptInvitation(db, created[0].token, 'hash');
		expect(await refused(async () => await invitationLinksCsv(db, claims(), ORIGIN))).toMatchObject(
			{
				key: 'links_invalid',
				status: 422
			}
		);
		const later = Date.now() + 8 * 24 * 60 * 60 * 1000;
		expect(
			(
				await refused(
					async () => await invitationLinksCsv(db, claims(created.slice(1)), ORIGIN, later)
				)
			).key
		).toBe('links_invalid');
		const kim = (await db.select().from(invitations)).at(-1)!;
		await setUserStatus(db, kim.userId, 'disabled', admin.id);
		expect(
			(await refused(async () => await invitationLinksCsv(db, claims(created.slice(2)), ORIGIN)))
				.key
		).toBe('links_invalid');
		// The ones still good are still fine on their own.
		expect(
			parseCsv(await invitationLinksCsv(db, claims(created.slice(1, 2)), ORIGIN))
		).toHaveLength(2);
	});

	it('refuses nothing to write and more links than an import makes: 400', async () => {
		expect(await refused(async () => await invitationLinksCsv(db, [], ORIGIN))).toEqual({
			key: 'links_none',
			status: 400
		});
		const many = Array.from({ length: LINKS_MAX + 1 }, () => claims()[0]);
		expect(await refused(async () => await invitationLinksCsv(db, many, ORIGIN))).toEqual({
			key: 'links_too_many',
			status: 400
		});
	});
});
