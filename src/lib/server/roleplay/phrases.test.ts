import { describe, expect, it } from 'vitest';
import { compilePattern, matches, words, type Pattern } from './phrases';

const p = (source: string) => {
	const compiled = compilePattern(source);
	if ('error' in compiled) throw new Error(compiled.error);
	return compiled as Pattern;
};
const hit = (pattern: string, text: string) => matches(p(pattern), words(text));

describe('words', () => {
	it('lower-cases, drops punctuation and expands contractions', () => {
		expect(words("There's NOTHING we can't do!")).toEqual([
			'there',
			'is',
			'nothing',
			'we',
			'can',
			'not',
			'do'
		]);
		expect(words('I won’t, I’m sure, I cannot')).toEqual(
			'i will not i am sure i can not'.split(' ')
		);
	});
	it('splits numbers from their units and drops possessives', () => {
		expect(words("by 5pm, the engineer's slot at 17:00")).toEqual(
			'by 5 pm the engineer slot at 17 00'.split(' ')
		);
	});
});

describe('matches', () => {
	it('ignores case, punctuation and contractions on both sides', () => {
		expect(hit("there's nothing we can do", 'Sorry, there is nothing we CAN do.')).toBe(true);
		expect(hit('i do not know', "Honestly? I don't know.")).toBe(true);
		expect(hit("can't", 'I cannot promise that')).toBe(true);
	});
	it('matches plain variants of a word', () => {
		expect(hit('call you back', "I'll be calling you back")).toBe(true);
		expect(hit('call you back', 'we called you back')).toBe(true);
		expect(hit('apology', 'please accept our apologies')).toBe(true);
		expect(hit('promise', 'I am not promising anything')).toBe(true);
	});
	it('supports alternatives, prefixes and numbers', () => {
		expect(hit('within <num> (hour|minute|working day)', 'within 2 working days')).toBe(true);
		expect(hit('within <num> (hour|minute|working day)', 'within two weeks')).toBe(false);
		expect(hit('frustrat*', 'that sounds really frustrating')).toBe(true);
		expect(hit('by <num>', 'I will ring you by 5pm today')).toBe(true);
	});
	it('needs the words in order and next to each other', () => {
		expect(hit('nothing we can do', 'we can do nothing')).toBe(false);
		expect(hit('not my problem', 'not really my problem')).toBe(false);
	});
	it('finds nothing in an empty reply', () => {
		expect(hit('sorry', '  ...  ')).toBe(false);
	});
});

describe('compilePattern', () => {
	it('explains malformed patterns', () => {
		expect(compilePattern('(a|b')).toEqual({ error: '"(" without ")" in pattern "(a|b"' });
		expect(compilePattern('a) b')).toHaveProperty('error');
		expect(compilePattern('(a||b)')).toHaveProperty('error');
		expect(compilePattern('((a))')).toHaveProperty('error');
		expect(compilePattern('  ')).toEqual({ error: 'pattern is empty' });
		expect(compilePattern('!!')).toHaveProperty('error');
	});
});
