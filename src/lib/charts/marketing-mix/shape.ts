/**
 * Marketing mix by segment: the emphasis (1..5) each segment's mix puts on product, price,
 * promotion and place, as grouped bars or as a radar, with each mix's text alongside.
 */
import { bySiblingOrder } from '$lib/domain/document-order';
import { mixElementName, type MixElementName, type Segment } from '$lib/domain/schema';

export const mixElements = mixElementName.options;

export interface MixValue {
	segmentId: string;
	segmentIndex: number;
	segmentName: string;
	element: MixElementName;
	emphasis: number;
	text: string;
}

export interface MixSeries {
	segment: Segment;
	index: number;
	values: MixValue[];
}

/** Segments in their order, each with its four mix elements in the canonical order. */
export function mixSeries(segments: readonly Segment[]): MixSeries[] {
	return [...segments].sort(bySiblingOrder).map((segment, index) => ({
		segment,
		index,
		values: mixElements.map((element) => ({
			segmentId: segment.id,
			segmentIndex: index,
			segmentName: segment.name,
			element,
			emphasis: segment.marketingMix[element].emphasis,
			text: segment.marketingMix[element].text
		}))
	}));
}

/**
 * A radar's corner for each element: element i at angle 2πi/n from the top, clockwise, at a
 * distance proportional to its emphasis (0 at the centre, 5 at `radius`).
 */
export function radarPoints(values: readonly MixValue[], radius: number): [number, number][] {
	const n = values.length;
	return values.map((v, i) => {
		const angle = (2 * Math.PI * i) / n;
		const r = (radius * v.emphasis) / 5;
		return [r * Math.sin(angle), -r * Math.cos(angle)];
	});
}

/** Where the segments differ most: the element with the widest spread of emphasis. */
export function widestDifference(series: readonly MixSeries[]): MixElementName | null {
	if (series.length < 2) return null;
	let best: MixElementName | null = null;
	let widest = 0;
	for (const element of mixElements) {
		const values = series.map((s) => s.values.find((v) => v.element === element)!.emphasis);
		const spread = Math.max(...values) - Math.min(...values);
		if (spread > widest) {
			widest = spread;
			best = element;
		}
	}
	return best;
}
