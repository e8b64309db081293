import { error } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { fallingTwice, MIN_ANSWERS, recentWeeks, teamMood } from '$lib/server/morale/pulse';
import { t } from '$lib/i18n';
import { teamAccess } from '../access.server';

/** The last eight weeks of the team's anonymous mood, for its lead and admins only. */
export const load: PageServerLoad = (event) => {
	const { team, canModerate } = teamAccess(event);
	if (!canModerate) error(403, { message: t('forbidden') });
	const weeks = teamMood(useDb(), team.id, recentWeeks(new Date(), 8));
	const content = useContent();
	const lessons = [
		...(content.course('team-morale')?.lessons ?? []),
		...[content.lesson('coaching-for-team-leads/morale-check-ins')].filter((l) => !!l)
	].map((l) => ({ href: `/learn/${l.id}`, title: l.title }));
	return {
		team: { id: team.id, name: team.name },
		min: MIN_ANSWERS,
		weeks: weeks.reverse(),
		falling: fallingTwice([...weeks].reverse()),
		lessons
	};
};
