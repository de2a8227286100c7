/**
 * Deleting whole journeys from IndexedDB: one the person deletes, one an import put there
 * when the import is taken back (only if nobody edited it since), and, at start-up, records
 * left of a journey another tab had just deleted.
 */
import { collections } from '$lib/domain/records';
import type { JourneyDocument } from '$lib/domain/schema';
import { database, type TouchpointDatabase } from './db';
import { getJourney, lastEditOf, removeItems } from './journey-store';
import { announce } from './tab-sync';

/** Inside a transaction over the journey tables: the journey, its items and its snapshot go. */
async function removeWhole(db: TouchpointDatabase, id: string) {
	await removeItems(db, id);
	await db.journeySnapshots.delete(id);
	await db.journeys.delete(id);
}

/** Deletes a journey and everything in it; returns what was deleted, so it can be restored. */
export async function deleteJourney(
	id: string,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument | undefined> {
	const deleted = await db.transaction('rw', db.journeyTables, async () => {
		const doc = await getJourney(id, db);
		if (!doc) return undefined;
		await removeWhole(db, id);
		return doc;
	});
	if (deleted) announce({ kind: 'reload', journeyId: id });
	return deleted;
}

/**
 * Deletes a journey only if its `lastEditOf` is still `updatedAt` (what an import stored
 * there), decided in one transaction: a journey edited since, in this tab or another, is
 * kept whole, with its name returned, so taking an import back never deletes work done after.
 */
export async function deleteJourneyIfUnchanged(
	id: string,
	updatedAt: number,
	db: TouchpointDatabase = database()
): Promise<{ outcome: 'deleted' | 'gone' } | { outcome: 'edited'; name: string }> {
	const result = await db.transaction('rw', db.journeyTables, async () => {
		const doc = await getJourney(id, db);
		if (!doc) return { outcome: 'gone' as const };
		if (lastEditOf(doc) !== updatedAt) {
			return { outcome: 'edited' as const, name: doc.journey.name };
		}
		await removeWhole(db, id);
		return { outcome: 'deleted' as const };
	});
	if (result.outcome === 'deleted') announce({ kind: 'reload', journeyId: id });
	return result;
}

/**
 * Deletes records whose journey is not stored: what a closing tab wrote, unable to check, into
 * a journey another tab had just deleted. Run once at start-up; reads index keys only.
 */
export async function removeOrphanRecords(db: TouchpointDatabase = database()): Promise<number> {
	return db.transaction('rw', db.journeyTables, async () => {
		const journeys = new Set(await db.journeys.toCollection().primaryKeys());
		let removed = 0;
		await db.journeySnapshots
			.where('journeyId')
			.noneOf([...journeys])
			.delete();
		for (const name of collections) {
			const table = db[name] as TouchpointDatabase['stages'];
			for (const journeyId of await table.orderBy('journeyId').uniqueKeys()) {
				if (journeys.has(journeyId as string)) continue;
				removed += await table.where('journeyId').equals(journeyId).delete();
			}
		}
		return removed;
	});
}
