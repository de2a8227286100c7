/**
 * Frustrations as CSV, one row each, for spreadsheets and issue trackers. Fields are quoted
 * by RFC 4180, and text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab,
 * carriage return at the start) is prefixed with an apostrophe, as OWASP advises against CSV
 * injection. Values that are codes (band, risk, status) stay codes, so they sort and filter
 * the same in every language; column headings follow the interface language.
 */
import { mapLayout } from '$lib/domain/map-layout';
import type { JourneyDocument } from '$lib/domain/schema';

export const csvColumns = [
	'touchPoint',
	'stage',
	'text',
	'frequency',
	'severity',
	'score',
	'band',
	'risk',
	'status',
	'fix',
	'effort',
	'owner',
	'segments'
] as const;
export type CsvColumn = (typeof csvColumns)[number];

const formulaStart = /^[=+\-@\t\r]/;

export function csvField(value: string | number | null): string {
	if (value === null) return '';
	let text = String(value);
	if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows in map order: stage by stage, touch points in cycle order. */
export function frustrationsCsv(doc: JourneyDocument, headings: Record<CsvColumn, string>): string {
	const segmentNames = new Map(doc.segments.map((s) => [s.id, s.name]));
	const rows: (string | number | null)[][] = [csvColumns.map((c) => headings[c])];
	for (const stage of mapLayout(doc)) {
		for (const { touchPoint, frustrations } of stage.touchPoints) {
			for (const { frustration: f, ratings, score, band, risk } of frustrations) {
				rows.push([
					touchPoint.name,
					stage.stage.name,
					f.text,
					// The ratings the score comes from: workshop means (two decimals) or the single
					// rating; empty while not rated, as are its score and band.
					ratings && Math.round(ratings.frequency * 100) / 100,
					ratings && Math.round(ratings.severity * 100) / 100,
					score,
					band,
					risk,
					f.status,
					f.fix,
					f.effort,
					f.owner,
					f.segmentIds.map((id) => segmentNames.get(id) ?? '').join('; ')
				]);
			}
		}
	}
	// CRLF line ends and a byte-order mark so Excel reads UTF-8 (Indonesian, accents) right.
	return '\uFEFF' + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
