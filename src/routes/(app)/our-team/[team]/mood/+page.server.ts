import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import type { Db } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import { useContent } from '$lib/server/content/store';
import {
	closedWeeks,
	fallingTwice,
	isoWeek,
	MIN_ANSWERS,
	teamBlocks,
	teamMood,
	teamSize
} from '$lib/server/morale/pulse';
import { rollupScopes, scopeKey } from '$lib/server/morale/rollup';
import { t } from '$lib/i18n';
import { teamAccess } from '../access.server';
import { lessonIn } from '$lib/server/content/localize';

/**
 * The team's anonymous mood for its lead and admins only: the last eight closed weeks (the week
 * under way shows nothing at all, not even how many answered, so nobody can tie an answer to a
 * person by watching a number move), and fixed four-week blocks for weeks too thin to show.
 */
export const load: PageServerLoad = async (event) => {
	const { user, team, canModerate } = await teamAccess(event);
	if (!canModerate) error(403, { message: t('forbidden') });
	const db = useDb();
	const now = new Date();
	const weeks = await teamMood(db, team.id, closedWeeks(now, 8));
	const blocks = (await teamBlocks(db, team.id, weeks)).reverse();
	const content = useContent();
	const lessons = [
		...(content.course('team-morale')?.lessons ?? []),
		...[content.lesson('coaching-for-team-leads/morale-check-ins')].filter((l) => !!l)
	].map((l) => ({ href: `/learn/${l.id}`, title: lessonIn(l, event.locals.locale).title }));
	return {
		team: { id: team.id, name: team.name },
		min: MIN_ANSWERS,
		falling: fallingTwice(weeks),
		weeks: [...weeks].reverse(),
		blocks,
		current: isoWeek(now),
		size: await teamSize(db, team.id),
		// The roll-up this team is part of (its lead's teams together), if the viewer may see one.
		rollup: await rollupHref(db, user, team.id),
		lessons
	};
};

async function rollupHref(db: Db, user: SessionUser, teamId: number) {
	const scope = (await rollupScopes(db, user)).find((s) => s.teams.some((t) => t.id === teamId));
	return scope ? `/team/mood?lead=${scopeKey(scope)}` : null;
}
