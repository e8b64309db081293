import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '$lib/server/auth/guard';
import { useDb } from '$lib/server/db/instance';
import { useContent } from '$lib/server/content/store';
import { statementsOf } from '$lib/server/record/statements';
import { toXapi } from '$lib/server/record/xapi';

/** The signed-in person's own learning record as xAPI 1.0.3 statements; never anyone else's. */
export const GET: RequestHandler = (event) => {
	const user = requireUser(event);
	const content = useContent();
	const titleOf = (type: string, id: string) =>
		type === 'lesson'
			? content.lesson(id)?.title
			: type === 'course'
				? content.course(id)?.title
				: undefined;
	const ctx = { origin: event.url.origin, actor: { id: user.id, name: user.name }, titleOf };
	const body = statementsOf(useDb(), user.id).map((s) => toXapi(s, ctx));
	return json(body, {
		headers: {
			'Content-Disposition': `attachment; filename="coachline-record-${user.id}.xapi.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
