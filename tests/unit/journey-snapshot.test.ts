import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stamp } from '$lib/domain/edits/change';
import { updateItem } from '$lib/domain/edits/operations';
import type { JourneyDocument } from '$lib/domain/schema';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import { readJourney, refreshSnapshot, storeSnapshot } from '$lib/storage/journey-snapshot';
import { getJourney, renameJourney, saveJourney } from '$lib/storage/journeys';
import { storeJourney } from '$lib/storage/journey-store';
import { generateJourney } from '$lib/domain/generate';
import { airlineJourney } from './fixtures';

const NOW = 1_700_000_000_000;
let db: TouchpointDatabase;
let doc: JourneyDocument;

beforeEach(async () => {
	db = new TouchpointDatabase(`test-${crypto.randomUUID()}`);
	await db.open();
	doc = airlineJourney();
	await saveJourney(doc, db);
});

afterEach(async () => {
	await checkpointsSettled();
	await db.delete();
});

/** Reads the journey, keeps the snapshot the reading allows, and reads it again. */
async function snapshotTaken() {
	const read = (await readJourney(doc.journey.id, db))!;
	await storeSnapshot(read, db);
	const again = (await readJourney(doc.journey.id, db))!;
	expect(again.version, 'read from the snapshot').toBeUndefined();
	return again;
}

const firstText = async () => (await readJourney(doc.journey.id, db))!.doc.frustrations[0]!.text;
const editFirst = (text: string, now = NOW) =>
	stamp(updateItem(doc, 'frustrations', doc.frustrations[0]!.id, { text })!.changes, now);

describe('a journey kept as one value', () => {
	it('is kept by a whole journey’s store (an import, a restore, the example) in the same write', async () => {
		const read = (await readJourney(doc.journey.id, db))!;
		expect(read.version, 'read from the snapshot').toBeUndefined();
		expect(read.doc).toEqual(await getJourney(doc.journey.id, db));
		const generated = generateJourney({ frustrations: 300, touchPoints: 20, seed: 7 });
		await saveJourney(generated, db);
		const big = (await readJourney(generated.journey.id, db))!;
		expect(big.version, 'read from the snapshot').toBeUndefined();
		expect(big.doc).toEqual(await getJourney(generated.journey.id, db));
	});

	it('is kept later when a whole journey’s store asks (an import), holding what the records hold', async () => {
		const generated = generateJourney({ frustrations: 300, touchPoints: 20, seed: 7 });
		const keep = (await storeJourney(generated, db, { snapshot: 'later' }))!;
		const before = (await readJourney(generated.journey.id, db))!;
		expect(before.version, 'read from the records until kept').toEqual(expect.any(String));
		expect(await keep()).toBe(true);
		const after = (await readJourney(generated.journey.id, db))!;
		expect(after.version, 'read from the snapshot').toBeUndefined();
		expect(after.doc).toEqual(await getJourney(generated.journey.id, db));
	});

	it('kept later, is left as it is when an opening from the records kept it first', async () => {
		const keep = (await storeJourney(structuredClone(doc), db, { snapshot: 'later' }))!;
		const opened = await snapshotTaken();
		expect(await keep(), 'not laid out and stored a second time').toBe(false);
		expect((await readJourney(doc.journey.id, db))!.doc).toEqual(opened.doc);
	});

	it('kept later, is not kept once a write came in between', async () => {
		const imported = structuredClone(doc);
		imported.frustrations[0]!.text = 'Imported';
		const keep = (await storeJourney(imported, db, { snapshot: 'later' }))!;
		await persistChanges(doc.journey.id, editFirst('Edited after the import'), NOW, db);
		expect(await keep()).toBe(false);
		expect((await db.journeySnapshots.get(doc.journey.id))?.text).toBeUndefined();
		expect(await firstText()).toBe('Edited after the import');
	});

	it('is read instead of its records once taken, and holds what the records hold', async () => {
		// As after a write: the snapshot row without text.
		await db.journeySnapshots.put({ journeyId: doc.journey.id, version: 'written since' });
		const first = (await readJourney(doc.journey.id, db))!;
		expect(first.version, 'read from the records').toEqual(expect.any(String));
		expect((await snapshotTaken()).doc).toEqual(await getJourney(doc.journey.id, db));
	});

	it('damaged, is passed over: the journey opens from its records', async () => {
		await snapshotTaken();
		await db.journeySnapshots.update(doc.journey.id, { text: '{"journey": {"id"' });
		const read = (await readJourney(doc.journey.id, db))!;
		expect(read.version).toBeDefined();
		expect(read.doc).toEqual(await getJourney(doc.journey.id, db));
	});

	it('is no longer read once any write changed the records', async () => {
		const writes: [string, () => Promise<unknown>, string][] = [
			['an edit', () => persistChanges(doc.journey.id, editFirst('Edited'), NOW, db), 'Edited'],
			[
				"a closing page's edit",
				() => persistChangesNow(doc.journey, editFirst('Closing', doc.journey.updatedAt), NOW, db),
				'Closing'
			],
			[
				'a replacement of the same size and time (an import, a restore)',
				async () => {
					const replaced = structuredClone(doc);
					replaced.frustrations[0]!.text = 'Replaced';
					await saveJourney(replaced, db);
				},
				'Replaced'
			]
		];
		for (const [what, write, text] of writes) {
			await snapshotTaken();
			await write();
			expect(await firstText(), what).toBe(text);
		}
		await snapshotTaken();
		await renameJourney(doc.journey.id, 'Renamed', db, NOW + 1);
		expect((await readJourney(doc.journey.id, db))!.doc.journey.name).toBe('Renamed');
	});

	it('is not kept from a reading that a write overtook', async () => {
		const read = (await readJourney(doc.journey.id, db))!;
		await persistChangesNow(doc.journey, editFirst('Overtaking', doc.journey.updatedAt), NOW, db);
		await storeSnapshot(read, db);
		const again = (await readJourney(doc.journey.id, db))!;
		expect(again.version).toBeDefined();
		expect(again.doc.frustrations[0]!.text).toBe('Overtaking');
	});

	it('stale, is passed over even when a write forgot to mark it', async () => {
		await snapshotTaken();
		// Written around the app's writes, as a bug would: the journey's time moves, the count not.
		const first = (await db.frustrations.get(doc.frustrations[0]!.id))!;
		await db.frustrations.put({ ...first, text: 'Behind its back' });
		await db.journeys.update(doc.journey.id, { updatedAt: NOW + 5 });
		expect(await firstText()).toBe('Behind its back');

		await snapshotTaken();
		// The count moves, the journey's time not.
		await db.frustrations.delete(doc.frustrations[1]!.id);
		expect((await readJourney(doc.journey.id, db))!.doc.frustrations).toHaveLength(
			doc.frustrations.length - 1
		);
	});

	it('is taken again once edits settle, holding them, so the next opening reads it', async () => {
		await snapshotTaken();
		await persistChanges(doc.journey.id, editFirst('Settled'), NOW, db);
		expect(await refreshSnapshot(doc.journey.id, db), 'taken again').toBe(true);
		const read = (await readJourney(doc.journey.id, db))!;
		expect(read.version, 'read from the snapshot').toBeUndefined();
		expect(read.doc).toEqual(await getJourney(doc.journey.id, db));
		expect(read.doc.frustrations[0]!.text).toBe('Settled');
		expect(await refreshSnapshot(doc.journey.id, db), 'nothing to take while it holds').toBe(false);
	});
});
