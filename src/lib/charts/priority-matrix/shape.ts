/**
 * Priority matrix: frequency (x) against severity (y), both 1..5, with the priority bands
 * shaded as the regions where frequency × severity crosses each band's threshold. Marks sit
 * at a frustration's (mean) ratings, spread apart where they coincide: laid out afresh, the
 * highest priority is placed first, nearest its true spot; a mark moved by an edit takes the
 * nearest free spot (`MatrixLayout` in layout.ts).
 */
import { scaleLinear } from 'd3-scale';
import { bands, priorityBand, type Band } from '$lib/domain/scoring';

/** Half a step beyond the scale on each side, so marks at 1 and 5 are not cut by the frame. */
export const RATING_DOMAIN: [number, number] = [0.5, 5.5];

export interface PlotBox {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

export function ratingScales(box: PlotBox) {
	return {
		x: scaleLinear().domain(RATING_DOMAIN).range([box.left, box.right]),
		y: scaleLinear().domain(RATING_DOMAIN).range([box.bottom, box.top])
	};
}

/** The ratings under a point of the plot: the nearest whole step of each scale, kept on it. */
export function ratingsAt(point: { x: number; y: number }, box: PlotBox) {
	const { x, y } = ratingScales(box);
	const step = (value: number) => Math.max(1, Math.min(5, Math.round(value)));
	return { frequency: step(x.invert(point.x)), severity: step(y.invert(point.y)) };
}

export interface BandArea {
	band: Band;
	/** [frequency, lowest severity, highest severity] along the frequency axis. */
	points: [number, number, number][];
}

/** Lower score thresholds of each band, from docs/domain.md via `priorityBand`. */
const thresholds: Record<Band, [number, number]> = {
	critical: [15, Infinity],
	high: [10, 15],
	medium: [5, 10],
	low: [-Infinity, 5]
};

/**
 * The region of each band in rating space: between the curves severity = threshold /
 * frequency. Sampled finely so the drawn curve is smooth at any chart size.
 */
export function bandAreas(samples = 64): BandArea[] {
	const [min, max] = RATING_DOMAIN;
	const clamp = (v: number) => Math.max(min, Math.min(max, v));
	return bands.map((band) => {
		const [low, high] = thresholds[band];
		const points: [number, number, number][] = [];
		for (let i = 0; i <= samples; i++) {
			const f = min + ((max - min) * i) / samples;
			points.push([f, clamp(low / f), clamp(high / f)]);
		}
		return { band, points };
	});
}

// The thresholds above must agree with the domain's banding; this fails loudly at import if not.
for (const band of bands) {
	const [low] = thresholds[band];
	if (Number.isFinite(low) && priorityBand(low) !== band) {
		throw new Error(`band thresholds disagree with priorityBand for ${band}`);
	}
}
