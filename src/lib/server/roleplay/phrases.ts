/**
 * Tolerant phrase matching for free-text replies. Authors write patterns as lower-case words;
 * learners' text and patterns are normalised the same way (case, punctuation, contractions), and
 * a pattern word also matches its plain variants. No AI: every match can be explained.
 *
 * Pattern syntax: words separated by spaces; `word*` matches any word starting with `word`;
 * `(a|b c|d)` matches one of several words or word sequences; `<num>` matches a word with a digit.
 */

const CONTRACTIONS: [RegExp, string][] = [
	[/\bcan['’]t\b/g, 'can not'],
	[/\bcannot\b/g, 'can not'],
	[/\bwon['’]t\b/g, 'will not'],
	[/\bshan['’]t\b/g, 'shall not'],
	[/n['’]t\b/g, ' not'],
	[/['’]m\b/g, ' am'],
	[/['’]re\b/g, ' are'],
	[/['’]ll\b/g, ' will'],
	[/['’]ve\b/g, ' have'],
	[/['’]d\b/g, ' would'],
	[/\blet['’]s\b/g, 'let us'],
	[/\b(it|that|there|what|here|he|she|who|where|how)['’]s\b/g, '$1 is'],
	// Any other 's is a possessive: "the customer's" matches "customer".
	[/['’]s\b/g, '']
];

function expand(text: string) {
	let out = text.normalize('NFKC').toLowerCase();
	for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
	// "5pm" → "5 pm", "24h" → "24 h": a number and its unit are separate words.
	return out.replace(/(\d)([a-z])/g, '$1 $2').replace(/([a-z])(\d)/g, '$1 $2');
}

/** The words of a learner's reply, normalised for matching. */
export function words(text: string): string[] {
	return expand(text)
		.replace(/[^a-z0-9]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean);
}

type Word = { kind: 'exact'; word: string } | { kind: 'prefix'; stem: string } | { kind: 'num' };
/** A pattern: a sequence of slots, each a set of alternative word sequences. */
export type Pattern = Word[][][];

/** The plain variants a pattern word also matches: plurals, past tenses, -ing forms. */
function variants(word: string): Set<string> {
	const v = new Set([word, word + 's', word + 'es', word + 'ed', word + 'd', word + 'ing']);
	if (word.endsWith('e')) v.add(word.slice(0, -1) + 'ing');
	if (word.endsWith('y')) {
		v.add(word.slice(0, -1) + 'ies');
		v.add(word.slice(0, -1) + 'ied');
	}
	return v;
}

function parseWord(token: string): Word {
	if (token === '<num>') return { kind: 'num' };
	if (token.endsWith('*')) return { kind: 'prefix', stem: token.slice(0, -1) };
	return { kind: 'exact', word: token };
}

function parseWords(text: string): Word[] {
	// Patterns go through the same contraction rules as replies, keeping * and <num>.
	return expand(text)
		.replace(/<num>/g, ' <num> ')
		.replace(/[^a-z0-9*<>]+/g, ' ')
		.trim()
		.split(' ')
		.filter(Boolean)
		.map(parseWord);
}

/** Compiles a pattern, or returns why it cannot be compiled. */
export function compilePattern(source: string): Pattern | { error: string } {
	const slots: Pattern = [];
	let rest = source.trim();
	if (!rest) return { error: 'pattern is empty' };
	while (rest.length) {
		if (rest.startsWith('(')) {
			const close = rest.indexOf(')');
			if (close < 0) return { error: `"(" without ")" in pattern "${source}"` };
			const inner = rest.slice(1, close);
			if (inner.includes('(')) return { error: `groups cannot be nested in pattern "${source}"` };
			const alternatives = inner.split('|').map(parseWords);
			if (alternatives.some((a) => a.length === 0))
				return { error: `empty alternative in pattern "${source}"` };
			slots.push(alternatives);
			rest = rest.slice(close + 1).trimStart();
		} else {
			const next = rest.search(/[()]/);
			const chunk = next < 0 ? rest : rest.slice(0, next);
			if (chunk.includes(')')) return { error: `")" without "(" in pattern "${source}"` };
			for (const w of parseWords(chunk)) slots.push([[w]]);
			rest = next < 0 ? '' : rest.slice(next);
			if (rest.startsWith(')')) return { error: `")" without "(" in pattern "${source}"` };
		}
	}
	if (!slots.length) return { error: `pattern "${source}" has no words` };
	return slots;
}

function wordMatches(w: Word, token: string) {
	if (w.kind === 'num') return /\d/.test(token);
	if (w.kind === 'prefix') return token.startsWith(w.stem);
	return variants(w.word).has(token);
}

function matchAt(pattern: Pattern, slot: number, tokens: string[], at: number): boolean {
	if (slot === pattern.length) return true;
	for (const alternative of pattern[slot]) {
		if (at + alternative.length > tokens.length) continue;
		if (alternative.every((w, i) => wordMatches(w, tokens[at + i])))
			if (matchAt(pattern, slot + 1, tokens, at + alternative.length)) return true;
	}
	return false;
}

/** Whether the pattern occurs anywhere in the (already normalised) words. */
export function matches(pattern: Pattern, tokens: string[]): boolean {
	for (let at = 0; at < tokens.length; at++) if (matchAt(pattern, 0, tokens, at)) return true;
	return false;
}
