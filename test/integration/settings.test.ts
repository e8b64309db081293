import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../src/lib/server/db';
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
let admin: ReturnType<typeof addPerson>;
beforeEach(() => {
	db = testDb();
	admin = addPerson(db, { role: 'admin' });
});

describe('the organisation’s time zone', () => {
	it('is UTC until an admin sets one, then everyone without their own sees it', () => {
		const agent = addPerson(db);
		expect(orgTimeZone(db)).toBe('UTC');
		setOrgTimeZone(db, admin.id, 'Asia/Shanghai');
		expect(orgTimeZone(db)).toBe('Asia/Shanghai');
		expect(timeZoneOf(db, { timeZone: null })).toBe('Asia/Shanghai');
		// Stored, audited, and read afresh by another connection to the same rows.
		expect(db.select().from(orgSettings).all()).toMatchObject([
			{ key: 'time_zone', value: 'Asia/Shanghai' }
		]);
		expect(
			db.select().from(auditLog).where(eq(auditLog.action, 'org.time_zone')).all()
		).toHaveLength(1);
		savePersonSettings(db, agent.id, { language: '', timeZone: 'Europe/London' });
		expect(timeZoneOf(db, { timeZone: 'Europe/London' })).toBe('Europe/London');
	});

	it('refuses a zone Intl does not know, and changes nothing', () => {
		setOrgTimeZone(db, admin.id, 'Europe/Berlin');
		for (const bad of ['Mars/Olympus', '', 'UTC; DROP TABLE users', 'x'.repeat(200)])
			expect(domainErrorOf(() => setOrgTimeZone(db, admin.id, bad))).toBe('time_zone_invalid');
		expect(orgTimeZone(db)).toBe('Europe/Berlin');
		expect(
			db.select().from(auditLog).where(eq(auditLog.action, 'org.time_zone')).all()
		).toHaveLength(1);
	});
});

describe('a person’s own settings', () => {
	it('saves language and zone, empty meaning "the browser’s" and "the organisation’s"', () => {
		const agent = addPerson(db);
		expect(
			savePersonSettings(db, agent.id, { language: 'zh-CN', timeZone: 'Asia/Shanghai' })
		).toEqual({
			language: 'zh-CN',
			timeZone: 'Asia/Shanghai'
		});
		// The session carries them to the next request.
		const { token } = createSession(db, agent.id);
		expect(validateSessionToken(db, token).user).toMatchObject({
			language: 'zh-CN',
			timeZone: 'Asia/Shanghai'
		});
		savePersonSettings(db, agent.id, { language: '', timeZone: '' });
		expect(db.select().from(users).where(eq(users.id, agent.id)).get()).toMatchObject({
			language: null,
			timeZone: null
		});
	});

	it('refuses an unknown language or zone and saves neither', () => {
		const agent = addPerson(db);
		savePersonSettings(db, agent.id, { language: 'en', timeZone: 'Asia/Tokyo' });
		expect(
			domainErrorOf(() =>
				savePersonSettings(db, agent.id, { language: 'klingon', timeZone: 'Asia/Shanghai' })
			)
		).toBe('language_invalid');
		expect(
			domainErrorOf(() =>
				savePersonSettings(db, agent.id, { language: 'zh-CN', timeZone: 'Nowhere/Else' })
			)
		).toBe('time_zone_invalid');
		expect(db.select().from(users).where(eq(users.id, agent.id)).get()).toMatchObject({
			language: 'en',
			timeZone: 'Asia/Tokyo'
		});
	});
});
