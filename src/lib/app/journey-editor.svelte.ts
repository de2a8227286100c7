/**
 * The open journey as editable state. An edit is applied to the in-memory document at
 * once (so the screen answers within the frame), recorded for undo, and written to
 * IndexedDB: a discrete action (add, remove, move, rename, undo, the first keystroke) as
 * soon as the frame showing it is drawn, further typing within 250 ms, so a reload or crash
 * right after loses nothing but the last instant of typing (and a closing page writes what
 * is queued at once: `flushNow`).
 */
import {
	applyChanges,
	firstInvalid,
	ontoCurrent,
	stamp,
	type Change,
	type Edit
} from '$lib/domain/edits/change';
import {
	continuesLast,
	emptyHistory,
	record,
	redo,
	undo,
	type History
} from '$lib/domain/edits/history';
import {
	keepReferences,
	stateOf,
	type Refusal,
	type KeptReferences
} from '$lib/domain/edits/keep-references';
import { putBack, type Removed } from '$lib/domain/edits/put-back';
import type { ItemOf } from '$lib/domain/records';
import type { Ref } from '$lib/domain/references';
import type { Collection, Journey, JourneyDocument } from '$lib/domain/schema';
import { persistChanges, persistChangesNow, type WriteOutcome } from '$lib/storage/changes';
import { afterPaint } from './after-paint';
import {
	asStored,
	changesToShow,
	CommitOrder,
	LastSeen,
	placedInNothing,
	refusalsOfPlaces,
	storedOutcome,
	withTakenAlong
} from './removed-elsewhere';
import { SaveQueue, type SaveState } from './save-queue';

export type Persist = (
	journeyId: string,
	changes: Change[],
	now: number
) => Promise<WriteOutcome | void>;
export type PersistNow = (journey: Journey, changes: Change[], now: number) => Promise<void>;

/** Changes that could not be made because another tab removed what they belong to. */
export interface RefusedEdits {
	refusals: Refusal[];
	/** Whether it came from Undo or Redo rather than from storing an edit. */
	from: 'store' | 'undo' | 'redo';
	/** What this tab last saw of a removed item (the place a refused item sat in). */
	lastSeen: (ref: Ref) => ItemOf<Collection> | undefined;
	/** The refused items, as they would have been stored, for `JourneyEditor.putBack`. */
	items: Removed[];
}

/** What `apply` answers while the journey is read-only (see `readOnly`). */
export const READ_ONLY = 'read-only';

export class JourneyEditor {
	doc = $state.raw() as JourneyDocument;
	history = $state.raw<History>(emptyHistory);
	saveState = $state<SaveState>('saved');
	saveError = $state.raw<unknown>(undefined);
	/**
	 * A live session's participant only reads the journey (the server holds its document so
	 * too): every edit is refused here rather than kept in this copy alone.
	 */
	readOnly = $state(false);
	/** What a read-only journey still lets through (a participant's own ratings and additions). */
	mayEdit: ((changes: readonly Change[], doc: JourneyDocument) => boolean) | undefined;
	/**
	 * How long an edit waits to be stored with those after it (ms): in a live session an edit
	 * goes to the others once stored, so it waits a frame instead of a quarter second.
	 */
	set saveDelay(ms: number) {
		this.#queue.delay = ms;
	}
	/** When another tab last changed what this one shows. */
	changedElsewhereAt = $state(0);
	/** Told when changes are refused (see RefusedEdits); the view shows why. */
	onRefused: ((refused: RefusedEdits) => void) | undefined;
	#queue: SaveQueue;
	#closed = false;
	/** What this tab last saw of items other tabs removed, to put a refused item back in. */
	#lastSeen = new LastSeen();
	#commits = new CommitOrder();
	#generation = 0;

	constructor(
		doc: JourneyDocument,
		persist: Persist = persistChanges,
		persistNow: PersistNow = persistChangesNow
	) {
		this.doc = doc;
		const journeyId = doc.journey.id;
		this.#queue = new SaveQueue({
			write: async (changes) => {
				const outcome = await persist(journeyId, changes, Date.now());
				if (outcome?.commit) this.#commits.saw(outcome.write, outcome.commit);
				if (outcome) this.#settle(outcome);
			},
			// The journey as shown already holds every queued change to it. A closing page
			// cannot wait to read the stored state: what would dangle in the map shown is left.
			writeNow: (changes) =>
				persistNow(this.doc.journey, keepReferences(changes, stateOf(this.doc)).write, Date.now()),
			onState: (state, error) => {
				this.saveState = state;
				this.saveError = error;
			}
		});
	}

	/**
	 * Says that the document this editor opened with holds every write of the journey up to
	 * `commit` (storage/changes.ts `latestCommit`, read before it), so a message about one of
	 * those arriving late changes nothing.
	 */
	readUpTo(commit: number): this {
		this.#commits.readUpTo(commit);
		return this;
	}

	/**
	 * The newest of the journey's writes this editor knows of (`readUpTo`, its own stored
	 * edits, and those of other tabs it took in): a later one stored is not shown here.
	 */
	get knownCommit(): number {
		return this.#commits.latest;
	}

	/** Whether every edit is stored (see unsaved-work.ts: a reload into a new version waits). */
	get saved() {
		return this.saveState === 'saved';
	}

	/** Whether the browser refused the last write; it is retried, and kept until it lands. */
	get refused() {
		return this.saveState === 'error';
	}

	get canUndo() {
		return !this.#closed && this.history.past.length > 0;
	}

	get canRedo() {
		return !this.#closed && this.history.future.length > 0;
	}

	/**
	 * How many times the journey was read again whole (`reopen`): an Undo offered before
	 * (a restore's) belongs to a map that moved on.
	 */
	get generation() {
		return this.#generation;
	}

	/**
	 * Shows the journey as read again whole, after another tab replaced it (an import, a
	 * restore): the undo history starts here, so an Undo cannot put back what the replacement
	 * took away. Done in place, so what is open on screen (a dialog, the focus) stays.
	 */
	reopen(doc: JourneyDocument, commit: number) {
		this.doc = doc;
		this.history = emptyHistory;
		this.#commits = new CommitOrder();
		this.#commits.readUpTo(commit);
		this.#generation++;
		this.changedElsewhereAt = Date.now();
	}

	/** Whether the view let this editor go (see `close`). */
	get closed() {
		return this.#closed;
	}

	/**
	 * The view let this editor go: the journey was left, deleted, or read again as a whole
	 * into a new editor. What it queued is still stored; it makes no edit after this, so an
	 * Undo offered by a message it left behind cannot write into a journey that moved on.
	 */
	close() {
		this.#closed = true;
	}

	/**
	 * Applies an edit; returns the schema's complaint instead when the result would be
	 * invalid (an empty name, say), and then changes nothing.
	 */
	apply(edit: Edit | undefined): string | undefined {
		if (!edit || edit.changes.length === 0 || this.#closed) return undefined;
		if (this.readOnly && !this.mayEdit?.(edit.changes, this.doc)) return READ_ONLY;
		const now = Date.now();
		const changes = stamp(edit.changes, now);
		const invalid = firstInvalid(changes);
		if (invalid) return invalid.message;
		// A new undo step is a discrete action, written at once; typing on is batched.
		const typingOn = continuesLast(this.history, edit, now);
		this.history = record(this.history, { ...edit, changes }, now);
		this.#commit(changes, !typingOn);
		return undefined;
	}

	/**
	 * Takes the last edit back. What another tab removed since is not brought back by it: that
	 * part is refused (and offered to put back), the rest is undone.
	 */
	undo(): Edit | undefined {
		if (this.#closed) return undefined;
		const step = undo(this.history);
		if (!step || !this.#mayReplay(step.edit)) return undefined;
		this.history = step.history;
		this.#replay(step.edit, 'undo');
		return step.edit;
	}

	redo(): Edit | undefined {
		if (this.#closed) return undefined;
		const step = redo(this.history);
		if (!step || !this.#mayReplay(step.edit)) return undefined;
		this.history = step.history;
		this.#replay(step.edit, 'redo');
		return step.edit;
	}

	/** A participant's Undo of an addition would be a removal: refused as the removal is. */
	#mayReplay(edit: Edit): boolean {
		return !this.readOnly || Boolean(this.mayEdit?.(edit.changes, this.doc));
	}

	#replay(edit: Edit, from: 'undo' | 'redo') {
		const changes = stamp(ontoCurrent(edit.changes, this.doc), Date.now());
		const kept = keepReferences(changes, stateOf(this.doc));
		if (kept.write.length > 0) this.#commit(kept.write, true);
		const told = kept.refused.filter((r) => r.reason !== 'superseded');
		if (told.length > 0) this.#tellRefused(told, from);
	}

	/**
	 * Shows what another tab stored. A record this tab has changed and not yet stored keeps
	 * this tab's version: it is the later edit, and it is about to overwrite the other.
	 * Returns whether anything on screen changed.
	 */
	receive(changes: Change[], commit?: number): boolean {
		const { applicable, refusals } = changesToShow(changes, commit, {
			doc: this.doc,
			queue: this.#queue,
			commits: this.#commits,
			remember: (collection, item) => this.#remember(collection, item)
		});
		if (commit !== undefined) this.#commits.saw(applicable, commit);
		if (applicable.length === 0 && refusals.length === 0) return false;
		this.doc = applyChanges(this.doc, applicable);
		// Items placed in what was removed here since: the removal took them along in storage.
		const stale = commit === undefined ? placedInNothing(this.doc, applicable) : [];
		if (stale.length > 0) this.doc = applyChanges(this.doc, stale);
		// Items queued here whose place was just removed: the removal wins over them too.
		refusals.push(...refusalsOfPlaces(this.doc, applicable, (c) => this.#queue.forget(c)));
		if (refusals.length > 0) {
			this.doc = applyChanges(this.doc, refusals.map(asStored));
			this.#tellRefused(refusals, 'store');
		}
		this.changedElsewhereAt = Date.now();
		return true;
	}

	/** Takes in what storing an edit refused or took along (see keep-references.ts). */
	#settle({ refused, alongside, adjusted }: Omit<KeptReferences, 'write'>) {
		if (this.#closed) {
			const told = refused.filter((r) => r.reason !== 'superseded');
			if (told.length > 0) this.#tellRefused(told, 'store');
			return;
		}
		const { shown, told } = storedOutcome(
			{ refused, alongside, adjusted },
			this.#queue,
			(c, item) => this.#remember(c, item)
		);
		if (shown.length > 0) this.doc = applyChanges(this.doc, shown);
		// What the removal took along comes back with its Undo.
		if (alongside.length > 0) withTakenAlong(this.history, alongside);
		if (told.length > 0) this.#tellRefused(told, 'store');
	}

	#remember(collection: Collection, item: ItemOf<Collection>) {
		this.#lastSeen.remember(collection, item);
	}

	#tellRefused(refusals: Refusal[], from: RefusedEdits['from']) {
		const items: Removed[] = refusals
			.filter((r) => r.change.collection !== 'journey' && r.change.after && r.reason !== 'untagged')
			.map((r) => ({
				collection: r.change.collection as Collection,
				item: r.change.after as ItemOf<Collection>
			}));
		this.onRefused?.({ refusals, from, items, lastSeen: (ref) => this.#lastSeen.of(ref) });
	}

	/**
	 * Puts refused items back as one edit (undoable), their places with them as `lastSeen`
	 * last saw them. Returns false when the map has nowhere to hold them.
	 */
	putBack(items: Removed[], lastSeen: RefusedEdits['lastSeen']): boolean {
		const edit = putBack(this.doc, items, (ref) => this.#lastSeen.of(ref) ?? lastSeen(ref));
		return !!edit && this.apply(edit) === undefined && !this.#closed;
	}

	/** Stores everything queued now: on pagehide, before leaving, in tests. */
	flush(): Promise<void> {
		return this.#queue.flush();
	}

	/** Starts storing everything queued at once, as the page is hidden or closed. */
	flushNow(): Promise<void> {
		return this.#queue.flushNow();
	}

	#commit(changes: Change[], immediately: boolean) {
		for (const c of changes) {
			if (!c.after && c.collection !== 'journey') this.#remember(c.collection, c.before!);
		}
		this.doc = applyChanges(this.doc, changes);
		this.#queue.add(changes);
		// Starting a write costs milliseconds (validation, Dexie's transaction): after the frame.
		if (immediately) afterPaint(() => void this.#queue.flush());
	}
}
