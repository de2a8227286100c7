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

export function spreadMarks(targets: readonly Point[], radius: number, gap = 1): Point[] {
	const spacing = 2 * radius + gap;
	const minDistance2 = spacing * spacing - 1e-9;
	// Numeric bucket keys: building a string per lookup was most of the cost at 5,000 marks.
	const buckets = new Map<number, Point[]>();
	const key = (bx: number, by: number) => bx * 1_048_576 + by;
	const resume = new Map<string, number>();

	function free(x: number, y: number): boolean {
		const bx = Math.floor(x / spacing);
		const by = Math.floor(y / spacing);
		for (let dx = -1; dx <= 1; dx++) {
			for (let dy = -1; dy <= 1; dy++) {
				const bucket = buckets.get(key(bx + dx, by + dy));
				if (!bucket) continue;
				for (const p of bucket) {
					const ex = p.x - x;
					const ey = p.y - y;
					if (ex * ex + ey * ey < minDistance2) return false;
				}
			}
		}
		return true;
	}

	return targets.map((target) => {
		let placed: Point = { x: target.x, y: target.y };
		// Targets within a mark of each other share a spiral: the turns one filled are full for both.
		const spot = `${Math.round(target.x / spacing)},${Math.round(target.y / spacing)}`;
		const start = resume.get(spot) ?? 0;
		for (let k = start; k < start + MAX_TRIES; k++) {
			const distance = spacing * 0.5 * Math.sqrt(k);
			const x = target.x + distance * Math.cos(k * GOLDEN_ANGLE);
			const y = target.y + distance * Math.sin(k * GOLDEN_ANGLE);
			if (free(x, y)) {
				placed = { x, y };
				resume.set(spot, k + 1);
				break;
			}
		}
		const bucketKey = key(Math.floor(placed.x / spacing), Math.floor(placed.y / spacing));
		const bucket = buckets.get(bucketKey);
		if (bucket) bucket.push(placed);
		else buckets.set(bucketKey, [placed]);
		return placed;
	});
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
