/**
 * Batches record changes and writes them at most `delay` ms after the first one, squashed
 * per record into one transaction (as tldraw's local sync does). A failed write keeps its
 * changes queued and is retried, so nothing typed is dropped.
 */
import type { Change } from '$lib/domain/edits/change';

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveQueueOptions {
	write: (changes: Change[]) => Promise<void>;
	/** A write that issues every request in the calling task, for `flushNow`; `write` if absent. */
	writeNow?: (changes: Change[]) => Promise<void>;
	onState: (state: SaveState, error?: unknown) => void;
	delay?: number;
	retryDelay?: number;
}

/** How long a change waits to be written with those after it, by default (ms). */
export const SAVE_DELAY = 250;

const keyOf = (c: Change) => `${c.collection}:${(c.after ?? c.before)!.id}`;

export class SaveQueue {
	#pending = new Map<string, Change>();
	/** Each record being written now: the change sent, and which write sent it. */
	#inFlight = new Map<string, { change: Change; write: number }>();
	#writes = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();
	#options: Required<Omit<SaveQueueOptions, 'writeNow'>> & Pick<SaveQueueOptions, 'writeNow'>;
	#announcedSaving = false;

	constructor(options: SaveQueueOptions) {
		this.#options = { delay: SAVE_DELAY, retryDelay: 5_000, ...options };
	}

	#setState(state: SaveState, error?: unknown) {
		this.#announcedSaving = state !== 'saved';
		this.#options.onState(state, error);
	}

	/** How long a change waits to be written with those after it (ms); from the next change on. */
	set delay(ms: number) {
		this.#options.delay = ms;
	}

	get size() {
		return this.#pending.size;
	}

	/** Whether this queue still has to store a change to the record `change` is about. */
	holds(change: Change): boolean {
		const key = keyOf(change);
		return this.#pending.has(key) || this.#inFlight.has(key);
	}

	/** Whether a change to that record waits to be written (not counting one being written). */
	queued(change: Change): boolean {
		return this.#pending.has(keyOf(change));
	}

	/**
	 * Lets go of the change queued for the record `change` is about, not yet being written
	 * (another tab removed that record: the removal wins); returns it.
	 */
	forget(change: Change): Change | undefined {
		const key = keyOf(change);
		const queued = this.#pending.get(key);
		this.#pending.delete(key);
		return queued;
	}

	add(changes: Change[]) {
		for (const c of changes) {
			const key = keyOf(c);
			const earlier = this.#pending.get(key);
			// Keep the first `before`: what is in the database now.
			const squashed = earlier ? ({ ...c, before: earlier.before } as Change) : c;
			// Added and removed before it was ever written: nothing to store.
			if (!squashed.before && !squashed.after) this.#pending.delete(key);
			else this.#pending.set(key, squashed);
		}
		this.#setState('saving');
		this.#timer ??= setTimeout(() => void this.flush(), this.#options.delay);
	}

	/** Writes everything queued now, after any write running; resolves when stored (or failed). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#writing = this.#writing.then(() => this.#writeBatch());
		return this.#writing;
	}

	/**
	 * Starts writing everything not yet known to be stored in this very task, without
	 * waiting for a write still running: as the page is hidden or closed, the page may be
	 * gone before that write reports back, and nothing chained after it would start.
	 * IndexedDB commits the two in the order they began, so the newer values land last.
	 */
	flushNow(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const batch = new Map(this.#pending);
		for (const [key, { change }] of this.#inFlight) {
			const newer = batch.get(key);
			batch.set(key, newer ? ({ ...newer, before: change.before } as Change) : change);
		}
		this.#pending.clear();
		if (batch.size === 0) return Promise.resolve();
		return this.#write([...batch.values()], this.#options.writeNow);
	}

	async #writeBatch() {
		if (this.#pending.size === 0) {
			// Everything queued cancelled out (added, then removed): say so once.
			if (this.#announcedSaving && this.#inFlight.size === 0) this.#setState('saved');
			return;
		}
		const batch = [...this.#pending.values()];
		this.#pending.clear();
		await this.#write(batch);
	}

	async #write(batch: Change[], writer = this.#options.write) {
		const write = ++this.#writes;
		for (const change of batch) this.#inFlight.set(keyOf(change), { change, write });
		try {
			await writer(batch);
			this.#settle(write);
			if (this.#pending.size === 0 && this.#inFlight.size === 0) this.#setState('saved');
		} catch (error) {
			// A record a later write also carries is that write's to store (or to put back).
			const failed = batch.filter((c) => this.#inFlight.get(keyOf(c))?.write === write);
			this.#settle(write);
			if (failed.length === 0) return;
			// Put the batch back under anything queued since, which is newer but starts from
			// what this batch failed to store.
			for (const c of failed) {
				const key = keyOf(c);
				const newer = this.#pending.get(key);
				const merged = newer ? ({ ...newer, before: c.before } as Change) : c;
				if (!merged.before && !merged.after) this.#pending.delete(key);
				else this.#pending.set(key, merged);
			}
			this.#setState('error', error);
			this.#timer ??= setTimeout(() => void this.flush(), this.#options.retryDelay);
		}
	}

	#settle(write: number) {
		for (const [key, entry] of this.#inFlight) {
			if (entry.write === write) this.#inFlight.delete(key);
		}
	}
}
