/**
 * Edits as pure functions of the current document: each returns the record changes that
 * carry it out, or undefined when there is nothing to do. This module holds what every
 * collection shares (finding, updating and moving an item, the order a new child takes);
 * adding and removing live with their collection (stages.ts, touch-points.ts,
 * frustrations.ts, segments.ts, participants.ts), since what goes with what differs.
 */
import type { ItemOf } from '../records';
import type { Collection, JourneyDocument, Journey } from '../schema';
import type { Change, Edit, ItemChange } from './change';
import { nextOrder, orderAt } from './ordering';
import { bySiblingOrder } from '../document-order';

/** Collections whose items sit under a parent, and the field that names it. */
const parentField = {
	steps: 'stageId',
	touchPoints: 'stageId',
	frustrations: 'touchPointId'
} as const;
type Parented = keyof typeof parentField;
type Ordered = Exclude<Collection, never>;

export function findItem<C extends Collection>(
	doc: JourneyDocument,
	collection: C,
	id: string
): ItemOf<C> | undefined {
	return (doc[collection] as ItemOf<C>[]).find((item) => item.id === id);
}

function siblingsOf<C extends Ordered>(
	doc: JourneyDocument,
	collection: C,
	parentId: string | undefined,
	exceptId?: string
): ItemOf<C>[] {
	const field = (parentField as Record<string, string>)[collection];
	return (doc[collection] as (ItemOf<C> & Record<string, unknown>)[])
		.filter((item) => item.id !== exceptId && (!field || item[field] === parentId))
		.sort(bySiblingOrder);
}

export function change<C extends Collection>(
	collection: C,
	before: ItemOf<C> | null,
	after: ItemOf<C> | null
): ItemChange {
	return { collection, before, after } as ItemChange;
}

export function updateJourney(doc: JourneyDocument, patch: Partial<Journey>): Edit {
	return {
		label: 'edit journey',
		coalesceKey: `journey:${Object.keys(patch).join(',')}`,
		changes: [{ collection: 'journey', before: doc.journey, after: { ...doc.journey, ...patch } }]
	};
}

/** Changes fields of one item; typing into the same fields coalesces into one undo step. */
export function updateItem<C extends Collection>(
	doc: JourneyDocument,
	collection: C,
	id: string,
	patch: Partial<ItemOf<C>>
): Edit | undefined {
	const before = findItem(doc, collection, id);
	if (!before) return undefined;
	return {
		label: 'edit',
		coalesceKey: `${collection}:${id}:${Object.keys(patch).sort().join(',')}`,
		changes: [change(collection, before, { ...before, ...patch } as ItemOf<C>)]
	};
}

/**
 * Moves an item to `index` among the siblings under `parentId` (for stages and segments,
 * among all of them). Writes one record unless the siblings need renumbering.
 */
export function moveItem<C extends Ordered>(
	doc: JourneyDocument,
	collection: C,
	id: string,
	target: { parentId?: string; index: number }
): Edit | undefined {
	const item = findItem(doc, collection, id) as (ItemOf<C> & Record<string, unknown>) | undefined;
	if (!item) return undefined;
	const field = (parentField as Record<string, string>)[collection];
	const parentId = field ? (target.parentId ?? (item[field] as string)) : undefined;
	const siblings = siblingsOf(doc, collection, parentId, id);
	const order = orderAt(
		siblings.map((s) => s.order),
		target.index
	);
	const moved = { ...item, ...(field ? { [field]: parentId } : {}) } as ItemOf<C>;
	const label = 'move';
	if (order !== null) {
		if (order === item.order && (!field || item[field] === parentId)) return undefined;
		return { label, changes: [change(collection, item, { ...moved, order })] };
	}
	const renumbered = [...siblings];
	renumbered.splice(target.index, 0, moved);
	return {
		label,
		changes: renumbered.map((s, order) =>
			change(collection, findItem(doc, collection, s.id) ?? item, { ...s, order } as ItemOf<C>)
		)
	};
}

/** Moves an item one place within its parent (delta −1 or +1). */
export function shiftItem<C extends Ordered>(
	doc: JourneyDocument,
	collection: C,
	id: string,
	delta: number
): Edit | undefined {
	const item = findItem(doc, collection, id) as (ItemOf<C> & Record<string, unknown>) | undefined;
	if (!item) return undefined;
	const field = (parentField as Record<string, string>)[collection];
	const parentId = field ? (item[field] as string) : undefined;
	const siblings = siblingsOf(doc, collection, parentId);
	const index = siblings.findIndex((s) => s.id === id) + delta;
	if (index < 0 || index >= siblings.length) return undefined;
	return moveItem(doc, collection, id, { parentId, index });
}

export function childOrder(doc: JourneyDocument, collection: Ordered, parentId?: string) {
	return nextOrder(siblingsOf(doc, collection, parentId).map((s) => s.order));
}

/** The changes that delete these items; a removal lists its dependants first. */
export function removals<C extends Collection>(collection: C, items: ItemOf<C>[]): Change[] {
	return items.map((item) => change(collection, item, null));
}

export type { Parented };
