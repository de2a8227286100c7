/**
 * Snapshots: what a journey was before an import or restore changed it. Taken in the same
 * transaction as the change, so there is never a change without its way back; the newest
 * few per journey are kept.
 */
import { journeyDocument, type JourneyDocument } from '$lib/domain/schema';
import { database, type SnapshotRecord, type TouchpointDatabase } from './db';
import { getJourney, saveJourney } from './journeys';

export const SNAPSHOTS_KEPT = 10;

export type SnapshotSummary = Omit<SnapshotRecord, 'document'> & { id: number };

/**
 * Stores `next` over the journey with its id, after snapshotting the current one (when
 * there is one). Returns the snapshot's id, or undefined when the journey was new.
 */
export async function replaceWithSnapshot(
	next: JourneyDocument,
	reason: SnapshotRecord['reason'],
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number | undefined> {
	return db.transaction('rw', [...db.journeyTables, db.snapshots], async () => {
		const current = await getJourney(next.journey.id, db);
		let snapshotId: number | undefined;
		if (current) {
			snapshotId = await db.snapshots.add({
				journeyId: current.journey.id,
				journeyName: current.journey.name,
				reason,
				createdAt: now,
				document: current
			});
			const old = await db.snapshots
				.where('journeyId')
				.equals(current.journey.id)
				.reverse()
				.sortBy('createdAt');
			await db.snapshots.bulkDelete(old.slice(SNAPSHOTS_KEPT).map((s) => s.id!));
		}
		await saveJourney(next, db);
		return snapshotId;
	});
}

export async function listSnapshots(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<SnapshotSummary[]> {
	const records = await db.snapshots.where('journeyId').equals(journeyId).sortBy('createdAt');
	return records.reverse().map(({ document: _document, ...summary }) => summary as SnapshotSummary);
}

/**
 * Puts a journey back as it was in a snapshot. The state it replaces is snapshotted in turn,
 * so a restore can itself be undone.
 */
export async function restoreSnapshot(
	id: number,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<JourneyDocument> {
	const snapshot = await db.snapshots.get(id);
	if (!snapshot) throw new Error(`No snapshot ${id}`);
	const doc = journeyDocument.parse(snapshot.document);
	await replaceWithSnapshot(doc, 'restore', db, now);
	await db.snapshots.delete(id);
	return doc;
}
