/**
 * What every analyser does first: compatibility forms folded (full-width letters and digits),
 * markup removed (a reply is text; "<b>sorry</b>" is the word sorry), curly apostrophes and
 * quotes straightened, and runs of white space collapsed.
 */
export function prepare(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/<\/?[a-z][^<>]*>/gi, ' ')
		.replace(/[\u2018\u2019\u02bc\u2032]/g, "'")
		.replace(/[\u201c\u201d]/g, '"')
		.replace(/\s+/g, ' ')
		.trim();
}
