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
import type { Journey, JourneyDocument } from '$lib/domain/schema';
import { persistChanges, persistChangesNow } from '$lib/storage/changes';
import { afterPaint } from './after-paint';
import { SaveQueue, type SaveState } from './save-queue';

export type Persist = (journeyId: string, changes: Change[], now: number) => Promise<void>;
export type PersistNow = (journey: Journey, changes: Change[], now: number) => Promise<void>;

export class JourneyEditor {
	doc = $state.raw() as JourneyDocument;
	history = $state.raw<History>(emptyHistory);
	saveState = $state<SaveState>('saved');
	saveError = $state.raw<unknown>(undefined);
	/** When another tab last changed what this one shows. */
	changedElsewhereAt = $state(0);
	#queue: SaveQueue;
	#closed = false;

	constructor(
		doc: JourneyDocument,
		persist: Persist = persistChanges,
		persistNow: PersistNow = persistChangesNow
	) {
		this.doc = doc;
		const journeyId = doc.journey.id;
		this.#queue = new SaveQueue({
			write: (changes) => persist(journeyId, changes, Date.now()),
			// The journey as shown already holds every queued change to it.
			writeNow: (changes) => persistNow(this.doc.journey, changes, Date.now()),
			onState: (state, error) => {
				this.saveState = state;
				this.saveError = error;
			}
		});
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

	undo(): Edit | undefined {
		if (this.#closed) return undefined;
		const step = undo(this.history);
		if (!step) return undefined;
		this.#commit(stamp(step.edit.changes, Date.now()), true);
		this.history = step.history;
		return step.edit;
	}

	redo(): Edit | undefined {
		if (this.#closed) return undefined;
		const step = redo(this.history);
		if (!step) return undefined;
		this.#commit(stamp(step.edit.changes, Date.now()), true);
		this.history = step.history;
		return step.edit;
	}

	/**
	 * Shows what another tab stored. A record this tab has changed and not yet stored keeps
	 * this tab's version: it is the later edit, and it is about to overwrite the other.
	 * Returns whether anything on screen changed.
	 */
	receive(changes: Change[]): boolean {
		const applicable = changes.filter((c) => !this.#queue.holds(c));
		if (applicable.length === 0) return false;
		this.doc = applyChanges(this.doc, applicable);
		this.changedElsewhereAt = Date.now();
		return true;
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
		this.doc = applyChanges(this.doc, changes);
		this.#queue.add(changes);
		// Starting a write costs milliseconds (validation, Dexie's transaction): after the frame.
		if (immediately) afterPaint(() => void this.#queue.flush());
	}
}
