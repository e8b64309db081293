import { describe, expect, it } from 'vitest';
import { analyse } from '.';
import { chineseNumber } from './zh';

describe('Chinese analysis (Intl.Segmenter)', () => {
	it('reads Chinese numerals', () => {
		expect(chineseNumber('一万')).toBe(10000);
		expect(chineseNumber('十五')).toBe(15);
		expect(chineseNumber('两千五百')).toBe(2500);
		expect(chineseNumber('2000')).toBe(2000);
		expect(chineseNumber('抱歉')).toBeNull();
	});
	it('finds words, negation scope, clock times and days', () => {
		const a = analyse(
			'非常抱歉让您久等了，我明天上午十点前给您回电话。我们不能赔一万元，不过可以退运费。',
			'zh'
		);
		const words = a.tokens.filter((t) => t.word).map((t) => t.text);
		expect(words).toEqual(expect.arrayContaining(['抱歉', '明天', '电话', '不能', '一万']));
		// 非常 ("very") is not a negation; 不能 is, up to the comma.
		expect(a.tokens.filter((t) => t.negated).map((t) => t.text)).toEqual(['赔', '一万', '元']);
		const kinds = a.spans.map((s) => s.kind);
		expect(kinds).toEqual(expect.arrayContaining(['day', 'clock', 'number']));
		expect(a.sentences).toHaveLength(2);
	});
});
