/**
 * Upgrading the journeys stored in an older database: for a Dexie version that changes the
 * document's shape, each journey's records are gathered into a document, taken through the
 * one list of document migrations (domain/migrations.ts), and written back as records, all
 * inside the version's upgrade transaction, so an upgrade that fails leaves the old database
 * as it was. Snapshots are not rewritten: they carry their format and migrate when read.
 */
import type { Transaction } from 'dexie';
import { collections } from '$lib/domain/format';
import { migrateDocument, type RawDocument } from '$lib/domain/migrations';

type StoredRecord = { id: string; journeyId: string } & Record<string, unknown>;

export async function migrateStoredJourneys(tx: Transaction, from: number, to: number) {
	const journeys = (await tx.table('journeys').toArray()) as { id: string }[];
	const items = new Map<string, Map<string, StoredRecord[]>>();
	for (const collection of collections) {
		const byJourney = new Map<string, StoredRecord[]>();
		for (const record of (await tx.table(collection).toArray()) as StoredRecord[]) {
			const list = byJourney.get(record.journeyId) ?? [];
			list.push(record);
			byJourney.set(record.journeyId, list);
		}
		items.set(collection, byJourney);
	}
	for (const journey of journeys) {
		const document: RawDocument = { journey };
		for (const collection of collections) {
			document[collection] = (items.get(collection)!.get(journey.id) ?? []).map(
				({ journeyId: _journeyId, ...item }) => item
			);
		}
		const migrated = migrateDocument(document, from, to);
		// Throwing aborts the upgrade: the app then says the database could not be upgraded,
		// and the old one stays whole for a raw backup.
		if (!migrated.ok) throw new Error(`No upgrade of stored journeys from format ${from}`);
		await tx.table('journeys').put(migrated.document.journey);
		for (const collection of collections) {
			const table = tx.table(collection);
			await table.where('journeyId').equals(journey.id).delete();
			const records = (migrated.document[collection] as Record<string, unknown>[]) ?? [];
			await table.bulkPut(records.map((item) => ({ ...item, journeyId: journey.id })));
		}
	}
}

/**
 * Gives every stored snapshot its summary record (db.ts's version 6). A snapshot too damaged
 * to summarize is left without one: the version history makes it again from the snapshot,
 * or leaves it out, as it did before summaries were stored apart.
 */
export async function summarizeStoredSnapshots(tx: Transaction) {
	const summaries: Record<string, unknown>[] = [];
	await tx.table('snapshots').each((record: Record<string, unknown>) => {
		const summary = summaryOf(record);
		if (summary) summaries.push(summary);
	});
	await tx.table('snapshotSummaries').bulkPut(summaries);
}

/** A snapshot's fields but its document, with the frustrations counted when not stored. */
export function summaryOf(record: Record<string, unknown>): Record<string, unknown> | undefined {
	const { document, ...summary } = record;
	if (typeof summary.id !== 'number') return undefined;
	if (summary.frustrations === undefined) {
		const frustrations = (document as { frustrations?: unknown } | undefined)?.frustrations;
		summary.frustrations = Array.isArray(frustrations) ? frustrations.length : 0;
	}
	return summary;
}
