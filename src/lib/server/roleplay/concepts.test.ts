import { describe, expect, it } from 'vitest';
import { analyse } from '../language';
import { compilePhrase, ConceptMatcher, type Concept } from './concepts';
import { compileConcept, referenceProblems } from './lexicon';

function concepts(defs: Record<string, string[]>) {
	return new Map(
		Object.entries(defs).map(([id, en]) => [
			id,
			compileConcept(
				id,
				{ means: id, en },
				() => 1,
				(_, m) => {
					throw new Error(m);
				}
			)
		])
	) as Map<string, Concept>;
}
const find = (defs: Record<string, string[]>, id: string, text: string) =>
	new ConceptMatcher(analyse(text), concepts(defs))
		.hits(id)
		.map((h) => (h.negated ? `not:${h.text}` : h.text));

describe('compilePhrase', () => {
	it.each([
		['', 'empty phrase'],
		['(a|b', 'without ")"'],
		['a)', 'without "("'],
		['(a|(b|c))', 'cannot be nested'],
		['(a|)', 'empty alternative'],
		['... call', 'between words'],
		['@question please', 'alone'],
		['@clock>=5', 'only @number'],
		['(a|b)?', 'can match nothing'],
		['@Bad', 'not a concept']
	])('refuses %j', (source, message) => {
		const r = compilePhrase(source, 'en');
		expect('error' in r && r.error).toContain(message);
	});
	it('refuses "^" anywhere but the start', () => {
		const r = compilePhrase('calm ^ down', 'en');
		expect('error' in r && r.error).toContain('"^" can only open a phrase');
	});
});

describe('ConceptMatcher', () => {
	it('matches by lemma and surface form, any case', () => {
		expect(find({ a: ['apologise'] }, 'a', 'We APOLOGISED, and my apologies again')).toEqual([
			'APOLOGISED'
		]);
		expect(find({ a: ['apology'] }, 'a', 'My apologies')).toEqual(['apologies']);
	});
	it('prefixes, groups, optional groups and gaps', () => {
		expect(find({ a: ['frustrat*'] }, 'a', 'How frustrating!')).toEqual(['frustrating']);
		expect(find({ a: ['(call|ring) you (back)?'] }, 'a', 'I will ring you back')).toEqual([
			'ring you back'
		]);
		expect(find({ a: ['call ... back'] }, 'a', 'I will call you straight back')).toEqual([
			'call you straight back'
		]);
		expect(find({ a: ['call ... back'] }, 'a', 'I will call. You come back.')).toEqual([]);
	});
	it('marks a concept found inside a negation, unless the phrase says "not" itself', () => {
		expect(find({ o: ['offer @number>=5000'] }, 'o', "I can't offer ten thousand.")).toEqual([
			'not:offer ten thousand'
		]);
		expect(find({ o: ['offer @number>=5000'] }, 'o', 'I can offer ten thousand.')).toEqual([
			'offer ten thousand'
		]);
		expect(find({ p: ['not my problem'] }, 'p', "That's not my problem.")).toEqual([
			'not my problem'
		]);
		// Only the words a phrase matched decide: one option saying "not" does not make another
		// option immune to negation.
		const labels = { l: ['(not listening|rude)'] };
		expect(find(labels, 'l', "I'm not saying you're rude.")).toEqual(['not:rude']);
		expect(find(labels, 'l', "You're not listening.")).toEqual(['not listening']);
	});
	it('knows where clauses start and end', () => {
		const defs = { d: ['^ deal with it $'], w: ['whatever $'] };
		expect(find(defs, 'd', 'Deal with it.')).toEqual(['Deal with it']);
		expect(find(defs, 'd', "I'll deal with it.")).toEqual([]);
		expect(find(defs, 'w', 'Fine, whatever.')).toEqual(['whatever']);
		expect(find(defs, 'w', 'whatever the engineers say')).toEqual([]);
	});
	it('reads questions after a filler word, and not a statement that opens with "what"', () => {
		const defs = { o: ['@open-question'] };
		expect(find(defs, 'o', 'So when does it freeze?')).toEqual(['So when does it freeze?']);
		expect(find(defs, 'o', 'Okay, what happens then?')).toEqual(['Okay, what happens then?']);
		expect(find(defs, 'o', 'What I noticed was that you asked too early.')).toEqual([]);
	});
	it('matches values: clock times, days, numbers by value, @time with durations', () => {
		const defs = { t: ['@time'], n: ['@number>=1000'], c: ['by @clock'] };
		expect(find(defs, 't', "I'll call you at half past seven tomorrow")).toEqual([
			'half past seven',
			'tomorrow'
		]);
		expect(find(defs, 't', 'within two hours')).toEqual(['within two hours']);
		expect(find(defs, 't', 'as soon as possible')).toEqual([]);
		expect(find(defs, 'n', 'we can give 500 or 10k')).toEqual(['10k']);
		expect(find(defs, 'c', "by ten o'clock")).toEqual(["by ten o'clock"]);
	});
	it('refers to other concepts', () => {
		const defs = { sorry: ['sorry', 'apologise'], both: ['@sorry ... frustrat*'] };
		expect(find(defs, 'both', "I apologise, it's frustrating")).toEqual([
			"apologise, it's frustrating"
		]);
	});
	it('finds questions and open questions as whole sentences', () => {
		const defs = { q: ['@question'], o: ['@open-question'] };
		const text = 'Is that right? Could you tell me what happened. Tell me more.';
		expect(find(defs, 'q', text)).toEqual(['Is that right?', 'Could you tell me what happened.']);
		expect(find(defs, 'o', text)).toEqual(['Could you tell me what happened.']);
	});
	it('reports unknown references and loops', () => {
		const map = concepts({ a: ['@b'], b: ['@a'], c: ['@nowhere'] });
		expect(referenceProblems(map).map((p) => p.message)).toEqual([
			'a: its phrases refer back to it (a loop of @references)',
			'b: its phrases refer back to it (a loop of @references)',
			'c: unknown concept "@nowhere"'
		]);
	});
});

describe('Chinese phrases (matched by character)', () => {
	const zh = (defs: Record<string, string[]>) =>
		new Map(
			Object.entries(defs).map(([id, list]) => [
				id,
				compileConcept(
					id,
					{ means: id, en: ['unused'], zh: list },
					() => 1,
					(_, m) => {
						throw new Error(m);
					}
				)
			])
		) as Map<string, Concept>;
	const findZh = (defs: Record<string, string[]>, id: string, text: string) =>
		new ConceptMatcher(analyse(text, 'zh'), zh(defs))
			.hits(id)
			.map((h) => (h.negated ? `not:${h.text}` : h.text));

	it('finds a phrase however the segmenter cut the reply around it', () => {
		// 马上去 is one word in the reply, 这就 two: phrases still meet them.
		expect(findZh({ now: ['(马上|这就|立刻)'] }, 'now', '我马上去催快递。')).toEqual(['马上去']);
		expect(findZh({ now: ['(马上|这就|立刻)'] }, 'now', '我这就打电话给配送站。')).toHaveLength(1);
	});
	it('reads a negation at the start of a word: 不错 is not a fault, 不能 negates what follows', () => {
		expect(findZh({ fault: ['错'] }, 'fault', '您说得不错。')).toEqual(['not:不错']);
		expect(findZh({ fault: ['是 您 的 错'] }, 'fault', '这是您的错。')).toEqual(['是您的错']);
		expect(findZh({ fault: ['是 您 的 错'] }, 'fault', '这不是您的错。')).toEqual([
			// quoted by whole words
			'not:不是您的错'
		]);
		// A phrase that says the negation itself means what it says.
		expect(findZh({ kind: ['不是 您 的 错'] }, 'kind', '这不是您的错。')).toEqual(['不是您的错']);
		expect(findZh({ refund: ['退款'] }, 'refund', '我不能给您退款，不过可以补发。')).toEqual([
			'not:退款'
		]);
	});
	it('reads a negation the segmenter glued to a pronoun or adverb (我没, 并不是, 都不是)', () => {
		const blame = { blame: ['是 (您|你) 的 错'] };
		for (const reply of ['我没说是您的错。', '这并不是你的错。', '我也不认为是您的错。'])
			expect(findZh(blame, 'blame', reply), reply).toEqual([expect.stringMatching(/^not:/)]);
		expect(findZh(blame, 'blame', '说到底是您的错。')).toEqual([
			expect.stringMatching(/^[^n].*错$/)
		]);
	});
	it('counts a word that starts with 无/非/不 as itself, and "not" before it as not', () => {
		const rude = { rude: ['无理取闹'] };
		expect(findZh(rude, 'rude', '您这就是无理取闹。')).toEqual(['无理取闹']);
		expect(findZh(rude, 'rude', '您不是无理取闹，我明白。')).toEqual(['not:无理取闹']);
		// 非常 is "very", not a negation of what follows.
		expect(findZh({ sorry: ['抱歉'] }, 'sorry', '非常抱歉。')).toEqual(['抱歉']);
	});
	it('reads 确认不了 as "cannot confirm", and …的话 as a condition', () => {
		expect(findZh({ confirm: ['确认'] }, 'confirm', '这个我暂时确认不了。')).toEqual(['not:确认']);
		const hits = new ConceptMatcher(
			analyse('录音里确认过的话，我们就兑现。', 'zh'),
			zh({ honour: ['兑现'] })
		).hits('honour');
		expect(hits.map((h) => h.conditional)).toEqual([true]);
	});
	it('never runs a phrase’s characters across punctuation', () => {
		expect(findZh({ annoyed: ['好烦'] }, 'annoyed', '您好，烦请提供订单号。')).toEqual([]);
		expect(findZh({ annoyed: ['好烦'] }, 'annoyed', '真的好烦。')).toHaveLength(1);
	});
	it('lets "^" stand as one option of a group', () => {
		const defs = { go: ['(你|^) 滚'] };
		expect(findZh(defs, 'go', '滚！')).toHaveLength(1);
		expect(findZh(defs, 'go', '你滚吧。')).toHaveLength(1);
	});
	it('reads clock times, dates and durations as @time', () => {
		const time = { t: ['@time'] };
		for (const reply of [
			'我三个工作日内给您答复',
			'两个小时内回复您',
			'半小时后给您回电',
			'下午三点半给您打电话',
			'12月8日前送到',
			'今天18:00前联系您'
		])
			expect(findZh(time, 't', reply).length, reply).toBeGreaterThan(0);
		expect(findZh(time, 't', '我会尽快给您答复')).toEqual([]);
	});
	it('keeps a gap to its sentence, about ten characters', () => {
		const defs = { call: ['给 您 ... 电话'] };
		expect(findZh(defs, 'call', '我会给您打个电话。')).toHaveLength(1);
		expect(findZh(defs, 'call', '我会给您。明天打电话。')).toEqual([]);
	});
});
