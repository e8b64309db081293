import { error, redirect } from '@sveltejs/kit';
import { and, eq } from 'drizzle-orm';
import { one, type Db } from '../db';
import { teamMembers, teams, type Role } from '../db/schema';
import type { SessionUser } from './session';
import { t } from '$lib/i18n';

type Event = { locals: App.Locals; url: URL };

/** The signed-in user, or a redirect to sign-in that comes back here afterwards. */
export function requireUser(event: Event): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = event.url.pathname + event.url.search;
		redirect(303, `/login?next=${encodeURIComponent(next)}`);
	}
	return user;
}

/** The signed-in user if their role is one of `roles`; 403 otherwise. */
export function requireRole(event: Event, ...roles: Role[]): SessionUser {
	const user = requireUser(event);
	if (!roles.includes(user.role)) error(403, { message: t('forbidden') });
	return user;
}

/**
 * May `viewer` see `subjectId`'s learning data? Themselves; an admin anyone; a lead the members
 * of the teams they lead. Nobody else.
 */
export async function canSee(
	db: Db,
	viewer: Pick<SessionUser, 'id' | 'role'>,
	subjectId: number
): Promise<boolean> {
	if (viewer.id === subjectId || viewer.role === 'admin') return true;
	if (viewer.role !== 'lead') return false;
	return !!(await one(
		db
			.select({ teamId: teams.id })
			.from(teams)
			.innerJoin(teamMembers, eq(teamMembers.teamId, teams.id))
			.where(and(eq(teams.leadId, viewer.id), eq(teamMembers.userId, subjectId)))
	));
}
