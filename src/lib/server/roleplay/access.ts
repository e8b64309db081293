import { error } from '@sveltejs/kit';
import { requireRole, requireUser } from '../auth/guard';
import { useContent } from '../content/store';
import { t } from '$lib/i18n';
import { scenarioIn } from './editions';

type Event = { locals: App.Locals; url: URL; params: Partial<Record<string, string>> };

/**
 * A scenario the person may play (lead scenarios are for leads and admins), or a 404: the
 * edition in their language (`original` is the English one, for runs begun in it).
 */
export function scenarioFor(event: Event) {
	const user = requireUser(event);
	const original = useContent().scenario(event.params.scenario ?? '');
	if (!original || (original.audience === 'lead' && user.role === 'learner'))
		error(404, { message: t('scenario_not_found') });
	return { user, original, scenario: scenarioIn(original, event.locals.locale) };
}

/** A scenario for a lead's or admin's tools (graph, observed practice), in their language. */
export function scenarioForLeads(event: Event) {
	const user = requireRole(event, 'lead', 'admin');
	const original = useContent().scenario(event.params.scenario ?? '');
	if (!original) error(404, { message: t('scenario_not_found') });
	return { user, original, scenario: scenarioIn(original, event.locals.locale) };
}
