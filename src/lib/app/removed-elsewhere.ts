/**
 * How an editor takes in what other tabs did to its journey: which of their changes are
 * older than what it shows, which of its own queued changes their removals overrule, and
 * what it last saw of removed items so a refused one can be put back in its place.
 */
import type { Change } from '$lib/domain/edits/change';
import type { History } from '$lib/domain/edits/history';
import type { KeptReferences, Refusal } from '$lib/domain/edits/keep-references';
import { collections } from '$lib/domain/format';
import type { ItemOf } from '$lib/domain/records';
import { placeRef, refKey, tagRefs, type Ref } from '$lib/domain/references';
import type { Collection, JourneyDocument } from '$lib/domain/schema';

/** What deciding which changes of another tab to show needs of the editor. */
export interface ShownHere {
	doc: JourneyDocument;
	/** This tab's changes not stored yet. */
	queue: { holds(change: Change): boolean; forget(change: Change): Change | undefined };
	commits: CommitOrder;
	/** Told of each item removed elsewhere, as this tab last saw it. */
	remember(collection: Collection, item: ItemOf<Collection>): void;
}

/**
 * Of `changes` another tab stored (as `commit`, when known), those to show here. A record this
 * tab has changed and not yet stored keeps this tab's version: it is the later edit, and about
 * to overwrite the other. A removal wins over an unstored edit of the removed item, which is
 * dropped from the queue and refused (`refusals`).
 */
export function changesToShow(
	changes: Change[],
	commit: number | undefined,
	{ doc, queue, commits, remember }: ShownHere
): { applicable: Change[]; refusals: Refusal[] } {
	const refusals: Refusal[] = [];
	const shown = itemsOf(doc);
	const applicable = changes.filter((c) => {
		// This tab knows a newer write of the record (its own, or one heard before).
		if (commit !== undefined && commits.isOutdated(c, commit)) return false;
		if (c.collection === 'journey') return !queue.holds(c);
		if (!c.after) {
			remember(c.collection, c.before!);
			const mine = queue.holds(c) ? queue.forget(c) : undefined;
			if (mine?.after) refusals.push({ change: mine, reason: 'removed', current: null });
			return true;
		}
		if (queue.holds(c)) return false;
		// Without the commit order (a closing page's write), the record's own signs.
		if (commit !== undefined) return true;
		const mine = shown.get(refKey(c.collection, c.after.id));
		// A change to an item removed here since: storing it came before the removal.
		if (c.before && !mine) return false;
		// Older than what is shown: storage keeps the later edit (keep-references.ts).
		return !mine || mine.updatedAt <= c.after.updatedAt || mine.updatedAt > Date.now();
	});
	return { applicable, refusals };
}

/**
 * The newest write this tab knows of each record, by the journey's commit order: a message
 * about an older write of a record arrives after a newer one as often as not, and is then
 * out of date.
 */
export class CommitOrder {
	#newest = new Map<string, number>();
	/** Every write up to this one is in the journey as it was read. */
	#read = 0;
	#latest = 0;

	readUpTo(commit: number) {
		this.#read = commit;
		this.#latest = Math.max(this.#latest, commit);
	}

	/** The newest write this tab knows of: read, heard of, or its own. */
	get latest(): number {
		return this.#latest;
	}

	/** Records that `changes`, written as `commit`, are the newest known. */
	saw(changes: readonly Change[], commit: number) {
		this.#latest = Math.max(this.#latest, commit);
		for (const c of changes) {
			const key = keyOf(c);
			if ((this.#newest.get(key) ?? 0) < commit) this.#newest.set(key, commit);
		}
	}

	/** Whether a newer write of the record `change` is about is known here. */
	isOutdated(change: Change, commit: number): boolean {
		return commit <= this.#read || (this.#newest.get(keyOf(change)) ?? 0) > commit;
	}
}

const keyOf = (c: Change) =>
	c.collection === 'journey' ? 'journey' : refKey(c.collection, (c.after ?? c.before)!.id);

/** What this tab last saw of items removed (here or elsewhere). */
export class LastSeen {
	#items = new Map<string, ItemOf<Collection>>();

	remember(collection: Collection, item: ItemOf<Collection>) {
		this.#items.set(refKey(collection, item.id), item);
	}

	of(ref: Ref): ItemOf<Collection> | undefined {
		return this.#items.get(refKey(ref.collection, ref.id));
	}
}

/** The change that shows a refused record as it is stored. */
export function asStored(refusal: Refusal): Change {
	const { change } = refusal;
	return { ...change, before: change.after, after: refusal.current } as Change;
}

/**
 * The items queued here (`forget` lets go of them and returns them) whose place `changes`
 * just removed from `doc`.
 */
export function refusalsOfPlaces(
	doc: JourneyDocument,
	changes: Change[],
	forget: (change: Change) => Change | undefined
): Refusal[] {
	const removed = new Set(
		changes
			.filter((c) => !c.after && c.collection !== 'journey')
			.map((c) => refKey(c.collection, c.before!.id))
	);
	if (removed.size === 0) return [];
	const refusals: Refusal[] = [];
	for (const collection of ['steps', 'touchPoints', 'frustrations'] as const) {
		for (const item of doc[collection] as ItemOf<Collection>[]) {
			const place = placeRef(collection, item);
			if (!place || !removed.has(refKey(place.collection, place.id))) continue;
			const mine = forget({ collection, before: item, after: item } as Change);
			if (!mine?.after) continue;
			refusals.push({ change: mine, reason: 'place-removed', missing: place, current: null });
			removed.add(refKey(collection, item.id));
		}
	}
	return refusals;
}

/**
 * Adds what storing a removal took along (items another tab had put in what was removed, and
 * tags naming it) to the undo step that made the removal, so its Undo brings them back too.
 * The step is extended in place: a restore's caller holds on to its step.
 */
export function withTakenAlong(history: History, alongside: Change[]): History {
	const named = new Set<string>();
	for (const c of alongside) {
		if (c.collection === 'journey') continue;
		if (!c.after) {
			const place = placeRef(c.collection, c.before!);
			if (place) named.add(place.id);
			continue;
		}
		const before = tagRefs(c.collection, c.before!).map((r) => r.id);
		const after = new Set(tagRefs(c.collection, c.after).map((r) => r.id));
		for (const id of before) if (!after.has(id)) named.add(id);
	}
	const step = history.past.findLast((edit) =>
		edit.changes.some((c) => !c.after && c.collection !== 'journey' && named.has(c.before!.id))
	);
	step?.changes.unshift(...alongside);
	return history;
}

/** Every item in `doc` by key (collection and id), indexed on first use. */
export function itemsOf(doc: JourneyDocument): {
	get: (key: string) => ItemOf<Collection> | undefined;
	has: (key: string) => boolean;
} {
	let index: Map<string, ItemOf<Collection>> | undefined;
	const get = (key: string) => {
		index ??= new Map(
			collections.flatMap((collection) =>
				(doc[collection] as ItemOf<Collection>[]).map(
					(item) => [refKey(collection, item.id), item] as const
				)
			)
		);
		return index.get(key);
	};
	return { get, has: (key) => get(key) !== undefined };
}

/** The removals of items `changes` put in a place `doc` does not have. */
export function placedInNothing(doc: JourneyDocument, changes: Change[]): Change[] {
	const puts = changes.filter((c) => c.after && c.collection !== 'journey');
	if (puts.length === 0) return [];
	const shown = itemsOf(doc);
	const stale: Change[] = [];
	for (const c of puts) {
		if (c.collection === 'journey') continue;
		const place = placeRef(c.collection, c.after!);
		if (place && !shown.has(refKey(place.collection, place.id))) {
			stale.push({ ...c, before: c.after, after: null } as Change);
		}
	}
	return stale;
}

/**
 * What storing this tab's edits made of them (keep-references.ts), to show and to tell: what
 * was refused goes back to as stored (anything typed into it since goes the same way, unless
 * only a later edit won), and what storage adjusted or took along is shown unless this tab
 * queued a newer change of it. Tells of every refusal but a later edit's win, and of each
 * rating or tag dropped because its participant or segment went (nothing to put back).
 */
export function storedOutcome(
	{ refused, alongside, adjusted }: Omit<KeptReferences, 'write'>,
	queue: { queued(change: Change): boolean; forget(change: Change): unknown },
	remember: (collection: Collection, item: ItemOf<Collection>) => void
): { shown: Change[]; told: Refusal[] } {
	const shown: Change[] = [];
	for (const r of refused) {
		if (r.reason === 'superseded') {
			if (!queue.queued(r.change)) shown.push(asStored(r));
			continue;
		}
		queue.forget(r.change);
		shown.push(asStored(r));
	}
	for (const c of [...adjusted, ...alongside]) {
		if (!queue.queued(c)) shown.push(c);
		if (!c.after && c.collection !== 'journey') remember(c.collection, c.before!);
	}
	const told = refused.filter((r) => r.reason !== 'superseded');
	for (const c of adjusted) {
		told.push({ change: c, reason: 'untagged', current: c.after as ItemOf<Collection> | null });
	}
	return { shown, told };
}
