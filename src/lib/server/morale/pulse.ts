import { and, eq, inArray } from 'drizzle-orm';
import { write, type Db } from '../db';
import { pulseEntries, pulseSubmissions } from '../db/schema';
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

export function hasAnswered(db: Db, userId: number, teamId: number, week: string) {
	return !!db
		.select({ userId: pulseSubmissions.userId })
		.from(pulseSubmissions)
		.where(
			and(
				eq(pulseSubmissions.week, week),
				eq(pulseSubmissions.teamId, teamId),
				eq(pulseSubmissions.userId, userId)
			)
		)
		.get();
}

/**
 * Records one anonymous mood for a team's week. "Who answered" and "what was answered" go to
 * two tables that share nothing but team and week; both rows are written together or not at all.
 */
export function recordMood(
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
	write(db, (tx) => {
		const claimed = tx
			.insert(pulseSubmissions)
			.values({ week, teamId, userId })
			.onConflictDoNothing()
			.run();
		if (claimed.changes === 0) throw new DomainError('mood_already', 409);
		tx.insert(pulseEntries)
			.values({ id: crypto.randomUUID(), teamId, week, mood, comment: text || null })
			.run();
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

/** A team's weeks, oldest first, each shown only when enough people answered. */
export function teamMood(db: Db, teamId: number, weeks: string[]): WeekMood[] {
	const rows = db
		.select({ week: pulseEntries.week, mood: pulseEntries.mood, comment: pulseEntries.comment })
		.from(pulseEntries)
		.where(and(eq(pulseEntries.teamId, teamId), inArray(pulseEntries.week, weeks)))
		.all();
	return weeks.map((week) => {
		const entries = rows.filter((r) => r.week === week);
		if (entries.length < MIN_ANSWERS)
			return { week, answers: entries.length, average: null, distribution: null, comments: null };
		const distribution = [1, 2, 3, 4, 5].map((m) => entries.filter((e) => e.mood === m).length);
		const average =
			Math.round((entries.reduce((s, e) => s + e.mood, 0) / entries.length) * 10) / 10;
		// Sorted, so not even the order of comments hints at who wrote what.
		const comments = entries
			.map((e) => e.comment)
			.filter((c): c is string => !!c)
			.sort((a, b) => a.localeCompare(b));
		return { week, answers: entries.length, average, distribution, comments };
	});
}

/** Two falling weeks in a row among the weeks that can be shown: time for a check-in. */
export function fallingTwice(weeks: WeekMood[]): boolean {
	const shown = weeks.filter((w) => w.average !== null).map((w) => w.average!);
	const [a, b, c] = shown.slice(-3);
	return shown.length >= 3 && a > b && b > c;
}
