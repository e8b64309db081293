import { desc, eq, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { returned, write, type Db } from '../db';
import { prepared } from '../db/statements';
import { kudos, teams, users } from '../db/schema';
import { DomainError } from '../errors';
import { inTeam } from './access';

export const KUDOS_MAX = 500;

/** Thanks a colleague in the team (or, with `toUserId` null, the whole team). */
export async function giveKudos(
	db: Db,
	fromUserId: number,
	teamId: number,
	toUserId: number | null,
	message: string,
	now = Date.now()
) {
	const text = message.trim();
	if (!text) throw new DomainError('kudos_empty', 422);
	if (text.length > KUDOS_MAX) throw new DomainError('kudos_too_long', 422, { max: KUDOS_MAX });
	if (toUserId === fromUserId) throw new DomainError('kudos_self', 422);
	return await write(db, async (tx) => {
		if (toUserId !== null && !(await inTeam(tx, toUserId, teamId)))
			throw new DomainError('kudos_not_in_team', 404);
		return await returned(
			tx
				.insert(kudos)
				.values({ teamId, fromUserId, toUserId, message: text, createdAt: now })
				.returning()
		);
	});
}

const sender = alias(users, 'sender');
const receiver = alias(users, 'receiver');

/** The team wall: recent thanks, newest first. A wall, not a scoreboard: nothing is counted. */
export async function teamWall(db: Db, teamId: number, limit = 50) {
	return await db
		.select({
			id: kudos.id,
			from: sender.name,
			to: receiver.name,
			message: kudos.message,
			at: kudos.createdAt
		})
		.from(kudos)
		.innerJoin(sender, eq(sender.id, kudos.fromUserId))
		.leftJoin(receiver, eq(receiver.id, kudos.toUserId))
		.where(eq(kudos.teamId, teamId))
		.orderBy(desc(kudos.createdAt), desc(kudos.id))
		.limit(limit);
}

/** Thanks a person received, for their own record (kudos to a whole team are not theirs alone). */
const kudosReceivedQuery = prepared((db) =>
	db
		.select({
			id: kudos.id,
			from: sender.name,
			team: teams.name,
			message: kudos.message,
			at: kudos.createdAt
		})
		.from(kudos)
		.innerJoin(sender, eq(sender.id, kudos.fromUserId))
		.innerJoin(teams, eq(teams.id, kudos.teamId))
		.where(eq(kudos.toUserId, sql.placeholder('user')))
		.orderBy(desc(kudos.createdAt), desc(kudos.id))
		.limit(sql.placeholder('limit'))
		.prepare()
);

export async function kudosReceived(db: Db, userId: number, limit = 20) {
	return await kudosReceivedQuery(db).all({ user: userId, limit });
}
