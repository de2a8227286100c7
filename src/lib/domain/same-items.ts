/**
 * Identity helpers for keeping derived views across edits: when a recomputed list holds the
 * same objects as the last one, handing back the last one lets Svelte skip everything that
 * depends on it (its deriveds compare by identity).
 */
export const sameItems = <T>(a: readonly T[], b: readonly T[]) =>
	a === b || (a.length === b.length && a.every((item, i) => item === b[i]));

/** A slot that keeps its list while each new one holds the same objects. */
export function keepSameList<T>() {
	let kept: T[] | undefined;
	return (next: T[]): T[] => (kept = kept && sameItems(kept, next) ? kept : next);
}
