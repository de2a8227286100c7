/**
 * What points at what inside a journey, in one place for everything that keeps references
 * whole: the storage's check inside each write, an editor's Undo and Redo, and the repair of
 * a journey stored damaged by an older version.
 *
 * Two kinds of reference. An item's place (a step's or touch point's stage, a frustration's
 * touch point) cannot be dropped: an item whose place is gone is gone with it, or is put
 * back by the person. Tags and ratings (segment ids, emotions per segment, ratings per
 * participant) can: when their segment or participant goes, they go, and the item stays.
 */
import type { ItemOf } from './records';
import type { Collection } from './schema';

/** A collection other items point at. */
export type Referenced = 'stages' | 'touchPoints' | 'segments' | 'participants';

export interface Ref {
	collection: Referenced;
	id: string;
}

type AnyItem = ItemOf<Collection>;

/** Where an item sits, as the collection and field that name its place. */
export const placeOf = {
	steps: { collection: 'stages', field: 'stageId' },
	touchPoints: { collection: 'stages', field: 'stageId' },
	frustrations: { collection: 'touchPoints', field: 'touchPointId' }
} as const satisfies Partial<Record<Collection, { collection: Referenced; field: string }>>;

/** The item whose place `item` is, if it has one. */
export function placeRef(collection: Collection, item: AnyItem): Ref | undefined {
	const place = (placeOf as Partial<Record<Collection, { collection: Referenced; field: string }>>)[
		collection
	];
	if (!place) return undefined;
	return {
		collection: place.collection,
		id: (item as Record<string, unknown>)[place.field] as string
	};
}

/** The collections whose items sit in an item of `collection`, and the field that says so. */
export function placedIn(collection: Collection): { collection: Collection; field: string }[] {
	return Object.entries(placeOf)
		.filter(([, place]) => place.collection === collection)
		.map(([child, place]) => ({ collection: child as Collection, field: place.field }));
}

/** The tags and ratings of an item: references that go when what they name goes. */
export function tagRefs(collection: Collection, item: AnyItem): Ref[] {
	const refs: Ref[] = [];
	if (collection === 'touchPoints' || collection === 'frustrations') {
		for (const id of (item as ItemOf<'touchPoints'>).segmentIds) {
			refs.push({ collection: 'segments', id });
		}
	}
	if (collection === 'touchPoints') {
		for (const id of Object.keys((item as ItemOf<'touchPoints'>).emotions)) {
			refs.push({ collection: 'segments', id });
		}
	}
	if (collection === 'frustrations') {
		for (const r of (item as ItemOf<'frustrations'>).ratings) {
			refs.push({ collection: 'participants', id: r.participantId });
		}
	}
	return refs;
}

/** Which collections can hold tags or ratings naming an item of `collection`. */
export function taggedBy(collection: Collection): Collection[] {
	if (collection === 'segments') return ['touchPoints', 'frustrations'];
	if (collection === 'participants') return ['frustrations'];
	return [];
}

/**
 * The item without the tags and ratings that name what `exists` says is gone; the same
 * object when nothing names anything gone, so callers can tell whether it changed.
 */
export function withoutMissingTags<T extends AnyItem>(
	collection: Collection,
	item: T,
	exists: (ref: Ref) => boolean
): T {
	const segment = (id: string) => exists({ collection: 'segments', id });
	// Nearly every item keeps all of its tags: that is asked first, without new lists, as an
	// opening asks it of every item (100,000 at most).
	if (collection === 'touchPoints') {
		const t = item as ItemOf<'touchPoints'>;
		const emotionKeys = Object.keys(t.emotions);
		if (t.segmentIds.every(segment) && emotionKeys.every(segment)) return item;
		const kept = emotionKeys.filter(segment);
		const emotions = Object.fromEntries(kept.map((id) => [id, t.emotions[id]!]));
		return { ...t, segmentIds: t.segmentIds.filter(segment), emotions } as T;
	}
	if (collection === 'frustrations') {
		const f = item as ItemOf<'frustrations'>;
		const rated = (r: { participantId: string }) =>
			exists({ collection: 'participants', id: r.participantId });
		if (f.segmentIds.every(segment) && f.ratings.every(rated)) return item;
		return {
			...f,
			segmentIds: f.segmentIds.filter(segment),
			ratings: f.ratings.filter(rated)
		} as T;
	}
	return item;
}

export const refKey = (collection: string, id: string) => `${collection}:${id}`;
