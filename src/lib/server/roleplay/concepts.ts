import { analyse, type Analysis, type Language } from '../language';
import { FILLERS } from '../language/fillers';
import { saysNot } from '../language/zh';

/**
 * Concepts: what a reply can mean, as lists of phrases with synonyms (content/lexicon/*.yaml,
 * plus a scenario's own `terms`). A phrase is matched against the analysed reply by lemma, so
 * "apologise" also finds "apologised" and "apologies"; a concept found inside the scope of a
 * negation ("I can't offer ten thousand") is a negated hit, which rules do not count unless they
 * ask for it.
 *
 * Phrase syntax, words separated by spaces:
 *   word          the word in any form (lemma or surface form)
 *   word*         any word starting so
 *   =word         exactly this form ("it =happens" is not "it happened")
 *   (a|b c)       one of several words or word sequences; (a|b)? the same, or nothing
 *   ...           up to five words of anything (within the sentence)
 *   ^             the start of a clause: punctuation or the start of the reply comes before
 *   $             the end of a clause: punctuation or the end of the reply follows
 *                 ("whatever $" is "Whatever." but not "whatever the engineers say")
 *   @concept      any phrase of another concept
 *   @clock @day @duration @time   a clock time, a day, a duration; @time is any of them
 *                 (a duration only after "in" or "within")
 *   @number  @number>=5000  @number=10000  @number<100   a number, optionally by value
 *   @question  @open-question   a whole sentence that asks (openly: what, how, tell me…)
 */

export type Item =
	| { kind: 'word'; lemma: string; norm: string }
	/** Words as written, analysed into `word` items the first time the phrase is matched. */
	| { kind: 'text'; text: string; language: Language }
	| { kind: 'prefix'; stem: string }
	| { kind: 'exact'; norm: string }
	| { kind: 'alt'; options: Item[][] }
	| { kind: 'gap'; max: number }
	| { kind: 'end' }
	| { kind: 'start' }
	| {
			kind: 'value';
			span: 'clock' | 'day' | 'duration' | 'time' | 'number';
			op?: string;
			n?: number;
	  }
	| { kind: 'concept'; id: string };

export interface Phrase {
	source: string;
	items: Item[];
	/** A sentence-level built-in (@question, @open-question) standing alone. */
	sentence?: 'question' | 'open-question';
}

export interface Concept {
	id: string;
	means: string;
	phrases: Partial<Record<Language, Phrase[]>>;
	/** Tone-screen concepts: the category and what to tell the learner. */
	tone?: { category: string; explain: string };
}

/** Words that make a sentence conditional. */
const CONDITION = new Set([
	'if',
	'unless',
	'provided',
	'providing',
	'assuming',
	'once',
	'whether',
	'如果',
	'要是',
	'假如',
	'的话',
	'只要',
	'万一',
	'一旦',
	'除非',
	'假设'
]);

export const VALUE_NAMES = new Set(['clock', 'day', 'duration', 'time', 'number']);
export const SENTENCE_NAMES = new Set(['question', 'open-question']);
const NEGATION_CUES = new Set([
	'not',
	"n't",
	'never',
	'no',
	'nothing',
	'nobody',
	'none',
	'neither',
	'nor',
	'without',
	'cannot',
	'不',
	'没',
	'没有',
	'别',
	'未',
	'无',
	'非',
	'不能',
	'不是',
	'不会',
	'无法',
	'没法',
	'不要',
	'不用'
]);

/** Compiles one phrase, or says why it cannot be. Words are analysed like replies are. */
export function compilePhrase(source: string, language: Language): Phrase | { error: string } {
	const trimmed = source.trim();
	if (!trimmed) return { error: 'empty phrase' };
	const sentence = trimmed.match(/^@(question|open-question)$/);
	if (sentence)
		return {
			source,
			items: [],
			sentence: sentence[1] as Phrase['sentence']
		};
	const items: Item[] = [];
	let rest = trimmed;
	while (rest.length) {
		if (rest.startsWith('(')) {
			const close = rest.indexOf(')');
			if (close < 0) return { error: `"(" without ")" in "${source}"` };
			const inner = rest.slice(1, close);
			if (inner.includes('(')) return { error: `groups cannot be nested in "${source}"` };
			const options: Item[][] = [];
			for (const alternative of inner.split('|')) {
				const parsed = parseChunk(alternative, language, source);
				if ('error' in parsed) return parsed;
				if (!parsed.length) return { error: `empty alternative in "${source}"` };
				options.push(parsed);
			}
			// `(…)?`: the group may also be left out.
			const optional = rest[close + 1] === '?';
			if (optional) options.push([]);
			items.push({ kind: 'alt', options });
			rest = rest.slice(close + (optional ? 2 : 1)).trimStart();
			continue;
		}
		const next = rest.search(/[()]/);
		if (rest[next] === ')') return { error: `")" without "(" in "${source}"` };
		const chunk = next < 0 ? rest : rest.slice(0, next);
		const parsed = parseChunk(chunk, language, source);
		if ('error' in parsed) return parsed;
		items.push(...parsed);
		rest = next < 0 ? '' : rest.slice(next);
	}
	if (!items.length) return { error: `"${source}" has no words` };
	if (items[0].kind === 'gap' || items[items.length - 1].kind === 'gap')
		return { error: `"..." must sit between words in "${source}"` };
	if (items[0].kind === 'end') return { error: `"$" must follow a word in "${source}"` };
	if (items.slice(1).some((i) => i.kind === 'start'))
		return { error: `"^" can only open a phrase ("${source}")` };
	const required = (i: Item) =>
		i.kind !== 'end' &&
		i.kind !== 'start' &&
		(i.kind !== 'alt' || i.options.every((o) => o.length > 0));
	if (!items.some(required))
		return { error: `"${source}" can match nothing: make something required` };
	return { source, items };
}

/** Plain words (analysed together), `word*`, `...` and `@name` pieces of a chunk without groups. */
function parseChunk(chunk: string, language: Language, source: string): Item[] | { error: string } {
	const items: Item[] = [];
	let words: string[] = [];
	// Words are analysed (for their lemmas) only when the phrase is first matched: start-up
	// checks a phrase's syntax without paying for the language model on every phrase.
	const flush = () => {
		if (!words.length) return;
		items.push({ kind: 'text', text: words.join(' '), language });
		words = [];
	};
	for (const piece of chunk.split(/\s+/).filter(Boolean)) {
		if (piece === '...') {
			flush();
			// Chinese is matched by character: five words are about ten characters.
			items.push({ kind: 'gap', max: language === 'zh' ? 10 : 5 });
		} else if (piece === '$') {
			flush();
			items.push({ kind: 'end' });
		} else if (piece === '^') {
			flush();
			items.push({ kind: 'start' });
		} else if (piece.startsWith('@')) {
			flush();
			const m = piece.match(/^@([a-z][a-z0-9-]*)(?:(>=|<=|=|<|>)(\d+))?$/);
			if (!m) return { error: `"${piece}" is not a concept or value name in "${source}"` };
			const name = m[1];
			if (SENTENCE_NAMES.has(name))
				return { error: `@${name} is a whole sentence: use it alone as a phrase ("${source}")` };
			if (VALUE_NAMES.has(name)) {
				if (m[2] && name !== 'number')
					return { error: `only @number takes a value comparison ("${source}")` };
				items.push({
					kind: 'value',
					span: name as 'clock',
					...(m[2] ? { op: m[2], n: Number(m[3]) } : {})
				});
			} else if (m[2])
				return { error: `@${name} is a concept: it takes no comparison ("${source}")` };
			else items.push({ kind: 'concept', id: name });
		} else if (piece.startsWith('=') && piece.length > 1) {
			flush();
			items.push({ kind: 'exact', norm: piece.slice(1).toLowerCase() });
		} else if (piece.endsWith('*')) {
			flush();
			const stem = piece.slice(0, -1).toLowerCase();
			if (!stem || /[^\p{L}\p{N}'-]/u.test(stem))
				return { error: `"*" needs a plain word before it in "${source}"` };
			items.push({ kind: 'prefix', stem });
		} else words.push(piece);
	}
	flush();
	return items;
}

const HAN = /\p{Script=Han}/u;

/**
 * The units a Chinese word is matched by: each Han character on its own (other words whole).
 * Intl.Segmenter splits the same characters differently in different contexts (我马上去 is
 * 我|马上去, 这就 alone is one word but 我这就打 is 我|这|就|打), so phrases and replies meet on
 * characters, where the split cannot differ.
 */
export const unitsOf = (norm: string) => (HAN.test(norm) ? [...norm] : [norm]);

/** Phrase words are analysed as replies are; the same few words recur, so once each. */
const analysed = new Map<string, Item[]>();
function wordItems(text: string, language: Language): Item[] {
	const key = `${language}\u0000${text}`;
	let items = analysed.get(key);
	if (!items)
		analysed.set(
			key,
			(items = analyse(text, language)
				.tokens.filter((t) => t.word)
				.flatMap((t) =>
					language === 'zh'
						? unitsOf(t.norm).map((u) => ({ kind: 'word' as const, lemma: u, norm: u }))
						: [{ kind: 'word' as const, lemma: t.lemma, norm: t.norm }]
				))
		);
	return items;
}

/** A phrase's items with its words analysed (memoised per phrase). */
const resolvedItems = new WeakMap<Item[], Item[]>();
export function resolve(items: Item[]): Item[] {
	let out = resolvedItems.get(items);
	if (!out) {
		out = items.flatMap((i): Item[] =>
			i.kind === 'text'
				? wordItems(i.text, i.language)
				: i.kind === 'alt'
					? [{ kind: 'alt', options: i.options.map(resolve) }]
					: [i]
		);
		resolvedItems.set(items, out);
	}
	return out;
}

/**
 * The words a phrase can start with (lemmas and forms), or null when it can start anywhere (a
 * prefix, a value, a gap). Lets the matcher try a phrase only where it could begin.
 */
export function firstWords(
	raw: Item[],
	concepts: Map<string, Concept>,
	seen = new Set<string>()
): Set<string> | null {
	const out = new Set<string>();
	const items = resolve(raw);
	for (const item of items) {
		if (item.kind === 'word') {
			out.add(item.lemma).add(item.norm);
			return out;
		}
		if (item.kind === 'exact') return out.add(unitsOf(item.norm)[0]);
		if (item.kind === 'alt') {
			let optional = false;
			for (const option of item.options) {
				if (!option.length) {
					optional = true;
					continue;
				}
				const first = firstWords(option, concepts, seen);
				if (!first) return null;
				// An option of only "^" matches nothing itself: what follows the group can start.
				if (!first.size) optional = true;
				first.forEach((w) => out.add(w));
			}
			if (!optional) return out;
			continue;
		}
		if (item.kind === 'concept') {
			const concept = concepts.get(item.id);
			if (!concept || seen.has(item.id)) return null;
			seen.add(item.id);
			for (const list of Object.values(concept.phrases))
				for (const phrase of list ?? []) {
					if (phrase.sentence) return null;
					const first = firstWords(phrase.items, concepts, seen);
					if (!first) return null;
					first.forEach((w) => out.add(w));
				}
			return out;
		}
		if (item.kind === 'start') continue;
		return null; // prefix, value, gap, end: could begin anywhere
	}
	return out;
}

/** Concept references of a phrase (to check they exist and do not loop). */
export function referencesOf(phrase: Phrase): string[] {
	const refs = (items: Item[]): string[] =>
		items.flatMap((i) =>
			i.kind === 'concept' ? [i.id] : i.kind === 'alt' ? i.options.flatMap(refs) : []
		);
	return refs(phrase.items);
}

export interface Hit {
	concept: string;
	/** Token range, end exclusive. */
	start: number;
	end: number;
	sentence: number;
	negated: boolean;
	/** Said under a condition ("if the recording shows it, you'll get a refund"). */
	conditional: boolean;
	/** The words of the reply that matched, for quoting in the debrief. */
	text: string;
}

/**
 * Finds concepts in one analysed reply. Phrases are tried only at words they can begin with, a
 * concept inside another is matched once per position, and nothing is allocated per step of a
 * match but the list of end positions: a reply reads in about a millisecond.
 */
export class ConceptMatcher {
	private memo = new Map<string, number[]>();
	/**
	 * Per unit a phrase matches: a word (not punctuation), or in Chinese each character of a
	 * word. Its token index, lemma, form, sentence, whether it is negated, and whether it is the
	 * first or last unit of its word.
	 */
	private token: number[] = [];
	private lemma: string[] = [];
	private norm: string[] = [];
	private sentence: number[] = [];
	private negatedUnit: boolean[] = [];
	/** Chinese: negated by its own word's first character (错 in 不错). */
	private leadNegated: boolean[] = [];
	/** The unit says "not" itself (a negation word, or in Chinese the start of one). */
	private says: boolean[] = [];
	private firstOfWord: boolean[] = [];
	private lastOfWord: boolean[] = [];
	/** Token index → its first unit, and → its last unit. */
	private position = new Map<number, number>();
	private lastUnit = new Map<number, number>();
	private conditionalSentence: boolean[];
	/** Chinese: phrases match characters; a gap counts characters. */
	private chinese: boolean;

	/** First words per phrase, shared by every matcher over the same concepts. */
	private static starts = new WeakMap<Phrase, Set<string> | null>();

	constructor(
		private analysis: Analysis,
		private concepts: Map<string, Concept>
	) {
		this.chinese = analysis.language === 'zh';
		analysis.tokens.forEach((t, i) => {
			// Chinese keeps punctuation as units that no phrase word matches, so the characters of a
			// phrase cannot run across a comma (您好，烦请 is not 好烦); a gap still can.
			if (!t.word && !this.chinese) return;
			const units = this.chinese && t.word ? unitsOf(t.norm) : [t.lemma];
			// A word that starts with a negation (不错, 没问题, 不能): a phrase found inside it after
			// that character is negated, so 错 in 不错 ("not bad") is not a fault.
			const leads = this.chinese && units.length > 1 && NEGATION_CUES.has(units[0]);
			this.position.set(i, this.token.length);
			units.forEach((u, k) => {
				this.token.push(i);
				this.lemma.push(!t.word ? '' : this.chinese ? u : t.lemma);
				this.norm.push(!t.word ? '' : this.chinese ? u : t.norm);
				this.sentence.push(t.sentence);
				this.negatedUnit.push(t.negated);
				this.leadNegated.push(leads && k > 0);
				this.firstOfWord.push(k === 0);
				this.lastOfWord.push(k === units.length - 1);
				// In Chinese, the negation character itself inside a negating word (不 in 我不会,
				// 没 in 没说, 不 in 确认不了), never the 非 of 非常 or the 无 of 无理取闹.
				this.says.push(
					this.chinese
						? t.word && /^[不没未别无非]$/.test(u) && saysNot(t.norm)
						: NEGATION_CUES.has(t.lemma) || NEGATION_CUES.has(t.norm)
				);
			});
			this.lastUnit.set(i, this.token.length - 1);
		});
		this.conditionalSentence = analysis.sentences.map((s) => {
			const list = analysis.tokens.slice(s.start, s.end);
			return list.some(
				(t, i) =>
					CONDITION.has(t.lemma) ||
					(t.norm === 'as' && list[i + 1]?.norm === 'long' && list[i + 2]?.norm === 'as')
			);
		});
	}

	private startsOf(phrase: Phrase) {
		let starts = ConceptMatcher.starts.get(phrase);
		if (starts === undefined) {
			starts = firstWords(phrase.items, this.concepts);
			ConceptMatcher.starts.set(phrase, starts);
		}
		return starts;
	}

	private canStart(phrase: Phrase, w: number) {
		const starts = this.startsOf(phrase);
		return !starts || starts.has(this.lemma[w]) || starts.has(this.norm[w]);
	}

	/**
	 * Every hit of a concept (all its phrases), affirmed and negated: the longest match at each
	 * place in the reply.
	 */
	hits(id: string): Hit[] {
		const phrases = this.concepts.get(id)?.phrases[this.analysis.language] ?? [];
		const out: Hit[] = [];
		const longest = new Map<number, { end: number; negated: boolean }>();
		const ends: number[] = [];
		for (const phrase of phrases) {
			if (phrase.sentence) {
				this.analysis.sentences.forEach((s, n) => {
					if (s.question && (phrase.sentence === 'question' || this.isOpen(n)))
						out.push(this.hit(id, s.start, s.end, false, n));
				});
				continue;
			}
			for (let w = 0; w < this.token.length; w++) {
				if (!this.canStart(phrase, w)) continue;
				ends.length = 0;
				this.match(resolve(phrase.items), 0, w, this.sentence[w], ends);
				for (const end of ends) {
					if ((longest.get(w)?.end ?? -1) >= end) continue;
					// Negated when a matched word sits in a negation's scope, unless the matched words
					// say "not" themselves ("not my problem" means what it says).
					let negated = false;
					let says = false;
					for (let i = w; i < end; i++) {
						// A word's own leading 不/没 negates only a match that starts inside the word.
						const inside = this.leadNegated[i] && this.position.get(this.token[i])! < w;
						negated ||= this.negatedUnit[i] || inside;
						says ||= this.says[i];
					}
					negated &&= !says;
					longest.set(w, { end, negated });
				}
			}
		}
		for (const [w, { end, negated }] of [...longest].sort((a, b) => a[0] - b[0]))
			out.push(this.hit(id, this.token[w], this.token[end - 1] + 1, negated, this.sentence[w]));
		return out;
	}

	private hit(
		concept: string,
		start: number,
		end: number,
		negated: boolean,
		sentence: number
	): Hit {
		const tokens = this.analysis.tokens;
		return {
			concept,
			start,
			end,
			sentence,
			negated,
			conditional: this.conditionalSentence[sentence] ?? false,
			text: this.analysis.text.slice(tokens[start].start, tokens[end - 1].end)
		};
	}

	/** An open question asks for an account, not a yes or no. */
	private isOpen(sentence: number): boolean {
		const s = this.analysis.sentences[sentence];
		const words = this.analysis.tokens.slice(s.start, s.end).filter((t) => t.word);
		while (words.length > 2 && FILLERS.has(words[0].norm)) words.shift();
		const [a, b, c] = words.map((t) => t.lemma);
		if (/^(what|how|why|which|where|when|who)$/.test(a ?? '')) return true;
		if (/^(tell|describe|explain|walk|talk|say|help)$/.test(a ?? '')) return true;
		// "Could you tell me…", "Can you walk me through…", "Would you describe…"
		if (/^(can|could|would|will)$/.test(a ?? '') && b === 'you')
			return /^(tell|describe|explain|walk|talk|say|help|share)$/.test(c ?? '');
		// Chinese: a question word anywhere in the (question) sentence, read on its characters
		// because the segmenter cuts 说说 and 什么时候 differently in different sentences.
		return /什么|怎么|怎样|为什么|哪|如何|多久|说说|讲讲|谈谈|介绍一下|具体/.test(
			words.map((t) => t.norm).join('')
		);
	}

	/**
	 * Adds to `out` every word position where `items[k..]` ends when started at word `w`, within
	 * sentence `sentence`.
	 */
	private match(items: Item[], k: number, w: number, sentence: number, out: number[]): void {
		if (k === items.length) {
			out.push(w);
			return;
		}
		const item = items[k];
		const here = w < this.token.length && this.sentence[w] === sentence;
		switch (item.kind) {
			case 'text':
				throw new Error('match() takes resolved items');
			case 'word':
				if (
					here &&
					(this.lemma[w] === item.lemma ||
						this.norm[w] === item.norm ||
						this.lemma[w] === item.norm ||
						this.norm[w] === item.lemma)
				)
					this.match(items, k + 1, w + 1, sentence, out);
				return;
			case 'exact':
				if (this.chinese && HAN.test(item.norm)) {
					const end = this.chars(item.norm, w, sentence);
					if (end >= 0) this.match(items, k + 1, end, sentence, out);
				} else if (here && this.norm[w] === item.norm)
					this.match(items, k + 1, w + 1, sentence, out);
				return;
			case 'prefix':
				if (this.chinese && HAN.test(item.stem)) {
					// 退* : the characters, then the rest of the word they are in.
					let end = this.chars(item.stem, w, sentence);
					if (end < 0) return;
					while (end < this.token.length && !this.firstOfWord[end]) end++;
					this.match(items, k + 1, end, sentence, out);
				} else if (
					here &&
					(this.norm[w].startsWith(item.stem) || this.lemma[w].startsWith(item.stem))
				)
					this.match(items, k + 1, w + 1, sentence, out);
				return;
			case 'end': {
				// The word before is the last of its clause.
				const next = this.analysis.tokens[this.token[w - 1] + 1];
				if (this.lastOfWord[w - 1] && (!next || !next.word))
					this.match(items, k + 1, w, sentence, out);
				return;
			}
			case 'start': {
				// The next word is the first of its clause.
				const before = this.analysis.tokens[this.token[w] - 1];
				if ((w >= this.token.length || this.firstOfWord[w]) && (!before || !before.word))
					this.match(items, k + 1, w, sentence, out);
				return;
			}
			case 'gap':
				for (let skip = 0; skip <= item.max; skip++) {
					if (
						skip > 0 &&
						!(w + skip - 1 < this.token.length && this.sentence[w + skip - 1] === sentence)
					)
						return;
					this.match(items, k + 1, w + skip, sentence, out);
				}
				return;
			case 'alt':
				for (const option of item.options) {
					if (!option.length) {
						this.match(items, k + 1, w, sentence, out);
						continue;
					}
					const ends: number[] = [];
					this.match(option, 0, w, sentence, ends);
					for (const end of ends) this.match(items, k + 1, end, sentence, out);
				}
				return;
			case 'value':
				if (here)
					for (const end of this.valueAt(item, w)) this.match(items, k + 1, end, sentence, out);
				return;
			case 'concept':
				if (here)
					for (const end of this.conceptAt(item.id, w))
						if (this.sentence[end - 1] === sentence) this.match(items, k + 1, end, sentence, out);
				return;
		}
	}

	/** Where the characters of `text` end when read from unit `w` (-1 if they are not there). */
	private chars(text: string, w: number, sentence: number): number {
		for (const ch of text) {
			if (w >= this.token.length || this.sentence[w] !== sentence || this.norm[w] !== ch) return -1;
			w++;
		}
		return w;
	}

	private valueAt(item: Extract<Item, { kind: 'value' }>, w: number): number[] {
		const token = this.token[w];
		const kinds = item.span === 'time' ? ['clock', 'day', 'duration-zh'] : [item.span];
		const out: number[] = [];
		if (!this.firstOfWord[w]) return out;
		for (const s of this.analysis.spans) {
			// A Chinese duration is a time by itself ("两个小时内", "三天之内").
			const kind = s.kind === 'duration' && this.chinese ? 'duration-zh' : s.kind;
			if (s.start !== token || !(kinds.includes(kind) || kinds.includes(s.kind))) continue;
			if (item.op && !compare(s.value, item.op, item.n!)) continue;
			const end = this.endWord(s.end);
			if (end !== null) out.push(end);
		}
		// @time also takes "in two hours", "within the hour"
		if (item.span === 'time' && (this.norm[w] === 'in' || this.norm[w] === 'within'))
			for (const s of this.analysis.spans)
				if (s.kind === 'duration' && this.position.get(s.start) === w + 1) {
					const end = this.endWord(s.end);
					if (end !== null) out.push(end);
				}
		return out;
	}

	/** The unit index just after token `end - 1`. */
	private endWord(end: number): number | null {
		for (let t = end - 1; t >= 0; t--) {
			const p = this.lastUnit.get(t);
			if (p !== undefined) return p + 1;
		}
		return null;
	}

	private conceptAt(id: string, w: number): number[] {
		const key = `${id}@${w}`;
		const cached = this.memo.get(key);
		if (cached) return cached;
		this.memo.set(key, []); // a loop (caught by content:check) ends here instead of recursing
		const ends = new Set<number>();
		const found: number[] = [];
		for (const phrase of this.concepts.get(id)?.phrases[this.analysis.language] ?? []) {
			if (phrase.sentence || !this.canStart(phrase, w)) continue;
			found.length = 0;
			this.match(resolve(phrase.items), 0, w, this.sentence[w], found);
			for (const end of found) ends.add(end);
		}
		const out = [...ends];
		this.memo.set(key, out);
		return out;
	}
}

function compare(value: number | undefined, op: string, n: number) {
	if (value === undefined) return false;
	return op === '>='
		? value >= n
		: op === '<='
			? value <= n
			: op === '>'
				? value > n
				: op === '<'
					? value < n
					: value === n;
}
