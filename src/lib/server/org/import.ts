import type { ContentIndex } from '../content';
import { sql } from 'drizzle-orm';
import { write, type Db } from '../db';
import { teams } from '../db/schema';
import type { MessageKey } from '$lib/i18n';
import { CsvSyntaxError, parseCsv } from './csv';
import { audit, emailTaken, insertUser, issueInvitation } from './users';
import { emailSchema, problems, userInputSchema, type UserInput } from './validation';

export const IMPORT_COLUMNS = ['name', 'email', 'role', 'team', 'started_on'] as const;
export const IMPORT_MAX_ROWS = 5000;
/** Below adapter-node's default 512 KB body limit, so the limit the person meets is ours. */
export const IMPORT_MAX_BYTES = 500 * 1024;

export interface ImportProblem {
	line: number;
	key: MessageKey;
	params?: Record<string, string | number>;
}
export interface ImportedUser {
	line: number;
	name: string;
	email: string;
	token: string;
}
export type ImportResult =
	{ ok: true; created: ImportedUser[] } | { ok: false; problems: ImportProblem[] };

interface Row {
	line: number;
	input: UserInput;
	teamId: number | null;
}

/** Checks the whole file and reports every bad row; imports nothing unless every row is good. */
/**
 * A role as people write it in a spreadsheet: "agent" (the interface's word) or "learner" (the
 * stored one), "lead" or "team lead", "admin"; any case, spaces around ignored.
 */
export function csvRole(raw: string) {
	const role = raw.trim().toLowerCase().replace(/\s+/g, ' ');
	return role === 'agent' ? 'learner' : role === 'team lead' ? 'lead' : role;
}

export async function importUsers(
	db: Db,
	text: string,
	actorId: number,
	content: ContentIndex | null = null
): Promise<ImportResult> {
	let records;
	try {
		records = parseCsv(text);
	} catch (e) {
		if (e instanceof CsvSyntaxError)
			return { ok: false, problems: [{ line: e.line, key: 'csv_unterminated_quote' }] };
		throw e;
	}
	if (records.length === 0) return { ok: false, problems: [{ line: 1, key: 'csv_empty' }] };

	const [header, ...body] = records;
	const columns = header.fields.map((f) => f.trim().toLowerCase());
	const found: ImportProblem[] = [];
	for (const col of IMPORT_COLUMNS)
		if (!columns.includes(col))
			found.push({ line: header.line, key: 'csv_missing_column', params: { column: col } });
	columns.forEach((col, i) => {
		if (columns.indexOf(col) !== i)
			found.push({ line: header.line, key: 'csv_duplicate_column', params: { column: col } });
	});
	for (const col of new Set(columns))
		if (!(IMPORT_COLUMNS as readonly string[]).includes(col))
			found.push({ line: header.line, key: 'csv_unknown_column', params: { column: col } });
	if (found.length) return { ok: false, problems: found };
	if (body.length === 0) return { ok: false, problems: [{ line: header.line, key: 'csv_empty' }] };
	if (body.length > IMPORT_MAX_ROWS)
		return {
			ok: false,
			problems: [
				{
					line: body[IMPORT_MAX_ROWS].line,
					key: 'csv_too_many_rows',
					params: { max: IMPORT_MAX_ROWS }
				}
			]
		};

	const teamByName = new Map(
		(await db.select({ id: teams.id, name: teams.name, leadId: teams.leadId }).from(teams)).map(
			(t) => [t.name.toLowerCase(), t]
		)
	);
	const emailLine = new Map<string, number>();
	const leadLine = new Map<number, number>();
	const rows: Row[] = [];

	for (const record of body) {
		const { line, fields } = record;
		if (fields.length !== columns.length) {
			found.push({
				line,
				key: 'csv_wrong_field_count',
				params: { expected: columns.length, got: fields.length }
			});
			continue;
		}
		const raw = Object.fromEntries(columns.map((c, i) => [c, fields[i].trim()]));
		const before = found.length;
		const role = csvRole(raw.role);
		const parsed = userInputSchema.safeParse({
			name: raw.name,
			email: raw.email,
			role,
			startedOn: raw.started_on
		});
		if (!parsed.success)
			for (const [field, key] of Object.entries(problems(parsed.error)))
				found.push(
					key === 'role_invalid'
						? { line, key: 'csv_role_invalid', params: { role: raw.role } }
						: { line, key, params: { field } }
				);

		// Email and team are checked even when another field is bad: one upload shows every problem.
		const email = emailSchema.safeParse(raw.email);
		if (email.success) {
			const other = emailLine.get(email.data);
			if (other)
				found.push({ line, key: 'csv_duplicate_email', params: { email: email.data, other } });
			else if (await emailTaken(db, email.data))
				found.push({ line, key: 'csv_email_exists', params: { email: email.data } });
			if (!other) emailLine.set(email.data, line);
		}
		const team = raw.team ? teamByName.get(raw.team.toLowerCase()) : undefined;
		if (raw.team && !team)
			found.push({ line, key: 'csv_unknown_team', params: { team: raw.team } });
		if (team && role === 'admin') found.push({ line, key: 'admin_no_team' });
		if (team && role === 'lead') {
			const other = leadLine.get(team.id);
			if (other) found.push({ line, key: 'csv_two_leads', params: { team: team.name, other } });
			else if (team.leadId !== null)
				found.push({ line, key: 'csv_team_has_lead', params: { team: team.name } });
			else leadLine.set(team.id, line);
		}
		if (parsed.success && found.length === before)
			rows.push({ line, input: parsed.data, teamId: team?.id ?? null });
	}
	if (found.length) return { ok: false, problems: found.sort((a, b) => a.line - b.line) };

	const created = await write(db, async (tx) => {
		const out: ImportedUser[] = [];
		for (const row of rows) {
			const user = await insertUser(tx, row.input, row.teamId, { content, actorId });
			out.push({
				line: row.line,
				name: user.name,
				email: user.email,
				token: await issueInvitation(tx, user.id, actorId)
			});
		}
		await audit(tx, actorId, 'user.import', `users:${out.length}`, { count: out.length });
		return out;
	});
	return { ok: true, created };
}

/** Every team name, for the "existing teams" hint on the import page. */
export async function teamNames(db: Db) {
	return (
		await db
			.select({ name: teams.name })
			.from(teams)
			.orderBy(sql`lower(${teams.name})`)
	).map((t) => t.name);
}
