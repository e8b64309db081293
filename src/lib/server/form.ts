import { fail } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { DomainError } from './errors';

/**
 * Reads a request's form data. A body that is not a form (wrong content type, truncated
 * multipart) becomes a 400 with a readable message instead of an exception.
 */
export async function readForm(request: Request): Promise<FormData | null> {
	try {
		return await request.formData();
	} catch {
		return null;
	}
}

export const badRequest = () => fail(400, { message: t('bad_request') });

/** A text field, or '' when absent; a file where text belongs is treated as absent. */
export function text(form: FormData, name: string): string {
	const v = form.get(name);
	return typeof v === 'string' ? v : '';
}

/** Turns a broken domain rule into a 4xx for the form; anything else is a real bug and bubbles. */
export function domainFailure<E extends object = object>(e: unknown, echo?: E) {
	if (e instanceof DomainError)
		return fail(e.status, { ...(echo as E), message: t(e.key, e.params) });
	throw e;
}

/** Names an object literal already answers to (`constructor`, `toString`, `__proto__`…). */
const OBJECT_NAMES = new Set([...Object.getOwnPropertyNames(Object.prototype), '__proto__']);

/**
 * The form action a POST asks for, read as SvelteKit reads it (the first query parameter that
 * starts with `/`: `?/save` is `save`), or null for the default action.
 */
export function actionName(url: URL): string | null {
	for (const [key] of url.searchParams) if (key.startsWith('/')) return key.slice(1);
	return null;
}

/**
 * Names no route of ours has as an action, which SvelteKit would not refuse by itself: it looks
 * the name up on the page's `actions` object, so `?/constructor` or `?/__proto__` call a function
 * every object has (a 500, with the request logged), and `?/default` throws.
 */
export function isForeignAction(name: string): boolean {
	return name === 'default' || OBJECT_NAMES.has(name);
}

/**
 * A form's text fields as name → values, to echo a refused form back so nothing typed is lost.
 * Field names Coachline never uses are dropped: over-long ones, and the names every object
 * already has (a field called `constructor` or `__proto__` must not reach an object's slots).
 */
export function formValues(
	form: FormData,
	{ maxName = 200, maxValue = 4000, skip = [] as string[] } = {}
): Record<string, string[]> {
	const values: Record<string, string[]> = Object.create(null);
	for (const [name, value] of form) {
		if (typeof value !== 'string' || name.length > maxName || OBJECT_NAMES.has(name)) continue;
		if (skip.includes(name)) continue;
		(values[name] ??= []).push(value.slice(0, maxValue));
	}
	// A plain object again, so it serialises like any other page data.
	return { ...values };
}
