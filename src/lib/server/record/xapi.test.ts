import { describe, expect, it } from 'vitest';
import type { Statement } from '../db/schema';
import { isoDuration, toXapi } from './xapi';
import { xapiProblems } from './xapi-shape';

const ctx = {
	origin: 'https://coach.example.com',
	actor: { id: 7, name: 'Mei Chen' },
	titleOf: (type: string, id: string) =>
		type === 'lesson' && id === 'c/l' ? 'A lesson' : undefined
};

const row = (over: Partial<Statement> = {}): Statement => ({
	id: '3f1c2a9e-8b7d-4c6e-9a1b-2c3d4e5f6a7b',
	actorId: 7,
	verb: 'completed',
	objectType: 'lesson',
	objectId: 'c/l',
	result: null,
	scoreScaled: null,
	success: null,
	completion: true,
	durationMs: null,
	registration: null,
	context: { course: 'c' },
	contentVersion: 'abcdef0123456789',
	timestamp: Date.UTC(2026, 10, 24, 9, 30),
	...over
});

describe('toXapi', () => {
	it('maps a completed lesson to a valid xAPI 1.0.3 statement', () => {
		const s = toXapi(row(), ctx);
		expect(xapiProblems(s)).toEqual([]);
		expect(s).toMatchObject({
			actor: { objectType: 'Agent', account: { homePage: 'https://coach.example.com', name: '7' } },
			verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } },
			object: {
				id: 'https://coach.example.com/learn/c/l',
				definition: {
					name: { 'en-US': 'A lesson' },
					type: 'http://adlnet.gov/expapi/activities/lesson'
				}
			},
			result: { completion: true },
			context: { contextActivities: { parent: [{ id: 'https://coach.example.com/learn/c' }] } },
			timestamp: '2026-11-24T09:30:00.000Z',
			version: '1.0.3'
		});
	});

	it('keeps scores, success, duration and registration in xAPI form', () => {
		const s = toXapi(
			row({
				verb: 'passed',
				scoreScaled: 0.85,
				success: true,
				completion: null,
				durationMs: 61_250,
				registration: 'b4a3c2d1-0e9f-4a8b-8c7d-6e5f4a3b2c1d'
			}),
			ctx
		);
		expect(xapiProblems(s)).toEqual([]);
		expect(s.result).toEqual({ score: { scaled: 0.85 }, success: true, duration: 'PT61.25S' });
		expect(s.context.registration).toBe('b4a3c2d1-0e9f-4a8b-8c7d-6e5f4a3b2c1d');
	});

	it('gives a role-play run id (a UUID kept without dashes) back its dashes as the registration', () => {
		const run = crypto.randomUUID();
		const s = toXapi(row({ registration: run.replaceAll('-', '') }), ctx);
		expect(s.context.registration).toBe(run);
		expect(xapiProblems(s)).toEqual([]);
	});

	it('names an activity by its id when the content no longer has it', () => {
		const s = toXapi(row({ objectId: 'old/gone', context: null }), ctx);
		expect(s.object.definition.name).toEqual({ 'en-US': 'old/gone' });
		expect(xapiProblems(s)).toEqual([]);
	});
});

describe('xapiProblems', () => {
	const good = toXapi(row(), ctx);
	it.each([
		['a non-UUID id', { ...good, id: '42' }, 'id must be a UUID'],
		[
			'a second actor identifier',
			{ ...good, actor: { ...good.actor, mbox: 'mailto:a@b.c' } },
			'actor needs exactly one identifier'
		],
		[
			'a verb id that is not an IRI',
			{ ...good, verb: { id: 'completed' } },
			'verb.id must be an IRI'
		],
		[
			'a scaled score above 1',
			{ ...good, result: { score: { scaled: 1.5 } } },
			'result.score.scaled must be between -1 and 1'
		],
		[
			'a timestamp without zone',
			{ ...good, timestamp: '2026-11-24T09:30:00' },
			'timestamp must be ISO 8601 with a time zone'
		],
		[
			'a bad duration',
			{ ...good, result: { duration: '61 s' } },
			'result.duration must be an ISO 8601 duration'
		]
	])('catches %s', (_, statement, problem) => {
		expect(xapiProblems(statement)).toContain(problem);
	});
});

describe('isoDuration', () => {
	it('writes seconds with at most two decimals', () => {
		expect(isoDuration(0)).toBe('PT0S');
		expect(isoDuration(1500)).toBe('PT1.5S');
		expect(isoDuration(123_456)).toBe('PT123.46S');
	});
});
