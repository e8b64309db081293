/**
 * Issuing, listing and revoking Open Badges. A person gets one credential per course they
 * completed (every lesson read, its assessment passed), signed once and kept as signed: the
 * download is always the same bytes. Revoking sets the credential's bit in its status list,
 * which anyone can fetch; a revoked credential is not issued again.
 */
import { randomInt, randomUUID } from 'node:crypto';
import { and, count, desc, eq, isNotNull, max, sql } from 'drizzle-orm';
import { write, type Db, type Tx, one, exec } from '../db';
import { auditLog, badgeCredentials, orgSettings, users } from '../db/schema';
import type { ContentIndex } from '../content';
import { completions } from '../growth/record';
import { courseIn } from '../content/localize';
import { contentLocale } from '../content/locales';
import { DomainError } from '../errors';
import { signingKey } from './keys';
import {
	badgeUrls,
	buildCredential,
	envelope,
	achievement,
	OB_CONTEXT,
	VC_CONTEXT,
	signCredential,
	statusListCredential,
	STATUS_LIST_SIZE,
	type CourseInfo,
	type IssuerInfo
} from './credential';
import { t } from '$lib/i18n';

/** How full a status list gets before the next one starts: half, so places stay unguessable. */
const LIST_FILL = STATUS_LIST_SIZE / 2;
export const ISSUER_NAME_MAX = 120;
export const REASON_MAX = 500;

/** The issuer's name and address as set by an admin; by default the site's host. */
export async function issuerInfo(db: Db, origin: string): Promise<IssuerInfo> {
	const row = await one(
		db
			.select({ value: orgSettings.value })
			.from(orgSettings)
			.where(eq(orgSettings.key, 'badge_issuer'))
	);
	const saved = row ? (JSON.parse(row.value) as Partial<IssuerInfo>) : {};
	return { name: saved.name || new URL(origin).host, url: saved.url || origin };
}

/** An admin names the issuer (what every new credential says); audited. */
export async function saveIssuerInfo(
	db: Db,
	actorId: number,
	input: { name: string; url: string },
	now = Date.now()
) {
	const name = input.name.trim().replace(/\s+/g, ' ');
	const url = input.url.trim();
	if (!name || name.length > ISSUER_NAME_MAX)
		throw new DomainError('badges_issuer_name_invalid', 400, { max: ISSUER_NAME_MAX });
	if (url) {
		let parsed: URL | null = null;
		try {
			parsed = new URL(url);
		} catch {
			/* reported below */
		}
		if (!parsed || !['https:', 'http:'].includes(parsed.protocol) || url.length > 500)
			throw new DomainError('badges_issuer_url_invalid', 400);
	}
	const value = JSON.stringify({ name, url });
	await write(db, async (tx) => {
		await exec(
			tx
				.insert(orgSettings)
				.values({ key: 'badge_issuer', value, updatedAt: now })
				.onConflictDoUpdate({ target: orgSettings.key, set: { value, updatedAt: now } })
		);
		await exec(
			tx
				.insert(auditLog)
				.values({ actorId, action: 'badges.issuer', target: 'org', detail: { name, url }, at: now })
		);
	});
}

/** A course as the credential describes it, in the language it is issued in. */
export function courseInfo(content: ContentIndex, slug: string, locale: string): CourseInfo | null {
	const course = content.course(slug);
	if (!course) return null;
	const localized = courseIn(course, locale);
	return {
		slug,
		title: localized.title,
		summary: localized.summary,
		lessons: course.lessons.map((l) => l.id),
		competencies: course.competencies,
		locale: contentLocale(locale) && localized.translated ? locale : 'en'
	};
}

/** What a course asks for, in words. */
export function criteria(course: CourseInfo) {
	return t('badges_criteria', { lessons: course.lessons.length });
}

/** The public Achievement for a course (what /badges/achievements/<course> serves). */
export function achievementOf(content: ContentIndex, origin: string, slug: string, locale: string) {
	const course = courseInfo(content, slug, locale);
	return (
		course && {
			'@context': [VC_CONTEXT, OB_CONTEXT],
			...achievement(origin, course, criteria(course))
		}
	);
}

/** A free place in a status list: random, in the first list with room. */
async function statusPlace(tx: Tx): Promise<{ list: number; index: number }> {
	const last = (await one(tx.select({ list: max(badgeCredentials.list) }).from(badgeCredentials)))
		?.list;
	let list = last ?? 1;
	const used = (await one(
		tx.select({ n: count() }).from(badgeCredentials).where(eq(badgeCredentials.list, list))
	))!.n;
	if (used >= LIST_FILL) list += 1;
	const taken = async (index: number) =>
		(await one(
			tx
				.select({ id: badgeCredentials.id })
				.from(badgeCredentials)
				.where(and(eq(badgeCredentials.list, list), eq(badgeCredentials.statusIndex, index)))
		)) !== undefined;
	// At most half the places are taken, so each try succeeds at least half the time.
	for (;;) {
		const index = randomInt(STATUS_LIST_SIZE);
		if (!(await taken(index))) return { list, index };
	}
}

/**
 * Issues the credentials a person has earned and not yet received: one per course completed
 * and assessed. Runs where their certificates are shown, so courses completed before badges
 * existed are covered too. Returns how many were issued.
 */
export async function issueEarned(
	db: Db,
	content: ContentIndex,
	person: { id: number; name: string; email: string },
	origin: string,
	locale: string,
	now = Date.now()
): Promise<number> {
	const earned = (await completions(db, content, person.id)).courses.filter(
		(c) => c.certifiedAt !== null
	);
	if (!earned.length) return 0;
	const have = new Set(
		(
			await db
				.select({ course: badgeCredentials.course })
				.from(badgeCredentials)
				.where(eq(badgeCredentials.userId, person.id))
		).map((r) => r.course)
	);
	const missing = earned.filter((c) => !have.has(c.slug));
	if (!missing.length) return 0;
	const key = await signingKey(db, now);
	const issuer = await issuerInfo(db, origin);
	const urls = badgeUrls(origin);
	return await write(db, async (tx) => {
		let issued = 0;
		for (const done of missing) {
			const course = courseInfo(content, done.slug, locale);
			if (!course) continue;
			const id = randomUUID();
			const place = await statusPlace(tx);
			const credential = buildCredential({
				id,
				origin,
				issuer,
				course,
				criteria: criteria(course),
				person,
				awardedAt: done.certifiedAt!,
				issuedAt: now,
				...place
			});
			const jwt = signCredential(credential, key, urls.key(key.kid));
			const inserted = await exec(
				tx
					.insert(badgeCredentials)
					.values({
						id,
						userId: person.id,
						course: done.slug,
						list: place.list,
						statusIndex: place.index,
						kid: key.kid,
						jwt,
						awardedAt: done.certifiedAt!,
						issuedAt: now
					})
					.onConflictDoNothing({ target: [badgeCredentials.userId, badgeCredentials.course] })
			);
			issued += inserted.changes;
		}
		return issued;
	});
}

/**
 * After a lesson is completed or an assessment passed: issues what that completed, at once. A
 * failure here (a full disk, say) is logged and never fails the action that completed the
 * course, which is already saved; the credential is then issued when the person's certificates
 * are next shown.
 */
export async function issueAfterCompletion(
	db: Db,
	content: ContentIndex,
	person: { id: number; name: string; email: string },
	origin: string,
	locale: string
): Promise<number> {
	try {
		return await issueEarned(db, content, person, origin, locale);
	} catch (e) {
		console.error(
			`Coachline: an Open Badge could not be issued now (${(e as Error).message}); it will be when the certificates are shown.`
		);
		return 0;
	}
}

export interface HeldCredential {
	id: string;
	course: string;
	issuedAt: number;
	revokedAt: number | null;
}

/** A person's own credentials by course. */
export async function credentialsOf(db: Db, userId: number): Promise<Map<string, HeldCredential>> {
	const rows = await db
		.select({
			id: badgeCredentials.id,
			course: badgeCredentials.course,
			issuedAt: badgeCredentials.issuedAt,
			revokedAt: badgeCredentials.revokedAt
		})
		.from(badgeCredentials)
		.where(eq(badgeCredentials.userId, userId));
	return new Map(rows.map((r) => [r.course, r]));
}

/** The file a person downloads for one of their courses (VC 2.0's JSON form), or null. */
export async function credentialFile(db: Db, userId: number, course: string) {
	const row = await one(
		db
			.select({ jwt: badgeCredentials.jwt, revokedAt: badgeCredentials.revokedAt })
			.from(badgeCredentials)
			.where(and(eq(badgeCredentials.userId, userId), eq(badgeCredentials.course, course)))
	);
	return row && { json: envelope(row.jwt), jwt: row.jwt, revoked: row.revokedAt !== null };
}

/** Revokes a credential (an admin, with a reason people can read); audited. */
export async function revokeCredential(
	db: Db,
	actorId: number,
	id: string,
	reason: string,
	now = Date.now()
) {
	const why = reason.trim();
	if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id))
		throw new DomainError('badges_not_found', 404);
	if (!why || why.length > REASON_MAX)
		throw new DomainError('badges_reason_invalid', 400, { max: REASON_MAX });
	await write(db, async (tx) => {
		const row = await one(
			tx
				.select({ revokedAt: badgeCredentials.revokedAt, userId: badgeCredentials.userId })
				.from(badgeCredentials)
				.where(eq(badgeCredentials.id, id))
		);
		if (!row) throw new DomainError('badges_not_found', 404);
		// A second click on the same button: already done, nothing to change.
		if (row.revokedAt !== null) return;
		await exec(
			tx
				.update(badgeCredentials)
				.set({ revokedAt: now, revokedBy: actorId, revokeReason: why })
				.where(eq(badgeCredentials.id, id))
		);
		await exec(
			tx.insert(auditLog).values({
				actorId,
				action: 'badges.revoked',
				target: `credential:${id}`,
				detail: { userId: row.userId, reason: why },
				at: now
			})
		);
	});
}

/** Issued credentials for the admin page, newest first, optionally by a person's name or email. */
export async function listCredentials(db: Db, options: { q?: string; limit?: number } = {}) {
	const q = options.q?.trim().normalize('NFKC').toLowerCase();
	const rows = await db
		.select({
			id: badgeCredentials.id,
			course: badgeCredentials.course,
			issuedAt: badgeCredentials.issuedAt,
			awardedAt: badgeCredentials.awardedAt,
			revokedAt: badgeCredentials.revokedAt,
			revokeReason: badgeCredentials.revokeReason,
			person: users.name,
			email: users.email
		})
		.from(badgeCredentials)
		.innerJoin(users, eq(users.id, badgeCredentials.userId))
		.where(
			q
				? sql`(instr(fold(${users.name}), ${q}) > 0 or instr(fold(${users.email}), ${q}) > 0)`
				: undefined
		)
		.orderBy(desc(badgeCredentials.issuedAt), desc(badgeCredentials.id))
		.limit(options.limit ?? 50);
	return { rows, totals: await badgeTotals(db) };
}

/** How many credentials were issued, and how many of them revoked. */
export async function badgeTotals(db: Db) {
	return (await one(
		db
			.select({
				issued: count(),
				revoked: sql<number>`count(${badgeCredentials.revokedAt})`
			})
			.from(badgeCredentials)
	))!;
}

/** The revoked places of one list. */
export async function revokedPlaces(db: Db, list: number): Promise<number[]> {
	return (
		await db
			.select({ index: badgeCredentials.statusIndex })
			.from(badgeCredentials)
			.where(and(eq(badgeCredentials.list, list), isNotNull(badgeCredentials.revokedAt)))
	).map((r) => r.index);
}

/** Whether a list exists (has had a credential). */
export async function listExists(db: Db, list: number): Promise<boolean> {
	return (
		(await one(
			db
				.select({ id: badgeCredentials.id })
				.from(badgeCredentials)
				.where(eq(badgeCredentials.list, list))
				.limit(1)
		)) !== undefined
	);
}

/** One status list as a signed credential (a VC-JWT), current to this moment. */
export async function signedStatusList(
	db: Db,
	origin: string,
	list: number,
	now = Date.now()
): Promise<string> {
	const key = await signingKey(db, now);
	return signCredential(
		statusListCredential(origin, list, await revokedPlaces(db, list), now),
		key,
		badgeUrls(origin).key(key.kid)
	);
}
