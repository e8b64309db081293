import { error } from '@sveltejs/kit';
import { requireRole, requireUser } from '../auth/guard';
import { useContent } from '../content/store';
import { t } from '$lib/i18n';

type Event = { locals: App.Locals; url: URL; params: Partial<Record<string, string>> };

/** A scenario the person may play (lead scenarios are for leads and admins), or a 404. */
export function scenarioFor(event: Event) {
	const user = requireUser(event);
	const scenario = useContent().scenario(event.params.scenario ?? '');
	if (!scenario || (scenario.audience === 'lead' && user.role === 'learner'))
		error(404, { message: t('scenario_not_found') });
	return { user, scenario };
}

/** A scenario for a lead's or admin's tools (graph, observed practice). */
export function scenarioForLeads(event: Event) {
	const user = requireRole(event, 'lead', 'admin');
	const scenario = useContent().scenario(event.params.scenario ?? '');
	if (!scenario) error(404, { message: t('scenario_not_found') });
	return { user, scenario };
}
