/**
 * One focusable mark of a chart, as its interactive layer (MarkTargets.svelte) and its details
 * box (MarkDetails.svelte) both read it: kept apart from either, so neither imports the other.
 */
export interface MarkTarget {
	key: string;
	/** Centre of the mark, where its details box points. */
	x: number;
	y: number;
	/** A circle of radius r, or a rectangle of w × h centred on (x, y). */
	r?: number;
	w?: number;
	h?: number;
	label: string;
	details: string[];
}
