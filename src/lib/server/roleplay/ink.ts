/**
 * A static reading of an ink script: knots, diverts, choices with their tags, ending tags and
 * VAR declarations, each with its line. The ink compiler checks syntax; this finds what it does
 * not (unreachable knots) and what Coachline adds on top of ink (effects in choice tags).
 */

export interface InkChoice {
	line: number;
	knot: string;
	/** What the agent says: the bracketed text before the first tag. */
	text: string;
	tags: string[];
	/** Tags written after the closing bracket (they would not be seen before choosing). */
	tagsOutside: boolean;
	bracketed: boolean;
}

export interface InkScan {
	knots: Map<string, number>;
	/** Knot (or '' for the top of the file) → knots it diverts to, with lines. */
	diverts: Map<string, { target: string; line: number }[]>;
	choices: InkChoice[];
	endings: { id: string; line: number }[];
	vars: Map<string, { value: string; line: number }>;
	/** Constructs Coachline's scenarios do not use, with their lines. */
	unsupported: { line: number; what: string }[];
}

const KNOT = /^\s*={2,}\s*(function\s+)?([A-Za-z_]\w*)\s*(\([^)]*\))?\s*=*\s*$/;
const STITCH = /^\s*=\s*([A-Za-z_]\w*)\s*$/;
const CHOICE = /^\s*((?:[*+]\s*)+)(.*)$/;
const VAR = /^\s*(?:VAR|CONST)\s+([A-Za-z_]\w*)\s*=\s*(.+?)\s*$/;
const DIVERT = /(->|<-)\s*([A-Za-z_][\w.]*)?/g;

function stripComment(line: string) {
	const i = line.indexOf('//');
	return i < 0 ? line : line.slice(0, i);
}

export function scanInk(source: string): InkScan {
	const scan: InkScan = {
		knots: new Map(),
		diverts: new Map([['', []]]),
		choices: [],
		endings: [],
		vars: new Map(),
		unsupported: []
	};
	let knot = '';
	let inBlockComment = false;
	source.split(/\r?\n/).forEach((raw, i) => {
		const line = i + 1;
		let text = raw;
		if (inBlockComment) {
			const end = text.indexOf('*/');
			if (end < 0) return;
			text = text.slice(end + 2);
			inBlockComment = false;
		}
		const start = text.indexOf('/*');
		if (start >= 0 && !text.slice(0, start).includes('//')) {
			inBlockComment = !text.slice(start).includes('*/');
			text = text.slice(0, start) + (inBlockComment ? '' : text.slice(text.indexOf('*/') + 2));
		}
		text = stripComment(text);

		const k = text.match(KNOT);
		if (k) {
			if (k[1]) scan.unsupported.push({ line, what: 'functions' });
			knot = k[2];
			scan.knots.set(knot, line);
			scan.diverts.set(knot, []);
			return;
		}
		if (STITCH.test(text)) {
			scan.unsupported.push({ line, what: 'stitches (use a knot)' });
			return;
		}
		const v = text.match(VAR);
		if (v) {
			scan.vars.set(v[1], { value: v[2], line });
			return;
		}
		if (/^\s*INCLUDE\b/.test(text)) scan.unsupported.push({ line, what: 'INCLUDE' });

		for (const m of text.matchAll(DIVERT)) {
			if (m[1] === '<-') scan.unsupported.push({ line, what: 'threads (<-)' });
			const target = m[2];
			if (!target) {
				if (
					text
						.slice((m.index ?? 0) + 2)
						.trimStart()
						.startsWith('->')
				)
					scan.unsupported.push({ line, what: 'tunnels (->->)' });
				continue;
			}
			if (target === 'END' || target === 'DONE') continue;
			scan.diverts.get(knot)!.push({ target: target.split('.')[0], line });
		}

		const c = text.match(CHOICE);
		if (c) {
			// Leading conditions and labels: `* {mood > 2} (label) [text]`.
			const body = c[2].replace(/^(\s*(\{[^}]*\}|\([A-Za-z_]\w*\)))*\s*/, '');
			const open = body.indexOf('[');
			const close = body.indexOf(']', open + 1);
			const bracketed = open >= 0 && close > open;
			const inside = bracketed ? body.slice(open + 1, close) : body;
			const after = bracketed ? body.slice(close + 1) : '';
			const [said, ...tags] = inside.split('#');
			scan.choices.push({
				line,
				knot,
				text: (bracketed ? body.slice(0, open) + said : said.replace(/->.*$/, '')).trim(),
				tags: bracketed ? tags.map((t) => t.trim()).filter(Boolean) : [],
				tagsOutside: bracketed ? after.includes('#') : inside.includes('#'),
				bracketed
			});
			if (c[1].includes('+')) scan.unsupported.push({ line, what: 'sticky choices (+)' });
			return;
		}
		for (const m of text.matchAll(/#\s*ending\s*:\s*([^#\s]*)/g))
			scan.endings.push({ id: m[1], line });
	});
	return scan;
}

/** Knots no divert chain from the top of the file reaches. */
export function unreachableKnots(scan: InkScan): { knot: string; line: number }[] {
	const seen = new Set<string>(['']);
	const queue = [''];
	while (queue.length) {
		const from = queue.shift()!;
		for (const { target } of scan.diverts.get(from) ?? [])
			if (!seen.has(target) && scan.knots.has(target)) {
				seen.add(target);
				queue.push(target);
			}
	}
	return [...scan.knots]
		.filter(([name]) => !seen.has(name))
		.map(([knot, line]) => ({ knot, line }));
}

const EFFECT = /^([a-z][a-z0-9_-]*)\s*([+-])\s*(\d+)$/;

export type ParsedTag =
	| { kind: 'effect'; name: string; points: number }
	| { kind: 'note'; text: string }
	| { kind: 'free'; id: string }
	| { kind: 'unknown'; tag: string };

/** One choice tag as Coachline reads it. */
export function parseTag(tag: string): ParsedTag {
	const e = tag.match(EFFECT);
	if (e) return { kind: 'effect', name: e[1], points: (e[2] === '-' ? -1 : 1) * Number(e[3]) };
	const note = tag.match(/^note\s*:\s*(.*)$/s);
	if (note) return { kind: 'note', text: note[1].trim() };
	const free = tag.match(/^free\s*:\s*(.*)$/);
	if (free) return { kind: 'free', id: free[1].trim() };
	return { kind: 'unknown', tag };
}
