/**
 * The canonical order of a document's items: stages by `order`; steps and touch points by
 * their stage's position, then their own `order` (so touch points read in cycle order);
 * frustrations by their touch point's position, then `order`. `order` only ranks siblings,
 * so a move between parents touches one record. Storage returns items in any order;
 * documents leave the storage layer in this one.
 */
import type { JourneyDocument } from './schema';

type Ordered = { order: number; id: string };

/**
 * Siblings by `order`, and equal orders by id. Two can share an order (an add undone in one tab
 * and redone after another tab's add took its place): storage returns them by id, so breaking
 * the tie by id everywhere keeps what a tab shows and what a reload shows the same.
 */
export function bySiblingOrder(a: Ordered, b: Ordered): number {
	return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function positions(items: { id: string }[]): Map<string, number> {
	return new Map(items.map((item, index) => [item.id, index]));
}

function sortWithin<T extends Ordered>(
	items: T[],
	parentOf: (item: T) => string,
	parentPosition: Map<string, number>
): T[] {
	const rank = (item: T) => parentPosition.get(parentOf(item)) ?? Number.MAX_SAFE_INTEGER;
	return [...items].sort((a, b) => rank(a) - rank(b) || bySiblingOrder(a, b));
}

const byOrder = <T extends Ordered>(items: T[]) => [...items].sort(bySiblingOrder);

export function inCanonicalOrder(doc: JourneyDocument): JourneyDocument {
	const stages = byOrder(doc.stages);
	const stagePosition = positions(stages);
	const touchPoints = sortWithin(doc.touchPoints, (t) => t.stageId, stagePosition);
	return {
		journey: doc.journey,
		stages,
		steps: sortWithin(doc.steps, (s) => s.stageId, stagePosition),
		touchPoints,
		frustrations: sortWithin(doc.frustrations, (f) => f.touchPointId, positions(touchPoints)),
		segments: byOrder(doc.segments),
		participants: byOrder(doc.participants)
	};
}
