import { prepare } from './prepare';
import type { Analyser, Analysis, Sentence, Span, Token } from './types';

/**
 * Simplified Chinese with Intl.Segmenter (Node ships full ICU): words, sentences, negation
 * scope, numbers and times. There are no lemmas in Chinese to speak of and no part-of-speech
 * model here, so `lemma` is the word itself and `pos` only tells punctuation apart. Phrase
 * rules in the lexicon carry the synonyms instead.
 */

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Negation words as the segmenter returns them (不错 "not bad" and 不过 "but" are not). */
const NEGATION = new Set(
	'不 没 没有 别 未 无 非 并非 不能 不是 不会 不可以 不可能 不行 无法 没法 不要 不用 不必 不得 未能 决不 绝不 从不 从没'.split(
		' '
	)
);
const CLAUSE_END = /^[，。！？；、,.!?;:：]$/;
const SENTENCE_END = /^[。！？!?]$/;
const DIGIT: Record<string, number> = {
	零: 0,
	〇: 0,
	一: 1,
	二: 2,
	两: 2,
	三: 3,
	四: 4,
	五: 5,
	六: 6,
	七: 7,
	八: 8,
	九: 9
};
const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a run of Chinese numerals or digits ("一万", "十五", "2000"), or null. */
export function chineseNumber(text: string): number | null {
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
	if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null;
	let total = 0;
	let section = 0;
	let digit = 0;
	for (const ch of text) {
		if (ch in DIGIT) digit = DIGIT[ch];
		else if (ch in UNIT) {
			section += (digit || 1) * UNIT[ch];
			digit = 0;
		} else if (ch === '万' || ch === '亿') {
			total += (section + digit) * (ch === '万' ? 10_000 : 100_000_000);
			section = 0;
			digit = 0;
		}
	}
	return total + section + digit;
}

const DAY =
	/^(今天|明天|后天|今晚|明早|明晚|今早|今日|明日|当天|本周|这周|下周|周末|月底|月初|上午|下午|晚上|中午|傍晚|早上|(本|这|下)?(周|星期|礼拜)[一二三四五六日天1-7])$/;
/** What follows a number, read on the text: a clock time, a date, a duration. */
const CLOCK_AFTER = /^(点钟|点半|点|时)/;
const MONTH_DAY = /^月[零〇一二两三四五六七八九十\d]+(日|号)?/;
const DATE_AFTER = /^(号|日)/;
const DURATION_AFTER = /^个?(半)?(小时|钟头|分钟|工作日|天|星期|礼拜|周|月|年)/;
const HALF_DURATION = /^半个?(小时|钟头|天)/;

export function analyseChinese(input: string): Analysis {
	const text = prepare(input);
	const tokens: Token[] = [];
	const sentences: Sentence[] = [];
	let sentence = 0;
	let from = 0;
	let negated = false;
	for (const s of segmenter.segment(text)) {
		const value = s.segment;
		if (!value.trim()) continue;
		const word = Boolean(s.isWordLike);
		if (!word && CLAUSE_END.test(value)) negated = false;
		const cue = word && NEGATION.has(value);
		tokens.push({
			text: value,
			norm: value.toLowerCase(),
			lemma: value.toLowerCase(),
			pos: word ? 'X' : 'PUNCT',
			word,
			negated: negated && word,
			sentence,
			start: s.index,
			end: s.index + value.length
		});
		if (cue) negated = true;
		if (!word && SENTENCE_END.test(value)) {
			sentences.push({ start: from, end: tokens.length, question: /[?？]/.test(value) });
			sentence++;
			from = tokens.length;
			negated = false;
		}
	}
	if (from < tokens.length)
		sentences.push({
			start: from,
			end: tokens.length,
			question: tokens.slice(from).some((t) => /^(吗|呢|什么|怎么|为什么|哪|几)$/.test(t.norm))
		});
	const spans: Span[] = [];
	/**
	 * How many tokens from `from` the text `pattern` (anchored) covers, or 0: the segmenter may
	 * cut 三个工作日内 as 三|个|工作|日内, so units are read on the text, not on the words.
	 */
	const covers = (from: number, pattern: RegExp) => {
		const next = tokens
			.slice(from, from + 4)
			.filter((t, k, all) => all.slice(0, k + 1).every((x) => x.word));
		const m = next
			.map((t) => t.norm)
			.join('')
			.match(pattern);
		if (!m) return 0;
		let length = 0;
		for (let k = 0; k < next.length; k++)
			if ((length += next[k].norm.length) >= m[0].length) return k + 1;
		return 0;
	};
	tokens.forEach((t, i) => {
		const n = chineseNumber(t.norm);
		if (n !== null) {
			spans.push({ kind: 'number', start: i, end: i + 1, value: n });
			const next = tokens[i + 1]?.norm ?? '';
			let k: number;
			if (/^[:：]$/.test(next) && /^\d{2}$/.test(tokens[i + 2]?.norm ?? ''))
				spans.push({ kind: 'clock', start: i, end: i + 3 });
			else if ((k = covers(i + 1, CLOCK_AFTER)))
				spans.push({ kind: 'clock', start: i, end: i + 1 + k });
			else if ((k = covers(i + 1, MONTH_DAY)))
				spans.push({ kind: 'day', start: i, end: i + 1 + k });
			else if ((k = covers(i + 1, DURATION_AFTER)))
				spans.push({ kind: 'duration', start: i, end: i + 1 + k });
			else if ((k = covers(i + 1, DATE_AFTER)))
				spans.push({ kind: 'day', start: i, end: i + 1 + k });
		} else if (/^半/.test(t.norm)) {
			const k = covers(i, HALF_DURATION);
			if (k) spans.push({ kind: 'duration', start: i, end: i + k });
		}
		if (/^\d{1,2}[:：]\d{2}$/.test(t.norm)) spans.push({ kind: 'clock', start: i, end: i + 1 });
		if (DAY.test(t.norm)) spans.push({ kind: 'day', start: i, end: i + 1 });
	});
	return { language: 'zh', text, tokens, sentences, spans };
}

export const chinese: Analyser = { language: 'zh', analyse: analyseChinese };
