import type { SubmitFunction } from '@sveltejs/kit';

/**
 * `use:enhance` for forms that add something: after it worked (the server answers 303 back to
 * the page), the form is emptied for the next entry; after an error it keeps what was typed.
 */
export const clearAfter: SubmitFunction =
	() =>
	async ({ result, formElement, update }) => {
		// Before the page updates, so nothing typed after the confirmation appears is wiped.
		if (result.type === 'redirect' || result.type === 'success') formElement.reset();
		await update();
	};
