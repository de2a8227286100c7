/**
 * Puts back items whose change was refused because another tab removed them or their place:
 * the text the person typed is kept, as a new edit they can undo. An item's place comes back
 * with it as it was last seen here; when it was never seen here, the item goes to the first
 * place there is (a frustration to the first touch point of its stage, or of the map).
 */
import type { ItemOf } from '../records';
import { placeRef, refKey, withoutMissingTags, type Ref } from '../references';
import { bySiblingOrder } from '../document-order';
import { collections } from '../format';
import type { Collection, JourneyDocument } from '../schema';
import type { Change, Edit, ItemChange } from './change';
import { applyChanges } from './change';
import { change, childOrder, findItem } from './operations';

type AnyItem = ItemOf<Collection>;

export interface Removed {
	collection: Collection;
	item: AnyItem;
}

const byOrder = <T extends { order: number; id: string }>(items: readonly T[]) =>
	[...items].sort(bySiblingOrder);

/** The first place of the map an item of `collection` can sit in, near `near` if it can. */
function firstPlace(
	doc: JourneyDocument,
	collection: Collection,
	near?: string
): string | undefined {
	if (collection === 'frustrations') {
		const inStage = near ? doc.touchPoints.filter((t) => t.stageId === near) : [];
		if (inStage.length > 0) return byOrder(inStage)[0]!.id;
		for (const stage of byOrder(doc.stages)) {
			const first = byOrder(doc.touchPoints.filter((t) => t.stageId === stage.id))[0];
			if (first) return first.id;
		}
		return undefined;
	}
	return byOrder(doc.stages)[0]?.id;
}

/**
 * The edit that puts `items` back (the newest text of each); `lastSeen` gives what this tab
 * last saw of a removed place. Undefined when none can be placed (the map has no stage or
 * touch point left to hold them).
 */
export function putBack(
	doc: JourneyDocument,
	items: readonly Removed[],
	lastSeen: (ref: Ref) => AnyItem | undefined
): Edit | undefined {
	let next = doc;
	const changes: Change[] = [];
	const put = (collection: Collection, item: AnyItem) => {
		const ch = change(collection, findItem(next, collection, item.id) ?? null, item);
		changes.push(ch);
		next = applyChanges(next, [ch]);
	};
	const has = (ref: { collection: Collection; id: string }) =>
		!!findItem(next, ref.collection, ref.id);
	const restore = (collection: Collection, item: AnyItem, depth = 0): boolean => {
		let placed = item as AnyItem & Record<string, unknown>;
		const place = placeRef(collection, item);
		if (place && !has(place)) {
			const seen = depth < 3 ? lastSeen(place) : undefined;
			if (!seen || !restore(place.collection, seen, depth + 1)) {
				const near = seen && 'stageId' in seen ? (seen.stageId as string) : undefined;
				const to = firstPlace(next, collection, near);
				if (!to) return false;
				const field = collection === 'frustrations' ? 'touchPointId' : 'stageId';
				placed = {
					...placed,
					[field]: to,
					order: childOrder(next, collection as 'frustrations', to)
				};
			}
		}
		put(collection, withoutMissingTags(collection, placed, has));
		return true;
	};
	// Places first, so an item and the touch point it sits in come back together.
	const sorted = [...items].sort(
		(a, b) => collections.indexOf(a.collection) - collections.indexOf(b.collection)
	);
	const done = new Set<string>();
	for (const { collection, item } of sorted) {
		const key = refKey(collection, item.id);
		if (done.has(key)) continue;
		done.add(key);
		restore(collection, item);
	}
	return changes.length > 0 ? { label: 'put back', changes: changes as ItemChange[] } : undefined;
}
