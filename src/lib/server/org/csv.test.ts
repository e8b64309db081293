import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from './csv';

/** Fields only, for tests that do not care about line numbers. */
const rows = (text: string) => parseCsv(text).map((r) => r.fields);

describe('parseCsv', () => {
	it('splits simple rows and records the line each starts on', () => {
		expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
			{ line: 1, fields: ['a', 'b', 'c'] },
			{ line: 2, fields: ['1', '2', '3'] }
		]);
	});

	it('keeps empty fields', () => {
		expect(rows('a,,c\n,,\n')).toEqual([
			['a', '', 'c'],
			['', '', '']
		]);
	});

	it('reads commas inside quoted fields as text', () => {
		expect(rows('"Doe, Jane",jane@example.com\n')).toEqual([['Doe, Jane', 'jane@example.com']]);
	});

	it('turns "" inside a quoted field into one quote', () => {
		expect(rows('"She said ""hi""",x\n')).toEqual([['She said "hi"', 'x']]);
		expect(rows('"",x\n')).toEqual([['', 'x']]);
	});

	it('keeps a newline inside quotes and counts it for the following records', () => {
		const text = 'name,note\n"Ann","line one\nline two\nline three"\nBob,plain\n';
		expect(parseCsv(text)).toEqual([
			{ line: 1, fields: ['name', 'note'] },
			{ line: 2, fields: ['Ann', 'line one\nline two\nline three'] },
			{ line: 5, fields: ['Bob', 'plain'] }
		]);
	});

	it('reads CRLF line ends like LF', () => {
		expect(parseCsv('a,b\r\n1,2\r\n3,4')).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 2, fields: ['1', '2'] },
			{ line: 3, fields: ['3', '4'] }
		]);
	});

	it('counts a lone CR inside quotes as a line break, as it does outside', () => {
		expect(parseCsv('"a\rb",x\rnext,y')[1]).toEqual({ line: 3, fields: ['next', 'y'] });
	});

	it('counts CRLF newlines inside quotes once each', () => {
		const parsed = parseCsv('"a\r\nb",x\r\nnext,y\r\n');
		expect(parsed[1]).toEqual({ line: 3, fields: ['next', 'y'] });
	});

	it('drops a leading byte-order mark', () => {
		expect(rows('\uFEFFname,email\n')).toEqual([['name', 'email']]);
	});

	it('skips blank and whitespace-only lines without losing count of lines', () => {
		expect(parseCsv('a,b\n\n   \n1,2\n\n')).toEqual([
			{ line: 1, fields: ['a', 'b'] },
			{ line: 4, fields: ['1', '2'] }
		]);
	});

	it('reads the last record whether or not the file ends with a newline', () => {
		expect(parseCsv('a,b\n1,2')).toEqual(parseCsv('a,b\n1,2\n'));
		expect(rows('a,b\n1,2')).toEqual([
			['a', 'b'],
			['1', '2']
		]);
		expect(rows('a,b\n1,')).toEqual([
			['a', 'b'],
			['1', '']
		]);
	});

	it('returns nothing for an empty file', () => {
		expect(parseCsv('')).toEqual([]);
		expect(parseCsv('\uFEFF')).toEqual([]);
		expect(parseCsv('\n\r\n')).toEqual([]);
	});

	it('throws CsvSyntaxError with the line the unterminated quote opened on', () => {
		const text = 'a,b\n1,2\n3,"never closed\nstill open\n';
		let caught: unknown;
		try {
			parseCsv(text);
		} catch (e) {
			caught = e;
		}
		expect(caught).toBeInstanceOf(CsvSyntaxError);
		expect((caught as CsvSyntaxError).line).toBe(3);
	});

	it('finds the opening line of an unterminated quote after earlier multi-line fields', () => {
		const text = '"x\ny",1\n"open\n';
		expect(() => parseCsv(text)).toThrow(expect.objectContaining({ line: 3 }));
	});
});
