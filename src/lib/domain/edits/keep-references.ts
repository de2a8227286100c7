/**
 * Decides what of an edit can be written so that no record points at one that is not
 * there, given what is stored now. Run by the storage inside the edit's own transaction
 * (and by an editor against the map it shows, for Undo and Redo), because another tab may
 * have removed what an edit builds on after the edit was made:
 *
 * - an item whose place is gone (a frustration whose touch point another tab removed) is
 *   not written: the removal wins, and the tab that made the edit is told, with its text;
 * - an item changed here that another tab removed is not brought back by the change;
 * - a removal takes with it what another tab had put in the removed item since, and
 *   drops tags and ratings that name it, exactly as it would have here;
 * - tags and ratings naming what is gone are dropped from what is written.
 */
import type { ItemOf } from '../records';
import {
	placedIn,
	placeRef,
	refKey,
	taggedBy,
	tagRefs,
	withoutMissingTags,
	type Ref,
	type Referenced
} from '../references';
import { collections } from '../format';
import type { Collection, JourneyDocument } from '../schema';
import type { Change, ItemChange } from './change';

type AnyItem = ItemOf<Collection>;

/** What is stored now, for the records an edit touches or builds on. */
export interface StoredState {
	/** Whether the journey itself is stored. */
	journeyExists: boolean;
	/** This journey's record with that id; 'foreign' when another journey's record holds it. */
	get(collection: Collection, id: string): AnyItem | 'foreign' | undefined;
	/** Every record of the journey in a collection whose items a removal can leave dangling. */
	all(collection: Collection): readonly AnyItem[];
}

export type RefusalReason =
	/** The journey was deleted, or replaced as a whole. */
	| 'journey-gone'
	/** The item itself was removed elsewhere after this edit's view of it. */
	| 'removed'
	/** What the item sits in (its touch point or stage) was removed elsewhere. */
	| 'place-removed'
	/** The id is another journey's. */
	| 'foreign'
	/** Another tab stored a later edit of the item: the later edit stands (not worth a word). */
	| 'superseded'
	/** Stored, but without a rating or tag naming a participant or segment removed elsewhere. */
	| 'untagged';

export interface Refusal {
	change: Change;
	reason: RefusalReason;
	/** The place that is gone, for 'place-removed'. */
	missing?: Ref;
	/** The record as stored now (null when there is none): what the map should show. */
	current: AnyItem | null;
}

/** What a person is told of refused changes (worded in i18n/). */
export type RefusedSummary =
	| { kind: 'journey-gone' }
	| { kind: 'many'; count: number; from: 'store' | 'undo' | 'redo' }
	| {
			kind: 'one';
			from: 'store' | 'undo' | 'redo';
			name: string;
			reason: RefusalReason;
			place?: { collection: Referenced; name: string | undefined };
	  };

export interface KeptReferences {
	/** What to write: the edit's changes that stand (tags adjusted) and what they take along. */
	write: Change[];
	refused: Refusal[];
	/** Changes beyond the edit's own: records removed or untagged with what they named. */
	alongside: Change[];
	/** The edit's own changes written with fewer tags or ratings than it made. */
	adjusted: Change[];
}

/** The collections a removal in `changes` may leave pointing at nothing. */
export function collectionsToScan(changes: readonly Change[]): Set<Collection> {
	const scan = new Set<Collection>();
	const add = (collection: Collection) => {
		for (const { collection: child } of placedIn(collection)) {
			if (!scan.has(child)) {
				scan.add(child);
				add(child);
			}
		}
		for (const tagged of taggedBy(collection)) scan.add(tagged);
	};
	for (const c of changes) if (c.collection !== 'journey' && !c.after) add(c.collection);
	return scan;
}

/** The records an edit's writes build on: themselves, their places, their tags' targets. */
export function refsToRead(changes: readonly Change[]): { collection: Collection; id: string }[] {
	const refs: { collection: Collection; id: string }[] = [];
	for (const c of changes) {
		if (c.collection === 'journey' || !c.after) continue;
		refs.push({ collection: c.collection, id: c.after.id });
		const place = placeRef(c.collection, c.after);
		if (place) refs.push(place);
		refs.push(...tagRefs(c.collection, c.after));
	}
	return refs;
}

/**
 * `now` is when the write runs: a stored time later than it (written by an older version
 * from a file's clock) does not count as a later edit.
 */
export function keepReferences(
	changes: readonly Change[],
	stored: StoredState,
	now = Infinity
): KeptReferences {
	if (!stored.journeyExists) {
		return {
			write: [],
			alongside: [],
			adjusted: [],
			refused: changes.map((change) => ({ change, reason: 'journey-gone', current: null }))
		};
	}
	const items = changes.filter((c): c is ItemChange => c.collection !== 'journey');
	// Each record the edit touches, as it will be once written (null: absent).
	const after = new Map<string, AnyItem | null>();
	for (const c of items) after.set(refKey(c.collection, (c.after ?? c.before)!.id), c.after);
	const storedItem = (collection: Collection, id: string) => {
		const record = stored.get(collection, id);
		return record === 'foreign' ? undefined : record;
	};
	const exists = (ref: { collection: Collection; id: string }) => {
		const key = refKey(ref.collection, ref.id);
		return after.has(key)
			? after.get(key) !== null
			: storedItem(ref.collection, ref.id) !== undefined;
	};

	const refused: Refusal[] = [];
	const refuse = (change: ItemChange, reason: RefusalReason, missing?: Ref) => {
		const id = change.after!.id;
		const current = storedItem(change.collection, id) ?? null;
		// Refused: the record stays as stored, and what this write removes still reaches it.
		after.delete(refKey(change.collection, id));
		refused.push({ change, reason, current, ...(missing ? { missing } : {}) });
	};
	const puts = items.filter((c) => c.after);
	for (const c of puts) {
		const record = stored.get(c.collection, c.after!.id);
		if (record === 'foreign') refuse(c, 'foreign');
		else if (c.before && !record) refuse(c, 'removed');
		// Tabs write in the order their writes start, not their edits: the later edit stands.
		else if (record && record.updatedAt > c.after!.updatedAt && record.updatedAt <= now) {
			refuse(c, 'superseded');
		}
	}
	// An item refused takes along the items placed in it by the same edit.
	const standing = () => puts.filter((c) => !refused.some((r) => r.change === c));
	for (let changed = true; changed;) {
		changed = false;
		for (const c of standing()) {
			const place = placeRef(c.collection, c.after!);
			if (place && !exists(place)) {
				refuse(c, 'place-removed', place);
				changed = true;
			}
		}
	}

	// What a removal takes along: items stored in it since, and tags naming it.
	const alongside: Change[] = [];
	const removed: { collection: Collection; id: string }[] = items
		.filter((c) => !c.after)
		.map((c) => ({ collection: c.collection, id: c.before!.id }));
	for (let i = 0; i < removed.length; i++) {
		const gone = removed[i]!;
		for (const { collection, field } of placedIn(gone.collection)) {
			for (const item of stored.all(collection)) {
				if ((item as Record<string, unknown>)[field] !== gone.id) continue;
				const key = refKey(collection, item.id);
				// Moved elsewhere by this very edit, or already removed with it.
				if (after.has(key)) continue;
				after.set(key, null);
				alongside.push({ collection, before: item, after: null } as ItemChange);
				removed.push({ collection, id: item.id });
			}
		}
	}
	const write: Change[] = changes.filter(
		(c) => c.collection === 'journey' || !refused.some((r) => r.change === c)
	);
	const tagsGone = removed.some(
		(r) => r.collection === 'segments' || r.collection === 'participants'
	);
	const adjusted: Change[] = [];
	for (const [index, c] of write.entries()) {
		if (c.collection === 'journey' || !c.after) continue;
		const kept = withoutMissingTags(c.collection, c.after, exists);
		if (kept === c.after) continue;
		write[index] = { ...c, after: kept } as ItemChange;
		adjusted.push(write[index]!);
	}
	if (tagsGone) {
		for (const collection of ['touchPoints', 'frustrations'] as const) {
			for (const item of stored.all(collection)) {
				if (after.has(refKey(collection, item.id))) continue;
				const kept = withoutMissingTags(collection, item, exists);
				if (kept === item) continue;
				// Changed by this write: a message about an earlier edit of it is then older.
				const untagged = Number.isFinite(now) ? { ...kept, updatedAt: now } : kept;
				alongside.push({ collection, before: item, after: untagged } as ItemChange);
			}
		}
	}
	return { write: [...write, ...alongside], refused, alongside, adjusted };
}

/** The map an editor shows, as the stored state an Undo or Redo is checked against. */
export function stateOf(doc: JourneyDocument): StoredState {
	const index = new Map<string, AnyItem>();
	for (const collection of collections) {
		for (const item of doc[collection]) index.set(refKey(collection, item.id), item);
	}
	return {
		journeyExists: true,
		get: (collection, id) => index.get(refKey(collection, id)),
		all: (collection) => doc[collection]
	};
}
