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
	'不 没 没有 别 未 无 非 并非 不能 不是 不会 不可以 不可能 不行 无法 没法 不要 不用 不必 不得 未能 决不 绝不 从不 从没 不想 不再 别再 无需 无须 没什么 不太 不怎么'.split(
		' '
	)
);
/**
 * Words the segmenter glues in front of a negation (我不, 并不是, 都不是, 我也不会): the pronoun
 * or adverb does not stop the rest from negating what follows.
 */
const NEGATION_PREFIX =
	/^(?:我们|你们|他们|她们|咱们|我|你|您|他|她|它|也|都|并|真|就|还|又|可|绝|决|从|根本|完全|实在|暂时|一点也|一点都|再也)+/;

/** A verb with a negated result glued on (确认不了, 给不起, 做不到, 说不清). */
const TAIL_NEGATION = /^\p{Script=Han}+(不了|不到|不起|不动|不成|不清|不来|不出|不上|不下|不住)$/u;

/** Whether a word says "not" itself: a negation word, or a verb with 不了/不到… glued on. */
export const saysNot = (word: string) => isNegationCue(word) || TAIL_NEGATION.test(word);

/**
 * Words that start with 不, 没, 未 or 别 but do not negate what follows them: fixed words
 * ("not bad", "but", "sorry", "no problem", "other people") rather than a negation of a verb.
 */
const NOT_NEGATING = new Set(
	'不错 不过 不好意思 不断 不仅 不但 不少 不久 不妨 不管 不如 不同 不满 不便 不安 不舒服 不客气 不得不 不然 不光 不止 不禁 不免 不时 不料 不论 不幸 不良 不公 不足 没关系 没错 没事 没问题 别人 别的 别处 别说 未来'.split(
		' '
	)
);

/**
 * Whether a word negates what follows it up to the end of its clause: a negation word, one the
 * segmenter glued behind a pronoun or adverb (我不, 并不是), or a verb it glued behind 不/没/未/别
 * (没说, 不该, 别怪) unless the word is a fixed one (不错, 没问题).
 */
export function isNegationCue(word: string): boolean {
	if (NEGATION.has(word)) return true;
	if (NOT_NEGATING.has(word)) return false;
	const rest = word.replace(NEGATION_PREFIX, '');
	if (rest !== word && rest.length > 0 && (NEGATION.has(rest) || isNegationCue(rest))) return true;
	return word.length > 1 && /^[不没未别]/.test(word);
}
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
	/^(今天|明天|后天|今晚|明早|明晚|今早|今日|明日|当天|上午|下午|晚上|中午|傍晚|早上|(本|这|下)?(周|星期|礼拜)[一二三四五六日天1-7])$/;
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
		const cue = word && isNegationCue(value);
		// 确认不了, 给不起, 做不到: the verb is negated in its own word, and so is what follows.
		const tail = word && TAIL_NEGATION.test(value);
		tokens.push({
			text: value,
			norm: value.toLowerCase(),
			lemma: value.toLowerCase(),
			pos: word ? 'X' : 'PUNCT',
			word,
			negated: (negated || tail) && word,
			sentence,
			start: s.index,
			end: s.index + value.length
		});
		if (cue || tail || /^(不了|不到|不起)$/.test(value)) negated = true;
		if (!word && SENTENCE_END.test(value)) {
			sentences.push({ start: from, end: tokens.length, question: /[?？]/.test(value) });
			sentence++;
			from = tokens.length;
			negated = false;
		}
	}
	// 确认|不了: a result negation the segmenter cut off negates the verb before it too.
	tokens.forEach((t, i) => {
		if (i > 0 && tokens[i - 1].word && /^(不了|不到|不起|不动|不成|不清|不出)$/.test(t.norm))
			tokens[i - 1].negated = true;
	});
	if (from < tokens.length)
		sentences.push({
			start: from,
			end: tokens.length,
			// Without a question mark: a closing 吗/呢, or a question word that only asks (什么 alone
			// is often "any", as in 有什么问题随时找我).
			question:
				/^(吗|呢)$/.test(tokens.filter((t) => t.word).at(-1)?.norm ?? '') ||
				tokens
					.slice(from)
					.some((t) =>
						/^(什么时候|为什么|怎么|怎么样|怎样|如何|哪|哪里|哪儿|多久|几点|几号)$/.test(t.norm)
					)
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
		// A clock time the segmenter glued into one word (一点, 两点半): a clock when it says so
		// (点半, 点钟), when 半/钟/前/左右/整 follows, or a part of the day comes before; 一点 alone
		// is usually "a little" and 两点 "two points".
		const glued = t.norm.match(/^([零一二两三四五六七八九十]+|\d{1,2})(点钟|点半|点)$/);
		if (glued && chineseNumber(glued[1]) !== null) {
			const next = tokens[i + 1]?.norm ?? '';
			const before = tokens[i - 1]?.norm ?? '';
			const half = /^(半|钟|整)$/.test(next);
			if (glued[2] !== '点' || half || /^(前|之前|以前|左右|前后)/.test(next) || DAY.test(before))
				spans.push({ kind: 'clock', start: i, end: i + 1 + (half ? 1 : 0) });
		}
		if (/^\d{1,2}[:：]\d{2}$/.test(t.norm)) spans.push({ kind: 'clock', start: i, end: i + 1 });
		if (DAY.test(t.norm)) spans.push({ kind: 'day', start: i, end: i + 1 });
	});
	return { language: 'zh', text, tokens, sentences, spans };
}

export const chinese: Analyser = { language: 'zh', analyse: analyseChinese };
