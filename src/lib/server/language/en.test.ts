import { describe, expect, it } from 'vitest';
import { analyse, scriptShare } from '.';

const lemmas = (text: string) =>
	analyse(text)
		.tokens.filter((t) => t.word)
		.map((t) => t.lemma);
const negated = (text: string) =>
	analyse(text)
		.tokens.filter((t) => t.negated)
		.map((t) => t.norm);

describe('English analysis', () => {
	it('gives dictionary forms, so one word finds all its forms', () => {
		expect(lemmas('I apologise. We apologized. My apologies.')).toEqual(
			expect.arrayContaining(['apologize', 'apology'])
		);
		expect(lemmas('I apologise')).toContain('apologize');
		expect(lemmas('We apologized')).toContain('apologize');
		expect(lemmas('two weeks of calls')).toEqual(['two', 'week', 'of', 'call']);
		expect(lemmas('Engineers will check it.')[0]).toBe('engineer');
	});
	it('reads "I\'m" as two words (the model alone takes it for a name)', () => {
		const a = analyse("I'm sorry");
		expect(a.tokens.map((t) => [t.norm, t.pos])).toEqual([
			['i', 'PRON'],
			['am', 'AUX'],
			['sorry', 'ADJ']
		]);
	});
	it('marks the scope of a negation, which ends at the clause', () => {
		expect(negated("I can't offer ten thousand, but I can refund the fee.")).toEqual([
			'offer',
			'ten',
			'thousand'
		]);
		expect(negated('I will never call you back.')).toEqual(['call', 'you', 'back']);
		expect(negated("Don't worry, I will call you tomorrow.")).toEqual(['worry']);
		expect(negated("I won't say yes before I've heard it.")).toEqual(['say', 'yes']);
		expect(negated('Before I say yes or no I need to hear the recording.')).toEqual([]);
		expect(negated("No problem: I've booked you a session at 7.")).toEqual(['problem']);
		expect(negated('No worries - I will extend your access.')).toEqual(['worries']);
	});
	it('splits sentences and knows a question, with or without its question mark', () => {
		const a = analyse('Let me check. Could you tell me when it started. What happened next?');
		expect(a.sentences.map((s) => s.question)).toEqual([false, true, true]);
	});
	it('removes markup and straightens apostrophes', () => {
		const a = analyse('<b>I’ll</b> call <script>x</script>you');
		expect(a.text).toBe("I'll call x you");
		expect(a.tokens.map((t) => t.lemma)).toContain('will');
	});
	it('survives text that is not English', () => {
		for (const text of ['😀😀😀', 'مرحبا سأتصل بك غدا', '我明天给您回电话 I will call', '', '   '])
			expect(() => analyse(text)).not.toThrow();
		expect(scriptShare('مرحبا سأتصل بك غدا', 'en')).toBe(0);
		expect(scriptShare('I will call you', 'en')).toBe(1);
		expect(scriptShare('非常抱歉', 'zh')).toBe(1);
	});
});
