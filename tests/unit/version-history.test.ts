import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HOUR } from '$lib/domain/checkpoints';
import { stamp } from '$lib/domain/edits/change';
import { updateItem } from '$lib/domain/edits/operations';
import type { JourneyDocument } from '$lib/domain/schema';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { persistChanges } from '$lib/storage/changes';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import {
	deleteCheckpoint,
	getSnapshot,
	keepCurrentVersion,
	listSnapshots,
	saveCheckpoint
} from '$lib/storage/snapshots';
import { ValidationError } from '$lib/storage/validation';
import { airlineJourney } from './fixtures';

const T0 = 1_700_000_000_000;
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

/** Stores an edit of the first frustration's text at `now`, as the editor does. */
async function editText(text: string, now: number) {
	const current = (await getJourney(doc.journey.id, db))!;
	const first = current.frustrations[0]!;
	const edit = updateItem(current, 'frustrations', first.id, { text });
	await persistChanges(doc.journey.id, stamp(edit!.changes, now), now, db);
	await checkpointsSettled();
}

const firstText = async (id: number) => (await getSnapshot(id, db))!.document.frustrations[0]!.text;

describe('named checkpoints', () => {
	it('are saved with their name and count, listed newest first, and deleted on request', async () => {
		const first = await saveCheckpoint(doc.journey.id, '  before the workshop ', db, T0);
		await saveCheckpoint(doc.journey.id, 'after the workshop', db, T0 + 1_000);
		const list = await listSnapshots(doc.journey.id, db);
		expect(list.map((s) => [s.reason, s.label])).toEqual([
			['named', 'after the workshop'],
			['named', 'before the workshop']
		]);
		expect(list[0]!.frustrations).toBe(doc.frustrations.length);
		await deleteCheckpoint(first, db);
		expect(await listSnapshots(doc.journey.id, db)).toHaveLength(1);
	});

	it('refuse an empty name and store nothing', async () => {
		await expect(saveCheckpoint(doc.journey.id, '   ', db, T0)).rejects.toBeInstanceOf(
			ValidationError
		);
		expect(await listSnapshots(doc.journey.id, db)).toEqual([]);
	});

	it('survive any number of imports and restores', async () => {
		await saveCheckpoint(doc.journey.id, 'keep me', db, T0);
		// What a restore stores: the map it replaces, kept as a version.
		for (let i = 1; i <= 12; i++) await keepCurrentVersion(doc.journey.id, 'restore', db, T0 + i);
		const list = await listSnapshots(doc.journey.id, db);
		expect(list.filter((s) => s.reason === 'named')).toHaveLength(1);
		expect(list.filter((s) => s.reason === 'restore')).toHaveLength(10);
	});

	it('only named checkpoints can be deleted by hand', async () => {
		await editText('Changed', T0);
		const [auto] = await listSnapshots(doc.journey.id, db);
		await expect(deleteCheckpoint(auto!.id, db)).rejects.toThrow();
	});
});

describe('automatic checkpoints', () => {
	it('keep the journey as it was before the first edit, then at most one an hour', async () => {
		const original = doc.frustrations[0]!.text;
		await editText('First edit', T0);
		await editText('Second edit', T0 + 10 * 60_000);
		let autos = await listSnapshots(doc.journey.id, db);
		expect(autos).toHaveLength(1);
		expect(autos[0]).toMatchObject({ reason: 'auto', createdAt: T0 });
		expect(await firstText(autos[0]!.id)).toBe(original);

		await editText('Third edit', T0 + HOUR - 1);
		expect(await listSnapshots(doc.journey.id, db)).toHaveLength(1);
		await editText('An hour later', T0 + HOUR + 5_000);
		autos = await listSnapshots(doc.journey.id, db);
		expect(autos.map((s) => s.createdAt)).toEqual([T0 + HOUR + 5_000, T0]);
		expect(await firstText(autos[0]!.id)).toBe('Third edit');
	});

	it('notice one another tab took within the hour', async () => {
		await editText('First edit', T0);
		// A second database connection stands for another tab with its own memory.
		const other = new TouchpointDatabase(db.name);
		await other.open();
		const current = (await getJourney(doc.journey.id, other))!;
		const edit = updateItem(current, 'frustrations', current.frustrations[0]!.id, { text: 'x' });
		await persistChanges(doc.journey.id, stamp(edit!.changes, T0 + 60_000), T0 + 60_000, other);
		await checkpointsSettled();
		other.close();
		expect(await listSnapshots(doc.journey.id, db)).toHaveLength(1);
	});
});

describe('snapshots stored before version history existed', () => {
	it('read after the upgrade to the kind index, counted from their document', async () => {
		const name = `test-${crypto.randomUUID()}`;
		// The database as version 2 left it: snapshots without label or frustration count.
		const old = new Dexie(name);
		old.version(2).stores({
			journeys: 'id, updatedAt',
			stages: 'id, journeyId',
			steps: 'id, journeyId',
			touchPoints: 'id, journeyId',
			frustrations: 'id, journeyId',
			segments: 'id, journeyId',
			participants: 'id, journeyId',
			settings: 'key',
			snapshots: '++id, journeyId, createdAt'
		});
		await old.table('snapshots').add({
			journeyId: doc.journey.id,
			journeyName: doc.journey.name,
			reason: 'replace',
			createdAt: T0,
			document: doc
		});
		old.close();

		const upgraded = new TouchpointDatabase(name);
		await upgraded.open();
		expect(upgraded.verno).toBeGreaterThanOrEqual(3);
		const [summary] = await listSnapshots(doc.journey.id, upgraded);
		expect(summary).toMatchObject({ reason: 'replace', frustrations: doc.frustrations.length });
		expect((await getSnapshot(summary!.id, upgraded))!.document).toEqual(doc);
		await saveJourney(doc, upgraded);
		await saveCheckpoint(doc.journey.id, 'after the upgrade', upgraded, T0 + 1);
		expect(await listSnapshots(doc.journey.id, upgraded)).toHaveLength(2);
		await upgraded.delete();
	});
});
