import { describe, expect, it } from 'vitest';
import { csvCell } from './csv';

describe('csvCell', () => {
	it.each([
		['=SUM(A1:A9)', "'=SUM(A1:A9)"],
		['+1', "'+1"],
		['-1+2', "'-1+2"],
		['@cmd', "'@cmd"],
		// Spreadsheets drop a leading tab or carriage return and then read the formula.
		['\t=HYPERLINK("x")', `"'\t=HYPERLINK(""x"")"`],
		['\r=1+1', `"'\r=1+1"`]
	])('never lets %j run as a formula', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});

	it.each([
		['plain', 'plain'],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[0.75, '0.75']
	])('quotes %j only when needed', (value, cell) => {
		expect(csvCell(value)).toBe(cell);
	});
});
