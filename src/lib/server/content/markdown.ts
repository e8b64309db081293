/** What the content checker needs to know about a lesson body, found by scanning its text. */
import { slugger } from '../../slug.js';

export const COMPONENTS = [
	'KeyPoints',
	'Callout',
	'Case',
	'SayThis',
	'Steps',
	'SelfCheck'
] as const;

export interface Tag {
	name: string;
	attrs: Record<string, string>;
	line: number;
}
export interface Link {
	href: string;
	line: number;
}

// Attributes may also be single-quoted, {expressions} or bare: a tag must not escape the checks
// just because one attribute is not a "string".
const TAG =
	/<([A-Z][A-Za-z0-9]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|\{[^}]*\}))?)*)\s*\/?>/g;
const ATTR = /([a-zA-Z-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const LINK = /\]\((\/[^)\s]*)(?:\s+"[^"]*")?\)/g;

/** 1-based line of `offset` in `text`, counted from `firstLine`. */
function lineAt(text: string, offset: number, firstLine: number) {
	let line = firstLine;
	for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
	return line;
}

/** Capitalised tags (components) with their string attributes, and site-internal links. */
export function scanBody(body: string, firstLine: number): { tags: Tag[]; links: Link[] } {
	const tags: Tag[] = [];
	for (const m of body.matchAll(TAG)) {
		const attrs: Record<string, string> = {};
		for (const a of m[2].matchAll(ATTR)) attrs[a[1]] = a[2] ?? a[3];
		tags.push({ name: m[1], attrs, line: lineAt(body, m.index, firstLine) });
	}
	const links = [...body.matchAll(LINK)].map((m) => ({
		href: m[1],
		line: lineAt(body, m.index, firstLine)
	}));
	return { tags, links };
}

/** The words a reader sees, for search: no tags, no Markdown syntax, attribute text kept. */
export function plainText(body: string): string {
	return body
		.replace(TAG, (_, _name: string, attrs: string) =>
			[...attrs.matchAll(ATTR)]
				.filter((a) => a[1] !== 'id' && a[1] !== 'kind')
				.map((a) => (a[2] ?? a[3]).trim())
				.filter(Boolean)
				// A sentence of its own: a full stop unless it already ends like one ("stressful.").
				.map((t) => ` ${t}${/[.!?:;…]$/.test(t) ? '' : '.'} `)
				.join('')
		)
		.replace(/<\/[A-Z][A-Za-z0-9]*>/g, ' ')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^\s{0,3}(#{1,6}|[-*+]|\d+\.|>)\s+/gm, '')
		.replace(/[*_`~]+/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** Splits `---` frontmatter from the body; `bodyLine` is the file line the body starts on. */
export function splitFrontmatter(source: string) {
	const m = source.match(/^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/);
	if (!m) return null;
	const yaml = m[1];
	const bodyLine = m[0].split('\n').length;
	return { yaml, yamlLine: 2, body: source.slice(m[0].length), bodyLine };
}

/** The ids the lesson page gives its ## and ### headings (see src/lib/slug.js). */
export function headingAnchors(body: string): string[] {
	return headings(body).map((h) => h.id);
}

/** The ## and ### headings of a lesson: their text and the id the page gives them. */
export function headings(body: string): { id: string; title: string }[] {
	const slug = slugger();
	return [...body.matchAll(/^#{2,3}[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => {
		const title = m[1].replace(/[*_`]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
		return { id: slug(title), title };
	});
}
