/**
 * Brings a journey's stored records and its Y.Doc together when a live session starts or is
 * joined again: either may hold edits the other missed (made while the binding was not
 * running, or received just before a crash). Record by record, the later `updatedAt` wins,
 * and the winner's differing fields are written to the other side. A tombstone in Y wins
 * over a stored record not edited since the removal, so a removal is not undone by a copy
 * that only missed it.
 *
 * A record only this browser ever wrote that storage no longer holds was removed here (by a
 * closing page, whose write Y never heard of): it is removed in Y too, not brought back.
 *
 * A journey replaced as a whole here since (an import, a backup restored) is taken as it is
 * stored: its records carry the file's times, older than what Y holds, and the records it
 * left out are gone, not merely missed.
 */
import type * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import { collections, type Collection } from '$lib/domain/format';
import type { ItemOf } from '$lib/domain/records';
import type { TouchpointDatabase } from '$lib/storage/db';
import { getJourney } from '$lib/storage/journeys';
import {
	collectionMap,
	holds,
	logDropped,
	markRemoved,
	putRecord,
	readJourney,
	readRecord,
	sameContent,
	writtenOnlyBy,
	type DropLog
} from './records-in-y';

export interface ReconcileOptions {
	/** Whether this side may write into Y (a participant may not). */
	writeY: boolean;
	origin: unknown;
	log?: DropLog;
	/** Replaced as a whole here since the session last took it in: storage wins throughout. */
	replaced?: boolean;
	/** The Yjs clients that are this browser's (see records-in-y.ts `WriteOptions`). */
	own?: (client: number) => boolean;
}

/**
 * Writes into Y what storage holds later, and returns the changes that would bring storage
 * to what Y holds later (for the caller to store through `persistChanges`).
 */
export async function reconcile(
	ydoc: Y.Doc,
	journeyId: string,
	db: TouchpointDatabase,
	{ writeY, origin, log = logDropped, replaced = false, own }: ReconcileOptions
): Promise<Change[]> {
	const stored = await getJourney(journeyId, db);
	if (!stored) return [];
	const toStore: Change[] = [];
	const toY = (collection: Collection | 'journey', item: object) => {
		if (writeY) putRecord(ydoc, collection, item as Record<string, unknown>, origin);
	};
	if (replaced && writeY) {
		toY('journey', stored.journey);
		for (const collection of collections) {
			const here = new Set(stored[collection].map((item) => item.id));
			for (const item of stored[collection]) {
				if (!holds(ydoc, collection, item)) toY(collection, item);
			}
			for (const id of collectionMap(ydoc, collection).keys()) {
				if (!here.has(id)) markRemoved(ydoc, collection, id, origin);
			}
		}
		return [];
	}
	const yJourney = readJourney(ydoc, stored.journey, log);
	if (!yJourney) toY('journey', stored.journey);
	else if (!sameContent(yJourney, stored.journey)) {
		if (stored.journey.updatedAt > yJourney.updatedAt) toY('journey', stored.journey);
		else toStore.push({ collection: 'journey', before: stored.journey, after: yJourney });
	}
	for (const collection of collections) {
		const here = new Map<string, ItemOf<Collection>>(stored[collection].map((i) => [i.id, i]));
		for (const [id, item] of here) {
			// The same on both sides (as nearly every record is): nothing to read or check.
			if (holds(ydoc, collection, item)) continue;
			const read = readRecord(ydoc, collection, id, item, log);
			if (!read) toY(collection, item);
			else if (read.removed) {
				// Edited here after the removal, where it was not seen: the edit is the later.
				if (item.updatedAt > read.removedAt) toY(collection, item);
				else toStore.push({ collection, before: item, after: null } as Change);
			} else if (!sameContent(read.item, item)) {
				if (item.updatedAt > read.item.updatedAt) toY(collection, item);
				else {
					const after = { ...read.item, updatedAt: Math.max(read.item.updatedAt, item.updatedAt) };
					toStore.push({ collection, before: item, after } as Change);
				}
			}
		}
		for (const id of collectionMap(ydoc, collection).keys()) {
			if (here.has(id)) continue;
			const read = readRecord(ydoc, collection, id, undefined, log);
			if (!read || read.removed) continue;
			// Only this browser ever wrote it, and storage no longer holds it: it was removed
			// here where Y did not hear of it (a page closed as the removal was stored).
			if (own && writeY && writtenOnlyBy(ydoc, collection, id, own)) {
				markRemoved(ydoc, collection, id, origin);
				continue;
			}
			toStore.push({ collection, before: null, after: read.item } as Change);
		}
	}
	return toStore;
}
