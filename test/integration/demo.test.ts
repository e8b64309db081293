import { count, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { serially, one, type Db } from '../../src/lib/server/db';
import {
	coachingSessions,
	competencyEvidence,
	pulseEntries,
	pulseSubmissions,
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
import { type ContentIndex } from '../../src/lib/server/content';
import { competencyLevels, evidenceOf } from '../../src/lib/server/growth/record';
import {
	closedWeeks,
	fallingTwice,
	isoWeek,
	teamBlocks,
	teamMood
} from '../../src/lib/server/morale/pulse';
import { rollupScopes, scopeMood } from '../../src/lib/server/morale/rollup';
import { teamWall } from '../../src/lib/server/morale/kudos';
import { teamSuggestions } from '../../src/lib/server/morale/suggestions';
import { teamCases } from '../../src/lib/server/morale/cases';
import { completions } from '../../src/lib/server/growth/record';
import { addPerson, counts, testDb } from './db';
import { realContent } from './real-content';

let db: Db;
beforeEach(() => {
	db = testDb();
});

describe('seedDemoIfEmpty on an empty database', () => {
	let seeded: boolean;
	beforeEach(async () => {
		seeded = await seedDemoIfEmpty(db, new Date('2026-03-01T12:00:00Z'));
	});

	const people = async () => await db.select().from(users);
	const byRole = async (role: string) => (await people()).filter((u) => u.role === role);

	it('creates 1 admin, 2 leads and 20 learners, all marked demo and active', async () => {
		expect(seeded).toBe(true);
		expect([
			(await byRole('admin')).length,
			(await byRole('lead')).length,
			(await byRole('learner')).length
		]).toEqual([1, 2, 20]);
		expect(await people()).toHaveLength(23);
		expect((await people()).every((u) => u.demo && u.status === 'active')).toBe(true);
	});

	it('creates 3 teams of six agents or more; 林芳 leads two of them', async () => {
		const all = await db.select().from(teams);
		expect(all.map((t) => t.name)).toEqual(['Phone Support', 'Chat & Email', 'Social Media']);
		const lead = async (email: string) => (await byRole('lead')).find((u) => u.email === email)!.id;
		expect(all.map((t) => t.leadId)).toEqual([
			await lead('lead.wang@demo.coachline.test'),
			await lead('lead.lin@demo.coachline.test'),
			await lead('lead.lin@demo.coachline.test')
		]);
		const learnerIds = new Set((await byRole('learner')).map((u) => u.id));
		for (const team of all) {
			const members = await teamMembersOf(db, [team.id]);
			expect(members.length, team.name).toBeGreaterThanOrEqual(6);
			expect(members.every((m) => learnerIds.has(m.id))).toBe(true);
		}
		// Everyone is in exactly one team.
		const placed = (
			await teamMembersOf(
				db,
				all.map((t) => t.id)
			)
		).map((m) => m.id);
		expect(placed).toHaveLength(20);
		expect(new Set(placed).size).toBe(20);
	});

	it('keeps the people the README and the tests sign in as, with their emails and teams', async () => {
		const teamOf = async (email: string) => {
			const user = (await people()).find((u) => u.email === email)!;
			let team: { name: string } | undefined;
			for (const t of await db.select().from(teams))
				if ((await teamMembersOf(db, [t.id])).some((m) => m.id === user.id)) team ??= t;
			return [user.name, team?.name];
		};
		expect(await teamOf('mei@demo.coachline.test')).toEqual(['Mei Chen', 'Phone Support']);
		expect(await teamOf('tom@demo.coachline.test')).toEqual(['Tom Becker', 'Phone Support']);
		expect(await teamOf('yuki@demo.coachline.test')).toEqual(['Yuki Sato', 'Chat & Email']);
		expect(await teamOf('zhang@demo.coachline.test')).toEqual(['张伟', 'Chat & Email']);
	});

	it('names the accounts so their role shows in the email', async () => {
		expect((await byRole('admin')).every((u) => u.email.includes('admin'))).toBe(true);
		expect((await byRole('lead')).every((u) => u.email.includes('lead'))).toBe(true);
		expect(
			(await byRole('learner')).every(
				(u) => !u.email.includes('admin') && !u.email.includes('lead')
			)
		).toBe(true);
	});

	it('gives learners start dates counted back from `now`', async () => {
		const dates = (await byRole('learner')).map((u) => u.startedOn);
		expect(dates.every((d) => d !== null && /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(true);
		expect(dates.every((d) => d! < '2026-03-01')).toBe(true);
		expect((await byRole('admin'))[0].startedOn).toBeNull();
	});

	it('sets the demo password (checked on two accounts: argon2 is slow)', async () => {
		const [admin] = await byRole('admin');
		const [learner] = await byRole('learner');
		expect(await verifyPassword(admin.passwordHash!, DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(learner.passwordHash!, DEMO_PASSWORD)).toBe(true);
		expect(await verifyPassword(learner.passwordHash!, 'wrong-password')).toBe(false);
		expect((await people()).every((u) => u.passwordHash?.startsWith('$argon2id$'))).toBe(true);
	});

	it('does nothing when run a second time', async () => {
		const before = await counts(db);
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect(await counts(db)).toEqual(before);
	});
});

describe('seedDemoIfEmpty on a database with people', () => {
	it('leaves an organisation with even one user untouched', async () => {
		await addPerson(db, { role: 'admin' });
		expect(await seedDemoIfEmpty(db)).toBe(false);
		expect((await one(db.select({ n: count() }).from(users)))!.n).toBe(1);
		expect((await one(db.select({ n: count() }).from(teams)))!.n).toBe(0);
	});
});

describe('the demo history', () => {
	const NOW = Date.parse('2026-03-01T12:00:00Z');
	let hist: Db;
	let content: ContentIndex;
	beforeAll(async () => {
		hist = testDb();
		await seedDemoIfEmpty(hist, new Date(NOW));
		content = realContent();
		await playDemoHistory(hist, content, NOW);
	}, 120_000);

	const person = async (email: string) =>
		(await one(
			hist
				.select()
				.from(users)
				.where(eq(users.email, `${email}@demo.coachline.test`))
		))!;
	const team = async (name: string) =>
		(await one(hist.select().from(teams).where(eq(teams.name, name))))!;
	const levels = async (email: string) =>
		competencyLevels(content, await evidenceOf(hist, (await person(email)).id, 'self'), NOW).map(
			(c) => c.level
		);

	it('ends every course a demo agent read with a passed assessment, so it has its certificate', async () => {
		const learners = await hist.select().from(users).where(eq(users.role, 'learner'));
		let courses = 0;
		for (const p of learners)
			for (const course of (await completions(hist, content, p.id)).courses) {
				courses++;
				expect(course.certifiedAt, `${p.email}: ${course.slug}`).not.toBeNull();
				expect(course.certifiedAt!).toBeLessThanOrEqual(NOW);
			}
		expect(courses).toBeGreaterThan(30);
		expect(
			(await completions(hist, content, (await person('tom')).id)).courses.map((c) => c.slug)
		).toContain('service-foundations');
	});

	it('gives the Chinese agent and lead a lived-in history in Chinese', async () => {
		const zhang = await person('zhang');
		const lin = await person('lead.lin');
		for (const p of [zhang, lin, await person('chen.jing'), await person('li.na')])
			expect(p).toMatchObject({ language: 'zh-CN', timeZone: 'Asia/Shanghai' });
		// His quizzes were taken in Chinese, and the record says so.
		const mine = await hist.select().from(statements).where(eq(statements.actorId, zhang.id));
		const quizzes = mine.filter((s) => s.objectType === 'quiz');
		expect(quizzes.length).toBeGreaterThan(3);
		expect(
			quizzes.every((s) => (s.context as { language?: string } | null)?.language === 'zh-CN')
		).toBe(true);
		// His role-plays ran in the Chinese edition wherever one exists.
		for (const run of await hist
			.select()
			.from(roleplayRuns)
			.where(eq(roleplayRuns.userId, zhang.id))) {
			const scenario = content.scenario(run.scenarioId)!;
			const zh = scenario.translations['zh-CN'];
			expect(run.scenarioVersion).toBe(zh ? zh.version : scenario.version);
		}
		// His lead coaches him in Chinese: a review he acknowledged, a one-to-one.
		const review = (await one(hist.select().from(reviews).where(eq(reviews.agentId, zhang.id))))!;
		expect(review).toMatchObject({ leadId: lin.id, status: 'acknowledged' });
		expect(review.comment).toMatch(/\p{Script=Han}/u);
		const session = (await one(
			hist.select().from(coachingSessions).where(eq(coachingSessions.agentId, zhang.id))
		))!;
		expect(session.notes).toMatch(/\p{Script=Han}/u);
	});

	it('leaves a dispute waiting for each lead', async () => {
		const disputed = await hist.select().from(reviews).where(eq(reviews.status, 'disputed'));
		expect(disputed.map((r) => [r.leadId, r.agentId])).toEqual([
			[(await person('lead.wang')).id, (await person('tom')).id],
			[(await person('lead.lin')).id, (await person('liu.yang')).id]
		]);
		expect(disputed[1].disputeReason).toMatch(/\p{Script=Han}/u);
	});

	it('makes levels believable: veterans proficient in several competencies, new hires not yet', async () => {
		const proficient = async (email: string) => (await levels(email)).filter((l) => l >= 3).length;
		for (const veteran of ['hannah', 'diego', 'chen.jing', 'zhang'])
			expect(await proficient(veteran), veteran).toBeGreaterThanOrEqual(4);
		for (const newHire of ['mei', 'yuki', 'zhao.min']) {
			expect(Math.max(...(await levels(newHire))), newHire).toBeLessThanOrEqual(2);
			expect(
				(await levels(newHire)).some((l) => l >= 1),
				newHire
			).toBe(true);
		}
		// Lessons and quizzes are played, not only role-plays: everyone has both.
		for (const p of await hist.select().from(users).where(eq(users.role, 'learner'))) {
			const kinds = new Set(
				(
					await hist
						.select({ kind: competencyEvidence.kind })
						.from(competencyEvidence)
						.where(eq(competencyEvidence.userId, p.id))
				).map((e) => e.kind)
			);
			expect(kinds.has('lesson') && kinds.has('quiz'), p.email).toBe(true);
		}
	});

	it('gives every team closed weeks of mood that show, and 林芳’s two teams a roll-up', async () => {
		const weeks = closedWeeks(new Date(NOW), 8);
		for (const name of ['Phone Support', 'Chat & Email', 'Social Media']) {
			const moods = await teamMood(hist, (await team(name)).id, weeks);
			expect(moods.filter((w) => w.average !== null).length, name).toBeGreaterThanOrEqual(3);
			// Nothing in the week under way, and no fall for "Needs you" to raise.
			expect(
				(await teamMood(hist, (await team(name)).id, [isoWeek(new Date(NOW))]))[0].answers
			).toBe(0);
			expect(fallingTwice(moods), name).toBe(false);
		}
		// Phone Support's quiet month shows as one block of four weeks.
		const phone = (await team('Phone Support')).id;
		expect(await teamBlocks(hist, phone, await teamMood(hist, phone, weeks))).toHaveLength(1);
		const [lins] = await rollupScopes(hist, await person('lead.lin'));
		expect(lins.teams.map((t) => t.name)).toEqual(['Chat & Email', 'Social Media']);
		const shown = (await scopeMood(hist, lins, new Date(NOW))).weeks.filter((w) => w.figure);
		expect(shown.map((w) => w.figure!.people)).toEqual([7, 5]);
		expect(await rollupScopes(hist, await person('lead.wang'))).toEqual([]);
		// Through recordMood: one entry per submission, and no entry names a person.
		const entries = await hist.select().from(pulseEntries);
		expect(entries.length).toBe((await hist.select().from(pulseSubmissions)).length);
		expect(Object.keys(entries[0]).sort()).toEqual(['comment', 'id', 'mood', 'teamId', 'week']);
	});

	it('writes each team’s room as its people would: English on the phones, Chinese for 林芳’s teams', async () => {
		const han = /\p{Script=Han}/u;
		for (const [name, chinese] of [
			['Phone Support', false],
			['Chat & Email', true],
			['Social Media', true]
		] as const) {
			const id = (await team(name)).id;
			const wall = await teamWall(hist, id);
			const ideas = await teamSuggestions(hist, id);
			const cases = await teamCases(hist, id, (await person('lead.lin')).id);
			expect(wall.length, name).toBeGreaterThanOrEqual(4);
			expect(ideas.length, name).toBeGreaterThanOrEqual(3);
			expect(cases.length, name).toBeGreaterThanOrEqual(1);
			// Some suggestions answered (one declined, with its reason), some still waiting.
			expect(ideas.some((x) => x.status !== 'received' && x.reply)).toBe(true);
			expect(ideas.some((x) => x.status === 'received')).toBe(true);
			expect(ideas.some((x) => x.author === null)).toBe(true);
			expect(cases.some((c) => c.reactions.some((r) => r.count > 0))).toBe(true);
			const texts = [...wall.map((k) => k.message), ...cases.map((c) => c.body)];
			if (chinese)
				expect(texts.filter((t) => han.test(t)).length).toBeGreaterThan(texts.length / 2);
			else expect(texts.some((t) => han.test(t))).toBe(false);
		}
	});

	it('tells the same story every time', { timeout: 120_000 }, async () => {
		const again = testDb();
		await seedDemoIfEmpty(again, new Date(NOW));
		await playDemoHistory(again, content, NOW);
		const story = async (d: Db) =>
			await serially(await d.select().from(users).where(eq(users.role, 'learner')), async (u) => [
				u.email,
				competencyLevels(content, await evidenceOf(d, u.id, 'self'), NOW).map((c) => c.level)
			]);
		expect(await story(again)).toEqual(await story(hist));
		const figures = async (d: Db) => {
			const weeks = closedWeeks(new Date(NOW), 8);
			return await serially(
				await d.select().from(teams),
				async (t) => await teamMood(d, t.id, weeks)
			);
		};
		expect(await figures(again)).toEqual(await figures(hist));
	});
});
