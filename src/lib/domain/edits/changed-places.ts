/**
 * Where a list differs from the one it was made from. A view that keeps what it derived from
 * the last list (the map's grouping and layout) patches the places that changed; a rating on a
 * map of 50,000 frustrations changes one, and comparing all 50,000 to find it was a millisecond
 * or two of the edit's frame, twice. `applyChanges` says which places it replaced instead.
 */
const replaced = new WeakMap<readonly unknown[], { from: readonly unknown[]; at: number[] }>();

/** `list` is `from` with the items at `at` replaced, nothing added, removed or moved. */
export function markReplaced(list: readonly unknown[], from: readonly unknown[], at: number[]) {
	replaced.set(list, { from, at });
}

/**
 * The places, in order, where `after` holds another item than `before` (a list of the same
 * length); undefined when there are more than `limit`.
 */
export function changedPlaces(
	before: readonly unknown[],
	after: readonly unknown[],
	limit: number
): number[] | undefined {
	const known = replaced.get(after);
	if (known?.from === before) {
		const at = [...new Set(known.at)].filter((i) => before[i] !== after[i]).sort((a, b) => a - b);
		return at.length > limit ? undefined : at;
	}
	const at: number[] = [];
	for (let i = 0; i < after.length; i++) {
		if (before[i] === after[i]) continue;
		if (at.length === limit) return undefined;
		at.push(i);
	}
	return at;
}
