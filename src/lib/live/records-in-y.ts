/**
 * A journey in a Y.Doc (the shared document of a live session, docs/architecture.md "Live
 * sessions"): one top-level Y.Map per collection keyed by record id, each record a Y.Map of
 * its fields, and the Y.Map `journey` for the journey's own fields. A frustration's ratings
 * and a touch point's emotions are Y.Maps of their own (keyed by participant and segment id),
 * so two people rating one frustration at once both count. A removed record stays as a
 * tombstone (`$removed: true`), so an edit made meanwhile elsewhere is kept in it and an Undo
 * of the removal brings the item back with that edit.
 *
 * What is read from the Y.Doc is untrusted (any holder of the link can write to it): every
 * field is checked against the schema on its own, and only the schema's own keys are read.
 */
import * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import { itemSchemas } from '$lib/domain/edits/change';
import { inCanonicalOrder } from '$lib/domain/document-order';
import { collections, type Collection } from '$lib/domain/format';
import type { ItemOf } from '$lib/domain/records';
import { placeRef, refKey, withoutMissingTags } from '$lib/domain/references';
import {
	emotion,
	id as idSchema,
	journeyDocument,
	participantRating,
	type Journey,
	type JourneyDocument
} from '$lib/domain/schema';

export const JOURNEY = 'journey';
export const REMOVED = '$removed';
/** When the record was removed, to tell a later edit made where the removal was not seen. */
export const REMOVED_AT = '$removedAt';

type AnyItem = ItemOf<Collection>;
type Fields = Record<string, unknown>;
export type RecordName = Collection | typeof JOURNEY;

/** Fields held as nested Y.Maps, so concurrent entries merge. */
const nested: Partial<Record<RecordName, string>> = {
	frustrations: 'ratings',
	touchPoints: 'emotions'
};

/** A field dropped while reading: what, and the Yjs client that wrote it when known. */
export interface Dropped {
	collection: RecordName;
	id: string;
	field: string;
	client: number | undefined;
	message: string;
}

export type DropLog = (dropped: Dropped) => void;

export const logDropped: DropLog = (d) =>
	console.warn(
		`Live session: dropped ${d.collection}:${d.id}${d.field ? `.${d.field}` : ''} from Yjs client ${d.client ?? 'unknown'}: ${d.message}`
	);

/** The Yjs client whose write holds `key` in `map` now. */
export function writerOf(map: Y.Map<unknown>, key: string): number | undefined {
	return map._map.get(key)?.id.client;
}

/**
 * Whether every write Y holds of a record (the record itself, each field, each entry of a
 * nested map) was made by `own` clients: nobody else has touched it.
 */
export function writtenOnlyBy(
	ydoc: Y.Doc,
	collection: Collection,
	id: string,
	own: (client: number) => boolean
): boolean {
	const outer = collectionMap(ydoc, collection);
	const entry = outer._map.get(id);
	if (!entry || !own(entry.id.client)) return false;
	const record = recordMap(ydoc, collection, id);
	if (!record) return false;
	for (const [, item] of record._map) {
		if (!own(item.id.client)) return false;
		const value = item.content.getContent()[0];
		if (value instanceof Y.Map) {
			for (const [, inner] of value._map) if (!own(inner.id.client)) return false;
		}
	}
	return true;
}

export function collectionMap(ydoc: Y.Doc, name: Collection): Y.Map<unknown> {
	return ydoc.getMap(name);
}

function recordMap(ydoc: Y.Doc, collection: Collection, id: string): Y.Map<unknown> | undefined {
	const value = collectionMap(ydoc, collection).get(id);
	return value instanceof Y.Map ? value : undefined;
}

/** JSON with sorted keys and ratings sorted by participant: equal content, equal text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) => {
		if (Array.isArray(v) && v.every((r) => r && typeof r === 'object' && 'participantId' in r)) {
			return [...(v as { participantId: string }[])].sort((a, b) =>
				a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0
			);
		}
		if (v && typeof v === 'object' && !Array.isArray(v)) {
			return Object.fromEntries(
				Object.keys(v)
					.sort()
					.map((k) => [k, (v as Fields)[k]])
			);
		}
		return v;
	});
}

export const same = (a: unknown, b: unknown) => a === b || canonical(a) === canonical(b);

/** Whether two records hold the same content, their `updatedAt` aside. */
export function sameContent(a: object, b: object): boolean {
	const x = a as Fields;
	const y = b as Fields;
	// Field by field: most are strings and numbers, compared without JSON.
	for (const key of Object.keys(x)) {
		if (key !== 'updatedAt' && !same(x[key], y[key])) return false;
	}
	for (const key of Object.keys(y)) if (!(key in x) && y[key] !== undefined) return false;
	return true;
}

/**
 * A record's fields as Y holds them, unchecked: only the schema's own keys, nested maps as
 * their plain values. To check cheaply whether Y holds what is stored, and to parse a
 * whole record at once before going field by field.
 */
function rawFields(collection: RecordName, map: Y.Map<unknown>): Fields {
	const fields: Fields = {};
	const nestedField = nested[collection];
	for (const field of Object.keys(itemSchemas[collection].shape)) {
		if (!map.has(field)) continue;
		const value = map.get(field);
		if (field !== nestedField || !(value instanceof Y.Map)) {
			fields[field] = value;
			continue;
		}
		const entries = [...value.entries()];
		fields[field] =
			collection === 'frustrations'
				? entries.map(([participantId, rating]) => ({
						...(rating && typeof rating === 'object' ? rating : {}),
						participantId
					}))
				: Object.fromEntries(entries);
	}
	return fields;
}

/** Whether Y holds `item` as it is, not removed (read without the schema: nothing taken in). */
export function holds(ydoc: Y.Doc, collection: RecordName, item: object): boolean {
	const map =
		collection === JOURNEY
			? ydoc.getMap(JOURNEY)
			: recordMap(ydoc, collection, (item as { id: string }).id);
	if (!map || map.get(REMOVED) === true) return false;
	const raw = rawFields(collection, map);
	return sameContent(raw, item) && same(raw.updatedAt, (item as Fields).updatedAt);
}

/** A nested field's entries as the map stores them. */
function entriesOf(collection: RecordName, value: unknown): Map<string, unknown> {
	if (collection === 'frustrations') {
		return new Map(
			((value ?? []) as ItemOf<'frustrations'>['ratings']).map(
				({ participantId, frequency, severity }) => [participantId, { frequency, severity }]
			)
		);
	}
	return new Map(Object.entries((value ?? {}) as Fields));
}

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

/** A record read from Y: removed (a tombstone), or its valid content. */
export type ReadRecord<T> =
	{ removed: true; removedAt: number; item: T | undefined } | { removed: false; item: T };

/** A nested field's value read entry by entry; an invalid entry is dropped and logged. */
function readNested(
	collection: RecordName,
	id: string,
	field: string,
	map: Y.Map<unknown>,
	log: DropLog
): unknown {
	const drop = (key: string, message: string) =>
		log({ collection, id, field: `${field}.${key}`, client: writerOf(map, key), message });
	const entries: [string, unknown][] = [];
	for (const [key, value] of map.entries()) {
		if (collection === 'frustrations') {
			const rating = participantRating.safeParse({
				...(value && typeof value === 'object' ? value : {}),
				participantId: key
			});
			if (rating.success) entries.push([key, rating.data]);
			else drop(key, rating.error.issues[0]?.message ?? 'invalid');
		} else {
			const ok = idSchema.safeParse(key).success && emotion.safeParse(value).success;
			if (ok) entries.push([key, value]);
			else drop(key, 'not an emotion per segment');
		}
	}
	if (collection === 'frustrations') return entries.map(([, rating]) => rating);
	return Object.fromEntries(entries);
}

/**
 * A record as Y holds it, checked field by field against its schema: a field that fails is
 * dropped and logged with the Yjs client that wrote it, and the rest kept. Only the schema's
 * own fields are read. `over` is the record as known here: a dropped field keeps its value.
 * Undefined when Y holds no such record, or none that can be valid.
 */
export function readRecord<C extends Collection>(
	ydoc: Y.Doc,
	collection: C,
	id: string,
	over?: ItemOf<C>,
	log: DropLog = logDropped
): ReadRecord<ItemOf<C>> | undefined {
	const map = recordMap(ydoc, collection, id);
	if (!map) return undefined;
	if (!idSchema.safeParse(id).success) {
		log({
			collection,
			id,
			field: '',
			client: writerOf(collectionMap(ydoc, collection), id),
			message: 'not a record id'
		});
		return undefined;
	}
	const stated = map.get('id');
	if (stated !== undefined && stated !== id) {
		log({ collection, id, field: 'id', client: writerOf(map, 'id'), message: 'under another key' });
		return undefined;
	}
	const item = readFields(ydoc, collection, id, map, over, log) as ItemOf<C> | undefined;
	if (map.get(REMOVED) === true) {
		const at = map.get(REMOVED_AT);
		return { removed: true, removedAt: typeof at === 'number' ? at : 0, item };
	}
	return item ? { removed: false, item } : undefined;
}

/** The journey's own record as Y holds it (checked as `readRecord` checks), if valid. */
export function readJourney(
	ydoc: Y.Doc,
	over?: Journey,
	log: DropLog = logDropped
): Journey | undefined {
	const map = ydoc.getMap(JOURNEY);
	const id = map.get('id');
	if (typeof id !== 'string' || map.size === 0) return undefined;
	if (over && id !== over.id) {
		log({
			collection: JOURNEY,
			id,
			field: 'id',
			client: writerOf(map, 'id'),
			message: 'another journey'
		});
		return undefined;
	}
	return readFields(ydoc, JOURNEY, id, map, over, log) as Journey | undefined;
}

function readFields(
	_ydoc: Y.Doc,
	collection: RecordName,
	id: string,
	map: Y.Map<unknown>,
	over: object | undefined,
	log: DropLog
): object | undefined {
	const schema = itemSchemas[collection];
	// Valid as a whole (as nearly always): one parse, and done.
	const fast = schema.safeParse({
		...(over as Fields | undefined),
		...rawFields(collection, map),
		id
	});
	if (fast.success) return fast.data;
	const fields: Fields = { ...(over as Fields | undefined) };
	const nestedField = nested[collection];
	for (const field of Object.keys(schema.shape)) {
		if (!map.has(field)) continue;
		const raw = map.get(field);
		if (field === nestedField && raw instanceof Y.Map) {
			fields[field] = readNested(collection, id, field, raw, log);
			continue;
		}
		const shape = (
			schema.shape as Record<
				string,
				{
					safeParse(v: unknown): {
						success: boolean;
						data?: unknown;
						error?: { issues: { message: string }[] };
					};
				}
			>
		)[field]!;
		const parsed = shape.safeParse(raw);
		if (parsed.success) fields[field] = parsed.data;
		else {
			log({
				collection,
				id,
				field,
				client: writerOf(map, field),
				message: parsed.error?.issues[0]?.message ?? 'invalid'
			});
		}
	}
	fields.id = id;
	const whole = schema.safeParse(fields);
	if (whole.success) return whole.data;
	log({
		collection,
		id,
		field: '',
		client: writerOf(map, 'id'),
		message: `cannot be a valid record: ${whole.error.issues[0]?.path.join('.')} ${whole.error.issues[0]?.message}`
	});
	return undefined;
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

/** Every record Y holds now and not removed, read and checked as `readRecord` does. */
function liveItems(ydoc: Y.Doc, collection: Collection, log: DropLog): AnyItem[] {
	const items: AnyItem[] = [];
	for (const id of collectionMap(ydoc, collection).keys()) {
		const read = readRecord(ydoc, collection, id, undefined, log);
		if (read && !read.removed) items.push(read.item);
	}
	return items;
}

/**
 * The journey Y holds, as a whole valid document (for a joiner to store). What cannot stand
 * in it (an item whose place is not there, a tag naming nothing) is left out. Throws when
 * Y holds no valid journey.
 */
export function documentFromY(ydoc: Y.Doc, log: DropLog = logDropped): JourneyDocument {
	const journey = readJourney(ydoc, undefined, log);
	if (!journey) throw new Error('The live session holds no journey');
	// Valid as a whole (as nearly always): one parse of everything, and done.
	const raw: Record<string, unknown> = { journey };
	for (const name of collections) {
		const items: Fields[] = [];
		for (const [id, map] of collectionMap(ydoc, name).entries()) {
			if (!(map instanceof Y.Map) || map.get(REMOVED) === true) continue;
			// A record under another's key is no record (readRecord says so, below).
			if (map.has('id') && map.get('id') !== id) continue;
			items.push({ ...rawFields(name, map), id });
		}
		raw[name] = items;
	}
	const whole = journeyDocument.safeParse(raw);
	if (whole.success) return inCanonicalOrder(whole.data);
	const read = Object.fromEntries(
		collections.map((name) => [name, liveItems(ydoc, name, log)])
	) as {
		[C in Collection]: ItemOf<C>[];
	};
	const present = new Set(collections.flatMap((name) => read[name].map((i) => refKey(name, i.id))));
	// Places first: a step or touch point without its stage, a frustration without its touch point.
	for (const name of ['steps', 'touchPoints', 'frustrations'] as const) {
		const kept = (read[name] as AnyItem[]).filter((item) => {
			const place = placeRef(name, item);
			if (!place || present.has(refKey(place.collection, place.id))) return true;
			present.delete(refKey(name, item.id));
			return false;
		});
		(read as Record<string, AnyItem[]>)[name] = kept;
	}
	const exists = (ref: { collection: string; id: string }) =>
		present.has(refKey(ref.collection, ref.id));
	const doc = {
		journey,
		...read,
		touchPoints: read.touchPoints.map((t) => withoutMissingTags('touchPoints', t, exists)),
		frustrations: read.frustrations.map((f) => withoutMissingTags('frustrations', f, exists))
	};
	return inCanonicalOrder(journeyDocument.parse(doc));
}

/** The records a transaction touched, by collection (the journey's own as `journey`). */
export function touchedRecords(
	ydoc: Y.Doc,
	transaction: Y.Transaction
): Map<RecordName, Set<string>> {
	const touched = new Map<RecordName, Set<string>>();
	const add = (name: RecordName, id: string) =>
		touched.set(name, (touched.get(name) ?? new Set()).add(id));
	const roots = new Map<unknown, RecordName>();
	for (const name of [...collections, JOURNEY] as const) roots.set(ydoc.getMap(name), name);
	for (const [type, keys] of transaction.changed) {
		// Walk up to the top-level map: record → collection, ratings → record → collection.
		let child: { _item: Y.Item | null } = type;
		const path: (string | null)[] = [];
		while (child._item) {
			path.unshift(child._item.parentSub);
			child = child._item.parent as { _item: Y.Item | null };
		}
		const name = roots.get(child);
		if (!name) continue;
		if (name === JOURNEY) {
			add(JOURNEY, '');
			continue;
		}
		if (path.length === 0) {
			for (const id of keys) if (id !== null) add(name, id);
		} else if (path[0]) add(name, path[0]);
	}
	return touched;
}
