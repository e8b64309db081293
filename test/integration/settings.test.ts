import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { one, type Db } from '../../src/lib/server/db';
import { auditLog, orgSettings, users } from '../../src/lib/server/db/schema';
import { validateSessionToken, createSession } from '../../src/lib/server/auth/session';
import {
	orgTimeZone,
	savePersonSettings,
	setOrgTimeZone,
	timeZoneOf
} from '../../src/lib/server/org/settings';
import { addPerson, domainErrorOf, testDb } from './db';

let db: Db;
let admin: Awaited<ReturnType<typeof addPerson>>;
beforeEach(async () => {
	db = testDb();
	admin = await addPerson(db, { role: 'admin' });
});

describe('the organisation’s time zone', () => {
	it('is UTC until an admin sets one, then everyone without their own sees it', async () => {
		const agent = await addPerson(db);
		expect(await orgTimeZone(db)).toBe('UTC');
		await setOrgTimeZone(db, admin.id, 'Asia/Shanghai');
		expect(await orgTimeZone(db)).toBe('Asia/Shanghai');
		expect(await timeZoneOf(db, { timeZone: null })).toBe('Asia/Shanghai');
		// Stored, audited, and read afresh by another connection to the same rows.
		expect(await db.select().from(orgSettings)).toMatchObject([
			{ key: 'time_zone', value: 'Asia/Shanghai' }
		]);
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'org.time_zone'))
		).toHaveLength(1);
		await savePersonSettings(db, agent.id, { language: '', timeZone: 'Europe/London' });
		expect(await timeZoneOf(db, { timeZone: 'Europe/London' })).toBe('Europe/London');
	});

	it('refuses a zone Intl does not know, and changes nothing', async () => {
		await setOrgTimeZone(db, admin.id, 'Europe/Berlin');
		for (const bad of ['Mars/Olympus', '', 'UTC; DROP TABLE users', 'x'.repeat(200)])
			expect(await domainErrorOf(async () => await setOrgTimeZone(db, admin.id, bad))).toBe(
				'time_zone_invalid'
			);
		expect(await orgTimeZone(db)).toBe('Europe/Berlin');
		expect(
			await db.select().from(auditLog).where(eq(auditLog.action, 'org.time_zone'))
		).toHaveLength(1);
	});
});

describe('a person’s own settings', () => {
	it('saves language and zone, empty meaning "the browser’s" and "the organisation’s"', async () => {
		const agent = await addPerson(db);
		expect(
			await savePersonSettings(db, agent.id, { language: 'zh-CN', timeZone: 'Asia/Shanghai' })
		).toEqual({
			language: 'zh-CN',
			timeZone: 'Asia/Shanghai'
		});
		// The session carries them to the next request.
		const { token } = await createSession(db, agent.id);
		expect((await validateSessionToken(db, token)).user).toMatchObject({
			language: 'zh-CN',
			timeZone: 'Asia/Shanghai'
		});
		await savePersonSettings(db, agent.id, { language: '', timeZone: '' });
		expect(await one(db.select().from(users).where(eq(users.id, agent.id)))).toMatchObject({
			language: null,
			timeZone: null
		});
	});

	it('refuses an unknown language or zone and saves neither', async () => {
		const agent = await addPerson(db);
		await savePersonSettings(db, agent.id, { language: 'en', timeZone: 'Asia/Tokyo' });
		expect(
			await domainErrorOf(
				async () =>
					await savePersonSettings(db, agent.id, { language: 'klingon', timeZone: 'Asia/Shanghai' })
			)
		).toBe('language_invalid');
		expect(
			await domainErrorOf(
				async () =>
					await savePersonSettings(db, agent.id, { language: 'zh-CN', timeZone: 'Nowhere/Else' })
			)
		).toBe('time_zone_invalid');
		expect(await one(db.select().from(users).where(eq(users.id, agent.id)))).toMatchObject({
			language: 'en',
			timeZone: 'Asia/Tokyo'
		});
	});
});
