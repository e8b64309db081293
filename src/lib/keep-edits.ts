// What a person typed or ticked before the page came alive must survive it coming alive.
//
// A server-rendered form is usable at once, before the page's JavaScript has loaded. When it
// loads, Svelte hydrates the page and writes every field's value from the page data again: a
// `value={…}` attribute or a `<textarea>{…}</textarea>` sets `.value`, which wipes whatever the
// person had typed in the meantime (on a slow phone that can be seconds of typing). `bind:value`
// keeps such edits, plain values do not. The root layout calls `rememberEdits` before the page
// hydrates and the function it returns once it has: every field changed by hand gets its value
// back, with an `input` (or `change`) event so that anything listening sees it. Kept small: it
// is in every page's JavaScript.

type Field = HTMLInputElement & HTMLTextAreaElement;

/**
 * Notes every field under `root` whose value (or tick) differs from what the server sent, and
 * returns a function that restores those that differ again.
 */
export function rememberEdits(root: ParentNode): () => void {
	const kept: [Field, 'value' | 'checked', string | boolean][] = [];
	for (const field of root.querySelectorAll<Field>('input:not([type=file]), textarea')) {
		const tick = field.type === 'checkbox' || field.type === 'radio';
		const now = tick ? field.checked : field.value;
		if (now !== (tick ? field.defaultChecked : field.defaultValue))
			kept.push([field, tick ? 'checked' : 'value', now]);
	}
	return () => {
		for (const [field, key, value] of kept)
			if (field.isConnected && field[key] !== value) {
				(field as unknown as Record<string, unknown>)[key] = value;
				field.dispatchEvent(new Event(key === 'value' ? 'input' : 'change', { bubbles: true }));
			}
	};
}
