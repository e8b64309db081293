import type { PageServerLoad } from './$types';
import { scenarioForLeads } from '$lib/server/roleplay/access';
import { layoutGraph } from '$lib/server/roleplay/layout';

/** A scenario's knots and diverts as a picture, for leads and admins (it shows every branch). */
export const load: PageServerLoad = (event) => {
	const { scenario } = scenarioForLeads(event);
	const endings = [...scenario.endings.values()];
	return {
		scenario: { id: scenario.id, title: scenario.title },
		layout: layoutGraph(scenario.graph, (id) => scenario.endings.get(id)?.success ?? false),
		endings: endings.map((e) => ({ id: e.id, title: e.title, success: e.success })),
		depth: scenario.depth
	};
};
