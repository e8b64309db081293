import { z } from 'zod';
import { ROLES } from '../db/schema';
import type { MessageKey } from '$lib/i18n';

export const NAME_MAX = 100;
export const EMAIL_MAX = 254;

const msg = (key: MessageKey) => ({ error: key });

export const emailSchema = z
	.string(msg('email_required'))
	.trim()
	.toLowerCase()
	.min(1, msg('email_required'))
	.max(EMAIL_MAX, msg('email_too_long'))
	.regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, msg('email_invalid'));

/**
 * Characters a name never needs and that can disguise one: control characters (C0, DEL, C1),
 * text-direction marks, embeddings, overrides and isolates (U+202E can make "Anna" read as
 * another name), invisible separators and the byte-order mark. Joiners (U+200C, U+200D) stay:
 * some scripts and emoji need them.
 */
export const DISGUISING_CHARACTERS =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u001f\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

export const nameSchema = z
	.string(msg('name_required'))
	.trim()
	.min(1, msg('name_required'))
	.max(NAME_MAX, msg('name_too_long'))
	.refine((s) => !DISGUISING_CHARACTERS.test(s), msg('name_invalid_characters'));

export const roleSchema = z.enum(ROLES, msg('role_invalid'));

/** '' means "not set"; anything else must be a real calendar date. */
export const startedOnSchema = z
	.string()
	.trim()
	.refine((s) => s === '' || isIsoDate(s), msg('started_on_invalid'))
	.transform((s) => (s === '' ? null : s));

export function isIsoDate(s: string): boolean {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
	const d = new Date(`${s}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export const userInputSchema = z.object({
	name: nameSchema,
	email: emailSchema,
	role: roleSchema,
	startedOn: startedOnSchema.default(null)
});
export type UserInput = z.infer<typeof userInputSchema>;

/** Field → message key for the first problem with each field. */
export function problems(error: z.ZodError): Record<string, MessageKey> {
	const out: Record<string, MessageKey> = {};
	for (const issue of error.issues) {
		const field = String(issue.path[0] ?? 'form');
		out[field] ??= issue.message as MessageKey;
	}
	return out;
}

/** A positive integer id from a route param or form field, or null (forged, malformed). */
export function parseId(value: unknown): number | null {
	if (typeof value !== 'string' || !/^[1-9]\d{0,15}$/.test(value)) return null;
	const n = Number(value);
	return Number.isSafeInteger(n) ? n : null;
}

export const teamNameSchema = z
	.string(msg('team_name_required'))
	.trim()
	.min(1, msg('team_name_required'))
	.max(80, msg('team_name_too_long'))
	.refine((s) => !DISGUISING_CHARACTERS.test(s), msg('name_invalid_characters'));
