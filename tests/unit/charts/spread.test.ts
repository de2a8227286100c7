import { describe, expect, it } from 'vitest';
import { MarkSpread, markRadius, spreadMarks } from '$lib/charts/spread';

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	Math.hypot(a.x - b.x, a.y - b.y);

function minimumGap(points: { x: number; y: number }[]) {
	let min = Infinity;
	for (let i = 0; i < points.length; i++)
		for (let j = i + 1; j < points.length; j++)
			min = Math.min(min, distance(points[i]!, points[j]!));
	return min;
}

describe('spreading marks apart', () => {
	it('leaves a lone mark on its spot', () => {
		expect(spreadMarks([{ x: 10, y: 20 }], 5)).toEqual([{ x: 10, y: 20 }]);
	});

	it('keeps marks that share a spot apart, so each stays visible and countable', () => {
		const spread = spreadMarks(
			Array.from({ length: 40 }, () => ({ x: 100, y: 100 })),
			5
		);
		expect(spread).toHaveLength(40);
		expect(minimumGap(spread)).toBeGreaterThanOrEqual(2 * 5 + 1 - 1e-6);
	});

	it('keeps the first (most important) mark on its true spot and the rest close by', () => {
		const spread = spreadMarks(
			Array.from({ length: 12 }, () => ({ x: 0, y: 0 })),
			4
		);
		expect(spread[0]).toEqual({ x: 0, y: 0 });
		for (const p of spread) expect(distance(p, { x: 0, y: 0 })).toBeLessThan(40);
	});

	it('does not move marks that are already apart', () => {
		const targets = [
			{ x: 0, y: 0 },
			{ x: 50, y: 0 },
			{ x: 0, y: 50 }
		];
		expect(spreadMarks(targets, 5)).toEqual(targets);
	});

	it('separates marks at nearby but different spots too', () => {
		const spread = spreadMarks(
			[
				{ x: 0, y: 0 },
				{ x: 2, y: 1 },
				{ x: 3, y: -1 }
			],
			5
		);
		expect(minimumGap(spread)).toBeGreaterThanOrEqual(11 - 1e-6);
	});

	it('places 5,000 marks apart', () => {
		const targets = Array.from({ length: 5000 }, (_, i) => ({
			x: ((i % 5) + 1) * 100,
			y: ((Math.floor(i / 5) % 5) + 1) * 100
		}));
		const spread = spreadMarks(targets, 2);
		const buckets = new Map<string, { x: number; y: number }[]>();
		for (const p of spread) {
			const key = `${Math.floor(p.x / 5)},${Math.floor(p.y / 5)}`;
			buckets.set(key, [...(buckets.get(key) ?? []), p]);
		}
		for (const p of spread) {
			for (let dx = -1; dx <= 1; dx++)
				for (let dy = -1; dy <= 1; dy++)
					for (const q of buckets.get(`${Math.floor(p.x / 5) + dx},${Math.floor(p.y / 5) + dy}`) ??
						[])
						if (q !== p) expect(distance(p, q)).toBeGreaterThanOrEqual(5 - 1e-6);
		}
	});

	it('moves one mark to a free spot around its new target, leaving the others where they were', () => {
		const spread = new MarkSpread(
			[...Array.from({ length: 30 }, () => ({ x: 0, y: 0 })), { x: 200, y: 0 }],
			5
		);
		const before = [...spread.points];
		const moved = spread.move(31 - 1, { x: 0, y: 0 });
		expect(spread.points[30]).toBe(moved);
		expect(spread.points.slice(0, 30)).toEqual(before.slice(0, 30));
		expect(minimumGap(spread.points)).toBeGreaterThanOrEqual(11 - 1e-6);
		expect(distance(moved, { x: 0, y: 0 })).toBeLessThan(60);
	});

	it('frees the spot a moved mark leaves, for the next mark that comes', () => {
		const spread = new MarkSpread(
			Array.from({ length: 10 }, () => ({ x: 0, y: 0 })),
			5
		);
		const first = spread.points[0]!;
		spread.move(0, { x: 300, y: 300 });
		expect(spread.points[0]).toEqual({ x: 300, y: 300 });
		// The true spot is free again: the next mark aimed at it lands on it.
		expect(spread.move(9, { x: 0, y: 0 })).toEqual(first);
		expect(minimumGap(spread.points)).toBeGreaterThanOrEqual(11 - 1e-6);
	});

	it('shrinks marks as they grow in number, within readable limits', () => {
		expect(markRadius(20, 600, 400)).toBe(9);
		expect(markRadius(5000, 600, 400)).toBeLessThan(markRadius(500, 600, 400));
		expect(markRadius(1_000_000, 600, 400)).toBe(2);
	});
});
