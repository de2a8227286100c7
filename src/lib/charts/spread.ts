/**
 * Keeps marks that share a position apart, so every one stays visible and countable. Marks
 * are placed one by one, in the order given (the most important first, so they sit nearest
 * their true position), each at the first free spot of a sunflower spiral around its target.
 * A grid of buckets keeps the overlap check local, and each spot's spiral resumes where the
 * last mark aimed at that spot was placed (the turns before it are full), so a pile of
 * hundreds of marks on one spot costs linear, not quadratic, time.
 */
export interface Point {
	x: number;
	y: number;
}

/** The golden angle: successive spiral points never line up, so the spiral fills evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const MAX_TRIES = 20_000;

/**
 * The spiral's k-th point as an offset per unit of spacing, computed once for all charts:
 * cos and sin of angles in the thousands of radians were most of the cost at 5,000 marks.
 */
let spiralX = new Float64Array(0);
let spiralY = new Float64Array(0);
function spiralUpTo(count: number) {
	if (spiralX.length >= count) return;
	const size = Math.max(count, spiralX.length * 2, 1024);
	spiralX = new Float64Array(size);
	spiralY = new Float64Array(size);
	for (let k = 0; k < size; k++) {
		const distance = 0.5 * Math.sqrt(k);
		spiralX[k] = distance * Math.cos(k * GOLDEN_ANGLE);
		spiralY[k] = distance * Math.sin(k * GOLDEN_ANGLE);
	}
}

export function spreadMarks(targets: readonly Point[], radius: number, gap = 1): Point[] {
	return new MarkSpread(targets, radius, gap).points;
}

/**
 * The spread kept for later moves: `move` re-places one mark while every other mark stays
 * where it is, so a re-rated mark lands in its new spot without re-placing thousands (and
 * without the marks around it shuffling on a projector).
 */
export class MarkSpread {
	/** Where each mark was placed, by its index in the targets. */
	readonly points: Point[];
	readonly #spacing: number;
	readonly #minDistance2: number;
	readonly #grid: Grid;

	constructor(targets: readonly Point[], radius: number, gap = 1) {
		this.#spacing = 2 * radius + gap;
		this.#minDistance2 = this.#spacing * this.#spacing - 1e-9;
		this.#grid = new Grid(targets, this.#spacing);
		const resume = new Map<number, number>();
		this.points = targets.map((target, index) => {
			// Targets within a mark of each other share a spiral: the turns one filled are full
			// for both.
			const spacing = this.#spacing;
			const spot = Math.round(target.x / spacing) * 1_048_576 + Math.round(target.y / spacing);
			const start = resume.get(spot) ?? 0;
			const { point, k } = this.#place(target, start);
			if (k !== undefined) resume.set(spot, k + 1);
			this.#grid.add(index, point);
			return point;
		});
	}

	/** Takes mark `index` from its spot and places it at the first free spot around `target`. */
	move(index: number, target: Point): Point {
		this.#grid.remove(index);
		const { point } = this.#place(target, 0);
		this.#grid.add(index, point);
		this.points[index] = point;
		return point;
	}

	/** The first free spot of the spiral around `target` from its `start`-th point. */
	#place(target: Point, start: number): { point: Point; k?: number } {
		const spacing = this.#spacing;
		for (let k = start; k < start + MAX_TRIES; k++) {
			if (k >= spiralX.length) spiralUpTo(k + 1);
			const x = target.x + spacing * spiralX[k]!;
			const y = target.y + spacing * spiralY[k]!;
			if (this.#free(x, y)) return { point: { x, y }, k };
		}
		return { point: { x: target.x, y: target.y } };
	}

	#free(x: number, y: number): boolean {
		const grid = this.#grid;
		const column = grid.column(x);
		const row = grid.row(y);
		for (let c = Math.max(0, column - 1); c <= Math.min(grid.columns - 1, column + 1); c++) {
			for (let r = Math.max(0, row - 1); r <= Math.min(grid.rows - 1, row + 1); r++) {
				for (let i = grid.first[r * grid.columns + c]!; i !== -1; i = grid.next[i]!) {
					const ex = grid.x[i]! - x;
					const ey = grid.y[i]! - y;
					if (ex * ex + ey * ey < this.#minDistance2) return false;
				}
			}
		}
		return true;
	}
}

/**
 * The marks placed so far, by cell of a grid one mark wide: each cell lists its marks as a
 * chain through `next`, in typed arrays (a Map of arrays cost most of the time at 5,000).
 * The grid spans the targets and as far as their spirals can reach; a point beyond it counts
 * in the nearest edge cell, which keeps every check correct, only slower out there.
 */
class Grid {
	readonly left: number;
	readonly top: number;
	readonly columns: number;
	readonly rows: number;
	readonly first: Int32Array;
	readonly next: Int32Array;
	readonly x: Float64Array;
	readonly y: Float64Array;
	readonly #spacing: number;

	constructor(targets: readonly Point[], spacing: number) {
		let minX = Infinity;
		let minY = Infinity;
		let maxX = -Infinity;
		let maxY = -Infinity;
		for (const { x, y } of targets) {
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		// A pile of all the marks on one spot reaches about this far.
		const reach = spacing * (Math.sqrt(targets.length) + 2);
		this.#spacing = spacing;
		this.left = (Number.isFinite(minX) ? minX : 0) - reach;
		this.top = (Number.isFinite(minY) ? minY : 0) - reach;
		this.columns = Math.max(
			1,
			Math.ceil(((Number.isFinite(maxX) ? maxX : 0) + reach - this.left) / spacing) + 1
		);
		this.rows = Math.max(
			1,
			Math.ceil(((Number.isFinite(maxY) ? maxY : 0) + reach - this.top) / spacing) + 1
		);
		this.first = new Int32Array(this.columns * this.rows).fill(-1);
		this.next = new Int32Array(targets.length);
		this.x = new Float64Array(targets.length);
		this.y = new Float64Array(targets.length);
	}

	column(x: number) {
		return Math.max(0, Math.min(this.columns - 1, Math.floor((x - this.left) / this.#spacing)));
	}

	row(y: number) {
		return Math.max(0, Math.min(this.rows - 1, Math.floor((y - this.top) / this.#spacing)));
	}

	add(index: number, { x, y }: Point) {
		const cell = this.#cell(x, y);
		this.x[index] = x;
		this.y[index] = y;
		this.next[index] = this.first[cell]!;
		this.first[cell] = index;
	}

	/** Unlinks a placed mark from its cell's chain (a few marks long). */
	remove(index: number) {
		const cell = this.#cell(this.x[index]!, this.y[index]!);
		if (this.first[cell] === index) {
			this.first[cell] = this.next[index]!;
			return;
		}
		// A chain ends at -1; a point that is not a number has no cell (undefined) to walk.
		for (let i = this.first[cell]; i !== undefined && i !== -1; i = this.next[i]) {
			if (this.next[i] === index) {
				this.next[i] = this.next[index]!;
				return;
			}
		}
	}

	#cell(x: number, y: number) {
		return this.row(y) * this.columns + this.column(x);
	}
}

/**
 * A mark radius that lets `count` marks fit in the plot without spirals swallowing it: large
 * and easy to point at for a workshop's few dozen, smaller for thousands.
 */
export function markRadius(count: number, plotWidth: number, plotHeight: number): number {
	const area = Math.max(1, plotWidth * plotHeight);
	const fit = Math.sqrt((area * 0.25) / (Math.max(1, count) * Math.PI));
	return Math.max(2, Math.min(9, fit));
}
