import { describe, expect, it } from 'vitest';
import { mixSeries, radarPoints, widestDifference } from '$lib/charts/marketing-mix/shape';
import { airlineJourney } from '../fixtures';

describe('marketing mix by segment', () => {
	const segments = airlineJourney().segments;

	it('gives each segment its four mix elements in order, with emphasis and text', () => {
		const series = mixSeries(segments);
		expect(series).toHaveLength(3);
		for (const s of series) {
			expect(s.values.map((v) => v.element)).toEqual(['product', 'price', 'promotion', 'place']);
			for (const v of s.values) {
				expect(v.emphasis).toBe(s.segment.marketingMix[v.element].emphasis);
				expect(v.text).toBe(s.segment.marketingMix[v.element].text);
			}
		}
	});

	it('keeps the segments in their order', () => {
		const reversed = [...segments].reverse();
		expect(mixSeries(reversed).map((s) => s.segment.id)).toEqual(
			[...segments].sort((a, b) => a.order - b.order).map((s) => s.id)
		);
	});

	it('puts a radar corner at the top for the first element, out to its emphasis', () => {
		const [series] = mixSeries(segments);
		const values = series!.values.map((v, i) => ({ ...v, emphasis: i === 0 ? 5 : 0 }));
		const [top, right] = radarPoints(values, 100);
		expect(top![0]).toBeCloseTo(0);
		expect(top![1]).toBeCloseTo(-100);
		expect(right![0]).toBeCloseTo(0);
	});

	it('names the element where the segments differ most', () => {
		const series = mixSeries(segments).map((s, i) => ({
			...s,
			values: s.values.map((v) => ({ ...v, emphasis: v.element === 'price' ? 1 + i * 2 : 3 }))
		}));
		expect(widestDifference(series)).toBe('price');
		expect(widestDifference(series.slice(0, 1))).toBeNull();
	});
});
