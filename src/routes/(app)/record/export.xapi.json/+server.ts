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
	const titleOf = (type: string, id: string) => {
		if (type === 'lesson') return content.lesson(id)?.title;
		if (type === 'course') return content.course(id)?.title;
		if (type === 'quiz') return content.quiz(id)?.title;
		if (type === 'scenario') return content.scenario(id)?.title;
		if (type === 'scenario-step') {
			const [scenario, step] = id.split('#');
			const title = content.scenario(scenario)?.title;
			return title && `${title}: step ${step}`;
		}
		if (type === 'question') {
			const [quiz, question] = id.split('#');
			return content.quiz(quiz)?.questions.find((q) => q.id === question)?.prompt;
		}
	};
	const ctx = { origin: event.url.origin, actor: { id: user.id, name: user.name }, titleOf };
	const body = statementsOf(useDb(), user.id).map((s) => toXapi(s, ctx));
	return json(body, {
		headers: {
			'Content-Disposition': `attachment; filename="coachline-record-${user.id}.xapi.json"`,
			'Cache-Control': 'private, no-store'
		}
	});
};
