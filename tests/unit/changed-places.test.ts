import { describe, expect, it } from 'vitest';
import { applyChanges, type Change } from '$lib/domain/edits/change';
import { changedPlaces, markReplaced } from '$lib/domain/edits/changed-places';
import { airlineJourney } from './fixtures';

const doc = airlineJourney();
const [first, second, third] = doc.frustrations;
const edit = (...items: (typeof doc.frustrations)[number][]): Change[] =>
	items.map((f) => ({ collection: 'frustrations', before: f, after: { ...f, severity: 5 } }));

describe('the places an edit changed in a list', () => {
	it('are known from the edit, without comparing every item', () => {
		const after = applyChanges(doc, edit(third!, first!)).frustrations;
		// A list that only looks like `after` is compared item by item, and gives the same answer.
		expect(changedPlaces(doc.frustrations, after, 32)).toEqual([0, 2]);
		expect(changedPlaces(doc.frustrations, [...after], 32)).toEqual([0, 2]);
	});

	it('are said by applyChanges, which an item-by-item look would not match here', () => {
		const before = [...doc.frustrations];
		const after = applyChanges({ ...doc, frustrations: before }, edit(first!)).frustrations;
		// Changed behind the edit's back: only a comparison would see place 5.
		before[5] = third!;
		expect(changedPlaces(before, after, 32)).toEqual([0]);
		expect(changedPlaces(before, [...after], 32)).toEqual([0, 5]);
	});

	it('are taken from the edit as it said them, not looked for', () => {
		const before = ['a', 'b', 'c'];
		const after = ['x', 'y', 'c'];
		markReplaced(after, before, [1]);
		expect(changedPlaces(before, after, 32)).toEqual([1]);
		expect(changedPlaces(before, [...after], 32)).toEqual([0, 1]);
	});

	it('are compared item by item against any list but the one the edit was made on', () => {
		const once = applyChanges(doc, edit(first!));
		const twice = applyChanges(once, edit(second!));
		expect(changedPlaces(doc.frustrations, twice.frustrations, 32)).toEqual([0, 1]);
	});

	it('are unknown past the limit, whichever way they are found', () => {
		const after = applyChanges(doc, edit(first!, second!, third!)).frustrations;
		expect(changedPlaces(doc.frustrations, after, 2)).toBeUndefined();
		expect(changedPlaces(doc.frustrations, [...after], 2)).toBeUndefined();
	});

	it('are not claimed for a list that grew or shrank: that is no edit in place', () => {
		const removal: Change[] = [{ collection: 'frustrations', before: first!, after: null }];
		const shorter = applyChanges(doc, removal).frustrations;
		expect(shorter).toHaveLength(doc.frustrations.length - 1);
		// Compared item by item: everything after the removed one moved up.
		expect(changedPlaces(doc.frustrations, shorter, 1000)?.[0]).toBe(0);
	});
});
