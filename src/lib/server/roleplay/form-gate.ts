import { scriptShare, type Analysis } from '../language';

/**
 * The form gate: a typed reply must be written to a person before what it says can count. A
 * list of keywords, a copy of the prompt, one word repeated or a few words that cannot say the
 * thing earn at most a small share of the step, and the debrief says "write it as you would
 * say it". The checks read the analysis (parts of speech, pronouns), never a list of replies.
 */

export type FormProblem =
	'empty' | 'other-language' | 'too-short' | 'keywords' | 'repeated' | 'copied';

/** Fewest words a reply needs to say anything a step asks for, unless the step says otherwise. */
export const MIN_WORDS = 5;

const FUNCTION_POS = new Set(['DET', 'ADP', 'PRON', 'AUX', 'CCONJ', 'SCONJ', 'PART']);
const CONTENT_POS = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'ADV', 'NUM', 'X']);

const contentLemmas = (a: Analysis) =>
	a.tokens.filter((t) => t.word && CONTENT_POS.has(t.pos)).map((t) => t.lemma);

/** Three or more comma-separated scraps of a few words each, and no real sentence among them. */
function fragments(a: Analysis) {
	const pieces: number[] = [];
	let n = 0;
	for (const t of a.tokens) {
		if (t.word) n++;
		else if (/^[,;/\n•-]$/.test(t.text) || t.text === '.') {
			if (n) pieces.push(n);
			n = 0;
		}
	}
	if (n) pieces.push(n);
	return pieces.length >= 3 && pieces.filter((p) => p <= 3).length / pieces.length >= 0.75;
}

/** The longest run of words two texts share, in order. */
function longestRun(a: string[], b: string[]) {
	let best = 0;
	const row = new Array(b.length + 1).fill(0);
	for (let i = 1; i <= a.length; i++)
		for (let j = b.length; j >= 1; j--) {
			row[j] = a[i - 1] === b[j - 1] ? row[j - 1] + 1 : 0;
			if (row[j] > best) best = row[j];
		}
	return best;
}

/** What is wrong with the form of a reply (nothing, for a reply written to a person). */
export function formProblems(
	reply: Analysis,
	prompt: Analysis | null,
	minWords = MIN_WORDS
): FormProblem[] {
	const words = reply.tokens.filter((t) => t.word);
	if (!words.length) return ['empty'];
	if (scriptShare(reply.text, reply.language) < 0.5) return ['other-language'];
	const problems: FormProblem[] = [];
	// Chinese has no spaces: count characters, roughly two to a word.
	const length =
		reply.language === 'zh' ? words.reduce((n, t) => n + [...t.text].length, 0) / 2 : words.length;
	if (length < minWords) problems.push('too-short');

	const lemmas = words.map((t) => t.lemma);
	const distinct = new Set(lemmas).size;
	const counts = new Map<string, number>();
	for (const l of lemmas) counts.set(l, (counts.get(l) ?? 0) + 1);
	const most = Math.max(...counts.values());
	if (
		(words.length >= 4 && distinct / words.length < 0.5) ||
		(most >= 3 && most / words.length > 0.3)
	)
		problems.push('repeated');

	if (reply.language === 'en') {
		const verbs = words.filter((t) => t.pos === 'VERB' || t.pos === 'AUX').length;
		const functionWords = words.filter((t) => FUNCTION_POS.has(t.pos)).length;
		// Sentences have verbs and the small words between the content words; keyword lists don't.
		if (!verbs || (words.length >= 5 && functionWords / words.length < 0.15) || fragments(reply))
			problems.push('keywords');
	} else {
		// Chinese: three or more scraps between 、，。 or spaces, nearly all of them short and
		// without a person (我, 您) or the small words sentences are built with (的, 了, 是, 会,
		// 给, 吗…): "数据、视频通话、孙子" is a list; "是所有通话都卡，还是只有某些时候？" is not.
		const pieces = reply.text
			.split(/[、，,；;/。！？!?.：:\s]+/)
			.map((p) => p.trim())
			.filter(Boolean);
		const scraps = pieces.filter(
			(p) => [...p].length <= 6 && !/[我您你咱的了吗呢吧会要是在就都把给让能请]/.test(p)
		);
		if (pieces.length >= 3 && scraps.length >= pieces.length * 0.75) problems.push('keywords');
	}

	// A copy repeats a long stretch of the task word for word; saying its facts is not copying.
	if (prompt && longestRun(contentLemmas(reply), contentLemmas(prompt)) >= 6)
		problems.push('copied');
	return problems;
}
