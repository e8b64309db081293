import { describe, expect, it } from 'vitest';
import { analyse } from '.';

function spans(text: string) {
	const a = analyse(text);
	return a.spans.map((s) => ({
		kind: s.kind,
		text: a.tokens
			.slice(s.start, s.end)
			.map((t) => t.text)
			.join(' '),
		...(s.value !== undefined ? { value: s.value } : {})
	}));
}
const of = (text: string, kind: string) =>
	spans(text)
		.filter((s) => s.kind === kind)
		.map((s) => s.text);

describe('numbers as values', () => {
	it.each([
		['ten thousand', 10000],
		['10,000', 10000],
		['10 000', 10000],
		['10k', 10000],
		['two hundred and fifty', 250],
		['twenty-five', 25],
		['a thousand', 1000],
		['1.5', 1.5]
	])('%s is %d', (text, value) => {
		expect(spans(`We can offer ${text} yuan.`).filter((s) => s.kind === 'number')).toEqual([
			expect.objectContaining({ value })
		]);
	});
});

describe('clock times', () => {
	it.each([
		["I'll call at ten o'clock tomorrow.", "ten o'clock"],
		['I will call you at half past seven.', 'half past seven'],
		['You will hear from me by 10am.', '10am'],
		['I will ring you by 10 am.', '10 am'],
		['Call me at 7:30.', '7:30'],
		['I will call you by seven.', 'seven'],
		['The engineer comes between 9 and 12.', '9'],
		['at noon', 'noon'],
		['quarter to ten', 'quarter to ten']
	])('%s', (text, clock) => {
		expect(of(text, 'clock')).toContain(clock);
	});
	it('a number after "at" or "by" is an amount when a unit follows', () => {
		expect(of('We can refund it at 10 percent.', 'clock')).toEqual([]);
		expect(of('It will be fixed by 2 days from now.', 'clock')).toEqual([]);
	});
});

describe('days and durations', () => {
	it('finds days', () => {
		expect(of('I will call you tomorrow, or on Thursday, or this afternoon.', 'day')).toEqual([
			'tomorrow',
			'Thursday',
			'this afternoon'
		]);
		expect(of('on 12 December', 'day')).toEqual(['12 December']);
		expect(of('I may call', 'day')).toEqual([]);
	});
	it('finds durations', () => {
		expect(of('within two hours', 'duration')).toEqual(['two hours']);
		expect(of('for a couple of weeks', 'duration')).toEqual(['couple of weeks']);
		expect(of('in an hour', 'duration')).toEqual(['an hour']);
		expect(of('in 3 working days', 'duration')).toEqual(['3 working days']);
	});
});
