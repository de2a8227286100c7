import { describe, expect, it } from 'vitest';
import { csvColumns, csvField, frustrationsCsv } from '$lib/io/csv';
import { readCsv } from './csv-reader';
import { airlineJourney } from './fixtures';

const headings = Object.fromEntries(csvColumns.map((c) => [c, c])) as Record<
	(typeof csvColumns)[number],
	string
>;

describe('CSV fields', () => {
	it('are quoted when they hold commas, quotes or line breaks', () => {
		expect(csvField('plain')).toBe('plain');
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('two\nlines')).toBe('"two\nlines"');
		expect(csvField(12)).toBe('12');
		expect(csvField(null)).toBe('');
	});

	it('never start with a formula a spreadsheet would run', () => {
		expect(csvField('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		expect(csvField('+1')).toBe("'+1");
		expect(csvField('-2')).toBe("'-2");
		expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvField('\t=1+1')).toBe("'\t=1+1");
		// A leading carriage return also starts a formula in some spreadsheets; it is quoted too.
		expect(csvField('\r=1+1')).toBe('"\'\r=1+1"');
		expect(csvField(-2)).toBe('-2');
	});
});

describe('the frustrations CSV', () => {
	it('has a heading row and one row per frustration, in map order', () => {
		const doc = airlineJourney();
		const rows = readCsv(frustrationsCsv(doc, headings).slice(1));
		expect(rows[0]).toEqual([...csvColumns]);
		expect(rows).toHaveLength(doc.frustrations.length + 1);
		const first = Object.fromEntries(csvColumns.map((c, i) => [c, rows[1]![i]]));
		expect(first).toMatchObject({ stage: 'Purchase', touchPoint: 'Order planning' });
		expect(Number(first.score)).toBe(Number(first.frequency) * Number(first.severity));
		expect(first.risk).toBe('lost-sale');
	});

	it('leaves the rating, score and band cells empty for a frustration not rated yet', () => {
		const doc = airlineJourney();
		const unrated = doc.frustrations[0]!;
		unrated.frequency = null;
		unrated.severity = null;
		unrated.text = 'Nobody rated this';
		const rows = readCsv(frustrationsCsv(doc, headings).slice(1));
		const line = rows.find((r) => r[2] === 'Nobody rated this')!;
		const cells = Object.fromEntries(csvColumns.map((c, i) => [c, line[i]]));
		expect(cells).toMatchObject({ frequency: '', severity: '', score: '', band: '' });
		expect(cells.risk).toBe('lost-sale');
	});

	it('starts with a UTF-8 byte-order mark, so Excel reads accents right, then the headings', () => {
		const csv = frustrationsCsv(airlineJourney(), headings);
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(csv.slice(1).startsWith(`${csvColumns.join(',')}\r\n`)).toBe(true);
	});

	it('reads back every text exactly, including quotes, commas and line breaks', () => {
		const doc = airlineJourney();
		doc.frustrations[0]!.text = 'Says "late", then\r\nnothing, at all';
		const rows = readCsv(frustrationsCsv(doc, headings).slice(1));
		expect(rows.map((r) => r[2])).toContain('Says "late", then\r\nnothing, at all');
	});

	it('names the segments a frustration affects', () => {
		const doc = airlineJourney();
		const withSegments = doc.frustrations.find((f) => f.segmentIds.length > 0)!;
		const names = withSegments.segmentIds.map((id) => doc.segments.find((s) => s.id === id)!.name);
		const rows = readCsv(frustrationsCsv(doc, headings).slice(1));
		expect(rows.find((r) => r[2] === withSegments.text)![12]).toBe(names.join('; '));
	});
});

describe('the frustrations CSV after a workshop', () => {
	it('gives the participants’ means and the priority they make', () => {
		const doc = airlineJourney();
		const participantId = '99999999-0000-4000-8000-00000000000a';
		doc.participants.push({ id: participantId, updatedAt: 0, name: 'Ana', order: 0 });
		const f = doc.frustrations[0]!;
		f.ratings = [
			{ participantId, frequency: 5, severity: 4 },
			{ participantId: participantId.replace(/a$/, 'b'), frequency: 4, severity: null }
		];
		doc.participants.push({
			id: participantId.replace(/a$/, 'b'),
			updatedAt: 0,
			name: 'Budi',
			order: 1
		});
		const rows = readCsv(frustrationsCsv(doc, headings).slice(1));
		const row = Object.fromEntries(
			csvColumns.map((c, i) => [c, rows.find((r) => r[2] === f.text)![i]])
		);
		expect(row).toMatchObject({ frequency: '4.5', severity: '4', score: '18', band: 'critical' });
	});
});
