import { describe, expect, it } from 'vitest';
import { frustrationsByTouchPoint } from '$lib/domain/frustration-groups';
import type { Frustration } from '$lib/domain/schema';
import { airlineJourney } from './fixtures';

/** The grouping worked out from nothing, to compare a patched one with. */
function fresh(frustrations: readonly Frustration[]) {
	const groups = new Map<string, Frustration[]>();
	for (const f of frustrations)
		groups.set(f.touchPointId, [...(groups.get(f.touchPointId) ?? []), f]);
	for (const group of groups.values()) group.sort((a, b) => a.order - b.order);
	return groups;
}

const plain = (groups: ReadonlyMap<string, readonly Frustration[]>) =>
	Object.fromEntries([...groups].map(([id, group]) => [id, group.map((f) => f.id + f.text)]));

describe('frustrations grouped by touch point across edits', () => {
	const list = airlineJourney().frustrations;

	it('groups in order, and hands back the same grouping for the same list', () => {
		const groups = frustrationsByTouchPoint(list);
		expect(plain(groups)).toEqual(plain(fresh(list)));
		expect(frustrationsByTouchPoint(list)).toBe(groups);
	});

	it('patches an edit in place: the edited group changes, every other keeps its array', () => {
		const before = frustrationsByTouchPoint(list);
		const edited = list.map((f, i) => (i === 3 ? { ...f, text: 'Edited text' } : f));
		const after = frustrationsByTouchPoint(edited);
		expect(plain(after)).toEqual(plain(fresh(edited)));
		const touched = edited[3]!.touchPointId;
		for (const [id, group] of after) {
			if (id === touched) expect(group).not.toBe(before.get(id));
			else expect(group).toBe(before.get(id));
		}
		expect(after.get(touched)).toContain(edited[3]);
	});

	it('regroups when a frustration moves, is added or removed, or is reordered', () => {
		const other = list.find((f) => f.touchPointId !== list[0]!.touchPointId)!;
		const cases = [
			list.map((f, i) => (i === 0 ? { ...f, touchPointId: other.touchPointId } : f)),
			[...list, { ...list[0]!, id: '00000000-0000-4000-8000-0000000000aa', text: 'New' }],
			list.slice(1),
			list.map((f, i) => (i === 0 ? { ...f, order: 999 } : f))
		];
		for (const next of cases) {
			frustrationsByTouchPoint(list);
			expect(plain(frustrationsByTouchPoint(next))).toEqual(plain(fresh(next)));
		}
	});

	it('patches several edits in a row the same as grouping each afresh', () => {
		let current = list;
		frustrationsByTouchPoint(current);
		for (const i of [0, 5, 0, list.length - 1]) {
			current = current.map((f, k) =>
				k === i ? { ...f, severity: ((f.severity ?? 0) % 5) + 1 } : f
			);
			const groups = frustrationsByTouchPoint(current);
			expect(groups.get(current[i]!.touchPointId)).toContain(current[i]);
			expect(plain(groups)).toEqual(plain(fresh(current)));
		}
	});
});
