import type { Statement } from '../db/schema';
import type { ContentIndex } from '../content';
import { VERBS, type Verb } from './statements';

export const XAPI_VERSION = '1.0.3';

const ACTIVITY_TYPES: Record<string, string> = {
	lesson: 'http://adlnet.gov/expapi/activities/lesson',
	course: 'http://adlnet.gov/expapi/activities/course',
	assessment: 'http://adlnet.gov/expapi/activities/assessment',
	simulation: 'http://adlnet.gov/expapi/activities/simulation',
	scenario: 'http://adlnet.gov/expapi/activities/simulation',
	'scenario-step': 'http://adlnet.gov/expapi/activities/cmi.interaction'
};

export interface XapiContext {
	/** The site's public origin: actor accounts and activity ids live under it. */
	origin: string;
	actor: { id: number; name: string };
	/** Human names of activities, by `type:id`. */
	titleOf: (objectType: string, objectId: string) => string | undefined;
}

function activityId(origin: string, objectType: string, objectId: string) {
	const path =
		objectType === 'lesson' || objectType === 'course'
			? `/learn/${objectId}`
			: `/activities/${objectType}/${objectId}`;
	return origin + path.split('/').map(encodeURIComponent).join('/');
}

function activity(ctx: XapiContext, objectType: string, objectId: string) {
	return {
		objectType: 'Activity',
		id: activityId(ctx.origin, objectType, objectId),
		definition: {
			name: { 'en-US': ctx.titleOf(objectType, objectId) ?? objectId },
			...(ACTIVITY_TYPES[objectType] ? { type: ACTIVITY_TYPES[objectType] } : {})
		}
	};
}

/** ISO 8601 duration, as xAPI wants it (PT12.5S). */
export function isoDuration(ms: number) {
	return `PT${Math.round(ms / 10) / 100}S`;
}

/** One learning-record row as an xAPI 1.0.3 statement. */
/**
 * xAPI wants a UUID in `context.registration`. Role-play run ids are UUIDs stored without their
 * dashes (32 hex digits); they get them back here, so a run's statements share one registration
 * an LRS accepts. Anything else is passed on as it is (and xapiProblems says so).
 */
export function asUuid(id: string) {
	const hex = /^[0-9a-f]{32}$/i.test(id) ? id.toLowerCase() : null;
	return hex
		? `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
		: id;
}

export function toXapi(s: Statement, ctx: XapiContext) {
	const result: Record<string, unknown> = {};
	if (s.scoreScaled !== null) result.score = { scaled: s.scoreScaled };
	if (s.success !== null) result.success = s.success;
	if (s.completion !== null) result.completion = s.completion;
	if (s.durationMs !== null) result.duration = isoDuration(s.durationMs);
	if (s.result && typeof s.result === 'object' && 'response' in s.result)
		result.response = String((s.result as { response: unknown }).response);

	const stored = (s.context ?? {}) as {
		course?: string;
		quiz?: string;
		scenario?: string;
		interactionType?: string;
		/** The content language, when a translated edition was used (English otherwise). */
		language?: string;
	};
	const context: Record<string, unknown> = {
		platform: 'Coachline',
		language: stored.language ?? 'en-US',
		extensions: { [`${ctx.origin}/xapi/extensions/content-version`]: s.contentVersion ?? null }
	};
	if (s.registration) context.registration = asUuid(s.registration);
	if (stored.course)
		context.contextActivities = { parent: [activity(ctx, 'course', stored.course)] };

	if (stored.quiz) context.contextActivities = { parent: [activity(ctx, 'quiz', stored.quiz)] };
	if (stored.scenario)
		context.contextActivities = { parent: [activity(ctx, 'scenario', stored.scenario)] };

	const object = activity(ctx, s.objectType, s.objectId);
	if (stored.interactionType)
		Object.assign(object.definition, { interactionType: stored.interactionType });
	const verb = s.verb as Verb;
	return {
		id: s.id,
		actor: actorOf(ctx.origin, ctx.actor),
		verb: { id: VERBS[verb] ?? `${ctx.origin}/xapi/verbs/${s.verb}`, display: { 'en-US': s.verb } },
		object,
		...(Object.keys(result).length ? { result } : {}),
		context,
		timestamp: new Date(s.timestamp).toISOString(),
		version: XAPI_VERSION
	};
}

/** Human names of activities from the content, for `XapiContext.titleOf`. */
export function titlesFrom(content: ContentIndex): XapiContext['titleOf'] {
	return (type, id) => {
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
}

/** The actor of a person's statements: an account on this site (the same in the export). */
export function actorOf(origin: string, actor: { id: number; name: string }) {
	return {
		objectType: 'Agent',
		name: actor.name,
		account: { homePage: origin, name: String(actor.id) }
	};
}

/**
 * A statement that voids an earlier one in an LRS (xAPI 1.0.3 §2.3.2): how a run its owner took
 * back is withdrawn from the organisation's LRS after it was forwarded.
 */
export function voidingXapi(
	id: string,
	voided: string,
	origin: string,
	actor: { id: number; name: string },
	now: number
) {
	return {
		id,
		actor: actorOf(origin, actor),
		verb: { id: 'http://adlnet.gov/expapi/verbs/voided', display: { 'en-US': 'voided' } },
		object: { objectType: 'StatementRef', id: voided },
		timestamp: new Date(now).toISOString(),
		version: XAPI_VERSION
	};
}
