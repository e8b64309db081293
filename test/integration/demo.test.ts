import { count, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
import {
	coachingSessions,
	reviews,
	roleplayRuns,
	statements,
	teams,
	users
} from '../../src/lib/server/db/schema';
import { verifyPassword } from '../../src/lib/server/auth/password';
import { DEMO_PASSWORD, seedDemoIfEmpty } from '../../src/lib/server/org/demo';
import { teamMembersOf } from '../../src/lib/server/org/teams';
import { playDemoHistory } from '../../src/lib/server/org/demo-history';
import { loadContent } from '../../src/lib/server/content';
import { completions } from '../../src/lib/server/growth/record';
import { addPerson, counts, testDb } from './db';

let db: Db;
beforeEach(() => {
	db = testDb();
});

describe('seedDemoIfEmpty on an empty database', () => {
	let seeded: boolean;
	beforeEach(async () => {
		seeded = await seedDemoIfEmpty(db, new Date('2026-03-01T12:00:00Z'));
	});

	const people = () => db.select().from(users).all();
	const byRole = (role: string) => people().filter((u) => u.role === role);

	it('creates 1 admin, 2 leads and 8 learners, all marked demo and active', () => {
		expect(seeded).toBe(true);
		expect([byRole('admin').length, byRole('lead').length, byRole('learner').length]).toEqual([
			1, 2, 8
		]);
		expect(people()).toHaveLength(11);
		expect(people().every((u) => u.demo && u.status === 'active')).toBe(true);
	});

	it('creates 2 teams, each with a lead and 4 learner members', () => {
		const all = db.select().from(teams).all();
		expect(all).toHaveLength(2);
		const leadIds = byRole('lead').map((u) => u.id);
		const learnerIds = new Set(byRole('learner').map((u) => u.id));
		for (const team of all) {
			expect(leadIds).toContain(team.leadId);
			const members = teamMembersOf(db, [team.id]);
			expect(members).toHaveLength(4);
			expect(members.every((m) => learnerIds.has(m.id))).toBe(true);
		}
		expect(new Set(all.map((t) => t.leadId)).size).toBe(2);
		expect(
			new Set(
				teamMembersOf(
					db,
					all.map((t) => t.id)
				).map((m) => m.id)
			).size
		).toBe(8);
	});

	it('names the accounts so their role shows in the email', () => {
		expect(byRole('admin').every((u) => u.email.includes('admin'))).toBe(true);
		expect(byRole('lead').every((u) => u.email.includes('lead'))).toBe(true);
		expect(
			byRole('learner').every((u) => !u.email.includes('admin') && !u.email.includes('lead'))
		).toBe(true);
	});

	it('gives learners start dates counted back from `now`', () => {
		const dates = byRole('learner').map((u) => u.startedOn);
		expect(dates.every((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
		expect(dates.every((d) => d! < '2026-03-01')).toBe(true);
		expect(byRole('admin')[0].startedOn).toBeNull();
	});

	it('sets the demo password (checked on two accounts: argon2 is slow)', async () => {
		const [admin] = byRole('admin');
		const [learner] = byRole('learner');
		expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(learner.passwordHash!, DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(learner.passwordHash!, 'wrong-password')).toBe(false);
		expect(people().every((u) => u.passwordHash?.startsWith('$argon2id$'))).toBe(true);
	});

	it('does nothing when run a second time', async () => {
		const before = counts(db);
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(counts(db)).toEqual(before);
	});
});

describe('seedDemoIfEmpty on a database with people', () => {
	it('leaves an organisation with even one user untouched', async () => {
		addPerson(db, { role: 'admin' });
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(db.select({ n: count() }).from(users).get()!.n).toBe(1);
		expect(db.select({ n: count() }).from(teams).get()!.n).toBe(0);
	});
});

describe('the demo history', () => {
	it(
		'ends every course a demo agent read with a passed assessment, so it has its certificate',
		{ timeout: 60_000 },
		async () => {
			const now = Date.parse('2026-03-01T12:00:00Z');
			await seedDemoIfEmpty(db, new Date(now));
			const { index: content } = loadContent('content', { simulate: false });
			playDemoHistory(db, content, now);
			const learners = db.select().from(users).where(eq(users.role, 'learner')).all();
			let courses = 0;
			for (const person of learners)
				for (const course of completions(db, content, person.id).courses) {
					courses++;
					expect(course.certifiedAt, `${person.email}: ${course.slug}`).not.toBeNull();
					expect(course.certifiedAt!).toBeLessThanOrEqual(now);
				}
			expect(courses).toBeGreaterThan(5);
			const tom = learners.find((u) => u.email === 'tom@demo.coachline.test')!;
			expect(completions(db, content, tom.id).courses.map((c) => c.slug)).toContain(
				'service-foundations'
			);
		}
	);

	it(
		'gives the Chinese agent and lead a lived-in history in Chinese',
		{ timeout: 60_000 },
		async () => {
			const now = Date.parse('2026-03-01T12:00:00Z');
			await seedDemoIfEmpty(db, new Date(now));
			const { index: content } = loadContent('content', { simulate: false });
			playDemoHistory(db, content, now);
			const person = (email: string) =>
				db.select().from(users).where(eq(users.email, email)).get()!;
			const zhang = person('zhang@demo.coachline.test');
			const lin = person('lead.lin@demo.coachline.test');
			for (const p of [zhang, lin])
				expect(p).toMatchObject({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
			// His quizzes were taken in Chinese, and the record says so.
			const mine = db.select().from(statements).where(eq(statements.actorId, zhang.id)).all();
			const quizzes = mine.filter((s) => s.objectType === 'quiz');
			expect(quizzes.length).toBeGreaterThan(3);
			expect(
				quizzes.every((s) => (s.context as { language?: string } | null)?.language === 'zh-CN')
			).toBe(true);
			// His role-plays ran in the Chinese edition wherever one exists.
			for (const run of db
				.select()
				.from(roleplayRuns)
				.where(eq(roleplayRuns.userId, zhang.id))
				.all()) {
				const scenario = content.scenario(run.scenarioId)!;
				const zh = scenario.translations['zh-CN'];
				expect(run.scenarioVersion).toBe(zh ? zh.version : scenario.version);
			}
			// His lead coaches him in Chinese: a review he acknowledged, a one-to-one.
			const review = db.select().from(reviews).where(eq(reviews.agentId, zhang.id)).get()!;
			expect(review).toMatchObject({ leadId: lin.id, status: 'acknowledged' });
			expect(review.comment).toMatch(/\p{Script=Han}/u);
			const session = db
				.select()
				.from(coachingSessions)
				.where(eq(coachingSessions.agentId, zhang.id))
				.get()!;
			expect(session.notes).toMatch(/\p{Script=Han}/u);
		}
	);
});
