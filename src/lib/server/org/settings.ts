/**
 * The organisation's settings (org_settings) and each person's own: which time zone times are
 * shown in. A person's zone wins; else the organisation's; else UTC. The organisation's zone is
 * read once per database and kept until an admin changes it through this module.
 */
import { eq } from 'drizzle-orm';
import { write, type Db, exec, one } from '../db';
import { auditLog, orgSettings, users } from '../db/schema';
import { DomainError } from '../errors';
import { applyEmailMode, isEmailMode } from '../mail/outbox';
import { DEFAULT_TIME_ZONE, isTimeZone } from '$lib/format';
import { locales, type Locale } from '$lib/paraglide/runtime';

const zones = new WeakMap<Db, string>();

/**
 * The zone for a request's times, without waiting: the person's, else the organisation's as
 * last read (the server reads it at start, and `setOrgTimeZone` keeps it current), else UTC.
 */
export function timeZoneNow(db: Db, user: { timeZone: string | null } | null): string {
	return user?.timeZone && isTimeZone(user.timeZone)
		? user.timeZone
		: (zones.get(db) ?? DEFAULT_TIME_ZONE);
}

/** The organisation's time zone (UTC until an admin sets one). */
export async function orgTimeZone(db: Db): Promise<string> {
	let zone = zones.get(db);
	if (zone === undefined) {
		const row = await one(
			db
				.select({ value: orgSettings.value })
				.from(orgSettings)
				.where(eq(orgSettings.key, 'time_zone'))
		);
		zone = row && isTimeZone(row.value) ? row.value : DEFAULT_TIME_ZONE;
		zones.set(db, zone);
	}
	return zone;
}

/** An admin sets the organisation's zone (audited). */
export async function setOrgTimeZone(db: Db, actorId: number, zone: string, now = Date.now()) {
	if (!isTimeZone(zone)) throw new DomainError('time_zone_invalid', 400);
	await write(db, async (tx) => {
		await exec(
			tx
				.insert(orgSettings)
				.values({ key: 'time_zone', value: zone, updatedAt: now })
				.onConflictDoUpdate({ target: orgSettings.key, set: { value: zone, updatedAt: now } })
		);
		await exec(
			tx
				.insert(auditLog)
				.values({ actorId, action: 'org.time_zone', target: 'org', detail: { zone }, at: now })
		);
	});
	zones.set(db, zone);
}

/** The zone a person sees times in. */
export async function timeZoneOf(
	db: Db,
	user: { timeZone: string | null } | null
): Promise<string> {
	return user?.timeZone && isTimeZone(user.timeZone) ? user.timeZone : await orgTimeZone(db);
}

/**
 * A person's own settings: their language (null: their browser's), time zone (null: the
 * organisation's) and, when given, how they get email. Unknown values are a 400, and nothing is
 * saved.
 */
export async function savePersonSettings(
	db: Db,
	userId: number,
	input: { language: string; timeZone: string; emailMode?: string }
) {
	const language = input.language === '' ? null : input.language;
	if (language !== null && !locales.includes(language as Locale))
		throw new DomainError('language_invalid', 400);
	const timeZone = input.timeZone === '' ? null : input.timeZone;
	if (timeZone !== null && !isTimeZone(timeZone)) throw new DomainError('time_zone_invalid', 400);
	const emailMode = input.emailMode || undefined;
	if (emailMode !== undefined && !isEmailMode(emailMode))
		throw new DomainError('settings_email_invalid', 400);
	await write(db, async (tx) => {
		await exec(tx.update(users).set({ language, timeZone }).where(eq(users.id, userId)));
		if (emailMode) await applyEmailMode(tx, userId, emailMode);
	});
	return { language, timeZone };
}
