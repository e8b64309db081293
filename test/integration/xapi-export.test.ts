import { createRequire } from 'node:module';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../src/lib/server/db/schema';
import { seedDemoIfEmpty } from '../../src/lib/server/org/demo';
import { playDemoHistory } from '../../src/lib/server/org/demo-history';
import { statementsOf } from '../../src/lib/server/record/statements';
import { toXapi } from '../../src/lib/server/record/xapi';
import { xapiProblems } from '../../src/lib/server/record/xapi-shape';
import { testDb } from './db';
import { installTestLrs } from '../lrs/start.js';
import { realContent } from './real-content';

// Learning Locker's statement validator (test/lrs, installed on first use): rules someone else
// wrote, beside our own xapiProblems.
let validate: (statement: unknown) => unknown[];
beforeAll(() => {
	installTestLrs();
	validate = createRequire(import.meta.url)('../lrs/node_modules/xapi-validation').default;
}, 300_000);

describe('the xAPI export', () => {
	it(
		'gives every statement of every kind in the demo’s history a valid xAPI 1.0.3 shape',
		{ timeout: 60_000 },
		async () => {
			const db = testDb();
			const now = Date.parse('2026-03-01T12:00:00Z');
			await seedDemoIfEmpty(db, new Date(now));
			const content = realContent();
			await playDemoHistory(db, content, now);
			const kinds = new Set<string>();
			let registrations = 0;
			for (const person of await db.select().from(users).where(eq(users.role, 'learner'))) {
				const ctx = {
					origin: 'https://coach.example.com',
					actor: { id: person.id, name: person.name },
					titleOf: () => undefined
				};
				for (const s of await statementsOf(db, person.id)) {
					const x = toXapi(s, ctx);
					kinds.add(`${s.verb} ${s.objectType}`);
					if (x.context.registration) registrations++;
					expect(xapiProblems(x), `${s.verb} ${s.objectType} ${s.objectId}`).toEqual([]);
					expect(validate(x), `${s.verb} ${s.objectType} ${s.objectId}`).toEqual([]);
				}
			}
			// Lessons, quizzes and their questions, role-plays and their steps were all checked.
			for (const type of ['lesson', 'quiz', 'question', 'scenario'])
				expect(
					[...kinds].some((k) => k.endsWith(` ${type}`)),
					type
				).toBe(true);
			expect(registrations).toBeGreaterThan(0);
		}
	);
});
