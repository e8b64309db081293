// What a person typed or ticked before the page came alive must survive it coming alive.
//
// A server-rendered form is usable at once, before the page's JavaScript has loaded. When it
// loads, Svelte hydrates the page and writes every field's value from the page data again: a
// `value={…}` attribute or a `<textarea>{…}</textarea>` sets `.value`, which wipes whatever the
// person had typed in the meantime (on a slow phone that can be seconds of typing). `bind:value`
// keeps such edits, plain values do not. The root layout calls `rememberEdits` before the page
// hydrates and the function it returns once it has: every field changed by hand gets its value
// back, with an `input` (or `change`) event so that anything listening sees it.

/** Input types whose value is typed (not hidden, not a choice, not a file). */
const TYPED = new Set([
	'text',
	'search',
	'email',
	'tel',
	'url',
	'password',
	'number',
	'date',
	'time',
	'datetime-local',
	'month',
	'week'
]);

/**
 * Notes every field under `root` whose value (or tick) differs from what the server sent, and
 * returns a function that restores those that differ again.
 */
export function rememberEdits(root: ParentNode): () => void {
	const restores: (() => void)[] = [];
	for (const field of root.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
		'input, textarea'
	)) {
		const typed = field instanceof HTMLTextAreaElement || TYPED.has(field.type);
		if (typed && field.value !== field.defaultValue) {
			const value = field.value;
			restores.push(() => {
				if (!field.isConnected || field.value === value) return;
				field.value = value;
				field.dispatchEvent(new Event('input', { bubbles: true }));
			});
		} else if (
			field instanceof HTMLInputElement &&
			(field.type === 'checkbox' || field.type === 'radio') &&
			field.checked !== field.defaultChecked
		) {
			const checked = field.checked;
			restores.push(() => {
				if (!field.isConnected || field.checked === checked) return;
				field.checked = checked;
				field.dispatchEvent(new Event('change', { bubbles: true }));
			});
		}
	}
	return () => restores.forEach((restore) => restore());
}
