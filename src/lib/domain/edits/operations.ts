/**
 * Edits as pure functions of the current document: each returns the record changes that
 * carry it out, or undefined when there is nothing to do. New items get their defaults
 * from the schema, so a field added there needs no change here.
 */
import type { ItemOf } from '../records';
import {
	frustration as frustrationSchema,
	segment as segmentSchema,
	stage as stageSchema,
	step as stepSchema,
	touchPoint as touchPointSchema,
	type Collection,
	type JourneyDocument,
	type Journey
} from '../schema';
import type { Change, Edit, ItemChange } from './change';
import { nextOrder, orderAt } from './ordering';

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
		.sort((a, b) => a.order - b.order);
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

export function addStage(
	doc: JourneyDocument,
	name: string,
	id: string = crypto.randomUUID()
): Edit {
	// A new stage after the purchase stages most likely concerns keeping the customer.
	const risk = doc.stages.length === 0 ? 'lost-sale' : 'lost-repurchase';
	const after = stageSchema.parse({
		id,
		updatedAt: 0,
		name,
		order: childOrder(doc, 'stages'),
		risk
	});
	return { label: 'add stage', changes: [change('stages', null, after)] };
}

export function addStep(
	doc: JourneyDocument,
	stageId: string,
	name: string,
	id: string = crypto.randomUUID()
): Edit {
	const order = childOrder(doc, 'steps', stageId);
	const after = stepSchema.parse({ id, updatedAt: 0, stageId, name, order });
	return { label: 'add step', changes: [change('steps', null, after)] };
}

export function addTouchPoint(
	doc: JourneyDocument,
	stageId: string,
	name: string,
	id: string = crypto.randomUUID()
): Edit {
	const order = childOrder(doc, 'touchPoints', stageId);
	const after = touchPointSchema.parse({ id, updatedAt: 0, stageId, name, order });
	return { label: 'add touch point', changes: [change('touchPoints', null, after)] };
}

export function addFrustration(
	doc: JourneyDocument,
	touchPointId: string,
	text: string,
	id: string = crypto.randomUUID()
): Edit {
	const order = childOrder(doc, 'frustrations', touchPointId);
	// A new frustration starts in the middle of both scales until someone rates it.
	const after = frustrationSchema.parse({
		id,
		updatedAt: 0,
		touchPointId,
		text,
		order,
		frequency: 3,
		severity: 3
	});
	return { label: 'add frustration', changes: [change('frustrations', null, after)] };
}

export function addSegment(
	doc: JourneyDocument,
	name: string,
	kind: 'B2C' | 'B2B' = 'B2C',
	id: string = crypto.randomUUID()
): Edit {
	const element = { text: '', emphasis: 3 };
	const after = segmentSchema.parse({
		id,
		updatedAt: 0,
		name,
		kind,
		order: childOrder(doc, 'segments'),
		marketingMix: { product: element, price: element, promotion: element, place: element }
	});
	return { label: 'add segment', changes: [change('segments', null, after)] };
}

function removals<C extends Collection>(collection: C, items: ItemOf<C>[]): Change[] {
	return items.map((item) => change(collection, item, null));
}

export function removeFrustration(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'frustrations', id);
	if (!item) return undefined;
	return { label: 'remove frustration', changes: removals('frustrations', [item]) };
}

/** A touch point goes with its frustrations. */
export function removeTouchPoint(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'touchPoints', id);
	if (!item) return undefined;
	const frustrations = doc.frustrations.filter((f) => f.touchPointId === id);
	return {
		label: 'remove touch point',
		changes: [...removals('frustrations', frustrations), ...removals('touchPoints', [item])]
	};
}

export function removeStep(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'steps', id);
	if (!item) return undefined;
	return { label: 'remove step', changes: removals('steps', [item]) };
}

/** A stage goes with its steps, its touch points and their frustrations. */
export function removeStage(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'stages', id);
	if (!item) return undefined;
	const touchPoints = doc.touchPoints.filter((t) => t.stageId === id);
	const touchPointIds = new Set(touchPoints.map((t) => t.id));
	return {
		label: 'remove stage',
		changes: [
			...removals(
				'frustrations',
				doc.frustrations.filter((f) => touchPointIds.has(f.touchPointId))
			),
			...removals('touchPoints', touchPoints),
			...removals(
				'steps',
				doc.steps.filter((s) => s.stageId === id)
			),
			...removals('stages', [item])
		]
	};
}

/** A segment goes, and so do the tags and emotions that refer to it. */
export function removeSegment(doc: JourneyDocument, id: string): Edit | undefined {
	const item = findItem(doc, 'segments', id);
	if (!item) return undefined;
	const untagged: Change[] = [];
	for (const t of doc.touchPoints) {
		if (!t.segmentIds.includes(id) && !(id in t.emotions)) continue;
		const { [id]: _removed, ...emotions } = t.emotions;
		untagged.push(
			change('touchPoints', t, {
				...t,
				segmentIds: t.segmentIds.filter((s) => s !== id),
				emotions
			})
		);
	}
	for (const f of doc.frustrations) {
		if (!f.segmentIds.includes(id)) continue;
		untagged.push(
			change('frustrations', f, { ...f, segmentIds: f.segmentIds.filter((s) => s !== id) })
		);
	}
	return { label: 'remove segment', changes: [...untagged, ...removals('segments', [item])] };
}

/** How a segment feels at a touch point; null clears it. */
export function setEmotion(
	doc: JourneyDocument,
	touchPointId: string,
	segmentId: string,
	value: number | null
): Edit | undefined {
	const before = findItem(doc, 'touchPoints', touchPointId);
	if (!before) return undefined;
	const { [segmentId]: _old, ...rest } = before.emotions;
	const emotions = value === null ? rest : { ...rest, [segmentId]: value };
	return {
		label: 'set emotion',
		changes: [change('touchPoints', before, { ...before, emotions })]
	};
}

export type { Parented };
