import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CardGroups, type CardGroup } from '$lib/components/map/card-groups';

const SIZE = 4;
const made = () => new CardGroups<string>(SIZE, (id) => id);
const ids = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `c${from + i}`);
const keyOf = (groups: CardGroup<string>[]) =>
	new Map(groups.flatMap((g) => g.cards.map((id) => [id, g.key] as const)));

/** The groups hold every card once, in the column's order, each starting where it says. */
function expectPartition(groups: CardGroup<string>[], column: string[]) {
	expect(groups.flatMap((g) => g.cards)).toEqual(column);
	let start = 0;
	for (const group of groups) {
		expect(group.start).toBe(start);
		expect(group.cards.length).toBeGreaterThan(0);
		start += group.cards.length;
	}
	expect(new Set(groups.map((g) => g.key)).size).toBe(groups.length);
}

/** One edit of a column: a card added, removed or moved. */
const edit = fc.oneof(
	fc.record({ kind: fc.constant('add' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('remove' as const), at: fc.nat() }),
	fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat() })
);

describe('cards in groups', () => {
	it('fills groups of the given size in order, the last one with the rest', () => {
		const groups = made().of(ids(10));
		expect(groups.map((g) => g.cards)).toEqual([ids(4), ids(4, 4), ids(2, 8)]);
		expectPartition(groups, ids(10));
	});

	it('makes the first group as big as asked', () => {
		const groups = new CardGroups<string>(SIZE, (id) => id, 2).of(ids(7));
		expect(groups.map((g) => g.cards)).toEqual([ids(2), ids(4, 2), ['c6']]);
	});

	it('hands back the same group objects when their cards did not change', () => {
		const column = ids(10);
		const grouping = made();
		const before = grouping.of(column);
		const after = grouping.of([...column]);
		expect(after).toHaveLength(before.length);
		after.forEach((group, i) => expect(group).toBe(before[i]));
	});

	it('adds cards after a full last group in a new group, and into a last group with room', () => {
		const grouping = made();
		grouping.of(ids(6));
		const groups = grouping.of(ids(9));
		expect(groups.map((g) => g.cards)).toEqual([ids(4), ids(4, 4), ['c8']]);
	});

	it('keeps a card moved to the top of its own group in that group', () => {
		const grouping = made();
		const before = keyOf(grouping.of(ids(10)));
		// c5 moved above c4, the first card of the second group.
		const moved = ['c0', 'c1', 'c2', 'c3', 'c5', 'c4', 'c6', 'c7', 'c8', 'c9'];
		const after = keyOf(grouping.of(moved));
		for (const id of moved) expect(after.get(id)).toBe(before.get(id));
	});

	it('keeps every card in its group when another is added or removed, all but one when one is moved', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 30 }),
				fc.array(edit, { maxLength: 12 }),
				(n, edits) => {
					const grouping = made();
					let column = ids(n);
					let fresh = n;
					let keys = keyOf(grouping.of(column));
					for (const step of edits) {
						const next = [...column];
						let touched: string | undefined;
						if (step.kind === 'add') {
							touched = `c${fresh++}`;
							next.splice(step.at % (next.length + 1), 0, touched);
						} else if (next.length === 0) {
							continue;
						} else if (step.kind === 'remove') {
							[touched] = next.splice(step.at % next.length, 1);
						} else {
							[touched] = next.splice(step.at % next.length, 1);
							next.splice(step.to % (next.length + 1), 0, touched!);
						}
						const groups = grouping.of(next);
						expectPartition(groups, next);
						const now = keyOf(groups);
						const changed = next.filter((id) => id !== touched && now.get(id) !== keys.get(id));
						// Two neighbours swapped: either of them may be the one that moved.
						expect(changed.length).toBeLessThanOrEqual(step.kind === 'move' ? 1 : 0);
						column = next;
						keys = now;
					}
				}
			)
		);
	});
});
