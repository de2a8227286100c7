/**
 * Reads the CSV a form tool or a spreadsheet exports, as people really have it: UTF-8 with a
 * byte-order mark (or a Windows code page from an older Excel), `,`, `;` (spreadsheets in an
 * Indonesian locale) or tab between fields, quoted fields holding commas and line breaks.
 * d3-dsv does the quoting; this module only chooses the separator and checks the shape, so
 * the preview can say exactly what is wrong with a file that is not a table of answers.
 */
import { dsvFormat } from 'd3-dsv';
import { z } from 'zod';

export const MAX_SURVEY_BYTES = 5 * 1024 * 1024;
export const MAX_RESPONDENTS = 5000;
export const MAX_COLUMNS = 2000;

export type SurveyProblem =
	| { kind: 'too-large'; limit: number }
	| { kind: 'not-text' }
	| { kind: 'not-table' }
	| { kind: 'no-respondents' }
	| { kind: 'too-many-respondents'; limit: number }
	| { kind: 'too-many-columns'; limit: number };

export interface SurveyTable {
	header: string[];
	/** Respondents' rows; `row` is the row a spreadsheet shows (the header is row 1). */
	rows: { row: number; cells: string[] }[];
	delimiter: ',' | ';' | '\t';
}

// No cell is held to a length here: a form's free-text answers ("Any other comments?") are
// long, and a column that is not imported may hold anything. The file's size bounds them all;
// an answer that would be imported is checked when the import is planned.
const cell = z.string();
const surveyTable = z.object({
	header: z.array(cell).min(2).max(MAX_COLUMNS),
	rows: z
		.array(z.object({ row: z.number().int().min(2), cells: z.array(cell).max(MAX_COLUMNS) }))
		.min(1)
		.max(MAX_RESPONDENTS),
	delimiter: z.enum([',', ';', '\t'])
});

export type SurveyRead = { ok: true; table: SurveyTable } | { ok: false; problem: SurveyProblem };

const fail = (problem: SurveyProblem): SurveyRead => ({ ok: false, problem });

/**
 * Text from a file's bytes. Not UTF-8 is taken for Windows-1252, what Excel's plain "CSV"
 * writes on most Windows machines; a NUL byte means it is no text at all (an image, a
 * spreadsheet's own format).
 */
export function decodeSurvey(bytes: Uint8Array): string | undefined {
	if (bytes.includes(0)) return undefined;
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

const delimiters = [',', ';', '\t'] as const;

/** Whether `a` is greater than `b`, compared element by element. */
function beats(a: number[], b: number[]): boolean {
	const at = a.findIndex((v, i) => v !== b[i]);
	return at >= 0 && a[at]! > b[at]!;
}

/**
 * The separator that splits the header, then gives the most rows as wide as the header, then
 * the widest header. Counting separators in the header alone is not enough: a question's
 * text holds commas, and a `;` file need not quote them.
 */
function parseWithBestDelimiter(text: string) {
	let best: { rows: string[][]; delimiter: SurveyTable['delimiter']; score: number[] } | undefined;
	for (const delimiter of delimiters) {
		const rows = dsvFormat(delimiter).parseRows(text);
		const width = rows[0]?.length ?? 0;
		const sample = rows.slice(1, 51).filter((r) => r.some((c) => c.trim()));
		const fit = sample.length ? sample.filter((r) => r.length === width).length / sample.length : 1;
		const score = [width > 1 ? 1 : 0, fit, width];
		const better = !best || beats(score, best.score);
		if (better) best = { rows, delimiter, score };
	}
	return best!;
}

export function readSurveyText(raw: string): SurveyRead {
	if (raw.length > MAX_SURVEY_BYTES) return fail({ kind: 'too-large', limit: MAX_SURVEY_BYTES });
	const text = raw.replace(/^\uFEFF/, '');
	const { rows, delimiter } = parseWithBestDelimiter(text);
	const header = (rows[0] ?? []).map((h) => h.trim());
	if (header.length < 2) return fail({ kind: 'not-table' });
	if (header.length > MAX_COLUMNS) return fail({ kind: 'too-many-columns', limit: MAX_COLUMNS });
	// Blank lines (a spreadsheet's empty rows) are nobody's answers; numbering keeps them.
	const answered = rows
		.slice(1)
		.map((cells, i) => ({ row: i + 2, cells }))
		.filter((r) => r.cells.some((c) => c.trim() !== ''));
	if (answered.length === 0) return fail({ kind: 'no-respondents' });
	if (answered.length > MAX_RESPONDENTS) {
		return fail({ kind: 'too-many-respondents', limit: MAX_RESPONDENTS });
	}
	if (answered.some((r) => r.cells.length > MAX_COLUMNS)) {
		return fail({ kind: 'too-many-columns', limit: MAX_COLUMNS });
	}
	const parsed = surveyTable.safeParse({ header, rows: answered, delimiter });
	return parsed.success ? { ok: true, table: parsed.data } : fail({ kind: 'not-table' });
}

export async function readSurveyFile(file: Blob): Promise<SurveyRead> {
	if (file.size > MAX_SURVEY_BYTES) return fail({ kind: 'too-large', limit: MAX_SURVEY_BYTES });
	const text = decodeSurvey(new Uint8Array(await file.arrayBuffer()));
	return text === undefined ? fail({ kind: 'not-text' }) : readSurveyText(text);
}
