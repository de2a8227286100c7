/**
 * How a chart's new list of marks differs from its last, told by the chart that made it: an
 * edit at 50,000 marks moves one, and walking both lists to find it (for the picture, for the
 * focused mark's place) cost milliseconds of the frame that should show it.
 */
export interface MarkChanges<M> {
	/** The list these changes lead from. */
	from: readonly M[];
	/** Marks of `from` no longer in the new list. */
	gone: M[];
	/** Marks new in the new list, each with its index there (`addedAt`). */
	added: M[];
	addedAt: number[];
}

const known = new WeakMap<readonly object[], MarkChanges<object>>();

/** Says that `marks` is `changes.from` without the marks gone and with the marks added. */
export function noteMarkChanges<M extends object>(marks: readonly M[], changes: MarkChanges<M>) {
	known.set(marks, changes as MarkChanges<object>);
}

/** The changes that lead from `from` to `marks`, when the chart told them; else undefined. */
export function markChanges<M extends object>(
	marks: readonly M[],
	from: readonly M[]
): MarkChanges<M> | undefined {
	const changes = known.get(marks) as MarkChanges<M> | undefined;
	return changes?.from === from ? changes : undefined;
}

/**
 * The index of the mark keyed `key` in `marks`: found from its index in `from` when the
 * changes between them are known (an unchanged mark moves by at most their number), else by
 * looking through all of them.
 */
export function indexOfKey<M extends { key: string }>(
	marks: readonly M[],
	key: string,
	last?: { marks: readonly M[]; index: number }
): number {
	const changes = last && last.index >= 0 ? markChanges(marks, last.marks) : undefined;
	if (changes && last) {
		const added = changes.added.findIndex((mark) => mark.key === key);
		if (added >= 0) return changes.addedAt[added]!;
		const reach = changes.gone.length + changes.added.length;
		for (let d = 0; d <= reach; d++) {
			if (marks[last.index - d]?.key === key) return last.index - d;
			if (marks[last.index + d]?.key === key) return last.index + d;
		}
	}
	return marks.findIndex((mark) => mark.key === key);
}
