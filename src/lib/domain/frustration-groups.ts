/**
 * The frustrations of each touch point, in their order, for laying out a map. Grouping 5,000
 * frustrations again on every keystroke costs more than a frame, while an edit replaces a
 * frustration or two in place: so the last grouping is kept, and when the new list differs
 * from it only by a few frustrations that stay at their touch point and place, it is patched
 * (the untouched touch points keep their very arrays, which lets the layout keep their views).
 * Anything else (an added, removed or moved frustration, a reorder) groups from scratch.
 */
import { bySiblingOrder } from './document-order';
import { changedPlaces } from './edits/changed-places';
import type { Frustration } from './schema';

/** More changed frustrations than this, and grouping afresh is as quick as patching. */
const PATCH_LIMIT = 32;

let last: { frustrations: readonly Frustration[]; groups: Map<string, Frustration[]> } | undefined;

export function frustrationsByTouchPoint(
	frustrations: readonly Frustration[]
): ReadonlyMap<string, readonly Frustration[]> {
	const groups = (last && patched(last, frustrations)) ?? grouped(frustrations);
	last = { frustrations, groups };
	return groups;
}

function grouped(frustrations: readonly Frustration[]): Map<string, Frustration[]> {
	const groups = new Map<string, Frustration[]>();
	for (const f of frustrations) {
		const group = groups.get(f.touchPointId);
		if (group) group.push(f);
		else groups.set(f.touchPointId, [f]);
	}
	for (const group of groups.values()) group.sort(bySiblingOrder);
	return groups;
}

function patched(
	previous: NonNullable<typeof last>,
	next: readonly Frustration[]
): Map<string, Frustration[]> | undefined {
	if (previous.frustrations === next) return previous.groups;
	if (previous.frustrations.length !== next.length) return undefined;
	const changed = changedPlaces(previous.frustrations, next, PATCH_LIMIT);
	if (!changed) return undefined;
	for (const i of changed) {
		const before = previous.frustrations[i]!;
		const after = next[i]!;
		const inPlace =
			before.id === after.id &&
			before.touchPointId === after.touchPointId &&
			before.order === after.order;
		if (!inPlace) return undefined;
	}
	const groups = new Map(previous.groups);
	for (const i of changed) {
		const before = previous.frustrations[i]!;
		const group = [...groups.get(before.touchPointId)!];
		group[group.indexOf(before)] = next[i]!;
		groups.set(before.touchPointId, group);
	}
	return groups;
}
