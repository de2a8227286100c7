import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TouchpointDatabase } from '$lib/storage/db';
import { saveJourney } from '$lib/storage/journeys';
import {
	deleteCheckpoint,
	keepCurrentVersion,
	listSnapshots,
	saveCheckpoint
} from '$lib/storage/snapshots';
import { airlineJourney } from './fixtures';

const T0 = 1_700_000_000_000;
const opened: Dexie[] = [];

afterEach(async () => {
	for (const db of opened.splice(0)) await db.delete();
});

async function current(name = `test-${crypto.randomUUID()}`) {
	const db = new TouchpointDatabase(name);
	opened.push(db);
	await db.open();
	return db;
}

/** The database as version 5 left it: snapshots with their documents, no summaries apart. */
async function versionFive() {
	const name = `test-${crypto.randomUUID()}`;
	const old = new Dexie(name);
	old.version(5).stores({
		journeys: 'id, updatedAt',
		stages: 'id, journeyId',
		steps: 'id, journeyId',
		touchPoints: 'id, journeyId',
		frustrations: 'id, journeyId',
		segments: 'id, journeyId',
		participants: 'id, journeyId',
		settings: 'key',
		snapshots: '++id, journeyId, createdAt, [journeyId+reason+createdAt]',
		liveSessions: 'journeyId, roomId'
	});
	const doc = airlineJourney();
	const named = await old.table('snapshots').add({
		formatVersion: 2,
		journeyId: doc.journey.id,
		journeyName: doc.journey.name,
		reason: 'named',
		label: 'Before the workshop',
		createdAt: T0,
		frustrations: doc.frustrations.length,
		document: doc
	});
	// Written before snapshots counted their frustrations.
	const replaced = await old.table('snapshots').add({
		journeyId: doc.journey.id,
		journeyName: 'Old name',
		reason: 'replace',
		createdAt: T0 + 1_000,
		document: { ...doc, frustrations: doc.frustrations.slice(1) }
	});
	old.close();
	return { name, doc, named: named as number, replaced: replaced as number };
}

describe('the upgrade to summaries stored apart', () => {
	it('gives every stored snapshot its summary, and the history lists them without their documents', async () => {
		const { name, doc, named, replaced } = await versionFive();
		const db = await current(name);

		expect(await db.snapshotSummaries.count()).toBe(2);
		const get = vi.spyOn(db.snapshots, 'get');
		const list = await listSnapshots(doc.journey.id, db);
		expect(list).toEqual([
			{
				id: replaced,
				journeyId: doc.journey.id,
				journeyName: 'Old name',
				reason: 'replace',
				createdAt: T0 + 1_000,
				frustrations: doc.frustrations.length - 1
			},
			{
				id: named,
				formatVersion: 2,
				journeyId: doc.journey.id,
				journeyName: doc.journey.name,
				reason: 'named',
				label: 'Before the workshop',
				createdAt: T0,
				frustrations: doc.frustrations.length
			}
		]);
		expect(get).not.toHaveBeenCalled();
	});
});

describe('a version whose summary is missing or damaged', () => {
	it('is still listed, as its snapshot says', async () => {
		const db = await current();
		const doc = airlineJourney();
		await saveJourney(doc, db);
		const missing = await saveCheckpoint(doc.journey.id, 'Missing', db, T0);
		const damaged = await saveCheckpoint(doc.journey.id, 'Damaged', db, T0 + 1);
		const stale = await keepCurrentVersion(doc.journey.id, 'restore', db, T0 + 2);
		const before = await listSnapshots(doc.journey.id, db);
		expect(before).toHaveLength(3);

		await db.snapshotSummaries.delete(missing);
		await db.snapshotSummaries.update(damaged, { reason: 'broken' } as never);
		// A summary that tells of another version than its snapshot holds.
		await db.snapshotSummaries.update(stale!, { createdAt: T0 - 5 });
		expect(await listSnapshots(doc.journey.id, db)).toEqual(before);
	});

	it('goes with its snapshot when the version is deleted', async () => {
		const db = await current();
		const doc = airlineJourney();
		await saveJourney(doc, db);
		const id = await saveCheckpoint(doc.journey.id, 'Gone soon', db, T0);
		expect(await db.snapshotSummaries.get(id)).toMatchObject({ label: 'Gone soon' });
		await deleteCheckpoint(id, db);
		expect(await db.snapshotSummaries.count()).toBe(0);
		expect(await listSnapshots(doc.journey.id, db)).toEqual([]);
	});
});
