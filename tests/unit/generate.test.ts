import { describe, expect, it } from 'vitest';
import { generateJourney } from '$lib/domain/generate';
import { journeyDocument } from '$lib/domain/schema';

describe('the big-journey generator', () => {
	it('makes a valid map with the asked numbers of frustrations and touch points', () => {
		const doc = generateJourney({ frustrations: 500, touchPoints: 50 });
		expect(journeyDocument.safeParse(doc).success).toBe(true);
		expect(doc.frustrations).toHaveLength(500);
		expect(doc.touchPoints).toHaveLength(50);
		expect(new Set(doc.touchPoints.map((t) => t.stageId)).size).toBe(3);
		expect(doc.segments.length).toBeGreaterThan(0);
		expect(doc.frustrations.some((f) => f.ratings.length > 0)).toBe(true);
	});

	it('gives the same map for the same seed, and another for another seed', () => {
		const a = generateJourney({ frustrations: 50, touchPoints: 12, seed: 7 });
		expect(generateJourney({ frustrations: 50, touchPoints: 12, seed: 7 })).toEqual(a);
		expect(generateJourney({ frustrations: 50, touchPoints: 12, seed: 8 })).not.toEqual(a);
	});

	it('spreads ratings over the whole scale', () => {
		const doc = generateJourney({ frustrations: 500, touchPoints: 50 });
		expect(new Set(doc.frustrations.map((f) => f.severity))).toEqual(new Set([1, 2, 3, 4, 5]));
	});
});
