import { and, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import { write, type Db, one, exec } from '../db';
import { prepared } from '../db/statements';
import { pulseEntries, pulseSubmissions, teamMembers, users } from '../db/schema';
import { DomainError } from '../errors';

/** Below this many answers in a week, nothing about that week is shown to anyone. */
export const MIN_ANSWERS = 5;
export const MOOD_COMMENT_MAX = 500;

/** ISO 8601 week of a date, e.g. 2026-W48 (weeks start on Monday; week 1 holds 4 January). */
export function isoWeek(date: Date): string {
	const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	const day = d.getUTCDay() || 7;
	d.setUTCDate(d.getUTCDate() + 4 - day);
	const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
	const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
	return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** The `count` ISO weeks up to and including the one `now` falls in, oldest first. */
export function recentWeeks(now: Date, count: number): string[] {
	return Array.from({ length: count }, (_, i) =>
		isoWeek(new Date(now.getTime() - (count - 1 - i) * 7 * 86_400_000))
	);
}

export async function hasAnswered(db: Db, userId: number, teamId: number, week: string) {
	return !!(await one(
		db
			.select({ userId: pulseSubmissions.userId })
			.from(pulseSubmissions)
			.where(
				and(
					eq(pulseSubmissions.week, week),
					eq(pulseSubmissions.teamId, teamId),
					eq(pulseSubmissions.userId, userId)
				)
			)
	));
}

/**
 * Records one anonymous mood for a team's week. "Who answered" and "what was answered" go to
 * two tables that share nothing but team and week; both rows are written together or not at all.
 */
export async function recordMood(
	db: Db,
	userId: number,
	teamId: number,
	mood: number,
	comment: string,
	now = new Date()
) {
	if (!Number.isInteger(mood) || mood < 1 || mood > 5) throw new DomainError('mood_invalid', 422);
	const text = comment.trim();
	if (text.length > MOOD_COMMENT_MAX)
		throw new DomainError('mood_comment_too_long', 422, { max: MOOD_COMMENT_MAX });
	const week = isoWeek(now);
	await write(db, async (tx) => {
		const claimed = await exec(
			tx.insert(pulseSubmissions).values({ week, teamId, userId }).onConflictDoNothing()
		);
		if (claimed.changes === 0) throw new DomainError('mood_already', 409);
		await exec(
			tx
				.insert(pulseEntries)
				.values({ id: crypto.randomUUID(), teamId, week, mood, comment: text || null })
		);
	});
	return week;
}

export interface WeekMood {
	week: string;
	answers: number;
	/** Null (and no distribution or comments) below MIN_ANSWERS. */
	average: number | null;
	distribution: number[] | null;
	comments: string[] | null;
}

/** What a figure shows of some answers: the average, the distribution and the comments. */
export function summary(entries: { mood: number; comment: string | null }[]) {
	return {
		average: Math.round((entries.reduce((s, e) => s + e.mood, 0) / entries.length) * 10) / 10,
		distribution: [1, 2, 3, 4, 5].map((m) => entries.filter((e) => e.mood === m).length),
		// Sorted, so not even the order of comments hints at who wrote what.
		comments: entries
			.map((e) => e.comment)
			.filter((c): c is string => !!c)
			.sort((a, b) => a.localeCompare(b))
	};
}

/** A team's answers in some weeks (a JSON array): built once, /team reads it for every team shown. */
const moodOfWeeks = prepared((db) =>
	db
		.select({ week: pulseEntries.week, mood: pulseEntries.mood, comment: pulseEntries.comment })
		.from(pulseEntries)
		.where(
			and(
				eq(pulseEntries.teamId, sql.placeholder('team')),
				sql`${pulseEntries.week} in (select value from json_each(${sql.placeholder('weeks')}))`
			)
		)
		.prepare()
);

/** A team's weeks, oldest first, each shown only when enough people answered. */
export async function teamMood(db: Db, teamId: number, weeks: string[]): Promise<WeekMood[]> {
	const rows = await moodOfWeeks(db).all({ team: teamId, weeks: JSON.stringify(weeks) });
	return weeks.map((week) => {
		const entries = rows.filter((r) => r.week === week);
		if (entries.length < MIN_ANSWERS)
			return { week, answers: entries.length, average: null, distribution: null, comments: null };
		return { week, answers: entries.length, ...summary(entries) };
	});
}

/** Two falling weeks in a row among the weeks that can be shown: time for a check-in. */
export function fallingTwice(weeks: WeekMood[]): boolean {
	const shown = weeks.filter((w) => w.average !== null).map((w) => w.average!);
	const [a, b, c] = shown.slice(-3);
	return shown.length >= 3 && a > b && b > c;
}

/** The `count` weeks before the one `now` falls in (closed weeks), oldest first. */
export function closedWeeks(now: Date, count: number): string[] {
	return recentWeeks(new Date(now.getTime() - 7 * 86_400_000), count);
}

/** Weeks are rolled up in fixed blocks of this many (by ISO week number), never sliding. */
export const BLOCK_WEEKS = 4;

/** The fixed block a week belongs to: weeks 1–4 of a year are block 1, 5–8 block 2… */
export function blockOf(week: string): string {
	const [year, w] = week.split('-W');
	return `${year}-B${Math.ceil(Number(w) / BLOCK_WEEKS)}`;
}

/** The BLOCK_WEEKS weeks of a block, e.g. 2026-B12 → 2026-W45 … 2026-W48. */
export function weeksOfBlock(block: string): string[] {
	const [year, n] = block.split('-B');
	return Array.from(
		{ length: BLOCK_WEEKS },
		(_, i) => `${year}-W${String((Number(n) - 1) * BLOCK_WEEKS + i + 1).padStart(2, '0')}`
	);
}

export interface BlockMood {
	block: string;
	weeks: string[];
	people: number;
	average: number;
	distribution: number[];
	comments: string[];
}

/**
 * Several weeks together, for weeks that cannot be shown alone: a fixed block of BLOCK_WEEKS
 * weeks is shown when every one of its weeks is closed and hidden (so nothing shown can be
 * subtracted from it) and at least MIN_ANSWERS different people answered in it. `weeks` are the
 * closed weeks read (oldest first) with their moods.
 */
export async function teamBlocks(db: Db, teamId: number, weeks: WeekMood[]): Promise<BlockMood[]> {
	const byBlock = new Map<string, WeekMood[]>();
	for (const w of weeks) byBlock.set(blockOf(w.week), [...(byBlock.get(blockOf(w.week)) ?? []), w]);
	const out: BlockMood[] = [];
	for (const [block, inBlock] of byBlock) {
		const all = weeksOfBlock(block);
		// Every week of the block read (all closed), none shown on its own.
		if (inBlock.length !== BLOCK_WEEKS || inBlock.some((w) => w.average !== null)) continue;
		const people = (await one(
			db
				.select({ n: countDistinct(pulseSubmissions.userId) })
				.from(pulseSubmissions)
				.where(and(eq(pulseSubmissions.teamId, teamId), inArray(pulseSubmissions.week, all)))
		))!.n;
		if (people < MIN_ANSWERS) continue;
		const entries = await db
			.select({ mood: pulseEntries.mood, comment: pulseEntries.comment })
			.from(pulseEntries)
			.where(and(eq(pulseEntries.teamId, teamId), inArray(pulseEntries.week, all)));
		out.push({ block, weeks: all, people, ...summary(entries) });
	}
	return out;
}

/** How many active people are in the team: whether a week can ever reach MIN_ANSWERS. */
export async function teamSize(db: Db, teamId: number) {
	return (await one(
		db
			.select({ n: countDistinct(teamMembers.userId) })
			.from(teamMembers)
			.innerJoin(users, eq(users.id, teamMembers.userId))
			.where(and(eq(teamMembers.teamId, teamId), eq(users.status, 'active')))
	))!.n;
}
