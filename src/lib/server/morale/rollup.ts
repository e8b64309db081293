import { and, asc, countDistinct, eq, inArray, sql } from 'drizzle-orm';
import { one, serially, type Db } from '../db';
import { auditLog, pulseEntries, pulseSubmissions, teams, users } from '../db/schema';
import type { SessionUser } from '../auth/session';
import {
	blockOf,
	BLOCK_WEEKS,
	closedWeeks,
	isoWeek,
	MIN_ANSWERS,
	summary,
	teamBlocks,
	teamMood
} from './pulse';

/**
 * Several teams together. A roll-up always combines the teams of one lead (or the teams without
 * a lead): the same figure for the lead and for admins, and no team in two roll-ups, so no
 * roll-up overlaps another and nobody (alone, or two people comparing notes) can subtract one
 * from another. Inside a roll-up an answer is counted only if no other figure shows it: its
 * team's week is hidden (fewer than MIN_ANSWERS) and not part of a block its team shows. So
 * every answer is in at most one figure anyone sees, and each figure has MIN_ANSWERS different
 * people in it. The week under way is never read.
 */

/** How many closed weeks a roll-up reads, as the team page does. */
export const ROLLUP_WEEKS = 8;

/** A roll-up's teams: every team one lead leads (lead null: the teams without a lead). */
export interface Scope {
	lead: { id: number; name: string } | null;
	teams: { id: number; name: string }[];
}

/** The scope's key in a URL: the lead's id, or "none". */
export const scopeKey = (scope: Scope) => (scope.lead ? String(scope.lead.id) : 'none');

/**
 * The roll-ups a viewer may see: a lead their own teams, an admin every lead's teams and the
 * teams without a lead. Only scopes of two teams or more: one team's roll-up is the team.
 */
export async function rollupScopes(
	db: Db,
	viewer: Pick<SessionUser, 'id' | 'role'>
): Promise<Scope[]> {
	if (viewer.role !== 'admin' && viewer.role !== 'lead') return [];
	const rows = await db
		.select({ id: teams.id, name: teams.name, leadId: teams.leadId, leadName: users.name })
		.from(teams)
		.leftJoin(users, eq(users.id, teams.leadId))
		.where(viewer.role === 'admin' ? undefined : eq(teams.leadId, viewer.id))
		.orderBy(asc(users.name), asc(teams.name));
	const scopes = new Map<number | null, Scope>();
	for (const r of rows) {
		const scope = scopes.get(r.leadId) ?? {
			lead: r.leadId === null ? null : { id: r.leadId, name: r.leadName ?? '' },
			teams: []
		};
		scope.teams.push({ id: r.id, name: r.name });
		scopes.set(r.leadId, scope);
	}
	// The teams without a lead last.
	return [...scopes.values()]
		.filter((s) => s.teams.length > 1)
		.sort((a, b) => Number(a.lead === null) - Number(b.lead === null));
}

/**
 * Whether any of `teams` (as listTeams gives them: a lead's own, or every team for an admin)
 * share a lead, or are two without one: whether rollupScopes would find a roll-up. Read from a
 * list the page already has.
 */
export function hasScope(teams: { leadId: number | null }[]) {
	const seen = new Set<number | null>();
	for (const t of teams) {
		if (seen.has(t.leadId)) return true;
		seen.add(t.leadId);
	}
	return false;
}

/**
 * The first week a scope's roll-ups may show: the week its teams last changed (a team with
 * answers in closed weeks changed lead, or was deleted; see org/lead.ts), or null if they never
 * did. Before it, a figure noted earlier could be subtracted from today's to reveal one team.
 * Audit rows from before the change was noted with the lead it came from count for every scope.
 */
export async function scopeSince(db: Db, leadId: number | null): Promise<string | null> {
	const field = (name: string) => sql`json_extract(${auditLog.detail}, ${`$.${name}`})`;
	const kind = (name: string) => sql`json_type(${auditLog.detail}, ${`$.${name}`})`;
	const concerns =
		leadId === null
			? sql`(${kind('leadId')} = 'null' or ${kind('from')} = 'null')`
			: sql`(${field('leadId')} = ${leadId} or ${field('from')} = ${leadId})`;
	const row = await one(
		db
			.select({ at: sql<number | null>`max(${auditLog.at})` })
			.from(auditLog)
			.where(
				and(
					inArray(auditLog.action, ['team.lead', 'team.delete']),
					sql`coalesce(${field('answered')}, 1) = 1`,
					sql`(${kind('from')} is null or ${concerns})`
				)
			)
	);
	return row?.at == null ? null : isoWeek(new Date(row.at));
}

/** A roll-up's figure: the teams whose answers are in it, how many people, and what they said. */
export interface Figure {
	teams: string[];
	people: number;
	average: number;
	distribution: number[];
	comments: string[];
}

/** Why a closed week shows no roll-up. */
export type Hidden = 'changed' | 'alone' | 'thin';

export interface RollupWeek {
	week: string;
	figure: Figure | null;
	hidden: Hidden | null;
}

export interface RollupBlock extends Figure {
	block: string;
	weeks: string[];
}

/** The answers of some teams in some weeks as one figure, or null under MIN_ANSWERS people. */
async function figureOf(
	db: Db,
	included: { id: number; name: string }[],
	weeks: string[]
): Promise<Figure | null> {
	if (included.length === 0) return null;
	const ids = included.map((t) => t.id);
	// Different people: someone in two of the teams who answered in both counts once.
	const people = (await one(
		db
			.select({ n: countDistinct(pulseSubmissions.userId) })
			.from(pulseSubmissions)
			.where(and(inArray(pulseSubmissions.teamId, ids), inArray(pulseSubmissions.week, weeks)))
	))!.n;
	if (people < MIN_ANSWERS) return null;
	const entries = await db
		.select({ mood: pulseEntries.mood, comment: pulseEntries.comment })
		.from(pulseEntries)
		.where(and(inArray(pulseEntries.teamId, ids), inArray(pulseEntries.week, weeks)));
	return { teams: included.map((t) => t.name), people, ...summary(entries) };
}

/**
 * A scope's roll-up over the last closed weeks (newest first) and its fixed blocks of weeks.
 * A week combines the answers of the scope's teams that no other figure shows (see above); a
 * block, when none of its weeks could be shown together, combines the teams whose every week of
 * it was hidden and whose own block was not shown: the same rule as one team's blocks.
 */
export async function scopeMood(db: Db, scope: Scope, now: Date) {
	const weeks = closedWeeks(now, ROLLUP_WEEKS);
	const since = await scopeSince(db, scope.lead?.id ?? null);
	const settled = (week: string) => since === null || week >= since;
	const perTeam = await serially(scope.teams, async (team) => {
		const moods = await teamMood(db, team.id, weeks);
		return {
			team,
			moods,
			blocks: new Set((await teamBlocks(db, team.id, moods)).map((b) => b.block))
		};
	});
	const alone = (p: (typeof perTeam)[number], i: number) =>
		p.moods[i].average !== null || p.blocks.has(blockOf(weeks[i]));
	const rolled: RollupWeek[] = await serially(weeks, async (week, i): Promise<RollupWeek> => {
		if (!settled(week)) return { week, figure: null, hidden: 'changed' };
		const free = perTeam.filter((p) => p.moods[i].answers > 0 && !alone(p, i));
		const figure = await figureOf(
			db,
			free.map((p) => p.team),
			[week]
		);
		if (figure) return { week, figure, hidden: null };
		return {
			week,
			figure,
			hidden: free.length === 0 && perTeam.some((p) => alone(p, i)) ? 'alone' : 'thin'
		};
	});
	const blocks: RollupBlock[] = [];
	const byBlock = new Map<string, { week: string; i: number }[]>();
	weeks.forEach((week, i) =>
		byBlock.set(blockOf(week), [...(byBlock.get(blockOf(week)) ?? []), { week, i }])
	);
	for (const [block, inBlock] of byBlock) {
		if (inBlock.length !== BLOCK_WEEKS || !inBlock.every(({ week }) => settled(week))) continue;
		if (inBlock.some(({ i }) => rolled[i].figure)) continue;
		const included = perTeam.filter(
			(p) =>
				!p.blocks.has(block) &&
				inBlock.every(({ i }) => p.moods[i].average === null) &&
				inBlock.some(({ i }) => p.moods[i].answers > 0)
		);
		const figure = await figureOf(
			db,
			included.map((p) => p.team),
			inBlock.map(({ week }) => week)
		);
		if (figure) blocks.push({ block, weeks: inBlock.map(({ week }) => week), ...figure });
	}
	return { weeks: rolled.reverse(), blocks: blocks.reverse(), since };
}
