import type { Actions, PageServerLoad } from './$types';
import { useContent } from '$lib/server/content/store';
import { useDb } from '$lib/server/db/instance';
import { memberFor } from '$lib/server/cockpit/member';
import { parseId } from '$lib/server/org/validation';
import { createReview } from '$lib/server/cockpit/reviews';
import { cockpitAction } from '$lib/server/cockpit/actions';
import { formValues, text } from '$lib/server/form';
import { dayIn } from '$lib/format';
import { scorecardIn } from '$lib/server/cockpit/scorecard';

/** A lead scores one real interaction of a member on a scorecard. */
export const load: PageServerLoad = async (event) => {
	const { person } = await memberFor(event);
	const cards = useContent().scorecards.map((c) => scorecardIn(c, event.locals.locale));
	const wanted = event.url.searchParams.get('card');
	const card = cards.find((c) => c.id === wanted) ?? cards[0] ?? null;
	return {
		person: { id: person.id, name: person.name },
		cards: cards.map((c) => ({ id: c.id, title: c.title })),
		card,
		today: dayIn(Date.now())
	};
};

export const actions = {
	// The domain checks the viewer coaches this person: a lead of another team gets 403 and
	// nothing is written (the page itself answers 404, so ids cannot be probed by reading).
	default: (event) => {
		const person = { id: parseId(event.params.id) ?? -1 };
		return cockpitAction(
			event,
			'review',
			async (form, viewer) => {
				const review = await createReview(useDb(), useContent(), viewer, person.id, {
					scorecard: text(form, 'scorecard'),
					reference: text(form, 'reference'),
					interactionDate: text(form, 'date'),
					excerpt: text(form, 'excerpt'),
					comment: text(form, 'comment'),
					marks: (item) => text(form, `mark-${item}`)
				});
				return `/reviews/${review.id}`;
			},
			'',
			(form) => {
				const echo = Object.entries(formValues(form, { skip: ['scorecard'] }));
				return { values: Object.fromEntries(echo.map(([k, v]) => [k, v[0]])) };
			}
		);
	}
} satisfies Actions;
