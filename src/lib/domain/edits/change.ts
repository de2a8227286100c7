/**
 * An edit is a list of record changes, each with the record before and after (null for
 * "absent"). That one shape serves storage (put or delete each record), undo (swap before
 * and after) and, later, merging and tab sync, all record by record.
 */
import { markReplaced } from './changed-places';
import { collections } from '../format';
import type { ItemOf } from '../records';
import {
	frustration,
	journey,
	participant,
	segment,
	stage,
	step,
	touchPoint,
	type Collection,
	type Journey,
	type JourneyDocument
} from '../schema';

export type ItemChange = {
	[C in Collection]: { collection: C; before: ItemOf<C> | null; after: ItemOf<C> | null };
}[Collection];
export type JourneyChange = { collection: 'journey'; before: Journey; after: Journey };
export type Change = ItemChange | JourneyChange;

export type EditLabel =
	| 'edit journey'
	| 'edit'
	| 'move'
	| 'add stage'
	| 'add step'
	| 'add touch point'
	| 'add frustration'
	| 'add segment'
	| 'remove stage'
	| 'remove step'
	| 'remove touch point'
	| 'remove frustration'
	| 'remove segment'
	| 'set emotion'
	| 'add participant'
	| 'remove participant'
	| 'clear ratings'
	| 'merge participants'
	| 'rate'
	| 'import ratings'
	| 'restore version'
	| 'put back';

export interface Edit {
	/** What the edit did, for announcements (translated by the UI). */
	label: EditLabel;
	changes: Change[];
	/** Consecutive edits with the same key (typing into one field) undo as one step. */
	coalesceKey?: string;
}

export const itemSchemas = {
	journey,
	stages: stage,
	steps: step,
	touchPoints: touchPoint,
	frustrations: frustration,
	segments: segment,
	participants: participant
} as const;

/** The edit that takes back `edit`. */
export function invert(edit: Edit): Edit {
	return {
		label: edit.label,
		changes: [...edit.changes]
			.reverse()
			.map((c) => ({ ...c, before: c.after, after: c.before }) as Change)
	};
}

/** Every record an edit writes is stamped with the time it was made. */
export function stamp(changes: Change[], now: number): Change[] {
	return changes.map((c) =>
		c.after ? ({ ...c, after: { ...c.after, updatedAt: now } } as Change) : c
	);
}

/**
 * Undone or redone changes laid onto the records as `doc` holds them now: a changed record
 * gets back only the fields the change sets, so what another tab changed in its other fields
 * since (a touch point's notes typed there while this tab ticks Public channel) is not
 * overwritten by the record as this tab once saw it.
 */
export function ontoCurrent(changes: Change[], doc: JourneyDocument): Change[] {
	let index: Map<string, unknown> | undefined;
	const shown = (collection: Collection, id: string) => {
		index ??= new Map(
			collections.flatMap((name) => doc[name].map((item) => [`${name}:${item.id}`, item]))
		);
		return index.get(`${collection}:${id}`);
	};
	return changes.flatMap((c) => {
		// Brought back already (another tab put it back): what it holds now stays.
		if (!c.before && c.after && c.collection !== 'journey' && shown(c.collection, c.after.id)) {
			return [];
		}
		if (!c.before || !c.after) return [c];
		const current = (c.collection === 'journey' ? doc.journey : shown(c.collection, c.after.id)) as
			Record<string, unknown> | undefined;
		if (!current) return [c];
		const before = c.before as Record<string, unknown>;
		const after = c.after as Record<string, unknown>;
		const merged = { ...current };
		for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
			if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
			merged[key] =
				key === 'ratings' ? ratingsOnto(current[key], before[key], after[key]) : after[key];
		}
		return [{ ...c, before: current, after: merged } as Change];
	});
}

type Rating = { participantId: string };

/**
 * A frustration's ratings with only the participants' entries the change sets: ratings given
 * since by others (a phone in a live workshop) stay when a merge or a clear is undone.
 */
function ratingsOnto(current: unknown, before: unknown, after: unknown): unknown {
	if (!Array.isArray(current) || !Array.isArray(before) || !Array.isArray(after)) return after;
	const [now, was, next] = [current as Rating[], before as Rating[], after as Rating[]];
	const entry = (list: Rating[], id: string) => list.find((r) => r.participantId === id);
	const changed = new Set(
		[...was, ...next]
			.map((r) => r.participantId)
			.filter((id) => JSON.stringify(entry(was, id)) !== JSON.stringify(entry(next, id)))
	);
	const kept = now.flatMap((r) => {
		if (!changed.has(r.participantId)) return [r];
		const set = entry(next, r.participantId);
		return set ? [set] : [];
	});
	const added = next.filter((r) => changed.has(r.participantId) && !entry(now, r.participantId));
	return [...kept, ...added];
}

/** Checks every record an edit writes against the schema; returns the first problem. */
export function firstInvalid(changes: Change[]): { change: Change; message: string } | undefined {
	for (const change of changes) {
		if (!change.after) continue;
		const result = itemSchemas[change.collection].safeParse(change.after);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			return { change, message: `${issue.path.join('.')}: ${issue.message}` };
		}
	}
	return undefined;
}

/**
 * Where each item is in `items`, which grows as items are added. A few changes scan for
 * theirs: indexing 5,000 frustrations for one changed rating cost more than the scans.
 */
function positions(items: { id: string }[], lookups: number) {
	if (lookups <= 8) {
		return {
			find: (id: string) => {
				const at = items.findIndex((item) => item.id === id);
				return at === -1 ? undefined : at;
			},
			added: () => {}
		};
	}
	const index = new Map(items.map((item, i) => [item.id, i]));
	return {
		find: (id: string) => index.get(id),
		added: (id: string, at: number) => void index.set(id, at)
	};
}

/**
 * The document with the changes applied. Only the collections an edit touches are copied,
 * and untouched items keep their identity, so views can skip what did not change; a list
 * whose items were only replaced says where (./changed-places.ts).
 */
export function applyChanges(doc: JourneyDocument, changes: Change[]): JourneyDocument {
	let next = doc;
	const byCollection = new Map<Collection, ItemChange[]>();
	for (const change of changes) {
		if (change.collection === 'journey') {
			next = { ...next, journey: change.after };
			continue;
		}
		const list = byCollection.get(change.collection) ?? [];
		list.push(change);
		byCollection.set(change.collection, list);
	}
	for (const [collection, list] of byCollection) {
		const items = [...next[collection]] as { id: string }[];
		const { find, added } = positions(items, list.length);
		const removed = new Set<string>();
		const replaced: number[] = [];
		let grew = false;
		for (const { before, after } of list) {
			const id = (after ?? before)!.id;
			const at = find(id);
			if (after) {
				removed.delete(id);
				if (at === undefined) {
					added(id, items.length);
					items.push(after);
					grew = true;
				} else {
					items[at] = after;
					replaced.push(at);
				}
			} else if (at !== undefined) removed.add(id);
		}
		if (!grew && removed.size === 0) markReplaced(items, next[collection], replaced);
		next = {
			...next,
			[collection]: removed.size ? items.filter((item) => !removed.has(item.id)) : items
		};
	}
	return next;
}
