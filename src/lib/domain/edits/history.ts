/**
 * Undo and redo as a pure value: two stacks of edits. Kept per journey, in memory.
 */
import { invert, type Edit } from './change';

export const HISTORY_LIMIT = 200;

export interface History {
	past: Edit[];
	future: Edit[];
	/** When the last edit was recorded, for coalescing typing. */
	lastAt: number;
}

export const emptyHistory: History = { past: [], future: [], lastAt: 0 };

/** How long pauses in typing may be and still count as one undo step. */
const COALESCE_MS = 1500;

/** Whether `edit` continues the last undo step (typing on in one field) rather than starting one. */
export function continuesLast(history: History, edit: Edit, now: number): boolean {
	const last = history.past.at(-1);
	return (
		!!last &&
		!!edit.coalesceKey &&
		last.coalesceKey === edit.coalesceKey &&
		now - history.lastAt < COALESCE_MS
	);
}

export function record(history: History, edit: Edit, now: number): History {
	const last = history.past.at(-1);
	if (last && continuesLast(history, edit, now)) {
		const merged: Edit = { ...last, changes: mergeChanges(last, edit) };
		return { past: [...history.past.slice(0, -1), merged], future: [], lastAt: now };
	}
	const past = [...history.past, edit].slice(-HISTORY_LIMIT);
	return { past, future: [], lastAt: now };
}

/** Keeps each record's first `before` and last `after`, so undo restores the start. */
function mergeChanges(first: Edit, second: Edit) {
	const merged = [...first.changes];
	for (const change of second.changes) {
		const id = (change.after ?? change.before)!.id;
		const at = merged.findIndex(
			(c) => c.collection === change.collection && (c.after ?? c.before)!.id === id
		);
		if (at === -1) merged.push(change);
		else merged[at] = { ...merged[at]!, after: change.after } as (typeof merged)[number];
	}
	return merged;
}

/** The edit to apply to undo, and the history after it; undefined when there is nothing. */
export function undo(history: History): { edit: Edit; history: History } | undefined {
	const last = history.past.at(-1);
	if (!last) return undefined;
	return {
		edit: invert(last),
		history: { past: history.past.slice(0, -1), future: [...history.future, last], lastAt: 0 }
	};
}

export function redo(history: History): { edit: Edit; history: History } | undefined {
	const next = history.future.at(-1);
	if (!next) return undefined;
	return {
		edit: next,
		history: { past: [...history.past, next], future: history.future.slice(0, -1), lastAt: 0 }
	};
}
