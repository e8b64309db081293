import { error } from '@sveltejs/kit';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { getTeam } from '$lib/server/org/teams';
import { teamRole } from '$lib/server/morale/access';
import { parseId } from '$lib/server/org/validation';
import { t } from '$lib/i18n';

/**
 * The team in the URL and how the signed-in person belongs to it. A team they are not part of
 * answers 404, like one that does not exist.
 */
export async function teamAccess(event: {
	locals: App.Locals;
	url: URL;
	params: { team: string };
}) {
	const user = requireUser(event);
	const teamId = parseId(event.params.team);
	const db = useDb();
	const role = teamId === null ? null : await teamRole(db, user, teamId);
	if (teamId === null || !role) error(404, { message: t('team_not_yours') });
	return {
		user,
		teamId,
		role,
		team: (await getTeam(db, teamId))!,
		canModerate: role === 'lead' || role === 'admin'
	};
}
