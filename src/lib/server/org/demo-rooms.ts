import { asc, eq } from 'drizzle-orm';
import type { ContentIndex } from '../content';
import { serially, one, type Db } from '../db';
import { teamMembers, teams, users } from '../db/schema';
import { blockOf, BLOCK_WEEKS, closedWeeks, recordMood } from '../morale/pulse';
import { giveKudos } from '../morale/kudos';
import { answerSuggestion, submitSuggestion } from '../morale/suggestions';
import { publishCase, toggleReaction } from '../morale/cases';
import { DEMO_ROOMS, type Room } from './demo-room-texts';

const DAY = 86_400_000;
type Person = typeof users.$inferSelect;

/** Picks a random index below `n` from the system's secure source (not the demo's seeded one). */
const secureIndex = (n: number) => crypto.getRandomValues(new Uint32Array(1))[0] % n;

/** A new array in random order. */
function shuffled<T>(list: T[]): T[] {
	const out = [...list];
	for (let i = out.length - 1; i > 0; i--) {
		const j = secureIndex(i + 1);
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

/**
 * The last eight closed weeks of a team's mood barometer, through recordMood (the same two
 * tables, the same random entry ids, nothing that ties an answer to a person). Who answered each
 * week is fixed (people who had started by then, in turn) and so is the set of moods and comments,
 * so every demo shows the same figures; which of those people gave which mood is left to the
 * system's random source, so not even this file says who answered what.
 */
async function playMoods(db: Db, room: Room, teamId: number, members: Person[], now: number) {
	const weeks = closedWeeks(new Date(now), room.weeks.length);
	// The first whole block of four weeks in view: the weeks a team with `thin` was quiet.
	const blocks = weeks.map(blockOf);
	const first = blocks.findIndex(
		(b, i) => blocks.indexOf(b) === i && blocks.lastIndexOf(b) === i + BLOCK_WEEKS - 1
	);
	await serially(room.weeks, async (week, k) => {
		// A moment in week k: the week `now` falls in, (weeks - k) weeks back.
		const at = new Date(now - (weeks.length - k) * 7 * DAY);
		const day = at.toISOString().slice(0, 10);
		const thin = room.thin && first >= 0 && k >= first && k < first + BLOCK_WEEKS;
		const count = thin ? room.thin![k - first] : week.count;
		const started = members.filter((m) => m.startedOn !== null && m.startedOn <= day);
		const start = (k * 3) % Math.max(1, started.length);
		const who = [...started.slice(start), ...started.slice(0, start)].slice(0, count);
		const answers = week.pool.slice(0, who.length);
		await serially(shuffled(who), async (person, i) => {
			const [mood, comment] = typeof answers[i] === 'number' ? [answers[i], ''] : answers[i];
			await recordMood(db, person.id, teamId, mood, comment, at);
		});
	});
}

/**
 * Each demo team's room has a history: weeks of anonymous moods, thanks between colleagues,
 * suggestions with the lead's answers, and learning cases the team has reacted to. All through
 * the morale domain's own functions, as the people would have done it.
 */
export async function playTeamRooms(
	db: Db,
	content: ContentIndex,
	people: Map<string, Person>,
	now: number
) {
	const known = new Set(content.competencies.map((c) => c.id));
	const at = (daysAgo: number, hour = 10) => now - daysAgo * DAY + (hour - 12) * 3_600_000;
	for (const room of DEMO_ROOMS) {
		const team = await one(db.select().from(teams).where(eq(teams.name, room.team)));
		if (!team) continue;
		const members = (
			await db
				.select({ user: users })
				.from(teamMembers)
				.innerJoin(users, eq(users.id, teamMembers.userId))
				.where(eq(teamMembers.teamId, team.id))
				.orderBy(asc(users.id))
		).map((r) => r.user);
		await playMoods(db, room, team.id, members, now);
		const person = (email: string) => people.get(`${email}@demo.coachline.test`);
		for (const k of room.kudos) {
			const from = person(k.from);
			const to = k.to === null ? null : person(k.to);
			if (from && to !== undefined)
				await giveKudos(db, from.id, team.id, to?.id ?? null, k.text, at(k.daysAgo));
		}
		for (const s of room.suggestions) {
			const by = person(s.by);
			if (!by) continue;
			const made = await submitSuggestion(
				db,
				by.id,
				team.id,
				s.text,
				s.anonymous,
				at(s.daysAgo, 9)
			);
			if (s.answer && team.leadId)
				await answerSuggestion(
					db,
					made.id,
					team.id,
					s.answer.status,
					s.answer.reply,
					team.leadId,
					at(s.answer.daysAgo, 16)
				);
		}
		for (const c of room.cases) {
			if (!team.leadId) continue;
			const published = await publishCase(
				db,
				team.leadId,
				team.id,
				{ ...c, competencies: c.competencies.filter((id) => known.has(id)) },
				known,
				at(c.daysAgo, 15)
			);
			for (const [email, reaction] of c.reactions) {
				const reader = person(email);
				if (reader) await toggleReaction(db, reader.id, published.id, team.id, reaction);
			}
		}
	}
}
