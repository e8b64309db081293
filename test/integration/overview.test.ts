// The admin home's figures: people by role and account state, who was active this week,
// onboarding on track or overdue (as each person's /learn counts it), and course completion.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { returned, exec, type Db } from '../../src/lib/server/db';
import {
	assignments,
	invitations,
	progress,
	roleplayRuns,
	sessions,
	statements,
	users,
	type Role
} from '../../src/lib/server/db/schema';
import {
	activeThisWeek,
	adminOverview,
	onboardingFigures,
	peopleFigures
} from '../../src/lib/server/org/overview';
import { addDays } from '../../src/lib/server/record/onboarding';
import { countStatements, testDb } from './db';
import { realContent } from './real-content';

const content = realContent();
const NOW = Date.parse('2026-12-10T12:00:00Z');
const TODAY = '2026-12-10';
const DAY = 86_400_000;

let db: Db;
let serial = 0;
beforeEach(() => {
	db = testDb();
});

async function person(
	props: {
		role?: Role;
		status?: 'active' | 'disabled';
		password?: boolean;
		startedOn?: string | null;
		name?: string;
	} = {}
) {
	serial++;
	return (
		await returned(
			db
				.insert(users)
				.values({
					name: props.name ?? `Person ${serial}`,
					email: `p${serial}@example.test`,
					role: props.role ?? 'learner',
					status: props.status ?? 'active',
					passwordHash: props.password === false ? null : 'x',
					startedOn: props.startedOn ?? null
				})
				.returning()
		)
	).id;
}

const invite = async (userId: number, expiresAt: number) =>
	await exec(
		db.insert(invitations).values({ id: `h${userId}`, userId, createdAt: NOW - DAY, expiresAt })
	);

const completed = async (
	userId: number,
	objectType: 'course' | 'lesson' | 'quiz',
	objectId: string
) =>
	await exec(
		db.insert(progress).values({
			userId,
			objectType,
			objectId,
			status: 'completed',
			startedAt: NOW - 20 * DAY,
			completedAt: NOW - DAY
		})
	);

let statementSerial = 0;
const statement = async (actorId: number, at: number, verb = 'completed', registration?: string) =>
	await exec(
		db.insert(statements).values({
			id: `s${++statementSerial}`,
			actorId,
			verb,
			objectType: 'lesson',
			objectId: 'service-foundations/why-service-matters',
			registration: registration ?? null,
			timestamp: at
		})
	);

describe('peopleFigures', () => {
	it('counts everyone by role and by account state', async () => {
		await person({ role: 'admin' });
		await person({ role: 'lead' });
		await person();
		await person({ status: 'disabled' });
		await invite(await person({ password: false }), NOW + DAY); // pending
		await invite(await person({ password: false, role: 'lead' }), NOW - 1); // expired
		await person({ password: false }); // never had a link: expired
		const f = await peopleFigures(db, NOW);
		expect(f.total).toBe(7);
		expect(f.roles).toEqual({ learner: 4, lead: 2, admin: 1 });
		expect(f.statuses).toEqual({ active: 3, pending: 1, expired: 2, disabled: 1 });
		expect(f.enabled).toEqual({ learner: 3, lead: 2, admin: 1 });
	});

	it('is all zeros for an empty organisation', async () => {
		expect(await peopleFigures(db, NOW)).toMatchObject({
			total: 0,
			statuses: { active: 0, pending: 0, expired: 0, disabled: 0 }
		});
	});
});

describe('activeThisWeek', () => {
	it('counts a sign-in or a learning event of their own in the last 7 days, once per person', async () => {
		const signedIn = await person();
		await exec(
			db
				.insert(sessions)
				.values({ id: 'a', userId: signedIn, createdAt: NOW - 2 * DAY, lastSeenAt: NOW - DAY })
		);
		const learned = await person();
		await statement(learned, NOW - 3 * DAY);
		await statement(learned, NOW - 2 * DAY);
		const both = await person();
		await statement(both, NOW - DAY);
		await exec(
			db.insert(sessions).values({ id: 'b', userId: both, createdAt: NOW, lastSeenAt: NOW })
		);

		const longAgo = await person();
		await statement(longAgo, NOW - 8 * DAY);
		await exec(
			db
				.insert(sessions)
				.values({ id: 'c', userId: longAgo, createdAt: NOW - 9 * DAY, lastSeenAt: NOW - 8 * DAY })
		);
		// What a lead recorded about someone is not their activity.
		const reviewed = await person();
		await statement(reviewed, NOW - DAY, 'scored');
		// Practice kept private counts for no one but its owner.
		const private_ = await person();
		await exec(
			db.insert(roleplayRuns).values({
				id: 'run-1',
				userId: private_,
				scenarioId: 'x',
				scenarioVersion: 'v',
				inkState: '{}',
				transcript: [],
				decisions: [],
				variables: {},
				startedAt: NOW - DAY,
				updatedAt: NOW - DAY
			})
		);
		await statement(private_, NOW - DAY, 'answered', 'run-1');
		// Disabled accounts and people who never signed up are not "people with an account".
		const disabled = await person({ status: 'disabled' });
		await statement(disabled, NOW - DAY);
		await person({ password: false });

		expect(activeThisWeek(db, NOW)).toEqual({ active: 3, of: 6 });
	});

	it('is nought of nought for an empty organisation', () => {
		expect(activeThisWeek(db, NOW)).toEqual({ active: 0, of: 0 });
	});
});

describe('onboardingFigures', () => {
	const path = content.paths.find((p) => p.id === 'onboarding')!;
	const started = (daysAgo: number) => addDays(TODAY, -daysAgo);

	it('counts each person with a start date as finished, overdue or on track, as /learn would', async () => {
		const first = path.courses[0];
		expect(first).toMatchObject({ kind: 'course', dueDays: 7 });

		await person({ startedOn: started(3), name: 'New' }); // nothing due yet: on track
		const late = await person({ startedOn: started(10), name: 'Late' }); // first course overdue
		const keeping = await person({ startedOn: started(10), name: 'Keeping up' });
		await completed(keeping, 'course', first.id); // on track
		const done = await person({ startedOn: started(200), name: 'Done' });
		for (const step of path.courses) await completed(done, step.kind, step.id);
		await person({ startedOn: started(60), name: 'Very late' }); // every step overdue
		// A lead's earlier date wins (oneDueDate): assigned yesterday's date, so overdue now.
		const assigned = await person({ startedOn: started(3), name: 'Assigned' });
		await exec(
			db.insert(assignments).values({
				batch: 'b1',
				userId: assigned,
				itemType: 'course',
				itemId: first.id,
				dueDate: addDays(TODAY, -1),
				createdAt: NOW - 2 * DAY,
				updatedAt: NOW - 2 * DAY
			})
		);
		// Not counted: disabled, or no start date.
		await person({ startedOn: started(60), status: 'disabled' });
		await person();

		const f = onboardingFigures(db, content, NOW);
		expect(f).toMatchObject({ people: 6, onTrack: 2, overdue: 3, done: 1 });
		expect(f.behind.map((b) => b.name)).toEqual(['Very late', 'Assigned', 'Late']);
		expect(f.behind[0].items).toBe(path.courses.length);
		expect(f.behind.find((b) => b.id === late)?.items).toBe(1);
	});

	it('has nothing to count when no one has a start date', async () => {
		await person();
		expect(onboardingFigures(db, content, NOW)).toEqual({
			people: 0,
			onTrack: 0,
			overdue: 0,
			done: 0,
			behind: []
		});
	});
});

describe('adminOverview', () => {
	it("counts each course's completions and certificates among the people it is for", async () => {
		const [a, b, c] = [await person(), await person(), await person()];
		const lead = await person({ role: 'lead' });
		const gone = await person({ status: 'disabled' });
		await completed(a, 'course', 'service-foundations');
		await completed(a, 'quiz', 'service-foundations'); // certified
		await completed(b, 'course', 'service-foundations');
		await completed(b, 'quiz', 'communication-skills'); // an assessment without the course: no certificate
		await completed(gone, 'course', 'service-foundations');
		await completed(lead, 'course', 'coaching-for-team-leads');
		await completed(c, 'course', 'coaching-for-team-leads'); // an agent on the leads' course: not counted there

		const { courses } = await adminOverview(db, content, NOW);
		expect(courses).toHaveLength(content.courses.length);
		const of = (slug: string) => courses.find((x) => x.slug === slug)!;
		expect(of('service-foundations')).toMatchObject({
			role: 'learner',
			done: 2,
			certified: 1,
			of: 3
		});
		expect(of('communication-skills')).toMatchObject({ done: 0, certified: 0, of: 3 });
		expect(of('coaching-for-team-leads')).toMatchObject({
			role: 'lead',
			done: 1,
			certified: 0,
			of: 1
		});
		expect(of('service-foundations').title).toBeTruthy();
	});
});

describe('the admin home at 10,000 people', () => {
	let big: Db;
	beforeAll(() => {
		big = testDb();
		const sqlite = big.$client;
		const path = content.paths.find((p) => p.id === 'onboarding')!;
		sqlite.transaction(() => {
			const insert = sqlite.prepare(
				'insert into users (name, email, role, password_hash, started_on) values (?, ?, ?, ?, ?)'
			);
			const done = sqlite.prepare(
				`insert into progress (user_id, object_type, object_id, status, started_at, completed_at)
				values (?, ?, ?, 'completed', 0, 0)`
			);
			const seen = sqlite.prepare(
				'insert into sessions (id, user_id, created_at, last_seen_at) values (?, ?, ?, ?)'
			);
			for (let i = 0; i < 10_000; i++) {
				const id = Number(
					insert.run(
						`P ${i}`,
						`p${i}@x.test`,
						i % 20 ? 'learner' : 'lead',
						i % 9 ? 'x' : null,
						i % 3 ? addDays(TODAY, -(i % 90)) : null
					).lastInsertRowid
				);
				for (const step of path.courses.slice(0, i % (path.courses.length + 1)))
					done.run(id, step.kind, step.id);
				if (i % 4 === 0) seen.run(`s${i}`, id, NOW - (i % 10) * DAY, NOW - (i % 10) * DAY);
			}
		})();
	}, 60_000);

	it('reads it all in five statements, and every figure adds up', async () => {
		const { result, statements } = await countStatements(
			big,
			async () => await adminOverview(big, content, NOW)
		);
		expect(statements).toBe(5);
		expect(result.people.total).toBe(10_000);
		const s = result.people.statuses;
		expect(s.active + s.pending + s.expired + s.disabled).toBe(10_000);
		const o = result.onboarding;
		expect(o.people).toBe(10_000 - Math.ceil(10_000 / 3));
		expect(o.onTrack + o.overdue + o.done).toBe(o.people);
		expect(o.behind).toHaveLength(5);
		expect(result.active.active).toBeGreaterThan(0);
		expect(result.active.active).toBeLessThanOrEqual(result.active.of);
		for (const c of result.courses) expect(c.done).toBeLessThanOrEqual(c.of);
	});
});
