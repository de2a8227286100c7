/**
 * Writes into a journey's Y.Doc (records-in-y.ts): only what changed, removals as tombstones.
 */
import * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import { collections, type Collection } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';
import {
	collectionMap,
	entriesOf,
	JOURNEY,
	nested,
	recordMap,
	REMOVED,
	REMOVED_AT,
	same,
	writerOf,
	type Fields,
	type RecordName
} from './y-layout';

/** Which fields to set, given a field's value in Y now. */
type Wanted = (
	field: string,
	value: unknown,
	current: unknown,
	writer: number | undefined
) => boolean;

function setNested(
	record: Y.Map<unknown>,
	collection: RecordName,
	field: string,
	after: unknown,
	before: unknown,
	want: Wanted
) {
	let map = record.get(field);
	if (!(map instanceof Y.Map)) {
		map = new Y.Map<unknown>();
		record.set(field, map);
	}
	const y = map as Y.Map<unknown>;
	const next = entriesOf(collection, after);
	const prev = before === undefined ? undefined : entriesOf(collection, before);
	for (const [key, value] of next) {
		if (prev && same(prev.get(key), value)) continue;
		if (same(y.get(key), value)) continue;
		if (!want(`${field}.${key}`, value, y.get(key), writerOf(y, key))) continue;
		y.set(key, value);
	}
	// An entry this side took away (a rating cleared): gone from Y too.
	const gone = prev ? [...prev.keys()].filter((key) => !next.has(key)) : [];
	for (const key of gone) if (y.has(key)) y.delete(key);
}

/**
 * Sets the fields of `after` that `before` did not hold (all of them without `before`) and
 * that Y does not hold already, where `want` agrees.
 */
function setFields(
	record: Y.Map<unknown>,
	collection: RecordName,
	after: Fields,
	before: Fields | undefined,
	want: Wanted
) {
	const nestedField = nested[collection];
	for (const field of Object.keys(after)) {
		const value = after[field];
		if (field === nestedField) {
			setNested(record, collection, field, value, before?.[field], want);
			continue;
		}
		if (field === 'updatedAt') {
			// The time of the last edit only moves on.
			const current = record.get(field);
			if (typeof current !== 'number' || (value as number) > current) record.set(field, value);
			continue;
		}
		if (before && same(before[field], value)) continue;
		const current = record.get(field);
		if (same(current, value)) continue;
		if (!want(field, value, current, writerOf(record, field))) continue;
		record.set(field, value);
	}
}

const always: Wanted = () => true;

export interface WriteOptions {
	/** The Yjs clients that are this browser's (this Y.Doc's and earlier ones'). */
	own?: (client: number) => boolean;
	/** When a removal was made (the tombstone says so). */
	now?: number;
}

/**
 * Writes this side's changes into Y in one transaction: only the fields each change changed
 * and Y does not hold already (setting an equal value would still be a new write, and could
 * overwrite a concurrent newer one). A removal leaves a tombstone. An item added back over
 * its tombstone (an Undo of a removal) is brought back with only the fields this browser
 * wrote last: what someone else wrote into it meanwhile stays.
 */
export function writeChanges(
	ydoc: Y.Doc,
	changes: readonly Change[],
	origin: unknown,
	options: WriteOptions = {}
): void {
	const own = options.own ?? ((client: number) => client === ydoc.clientID);
	const now = options.now ?? Date.now();
	ydoc.transact(() => {
		for (const c of changes) {
			if (c.collection === JOURNEY) {
				setFields(ydoc.getMap(JOURNEY), JOURNEY, c.after as Fields, c.before as Fields, always);
				continue;
			}
			const id = (c.after ?? c.before)!.id;
			const collection = collectionMap(ydoc, c.collection);
			let record = recordMap(ydoc, c.collection, id);
			if (!c.after) {
				if (!record) {
					record = new Y.Map<unknown>();
					collection.set(id, record);
					setFields(record, c.collection, c.before as Fields, undefined, always);
				}
				if (record.get(REMOVED) !== true) {
					record.set(REMOVED, true);
					record.set(REMOVED_AT, now);
				}
				continue;
			}
			if (!record) {
				record = new Y.Map<unknown>();
				collection.set(id, record);
				setFields(record, c.collection, c.after as Fields, undefined, always);
				continue;
			}
			if (record.get(REMOVED) === true && !c.before) {
				record.set(REMOVED, false);
				const mine: Wanted = (_f, _v, current, writer) =>
					current === undefined || writer === undefined || own(writer);
				setFields(record, c.collection, c.after as Fields, undefined, mine);
				continue;
			}
			// An edit of a record removed elsewhere meanwhile goes into its tombstone: kept
			// there for an Undo of the removal, and the removal stands.
			setFields(record, c.collection, c.after as Fields, c.before as Fields | undefined, always);
		}
	}, origin);
}

/**
 * Makes Y hold `item` as it is (every field that differs), brought back if removed: for a
 * record whose stored version is known to be the later one (see reconcile.ts).
 */
export function putRecord(
	ydoc: Y.Doc,
	collection: RecordName,
	item: Fields,
	origin: unknown
): void {
	ydoc.transact(() => {
		if (collection === JOURNEY) {
			setFields(ydoc.getMap(JOURNEY), JOURNEY, item, undefined, always);
			return;
		}
		const id = item.id as string;
		let record = recordMap(ydoc, collection, id);
		if (!record) {
			record = new Y.Map<unknown>();
			collectionMap(ydoc, collection).set(id, record);
		}
		if (record.get(REMOVED) === true) record.set(REMOVED, false);
		setFields(record, collection, item, undefined, always);
		// Entries Y holds beyond the item's (a rating since dropped) go too.
		const field = nested[collection];
		const map = field && record.get(field);
		if (field && map instanceof Y.Map) {
			const kept = entriesOf(collection, item[field]);
			for (const key of [...map.keys()]) if (!kept.has(key)) map.delete(key);
		}
	}, origin);
}

/** Marks a record removed in Y (a removal storage made of its own: an item whose place went). */
export function markRemoved(
	ydoc: Y.Doc,
	collection: Collection,
	id: string,
	origin: unknown,
	now = Date.now()
): void {
	const record = recordMap(ydoc, collection, id);
	if (!record || record.get(REMOVED) === true) return;
	ydoc.transact(() => {
		record.set(REMOVED, true);
		record.set(REMOVED_AT, now);
	}, origin);
}

/** Seeds an empty Y.Doc with a stored journey. */
export function seedFromDocument(ydoc: Y.Doc, doc: JourneyDocument, origin: unknown = null): void {
	const added = collections.flatMap((name) =>
		doc[name].map((item) => ({ collection: name, before: null, after: item }) as Change)
	);
	ydoc.transact(() => {
		putRecord(ydoc, JOURNEY, doc.journey as unknown as Fields, origin);
		writeChanges(ydoc, added, origin);
	}, origin);
}
