/**
 * The matrix's marks kept from one drawing to the next. Placing 5,000 marks again (ranking
 * and spreading all of them) took longer than a frame, so an edit that changes a few rows
 * moves only their marks: each leaves its spot, takes its place in the ranking, and lands at
 * the first free spot around its new ratings while every other mark keeps its place. Any
 * other change (rows added, removed or filtered, a new size) places all marks afresh.
 */
import { noteMarkChanges } from '../frame/mark-changes';
import { byPriority, rankedByPriority, rowChanges, type ChartFrustration } from '../rows';
import { MarkSpread } from '../spread';
import { MatrixMark } from './mark';
import { ratingScales, type PlotBox } from './shape';

/** More changed rows than this at once (an import, say) are placed afresh. */
const MOVED_AT_MOST = 8;

export class MatrixLayout {
	#rows: readonly ChartFrustration[] = [];
	#box: PlotBox | undefined;
	#radius = 0;
	#spread: MarkSpread | undefined;
	/** Index of each row's mark in the spread, by frustration id. */
	#slots = new Map<string, number>();
	/** Marks in ranked order, the highest priority first. */
	#marks: MatrixMark[] = [];

	/** The marks of `rows` in ranked order; the same array while nothing in them changed. */
	place(rows: readonly ChartFrustration[], box: PlotBox, radius: number): MatrixMark[] {
		const changed = this.#changedIndices(rows, box, radius);
		if (changed === undefined) this.#placeAll(rows, box, radius);
		else if (changed.length > 0) this.#move(rows, changed, box);
		this.#rows = rows;
		return this.#marks;
	}

	/** Indices of rows that changed, or undefined when the marks must be placed afresh. */
	#changedIndices(
		rows: readonly ChartFrustration[],
		box: PlotBox,
		radius: number
	): number[] | undefined {
		const last = this.#box;
		if (
			!this.#spread ||
			!last ||
			rows.length !== this.#rows.length ||
			radius !== this.#radius ||
			last.left !== box.left ||
			last.right !== box.right ||
			last.top !== box.top ||
			last.bottom !== box.bottom
		) {
			return undefined;
		}
		// Rows patched from the last ones say which they replaced: no need to compare 50,000.
		const known = rowChanges(rows, this.#rows);
		if (known) {
			const inPlace = known.every((i) => rows[i]!.id === this.#rows[i]!.id);
			return inPlace && known.length <= MOVED_AT_MOST ? known : undefined;
		}
		const changed: number[] = [];
		for (let i = 0; i < rows.length; i++) {
			if (rows[i] === this.#rows[i]) continue;
			// Another frustration in this place: the rows were reordered, not re-rated.
			if (rows[i]!.id !== this.#rows[i]!.id || changed.length === MOVED_AT_MOST) return undefined;
			changed.push(i);
		}
		return changed;
	}

	#placeAll(rows: readonly ChartFrustration[], box: PlotBox, radius: number) {
		const { x, y } = ratingScales(box);
		const ranked = rankedByPriority(rows);
		this.#spread = new MarkSpread(
			ranked.map((row) => ({ x: x(row.frequency), y: y(row.severity) })),
			radius
		);
		const points = this.#spread.points;
		this.#marks = ranked.map((row, i) => new MatrixMark(row, points[i]!.x, points[i]!.y, radius));
		this.#slots = new Map(ranked.map((row, i) => [row.id, i]));
		this.#box = box;
		this.#radius = radius;
	}

	#move(rows: readonly ChartFrustration[], changed: number[], box: PlotBox) {
		const { x, y } = ratingScales(box);
		const from = this.#marks;
		const marks = [...from];
		const gone: MatrixMark[] = [];
		const added: MatrixMark[] = [];
		for (const i of changed) {
			const before = this.#rows[i]!;
			const row = rows[i]!;
			// The marks are ranked, and no two rows rank alike (map order breaks ties).
			let at = rankOf(marks, before) - 1;
			if (marks[at]?.row !== before) at = marks.findIndex((mark) => mark.row === before);
			gone.push(...marks.splice(at, 1));
			// A row changed in other ways (its text, its stage's name) keeps its spot.
			const slot = this.#slots.get(row.id)!;
			const point =
				row.frequency === before.frequency && row.severity === before.severity
					? this.#spread!.points[slot]!
					: this.#spread!.move(slot, { x: x(row.frequency), y: y(row.severity) });
			const mark = new MatrixMark(row, point.x, point.y, this.#radius);
			marks.splice(rankOf(marks, row), 0, mark);
			added.push(mark);
		}
		// Where each new mark ended up, once every change is in: ranked, so found by halving.
		const addedAt = added.map((mark) => rankOf(marks, mark.row) - 1);
		noteMarkChanges(marks, { from, gone, added, addedAt });
		this.#marks = marks;
	}
}

/** Where `row` goes among marks in ranked order: after every mark that ranks above it. */
function rankOf(marks: readonly MatrixMark[], row: ChartFrustration): number {
	let low = 0;
	let high = marks.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (byPriority(marks[middle]!.row, row) <= 0) low = middle + 1;
		else high = middle;
	}
	return low;
}
