import { describe, expect, it } from 'vitest';
import { journeyFile, prepareJourneyJson } from '$lib/app/exports';
import { applyChanges } from '$lib/domain/edits/change';
import { updateItem } from '$lib/domain/edits/operations';
import { generateJourney } from '$lib/domain/generate';
import { journeyFileOf, journeyFileText } from '$lib/io/journey-file';
import { airlineJourney } from './fixtures';

const NOW = 1_700_000_000_000;

describe('an exported journey file', () => {
	it('holds the same JSON as the journey file, whatever JSON leaves out or writes as null', () => {
		const doc = airlineJourney();
		const file = journeyFileOf(doc, NOW);
		// What no stored journey holds, but JSON.stringify would drop or write as null.
		const odd = { ...file, unset: undefined, list: [undefined, () => 1, 1], empty: {}, none: [] };
		expect(JSON.parse(journeyFileText(file))).toEqual(JSON.parse(JSON.stringify(file)));
		expect(JSON.parse(journeyFileText(odd as never))).toEqual(JSON.parse(JSON.stringify(odd)));
	});

	it('puts each record on a line of its own, indented under its collection', () => {
		const doc = generateJourney({ frustrations: 60, touchPoints: 6, seed: 7 });
		const lines = journeyFileText(journeyFileOf(doc, NOW)).split('\n');
		const records = new Set(lines.map((line) => line.replace(/,$/, '')));
		for (const frustration of doc.frustrations) {
			expect(records).toContain(`\t\t\t${JSON.stringify(frustration)}`);
		}
		expect(lines).toContain('\t\t"frustrations": [');
		expect(lines[0]).toBe('{');
	});
});

describe('a journey file laid out ahead of its export', () => {
	it('is the file of the journey as it is at the export, edited since or not', async () => {
		const doc = airlineJourney();
		prepareJourneyJson(doc);
		expect(await journeyFile(doc, NOW).text()).toBe(journeyFileText(journeyFileOf(doc, NOW)));

		prepareJourneyJson(doc);
		const edited = updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { text: 'Edited' })!;
		const next = applyChanges(doc, edited.changes);
		expect(await journeyFile(next, NOW + 1).text()).toBe(
			journeyFileText(journeyFileOf(next, NOW + 1))
		);
	});
});
