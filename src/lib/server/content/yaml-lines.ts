import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';

/** A parsed YAML text that can say on which line any value (or its nearest parent) stands. */
export interface LocatedYaml {
	value: unknown;
	/** 1-based line of the node at `path`, falling back to its nearest existing parent. */
	lineOf(path: readonly PropertyKey[]): number;
	/** YAML syntax errors, with their lines. */
	errors: { line: number; message: string }[];
}

/**
 * Parses YAML keeping positions. `firstLine` is the file line the text starts on, so lines
 * inside a Markdown file's frontmatter come out as lines of the file.
 */
export function parseYaml(text: string, firstLine = 1): LocatedYaml {
	const counter = new LineCounter();
	const doc: Document = parseDocument(text, { lineCounter: counter, prettyErrors: false });
	const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
	const errors = doc.errors.map((e) => ({
		line: toLine(e.pos[0]),
		message: e.message.split('\n')[0]
	}));

	function lineOf(path: readonly PropertyKey[]): number {
		let node: unknown = doc.contents;
		let line =
			node && typeof node === 'object' && 'range' in node
				? toLine((node as { range: number[] }).range[0])
				: firstLine;
		for (const key of path) {
			let next: unknown;
			if (isMap(node)) {
				const pair = node.items.find((p) => (isScalarKey(p.key) ? p.key.value : p.key) === key);
				if (pair && isScalarKey(pair.key) && pair.key.range) line = toLine(pair.key.range[0]);
				next = pair?.value;
			} else if (isSeq(node) && typeof key === 'number') next = node.items[key];
			if (!next) break;
			if (
				typeof next === 'object' &&
				next &&
				'range' in next &&
				(next as { range?: number[] }).range
			)
				line = toLine((next as { range: number[] }).range[0]);
			node = next;
		}
		return line;
	}

	return { value: errors.length ? undefined : doc.toJS(), lineOf, errors };
}

function isScalarKey(key: unknown): key is { value: unknown; range?: number[] } {
	return !!key && typeof key === 'object' && 'value' in key;
}
