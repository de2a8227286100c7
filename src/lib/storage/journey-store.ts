/**
 * Journey records in IndexedDB, without the schema: list, read and store whole journeys
 * (./journey-removal.ts deletes them). `storeJourney` trusts its caller to have checked the document (the repository in
 * ./journeys validates every write); keeping zod out of this module lets the journey list
 * and a first visit's example load without downloading it.
 */
import { collections, fromRecords, toRecords, type JourneyRecords } from '$lib/domain/records';
import type { Collection } from '$lib/domain/format';
import type { Journey, JourneyDocument } from '$lib/domain/schema';
import { Dexie } from 'dexie';
import { database, type TouchpointDatabase } from './db';
import {
	commitKey,
	markChanged,
	newVersion,
	snapshotRecord,
	storeSnapshot
} from './journey-snapshot';
import { announce } from './tab-sync';

export interface JourneySummary {
	journey: Journey;
	touchPoints: number;
	frustrations: number;
}

/** Journeys, most recently edited first, with the counts a list shows. */
export async function listJourneys(db: TouchpointDatabase = database()): Promise<JourneySummary[]> {
	return db.transaction('r', db.journeys, db.touchPoints, db.frustrations, async () => {
		const journeys = await db.journeys.orderBy('updatedAt').reverse().toArray();
		return Promise.all(
			journeys.map(async (journey) => ({
				journey,
				touchPoints: await db.touchPoints.where('journeyId').equals(journey.id).count(),
				frustrations: await db.frustrations.where('journeyId').equals(journey.id).count()
			}))
		);
	});
}

export async function getJourney(
	id: string,
	db: TouchpointDatabase = database()
): Promise<JourneyDocument | undefined> {
	return db.transaction('r', db.journeyTables, async () => {
		const journey = await db.journeys.get(id);
		if (!journey) return undefined;
		const records = await Promise.all([
			db.stages.where('journeyId').equals(id).toArray(),
			db.steps.where('journeyId').equals(id).toArray(),
			db.touchPoints.where('journeyId').equals(id).toArray(),
			db.frustrations.where('journeyId').equals(id).toArray(),
			db.segments.where('journeyId').equals(id).toArray(),
			db.participants.where('journeyId').equals(id).toArray()
		]);
		const [stages, steps, touchPoints, frustrations, segments, participants] = records;
		return fromRecords({
			journey,
			stages,
			steps,
			touchPoints,
			frustrations,
			segments,
			participants
		});
	});
}

/**
 * The ids of `doc`'s items that another journey's records hold. Records are keyed by their
 * id alone, so storing such an item would move that journey's record into this one.
 */
export async function idsHeldElsewhere(
	doc: JourneyDocument,
	db: TouchpointDatabase = database()
): Promise<Set<string>> {
	const held = new Set<string>();
	await db.transaction('r', db.journeyTables, async () => {
		// Every table asked at once: one transaction runs them in order, without a round trip each.
		await Promise.all(
			collections.map(async (name) => {
				if (doc[name].length === 0) return;
				const table = db[name] as TouchpointDatabase['stages'];
				// Keys only, never the records: reading thousands of records is what costs.
				const [stored, own] = await Promise.all([
					table.toCollection().primaryKeys(),
					table.where('journeyId').equals(doc.journey.id).primaryKeys()
				]);
				const storedIds = new Set(stored);
				const ownIds = new Set(own);
				for (const { id } of doc[name]) {
					if (storedIds.has(id) && !ownIds.has(id)) held.add(id);
				}
			})
		);
	});
	return held;
}

/** A write refused because it would take over records of another journey. */
export class ForeignRecordsError extends Error {
	constructor(readonly ids: string[]) {
		super(`Items ${ids.slice(0, 3).join(', ')} belong to another journey`);
		this.name = 'ForeignRecordsError';
	}
}

/** A write of a new journey refused because a journey of its id is here: another tab's import
 * stored it after this one looked. */
export class JourneyHereError extends Error {
	constructor(readonly id: string) {
		super(`Journey ${id} is here already`);
		this.name = 'JourneyHereError';
	}
}

/**
 * Stores a whole journey that has already passed the schema: new, or replacing every record
 * of the one with the same id, in one transaction. An item whose id another journey holds
 * is refused, and with it the whole write: no write moves another journey's records.
 *
 * The journey is kept as one value too (./journey-snapshot.ts), so its first opening reads
 * that, not 50,000 records: in the same transaction, or with `snapshot: 'later'` (an import,
 * where the person waits for the write and the snapshot's text would lengthen it) by the
 * function returned, whenever the caller runs it. It stores the snapshot only if no write came
 * in between (`storeSnapshot`); until then, an opening reads the records. With `onlyNew`, a
 * journey of the same id stored since the caller looked is kept: `JourneyHereError`.
 */
export async function storeJourney(
	valid: JourneyDocument,
	db: TouchpointDatabase = database(),
	{ snapshot = 'now', onlyNew = false }: { snapshot?: 'now' | 'later'; onlyNew?: boolean } = {}
): Promise<(() => Promise<boolean>) | undefined> {
	const records = toRecords(valid);
	return storeRecords(valid, db, snapshot, records, { onlyNew }, (tx) => {
		putAll(tx, records);
		return records;
	});
}

/** Each chunk of checked items, put into the transaction's stores as it comes: they become
 * the records, tagged with their journey's id where they are (the caller's to give away). */
export type PutItems = <C extends Collection>(name: C, items: JourneyDocument[C]) => void;

/**
 * `storeJourney` with `snapshot: 'later'`, for a document checked as it is written (an import,
 * io/checked-chunks.ts): `write` hands each checked chunk of items to `put`, which puts them
 * into the transaction's stores at once. When `write` throws, the transaction is aborted and
 * nothing is written. `ids` holds the items' ids, as the document gives them, for the check
 * that no other journey holds them. A journey of the same id here already (stored since the
 * caller looked) is never replaced: `JourneyHereError`, nothing written.
 */
export async function storeJourneyWhileChecking(
	journey: Journey,
	ids: { [C in Collection]: { id: unknown }[] },
	write: (put: PutItems) => void,
	db: TouchpointDatabase = database()
): Promise<(() => Promise<boolean>) | undefined> {
	const journeyId = journey.id;
	const doc = { journey, ...ids } as JourneyDocument;
	return storeRecords(doc, db, 'later', undefined, { onlyNew: true }, (tx) => {
		const records = { journey } as JourneyRecords;
		for (const name of collections) records[name] = [];
		write((name, items) => {
			const store = tx.objectStore(name);
			const into = records[name] as object[];
			for (const item of items) {
				// Tagged where it is, not copied: 50,000 copies cost a tenth of a second.
				(item as { journeyId?: string }).journeyId = journeyId;
				store.put(item);
				into.push(item);
			}
		});
		return records;
	});
}

async function storeRecords(
	valid: JourneyDocument,
	db: TouchpointDatabase,
	snapshot: 'now' | 'later',
	records: JourneyRecords | undefined,
	{ onlyNew = false }: { onlyNew?: boolean },
	putItems: (tx: IDBTransaction) => JourneyRecords
): Promise<(() => Promise<boolean>) | undefined> {
	const id = valid.journey.id;
	// Inside a caller's transaction that cannot read the commit counter (settings), the
	// snapshot is only marked changed, as any other write does.
	const parent = Dexie.currentTransaction;
	const keep = !parent || parent.storeNames.includes(db.settings.name);
	const version = newVersion();
	let written: JourneyRecords | undefined;
	const commit = await db.transaction(
		'rw',
		keep ? [...db.journeyTables, db.settings] : db.journeyTables,
		async () => {
			if (onlyNew && (await db.journeys.get(id))) throw new JourneyHereError(id);
			const held = await idsHeldElsewhere(valid, db);
			if (held.size > 0) throw new ForeignRecordsError([...held]);
			await removeItems(db, id);
			// A write like any edit: a tab that read the journey before it (a link's read ahead)
			// sees the commit moved on and reads it again (app/other-tabs.ts).
			const commit = keep
				? (((await db.settings.get(commitKey(id)))?.value as number | undefined) ?? 0) + 1
				: undefined;
			if (commit !== undefined) await db.settings.put({ key: commitKey(id), value: commit });
			if (commit === undefined || snapshot === 'later' || !records) {
				await markChanged(db, id, version);
			} else {
				// As a reading of these records gives it back (their canonical order).
				await db.journeySnapshots.put(snapshotRecord(fromRecords(records), commit));
			}
			// Through Dexie: its liveQuery (the journey list) hears that the journey changed.
			await db.journeys.put(valid.journey);
			written = putItems(Dexie.currentTransaction!.idbtrans);
			return commit;
		}
	);
	announce({ kind: 'reload', journeyId: id });
	if (commit === undefined || snapshot !== 'later') return undefined;
	return async () => {
		// Kept already (an opening read the records first), or written since: nothing to do.
		const row = await db.journeySnapshots.get(id);
		if (row?.version !== version || row.text !== undefined) return false;
		return storeSnapshot({ doc: fromRecords(written!), commit, version }, db);
	};
}

/**
 * Puts every item's record straight into the transaction's object stores. Dexie's bulkPut
 * hangs an error handler on each request and gathers each one's result: at 50,000
 * frustrations, a fifth more than the writes themselves. A write that fails still fails the
 * whole transaction: its error reaches the transaction, which Dexie then aborts and rejects.
 */
function putAll(tx: IDBTransaction, records: JourneyRecords) {
	for (const name of collections) {
		const store = tx.objectStore(name);
		for (const record of records[name]) store.put(record);
	}
}

/**
 * When the journey or any of its items was last edited. A closing tab's write stamps the
 * items it changes but cannot read the journey's own record to stamp it too, so the
 * journey's `updatedAt` alone would miss that edit.
 */
export function lastEditOf(doc: JourneyDocument): number {
	let last = doc.journey.updatedAt;
	for (const name of collections) {
		for (const item of doc[name]) last = Math.max(last, item.updatedAt);
	}
	return last;
}

/** Inside a transaction over the journey tables: every item of the journey goes. */
export async function removeItems(db: TouchpointDatabase, journeyId: string) {
	// All asked for at once: one transaction runs them in order, without a round trip each.
	await Promise.all(
		collections.map((name) => db[name].where('journeyId').equals(journeyId).delete())
	);
}

/** Whether a journey of this id is stored: its own record is read, none of its items. */
export async function hasJourney(
	id: string,
	db: TouchpointDatabase = database()
): Promise<boolean> {
	return (await db.journeys.get(id)) !== undefined;
}
