import type { Actions, PageServerLoad } from './$types';
import { useContent } from '$lib/server/content/store';
import { useDb } from '$lib/server/db/instance';
import { memberFor } from '$lib/server/cockpit/member';
import { parseId } from '$lib/server/org/validation';
import { scheduleSession } from '$lib/server/cockpit/coaching';
import { cockpitAction } from '$lib/server/cockpit/actions';
import { text } from '$lib/server/form';
import { dayIn, timeZone } from '$lib/format';
import { competenciesIn } from '$lib/server/content/localize';

/** A lead schedules a one-to-one with a member and picks what it will focus on. */
export const load: PageServerLoad = async (event) => {
	const { person } = await memberFor(event);
	return {
		person: { id: person.id, name: person.name },
		competencies: competenciesIn(useContent(), event.locals.locale).map((c) => ({
			id: c.id,
			name: c.name
		})),
		today: dayIn(Date.now()),
		// The lead's clock: the time they type is read in it.
		zone: timeZone()
	};
};

export const actions = {
	// The domain checks the viewer coaches this person: a lead of another team gets 403 and
	// nothing is written (the page itself answers 404, so ids cannot be probed by reading).
	default: (event) => {
		const person = { id: parseId(event.params.id) ?? -1 };
		return cockpitAction(
			event,
			'session',
			async (form, viewer) =>
				`/coaching/${
					(
						await scheduleSession(useDb(), useContent(), viewer, person.id, {
							date: text(form, 'date'),
							time: text(form, 'time'),
							zone: timeZone(),
							focus: form.getAll('focus').map(String).slice(0, 50),
							notes: text(form, 'notes')
						})
					).id
				}`,
			'',
			(form) => ({
				notes: text(form, 'notes').slice(0, 4000),
				date: text(form, 'date').slice(0, 20),
				time: text(form, 'time').slice(0, 5)
			})
		);
	}
} satisfies Actions;
