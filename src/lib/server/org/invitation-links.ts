import { inArray } from 'drizzle-orm';
import type { Db } from '../db';
import { invitations } from '../db/schema';
import { DomainError } from '../errors';
import { csvCell } from '../growth/csv';
import { IMPORT_MAX_ROWS } from './import';
import { teamNamesOf } from './people';
import { findInvitation } from './users';

/** As many links as one import can create. */
export const LINKS_MAX = IMPORT_MAX_ROWS;

/** A link the import page sends back: whose it says it is, and its secret. */
export interface LinkClaim {
	email: string;
	token: string;
}

/**
 * The invitation links an import just created, as a CSV file for a mail merge: name, email,
 * team, link, expires. Only the hashes of the links are stored, so the import's result page
 * sends them back; each must still be a working invitation of the email it came with, and the
 * rest of every row comes from the database. So nothing but real, current links of real people
 * ends up in a file we serve. One link that does not qualify refuses the whole file (422): it
 * was used, replaced or has expired, or the form was tampered with.
 */
export async function invitationLinksCsv(
	db: Db,
	claims: LinkClaim[],
	origin: string,
	now = Date.now()
): Promise<string> {
	if (claims.length === 0) throw new DomainError('links_none', 400);
	if (claims.length > LINKS_MAX) throw new DomainError('links_too_many', 400, { max: LINKS_MAX });
	const seen = new Set<string>();
	const people: { id: number; name: string; email: string; token: string }[] = [];
	let invalid = 0;
	for (const { email, token } of claims) {
		if (seen.has(token)) continue;
		seen.add(token);
		const person = await findInvitation(db, token, now);
		if (!person || person.email !== email.trim().toLowerCase()) invalid++;
		else people.push({ ...person, token });
	}
	if (invalid) throw new DomainError('links_invalid', 422, { count: invalid });

	const ids = people.map((p) => p.id);
	const teams = teamNamesOf(db, ids);
	const expiry = new Map(
		(
			await db
				.select({ userId: invitations.userId, expiresAt: invitations.expiresAt })
				.from(invitations)
				.where(inArray(invitations.userId, ids))
		).map((r) => [r.userId, r.expiresAt])
	);
	const lines = [['name', 'email', 'team', 'link', 'expires']];
	for (const p of people)
		lines.push([
			p.name,
			p.email,
			(teams.get(p.id) ?? []).join('; '),
			`${origin}/invite/${p.token}`,
			new Date(expiry.get(p.id) ?? now).toISOString()
		]);
	// A byte-order mark, so a spreadsheet opens the file as UTF-8 (林芳, not mojibake).
	return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
