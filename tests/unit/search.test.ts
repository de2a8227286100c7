import { describe, expect, it } from 'vitest';
import { mapLayout, textMatcher } from '$lib/domain/map-layout';
import { airlineJourney } from './fixtures';

describe('searching frustrations', () => {
	it('ignores accents on either side, however they are encoded', () => {
		const matches = textMatcher('cafe')!;
		expect(matches('Le Café du coin')).toBe(true);
		expect(textMatcher('Café')!('the cafe was shut')).toBe(true);
		// "é" as one code point in the query, as "e" plus a combining accent in the text.
		expect(textMatcher('caf\u00e9')!('cafe\u0301 noir')).toBe(true);
		expect(textMatcher('naïve')!('NAIVE pricing')).toBe(true);
		expect(matches('a coffee shop')).toBe(false);
	});

	it('ignores case and the spaces around the words', () => {
		expect(textMatcher('  BAGGAGE ')!('delayed baggage')).toBe(true);
	});

	it('searches nothing for a blank query', () => {
		expect(textMatcher('')).toBeUndefined();
		expect(textMatcher('  ')).toBeUndefined();
	});

	it('keeps only matching frustrations and the touch points that still have some', () => {
		const doc = airlineJourney();
		doc.frustrations[0]!.text = 'The résumé upload fails';
		const stages = mapLayout(doc, textMatcher('RESUME'));
		expect(stages).toHaveLength(doc.stages.length);
		const found = stages.flatMap((s) =>
			s.touchPoints.flatMap((t) => t.frustrations.map((f) => f.frustration.id))
		);
		expect(found).toEqual([doc.frustrations[0]!.id]);
		const touchPoints = stages.flatMap((s) => s.touchPoints.map((t) => t.touchPoint.id));
		expect(touchPoints).toEqual([doc.frustrations[0]!.touchPointId]);
	});
});
