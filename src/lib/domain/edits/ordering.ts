/**
 * Sibling order as numbers: a move or insert takes the midpoint of its new neighbours, so
 * it writes one record. When repeated moves into one gap exhaust float precision, the
 * siblings are renumbered (rare, and then the edit writes them all).
 */
const MIN_GAP = 1e-9;

/**
 * The order value for inserting at `index` among siblings (sorted by order, without the
 * item being moved), or null when there is no room and the siblings need renumbering.
 */
export function orderAt(siblingOrders: number[], index: number): number | null {
	const clamped = Math.max(0, Math.min(index, siblingOrders.length));
	const before = siblingOrders[clamped - 1];
	const after = siblingOrders[clamped];
	if (before === undefined && after === undefined) return 0;
	if (before === undefined) return after! - 1;
	if (after === undefined) return before + 1;
	if (after - before < MIN_GAP) return null;
	return (before + after) / 2;
}

export function nextOrder(siblingOrders: number[]): number {
	return siblingOrders.length ? Math.max(...siblingOrders) + 1 : 0;
}
