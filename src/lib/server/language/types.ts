/**
 * What the reply analysis knows about a text, the same shape for every language: the rules and
 * concepts on top never look at the language again. An analyser fills it from its own library
 * (wink-nlp for English; the Chinese one segments with Intl.Segmenter).
 */

export type Language = 'en' | 'zh';

/** Coarse parts of speech (Universal Dependencies tags), where the analyser has them. */
export type Pos =
	| 'ADJ'
	| 'ADP'
	| 'ADV'
	| 'AUX'
	| 'CCONJ'
	| 'DET'
	| 'INTJ'
	| 'NOUN'
	| 'NUM'
	| 'PART'
	| 'PRON'
	| 'PROPN'
	| 'PUNCT'
	| 'SCONJ'
	| 'SYM'
	| 'VERB'
	| 'X'
	| 'SPACE';

export interface Token {
	/** As written. */
	text: string;
	/** Lower-case surface form (what phrases match when lemmas differ). */
	norm: string;
	/** Dictionary form: "apologised" → "apologize", "weeks" → "week". */
	lemma: string;
	pos: Pos;
	/** A word (not punctuation, a symbol or an emoji). */
	word: boolean;
	/** Inside the scope of a negation ("I can't offer ten thousand": offer, ten, thousand). */
	negated: boolean;
	/** Index of the sentence the token is in. */
	sentence: number;
	/** Character offset in the analysed text, for quoting. */
	start: number;
	end: number;
}

/**
 * Things that are values rather than words: a clock time ("half past seven", "10am"), a day
 * ("tomorrow", "Thursday"), a duration ("two hours"), a number with its value ("ten thousand",
 * "10k"). `start`/`end` are token indices, end exclusive.
 */
export interface Span {
	kind: 'clock' | 'day' | 'duration' | 'number';
	start: number;
	end: number;
	/** For numbers: the value. */
	value?: number;
}

export interface Sentence {
	/** Token indices, end exclusive. */
	start: number;
	end: number;
	/** Ends with a question mark, or opens like a question. */
	question: boolean;
}

export interface Analysis {
	language: Language;
	/** The text as analysed (normalised: markup removed, apostrophes straightened). */
	text: string;
	tokens: Token[];
	sentences: Sentence[];
	spans: Span[];
}

/** One language's analyser. */
export interface Analyser {
	language: Language;
	analyse(text: string): Analysis;
}
