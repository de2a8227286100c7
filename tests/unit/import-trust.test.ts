/**
 * What an import may not take on trust: the times a file carries (a merge decides by them)
 * and the journey as it was when the import's question was asked.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { importDocument, importFiles, type Decision } from '$lib/app/import-journeys';
import { stamp } from '$lib/domain/edits/change';
import { addFrustration } from '$lib/domain/edits/frustrations';
import { updateItem } from '$lib/domain/edits/operations';
import type { JourneyDocument } from '$lib/domain/schema';
import { backupFileOf, journeyFileOf } from '$lib/io/journey-file';
import { persistChanges } from '$lib/storage/changes';
import { database } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

/** 1 January 2099, as a file with a forged or broken clock says. */
const FUTURE = Date.UTC(2099, 0, 1);

afterEach(async () => {
	await database().delete();
	await database().open();
});

/** Every time a document holds, the journey's and each item's. */
function timesOf(doc: JourneyDocument): number[] {
	const { journey, ...items } = doc;
	return [
		journey.createdAt,
		journey.updatedAt,
		...Object.values(items).flatMap((list) => list.map((item) => item.updatedAt))
	];
}

/** The airline as another copy has it: renamed, its first frustration reworded, dated 2099. */
function fromTheFuture(ours: JourneyDocument): JourneyDocument {
	const theirs = structuredClone(ours);
	theirs.journey = { ...theirs.journey, name: 'Their airline', updatedAt: FUTURE };
	theirs.frustrations[0] = { ...theirs.frustrations[0]!, text: 'Their words', updatedAt: FUTURE };
	return theirs;
}

const fileOf = (doc: JourneyDocument, writtenAt: number) =>
	new File([JSON.stringify(journeyFileOf(doc, writtenAt))], 'theirs.journey.json');

async function importAt(file: File, decision: Decision, now: number) {
	const [outcome] = await importFiles([file], {
		decide: async () => decision,
		copyName: (name) => `${name} (copy)`,
		now: () => now
	});
	expect(outcome!.ok).toBe(true);
}

describe('times in an imported file', () => {
	it('are never later than when the file says it was written', async () => {
		const theirs = fromTheFuture(airlineJourney());
		await importAt(fileOf(theirs, 20_000), 'replace', 50_000);
		const stored = (await getJourney(theirs.journey.id))!;
		expect(Math.max(...timesOf(stored))).toBe(20_000);
		expect(stored.frustrations[0]!.text).toBe('Their words');
	});

	it('are never later than their arrival, when the file says it was written in the future', async () => {
		const theirs = fromTheFuture(airlineJourney());
		await importAt(fileOf(theirs, FUTURE), 'replace', 50_000);
		expect(Math.max(...timesOf((await getJourney(theirs.journey.id))!))).toBe(50_000);
	});

	it('cannot make a merge undo an edit made here after the file was written', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const file = fileOf(fromTheFuture(ours), 20_000);
		await importAt(file, 'merge', 50_000);
		const first = ours.frustrations[0]!;
		expect((await getJourney(ours.journey.id))!.frustrations[0]!.text).toBe('Their words');

		const here = (await getJourney(ours.journey.id))!;
		const edit = updateItem(here, 'frustrations', first.id, { text: 'Our later words' })!;
		await persistChanges(ours.journey.id, stamp(edit.changes, 60_000), 60_000);

		await importAt(file, 'merge', 70_000);
		const stored = (await getJourney(ours.journey.id))!;
		expect(stored.frustrations[0]!.text).toBe('Our later words');
		expect(stored.journey.updatedAt).toBeLessThanOrEqual(70_000);
	});
});

describe('a merge', () => {
	it('merges with the journey as stored when the person chose, not when asked', async () => {
		const ours = airlineJourney();
		await saveJourney(ours);
		const theirs = structuredClone(ours);
		theirs.frustrations[1] = { ...theirs.frustrations[1]!, text: 'Their fix', updatedAt: 9_000 };
		const touchPointId = ours.touchPoints[0]!.id;

		const imported = await importDocument(theirs, {
			copyName: (name) => name,
			now: () => 50_000,
			// While the question is open, another tab adds two frustrations.
			decide: async (existing) => {
				let doc = existing;
				for (const text of ['Added meanwhile', 'Also added meanwhile']) {
					const edit = addFrustration(doc, touchPointId, text);
					await persistChanges(doc.journey.id, stamp(edit.changes, 20_000), 20_000);
					doc = (await getJourney(doc.journey.id))!;
				}
				return 'merge';
			}
		});

		const texts = (await getJourney(ours.journey.id))!.frustrations.map((f) => f.text);
		expect(texts).toEqual(
			expect.arrayContaining(['Added meanwhile', 'Also added meanwhile', 'Their fix'])
		);
		expect(imported.summary!.frustrations).toMatchObject({ updated: 1, added: 0 });
		expect(imported.summary!.frustrations.kept).toBe(ours.frustrations.length + 1);
	});
});

describe('a file that reuses another journey’s item ids', () => {
	it('is imported under ids of its own, and leaves that journey whole', async () => {
		const airline = airlineJourney();
		await saveJourney(airline);
		// The airline's export with only the journey's id changed, as a hand edit would.
		const edited = structuredClone(airline);
		edited.journey = { ...edited.journey, id: '00000000-0000-4000-8000-0000000e0e0e' };
		await importAt(fileOf(edited, 20_000), 'replace', 50_000);

		expect(await getJourney(airline.journey.id)).toEqual(airline);
		const imported = (await getJourney(edited.journey.id))!;
		expect(imported.frustrations.map((f) => f.text)).toEqual(
			airline.frustrations.map((f) => f.text)
		);
		const airlineIds = new Set(
			[...airline.stages, ...airline.touchPoints, ...airline.frustrations].map((i) => i.id)
		);
		for (const item of [...imported.stages, ...imported.touchPoints, ...imported.frustrations]) {
			expect(airlineIds.has(item.id)).toBe(false);
		}
	});

	it('in a backup of two copies of one map, both come back whole', async () => {
		const first = airlineJourney();
		const second = structuredClone(first);
		second.journey = { ...second.journey, id: '00000000-0000-4000-8000-0000000e0e0e' };
		const backup = new File([JSON.stringify(backupFileOf([first, second], 20_000))], 'backup.json');
		await importAt(backup, 'replace', 50_000);
		for (const id of [first.journey.id, second.journey.id]) {
			const stored = (await getJourney(id))!;
			expect(stored.frustrations).toHaveLength(first.frustrations.length);
			expect(stored.touchPoints).toHaveLength(first.touchPoints.length);
		}
	});

	it('is refused by storage itself when written without new ids, and nothing changes', async () => {
		const airline = airlineJourney();
		await saveJourney(airline);
		const edited = structuredClone(airline);
		edited.journey = { ...edited.journey, id: '00000000-0000-4000-8000-0000000e0e0e' };
		await expect(saveJourney(edited)).rejects.toThrow(/belong to another journey/);
		expect(await getJourney(airline.journey.id)).toEqual(airline);
		expect(await getJourney(edited.journey.id)).toBeUndefined();
	});
});
