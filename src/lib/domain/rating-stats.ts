/**
 * What a workshop's ratings of one frustration add up to, measure by measure: the mean
 * (labelled by the five equal intervals of docs/domain.md), the spread and how many rated.
 */
import type { Frustration } from './schema';
import { meanInterval, meanOf } from './scoring';

export const measures = ['frequency', 'severity'] as const;
export type Measure = (typeof measures)[number];

export interface RatingStats {
	mean: number;
	/** The interval of the mean, 1..5, which names its label (never … always, cosmetic … critical). */
	interval: 1 | 2 | 3 | 4 | 5;
	min: number;
	max: number;
	count: number;
}

/** Undefined when nobody gave a rating. */
export function ratingStats(values: readonly number[]): RatingStats | undefined {
	const mean = meanOf(values);
	if (mean === undefined) return undefined;
	return {
		mean,
		interval: meanInterval(mean),
		min: Math.min(...values),
		max: Math.max(...values),
		count: values.length
	};
}

export type FrustrationStats = Record<Measure, RatingStats | undefined>;

export function frustrationStats(frustration: Pick<Frustration, 'ratings'>): FrustrationStats {
	const of = (measure: Measure) =>
		ratingStats(frustration.ratings.flatMap((r) => (r[measure] === null ? [] : [r[measure]])));
	return { frequency: of('frequency'), severity: of('severity') };
}
