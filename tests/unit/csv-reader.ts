/**
 * A small, strict RFC 4180 reader for the tests: rows end with CRLF, fields holding a comma,
 * quote or line break are quoted, quotes inside are doubled. Anything else (a stray quote,
 * an unquoted line break, an unclosed quote, a missing last CRLF) throws, so a test that reads
 * the export also checks it is well formed.
 */
export function readCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	let wasQuoted = false;
	const fail = (why: string, at: number) => {
		throw new Error(`CSV ${why} at ${at}: ${JSON.stringify(text.slice(at - 10, at + 10))}`);
	};
	const endField = () => {
		row.push(field);
		field = '';
		wasQuoted = false;
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === ',') endField();
		else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i++;
		} else if (wasQuoted) fail('text after a closing quote', i);
		else if (c === '"') {
			if (field !== '') fail('quote inside an unquoted field', i);
			quoted = wasQuoted = true;
		} else if (c === '\r' || c === '\n') fail('unquoted line break', i);
		else field += c;
	}
	if (quoted) fail('unclosed quote', text.length);
	if (field !== '' || wasQuoted || row.length > 0) fail('last row without CRLF', text.length);
	return rows;
}
