import { describe, expect, it } from 'vitest';
import { frustrationStats, ratingStats } from '$lib/domain/rating-stats';
import {
	effectiveRatings,
	formatMean,
	formatScore,
	frequencyLabel,
	frequencyLevels,
	severityLabel,
	severityLevels
} from '$lib/domain/scoring';

const PARTICIPANT = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** A frustration rated 3 × 3 on its own, with the given participants' ratings. */
function rated(...ratings: [number | null, number | null][]) {
	return {
		frequency: 3,
		severity: 3,
		ratings: ratings.map(([frequency, severity], i) => ({
			participantId: PARTICIPANT(i + 1),
			frequency,
			severity
		}))
	};
}

describe('the statistics of one measure', () => {
	it('gives the mean, its interval, the spread and the count', () => {
		expect(ratingStats([4, 3, 5])).toEqual({ mean: 4, interval: 4, min: 3, max: 5, count: 3 });
	});

	it('is undefined when nobody rated', () => {
		expect(ratingStats([])).toBeUndefined();
	});

	// The worked values of docs/domain.md, each reached by five participants' ratings.
	it.each([
		[[5, 5, 5, 5, 4], '4.80', 'always', 'critical'],
		[[4, 4, 4, 4, 4], '4.00', 'often', 'major'],
		[[4, 4, 5, 4, 4], '4.20', 'often', 'major'],
		[[4, 4, 4, 3, 4], '3.80', 'often', 'major'],
		[[3, 3, 3, 2, 3], '2.80', 'sometimes', 'moderate'],
		[[5, 5, 5, 5, 5], '5.00', 'always', 'critical'],
		[[4, 4, 3, 4, 3], '3.60', 'often', 'major']
	])('rates %j as a mean of %s: %s (severity: %s)', (values, shown, frequency, severity) => {
		const stats = ratingStats(values)!;
		expect(formatMean(stats.mean)).toBe(shown);
		expect(frequencyLevels[stats.interval - 1]).toBe(frequency);
		expect(severityLevels[stats.interval - 1]).toBe(severity);
	});

	// Boundaries are inclusive upward: x.x0 closes an interval, x.x1 opens the next.
	it.each([
		[1.8, 'never', 'cosmetic'],
		[1.81, 'rarely', 'minor'],
		[2.6, 'rarely', 'minor'],
		[2.61, 'sometimes', 'moderate'],
		[3.4, 'sometimes', 'moderate'],
		[3.41, 'often', 'major'],
		[4.2, 'often', 'major'],
		[4.21, 'always', 'critical']
	])('labels a mean of %d as %s and %s', (mean, frequency, severity) => {
		expect(frequencyLabel(mean)).toBe(frequency);
		expect(severityLabel(mean)).toBe(severity);
	});

	it('reaches the boundary means from real ratings the way the table says', () => {
		// Five raters: 9/5 = 1.80, 13/5 = 2.60, 17/5 = 3.40 and 21/5 = 4.20 each close an interval.
		expect(frequencyLabel(ratingStats([2, 2, 2, 2, 1])!.mean)).toBe('never');
		expect(frequencyLabel(ratingStats([3, 3, 3, 2, 2])!.mean)).toBe('rarely');
		expect(frequencyLabel(ratingStats([4, 4, 3, 3, 3])!.mean)).toBe('sometimes');
		expect(frequencyLabel(ratingStats([5, 4, 4, 4, 4])!.mean)).toBe('often');
		// A hundred raters can land just past one: 181/100 = 1.81.
		const justPast = [...Array(81).fill(2), ...Array(19).fill(1)];
		expect(formatMean(ratingStats(justPast)!.mean)).toBe('1.81');
		expect(frequencyLabel(ratingStats(justPast)!.mean)).toBe('rarely');
	});

	it('takes each measure from the ratings that have it', () => {
		const stats = frustrationStats(rated([4, null], [2, 5], [null, 3]));
		expect(stats.frequency).toEqual({ mean: 3, interval: 3, min: 2, max: 4, count: 2 });
		expect(stats.severity).toEqual({ mean: 4, interval: 4, min: 3, max: 5, count: 2 });
	});
});

describe('the ratings that count for a frustration', () => {
	it('are its own single rating when no participant rated it', () => {
		expect(effectiveRatings(rated())).toEqual({ frequency: 3, severity: 3, count: 0, score: 9 });
	});

	it('are the participants’ means when there are any', () => {
		const ratings = effectiveRatings(rated([4, 5], [3, 4], [5, 5]))!;
		expect(ratings.frequency).toBe(4);
		expect(formatMean(ratings.severity)).toBe('4.67');
		expect(ratings.count).toBe(3);
		// 4 × 4.666… = 18.67, shown to one decimal.
		expect(ratings.score).toBe(18.7);
		expect(formatScore(ratings.score)).toBe('18.7');
	});

	it('fall back to the own rating measure by measure', () => {
		const ratings = effectiveRatings(rated([5, null], [4, null]));
		expect(ratings).toEqual({ frequency: 4.5, severity: 3, count: 2, score: 13.5 });
	});

	it('are none while a measure has neither its own rating nor a participant’s', () => {
		const own = (frequency: number | null, severity: number | null) => ({
			frequency,
			severity,
			ratings: []
		});
		expect(effectiveRatings(own(null, null))).toBeNull();
		expect(effectiveRatings(own(4, null))).toBeNull();
		expect(effectiveRatings(own(null, 2))).toBeNull();
	});

	it('are the participants’ where the frustration has none of its own', () => {
		const ratings = [{ frequency: 4, severity: null }];
		expect(effectiveRatings({ frequency: null, severity: null, ratings })).toBeNull();
		expect(effectiveRatings({ frequency: null, severity: 5, ratings })).toEqual({
			frequency: 4,
			severity: 5,
			count: 1,
			score: 20
		});
	});

	it('show whole scores without decimals', () => {
		expect(formatScore(20)).toBe('20');
		expect(formatScore(3)).toBe('3');
		expect(formatScore(13.5)).toBe('13.5');
	});
});
