/**
 * How a journey sits in a Y.Doc (records-in-y.ts says why), and what reading and writing it
 * share: the names, where a record's map is, who wrote a field, and equal content.
 */
import * as Y from 'yjs';
import { itemSchemas } from '$lib/domain/edits/change';
import { collections, type Collection } from '$lib/domain/format';
import type { ItemOf } from '$lib/domain/records';

export const JOURNEY = 'journey';
export const REMOVED = '$removed';
/** When the record was removed, to tell a later edit made where the removal was not seen. */
export const REMOVED_AT = '$removedAt';

export type AnyItem = ItemOf<Collection>;
export type Fields = Record<string, unknown>;
export type RecordName = Collection | typeof JOURNEY;

/** Fields held as nested Y.Maps, so concurrent entries merge. */
export const nested: Partial<Record<RecordName, string>> = {
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

export function recordMap(
	ydoc: Y.Doc,
	collection: Collection,
	id: string
): Y.Map<unknown> | undefined {
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
export function rawFields(collection: RecordName, map: Y.Map<unknown>): Fields {
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
export function entriesOf(collection: RecordName, value: unknown): Map<string, unknown> {
	if (collection === 'frustrations') {
		return new Map(
			((value ?? []) as ItemOf<'frustrations'>['ratings']).map(
				({ participantId, frequency, severity }) => [participantId, { frequency, severity }]
			)
		);
	}
	return new Map(Object.entries((value ?? {}) as Fields));
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
