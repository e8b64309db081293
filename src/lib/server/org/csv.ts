/** One parsed CSV record and the line of the file it starts on (1-based). */
export interface CsvRecord {
	line: number;
	fields: string[];
}

export class CsvSyntaxError extends Error {
	constructor(readonly line: number) {
		super(`Unterminated quoted field starting on line ${line}`);
	}
}

/**
 * RFC 4180 CSV: commas, double-quoted fields with "" escapes, CRLF or LF, newlines inside
 * quotes. A leading byte-order mark (as Excel writes) is dropped. Blank lines are skipped.
 */
export function parseCsv(text: string): CsvRecord[] {
	const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	const records: CsvRecord[] = [];
	let fields: string[] = [];
	let field = '';
	let line = 1;
	let recordLine = 1;
	let quoted = false;
	let quoteLine = 0;

	const endRecord = () => {
		fields.push(field);
		if (fields.length > 1 || fields[0].trim() !== '') records.push({ line: recordLine, fields });
		fields = [];
		field = '';
	};

	for (let i = 0; i < src.length; i++) {
		const c = src[i];
		if (quoted) {
			if (c === '"' && src[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else {
				// Count line breaks the way they are counted outside quotes: CRLF, LF or a lone CR.
				if (c === '\n' || (c === '\r' && src[i + 1] !== '\n')) line++;
				field += c;
			}
		} else if (c === '"' && field.trim() === '') {
			quoted = true;
			quoteLine = line;
			field = '';
		} else if (c === ',') {
			fields.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && src[i + 1] === '\n') i++;
			endRecord();
			line++;
			recordLine = line;
		} else field += c;
	}
	if (quoted) throw new CsvSyntaxError(quoteLine);
	if (field !== '' || fields.length > 0) endRecord();
	return records;
}
