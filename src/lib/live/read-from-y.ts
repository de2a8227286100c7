/**
 * Reads a journey's Y.Doc (records-in-y.ts) as untrusted input: field by field through the
 * schema, only the schema's own keys, what fails dropped and logged with its writer.
 */
import * as Y from 'yjs';
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
import {
	collectionMap,
	JOURNEY,
	logDropped,
	nested,
	rawFields,
	recordMap,
	REMOVED,
	REMOVED_AT,
	writerOf,
	type AnyItem,
	type DropLog,
	type Fields,
	type RecordName
} from './y-layout';

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
