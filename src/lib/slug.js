// Heading anchors: one function for the lesson renderer (svelte.config.js) and the content
// checker, so a quiz's link to a lesson section is checked against the id the page will have.

/** @param {string} text */
export function slugify(text) {
	return text
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[^\p{L}\p{N}\s-]/gu, '')
		.trim()
		.replace(/\s+/g, '-');
}

/** Slugs for headings in page order; repeats get -1, -2 … as on GitHub. */
export function slugger() {
	/** @type {Map<string, number>} */
	const seen = new Map();
	/** @param {string} text */
	return (text) => {
		const base = slugify(text) || 'section';
		const n = seen.get(base) ?? 0;
		seen.set(base, n + 1);
		return n ? `${base}-${n}` : base;
	};
}
