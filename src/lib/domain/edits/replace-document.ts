/**
 * The edit that turns the open journey into another version of itself (a restored
 * checkpoint). Made of record changes like any edit, it is stored, announced to other tabs
 * and undone through the same path: a restore is one undo step, and the undo history
 * before it stays.
 */
import { collections, type JourneyDocument } from '../schema';
import type { Change, Edit } from './change';

/** Whether two records hold the same values; `updatedAt` alone does not make a change. */
function sameRecord(a: unknown, b: unknown, skip?: string): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
	if (Array.isArray(a) !== Array.isArray(b)) return false;
	const keysA = Object.keys(a).filter((k) => k !== skip);
	const keysB = Object.keys(b).filter((k) => k !== skip);
	if (keysA.length !== keysB.length) return false;
	const other = b as Record<string, unknown>;
	return keysA.every(
		(key) =>
			Object.hasOwn(other, key) && sameRecord((a as Record<string, unknown>)[key], other[key])
	);
}

export function replaceDocument(current: JourneyDocument, next: JourneyDocument): Edit {
	if (current.journey.id !== next.journey.id) {
		throw new Error('a journey is replaced only by a version of itself');
	}
	const changes: Change[] = [];
	if (!sameRecord(current.journey, next.journey, 'updatedAt')) {
		changes.push({ collection: 'journey', before: current.journey, after: next.journey });
	}
	for (const collection of collections) {
		const before = new Map<string, { id: string }>(current[collection].map((i) => [i.id, i]));
		for (const item of next[collection]) {
			const old = before.get(item.id);
			before.delete(item.id);
			if (old && sameRecord(old, item, 'updatedAt')) continue;
			changes.push({ collection, before: old ?? null, after: item } as Change);
		}
		for (const gone of before.values()) {
			changes.push({ collection, before: gone, after: null } as Change);
		}
	}
	return { label: 'restore version', changes };
}
