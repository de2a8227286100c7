import { describe, expect, it } from 'vitest';
import { ratingsAt, ratingScales } from '$lib/charts/priority-matrix/shape';
import { findItem } from '$lib/domain/edits/operations';
import { addParticipant, setRating } from '$lib/domain/edits/participants';
import { rerate } from '$lib/domain/edits/rerate';
import { applyAndCheck } from './edit-check';
import { airlineJourney } from './fixtures';

const ANA = '99999999-0000-4000-8000-00000000000a';

describe('re-rating a frustration from the priority matrix', () => {
	it('sets both ratings in one undo step named "rate", kept on the 1..5 scales', () => {
		const doc = airlineJourney();
		const target = doc.frustrations[0]!;
		const result = rerate(doc, target.id, { frequency: 7, severity: 0.4 });
		expect(result.kind).toBe('edit');
		if (result.kind !== 'edit') return;
		expect(result.edit.label).toBe('rate');
		expect(result.edit.coalesceKey).toBeUndefined();
		expect(result.to).toEqual({ frequency: 5, severity: 1 });
		const after = applyAndCheck(doc, result.edit);
		expect(findItem(after, 'frustrations', target.id)).toMatchObject({
			frequency: 5,
			severity: 1,
			text: target.text
		});
		// Only that frustration is written.
		expect(result.edit.changes).toHaveLength(1);
	});

	it('changes nothing when the ratings stay the same, or the frustration is gone', () => {
		const doc = airlineJourney();
		const { id, frequency, severity } = doc.frustrations[0]!;
		expect(rerate(doc, id, { frequency: frequency!, severity: severity! }).kind).toBe('unchanged');
		expect(rerate(doc, 'no-such-id', { frequency: 1, severity: 1 }).kind).toBe('missing');
	});

	it('refuses a frustration rated in a workshop: its place is the mean of those ratings', () => {
		let doc = airlineJourney();
		doc = applyAndCheck(doc, addParticipant(doc, 'Ana', ANA));
		const target = doc.frustrations[0]!;
		doc = applyAndCheck(doc, setRating(doc, target.id, ANA, 'severity', 2));
		const result = rerate(doc, target.id, { frequency: 1, severity: 1 });
		expect(result).toMatchObject({ kind: 'rated in workshop', raters: 1 });
	});
});

describe('the ratings under a point of the matrix', () => {
	const box = { left: 40, right: 540, top: 10, bottom: 410 };
	const { x, y } = ratingScales(box);

	it('are the nearest whole steps, whichever way the point is off', () => {
		expect(ratingsAt({ x: x(4), y: y(2) }, box)).toEqual({ frequency: 4, severity: 2 });
		expect(ratingsAt({ x: x(3.4), y: y(4.6) }, box)).toEqual({ frequency: 3, severity: 5 });
	});

	it('stay on the scales when the point is dropped beyond the plot', () => {
		expect(ratingsAt({ x: -500, y: 5000 }, box)).toEqual({ frequency: 1, severity: 1 });
		expect(ratingsAt({ x: 5000, y: -500 }, box)).toEqual({ frequency: 5, severity: 5 });
	});
});
