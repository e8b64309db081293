import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { statementsOf } from '$lib/server/record/statements';
import { titlesFrom, toXapi } from '$lib/server/record/xapi';

/** The signed-in person's own learning record as xAPI 1.0.3 statements; never anyone else's. */
export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	const titleOf = titlesFrom(useContent());
	const ctx = { origin: event.url.origin, actor: { id: user.id, name: user.name }, titleOf };
	const body = (await statementsOf(useDb(), user.id)).map((s) => toXapi(s, ctx));
	return json(body, {
		headers: {
			'Content-Disposition': `attachment; filename="coachline-record-${user.id}.xapi.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
