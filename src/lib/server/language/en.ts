import winkNLP, { type ItemToken, type WinkMethods } from 'wink-nlp';
import { createRequire } from 'node:module';
import { FILLERS } from './fillers';
import { numberSpans, timeSpans } from './en-values';
import { prepare } from './prepare';
import type { Analyser, Analysis, Pos, Sentence, Span, Token } from './types';

/**
 * English with wink-nlp and its lite web model (MIT, shipped inside the npm package: nothing is
 * downloaded at run time). It gives tokens, lemmas, parts of speech, negation scope, sentences
 * and entities in about 0.05 ms for a reply; en-values.ts adds the numbers and times it misses.
 * The model takes ~0.3 s and tens of megabytes to load, so the first reply analysed reads it
 * (a require at that moment, not an import), not the start of the server.
 */

let nlp: WinkMethods | null = null;
const engine = () =>
	(nlp ??= winkNLP(
		createRequire(import.meta.url)('wink-eng-lite-web-model') as Parameters<typeof winkNLP>[0]
	));

const lemmas = new Map<string, string>();
function lemmaOf(word: string) {
	let lemma = lemmas.get(word);
	if (lemma === undefined) {
		const doc = engine().readDoc(word);
		lemma = String(doc.tokens().out(engine().its.lemma as never)[0] ?? word).toLowerCase();
		if (lemmas.size < 10_000) lemmas.set(word, lemma);
	}
	return lemma;
}

const QUESTION_OPENERS = new Set([
	'what',
	'when',
	'where',
	'which',
	'who',
	'whom',
	'whose',
	'why',
	'how'
]);
const AUX_OPENERS = new Set([
	'can',
	'could',
	'would',
	'will',
	'shall',
	'should',
	'may',
	'might',
	'do',
	'does',
	'did',
	'is',
	'are',
	'was',
	'were',
	'have',
	'has'
]);

export function analyseEnglish(input: string): Analysis {
	const text = prepare(input)
		// wink's lite model reads "I'm" as one proper noun; spell it out.
		.replace(/\b([Ii])'m\b/g, '$1 am')
		// "a.m." and "p.m." as one word; "5pm." keeps its full stop apart.
		.replace(/\b([ap])\.m\b\.?/gi, '$1m')
		.replace(/(\d\s?[ap]m)\.(?=\s|$)/gi, '$1 .');
	const doc = engine().readDoc(text);
	const its = engine().its;
	const tokens: Token[] = [];
	const sentences: Sentence[] = [];
	let offset = 0;
	doc.sentences().each((sentence, index) => {
		const from = tokens.length;
		sentence.tokens().each((t: ItemToken) => {
			const value = t.out(its.value) as string;
			const at = text.indexOf(value, offset);
			const start = at < 0 ? offset : at;
			offset = start + value.length;
			const type = t.out(its.type) as string;
			// wink's typings do not accept its own lemma function here; it works as documented.
			let lemma = String(t.out(its.lemma as never)).toLowerCase();
			// A capitalised word opening a sentence ("Engineers will…") is read as a name and keeps
			// its form; its lower-case reading gives the dictionary form.
			if (tokens.length === from && lemma === value.toLowerCase() && /^[A-Z][a-z]+s$/.test(value))
				lemma = lemmaOf(value.toLowerCase());
			tokens.push({
				text: value,
				norm: value.toLowerCase(),
				lemma,
				pos: t.out(its.pos) as Pos,
				word: type !== 'emoji' && /[\p{L}\p{N}]/u.test(value),
				negated: Boolean(t.out(its.negationFlag)),
				sentence: index,
				start,
				end: offset
			});
		});
		const words = tokens.slice(from).filter((t) => t.word);
		while (words.length > 2 && FILLERS.has(words[0].norm)) words.shift();
		const [first, second] = words;
		sentences.push({
			start: from,
			end: tokens.length,
			// A question mark, or a question's opening: "what happened", "could you…". "What I
			// noticed was…" opens with a question word but says something.
			question:
				tokens[tokens.length - 1]?.text === '?' ||
				(QUESTION_OPENERS.has(first?.norm ?? '') && /^(AUX|VERB)$/.test(second?.pos ?? '')) ||
				(AUX_OPENERS.has(first?.norm ?? '') &&
					/^(you|we|i|it|there|they|he|she)$/.test(second?.norm ?? ''))
		});
	});
	endNegationAtClauses(tokens);
	const numbers = numberSpans(tokens);
	const spans: Span[] = [...numbers, ...timeSpans(tokens, numbers)];
	return { language: 'en', text, tokens, sentences, spans };
}

const CUES = new Set([
	'not',
	'no',
	'never',
	'nothing',
	'nobody',
	'none',
	'neither',
	'nor',
	'without',
	'cannot'
]);
const CLAUSE_BREAK = new Set([
	'before',
	'until',
	'till',
	'after',
	'unless',
	'because',
	'once',
	'if',
	'when',
	'while',
	'then',
	'so'
]);

/**
 * wink's negation runs to the next punctuation; a negation ends with its clause too: in "I won't
 * say yes before I've heard it", "before I've heard it" is not negated. "Yes or no" negates
 * nothing.
 */
function endNegationAtClauses(tokens: Token[]) {
	let cut = false;
	let inScope = false;
	for (const [i, t] of tokens.entries()) {
		if (!t.word) {
			// A dash, a colon, brackets or quotes end the clause a negation governs.
			if (inScope && /^[-–—:;()"“”']+$/.test(t.text)) cut = true;
			continue;
		}
		// "yes or no" and "whether or no" ask; they do not deny what follows.
		if (t.norm === 'no' && tokens[i - 1]?.norm === 'or') cut = true;
		else if (CUES.has(t.lemma) || t.norm === "n't") cut = false;
		else if (t.negated && (t.pos === 'SCONJ' || t.pos === 'CCONJ' || CLAUSE_BREAK.has(t.lemma)))
			cut = true;
		inScope = t.negated;
		if (cut) t.negated = false;
	}
}

export const english: Analyser = { language: 'en', analyse: analyseEnglish };
