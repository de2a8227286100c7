/**
 * Batches record changes and writes them at most `delay` ms after the first one, squashed
 * per record into one transaction (as tldraw's local sync does). A failed write keeps its
 * changes queued and is retried, so nothing typed is dropped.
 */
import type { Change } from '$lib/domain/edits/change';

export type SaveState = 'saved' | 'saving' | 'error';

export interface SaveQueueOptions {
	write: (changes: Change[]) => Promise<void>;
	onState: (state: SaveState, error?: unknown) => void;
	delay?: number;
	retryDelay?: number;
}

const keyOf = (c: Change) => `${c.collection}:${(c.after ?? c.before)!.id}`;

export class SaveQueue {
	#pending = new Map<string, Change>();
	/** Records of the batch being written now. */
	#writingKeys = new Set<string>();
	#timer: ReturnType<typeof setTimeout> | undefined;
	#writing: Promise<void> = Promise.resolve();
	#options: Required<SaveQueueOptions>;
	#announcedSaving = false;

	constructor(options: SaveQueueOptions) {
		this.#options = { delay: 250, retryDelay: 5_000, ...options };
	}

	#setState(state: SaveState, error?: unknown) {
		this.#announcedSaving = state !== 'saved';
		this.#options.onState(state, error);
	}

	get size() {
		return this.#pending.size;
	}

	/** Whether this queue still has to store a change to the record `change` is about. */
	holds(change: Change): boolean {
		const key = keyOf(change);
		return this.#pending.has(key) || this.#writingKeys.has(key);
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

	/** Writes everything queued now; resolves when it is stored (or has failed). */
	flush(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		this.#writing = this.#writing.then(() => this.#writeBatch());
		return this.#writing;
	}

	async #writeBatch() {
		if (this.#pending.size === 0) {
			// Everything queued cancelled out (added, then removed): say so once.
			if (this.#announcedSaving) this.#setState('saved');
			return;
		}
		const batch = [...this.#pending.values()];
		this.#pending.clear();
		this.#writingKeys = new Set(batch.map(keyOf));
		try {
			await this.#options.write(batch);
			this.#writingKeys.clear();
			if (this.#pending.size === 0) this.#setState('saved');
		} catch (error) {
			this.#writingKeys.clear();
			// Put the batch back under anything queued since, which is newer but starts from
			// what this batch failed to store.
			for (const c of batch) {
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
}
