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
