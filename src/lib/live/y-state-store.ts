/**
 * A live session's Y.Doc kept beside the journey's records (the `liveSessions` row), so a
 * reload or a closed laptop loses no edit and brings back no removal: each update is appended
 * soon after it is made, and merged into the whole state once they pile up or on demand.
 */
import * as Y from 'yjs';
import type { TouchpointDatabase } from '$lib/storage/db';

/** Updates kept beside the stored state before they are merged into it. */
const MAX_STORED_UPDATES = 500;

export class YStateStore {
	#timer: ReturnType<typeof setTimeout> | undefined;
	/** Updates to the Y.Doc not stored yet. */
	#unsaved: Uint8Array[] = [];
	#saving: Promise<void> = Promise.resolve();

	constructor(
		private readonly ydoc: Y.Doc,
		private readonly journeyId: string,
		private readonly db: TouchpointDatabase,
		/** How long an update waits to be stored with those after it (ms). */
		private readonly delay: number
	) {}

	/** An update made to the Y.Doc, stored after `delay`. */
	add(update: Uint8Array): void {
		this.#unsaved.push(update);
		if (this.#timer === undefined) {
			this.#timer = setTimeout(() => void this.saveUpdates(), this.delay);
		}
	}

	/**
	 * Stores the Y.Doc's state, merged with the state stored (another tab of this browser in
	 * the same session keeps its own Y.Doc, and saves too).
	 */
	saveState(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		// The whole state holds every update not stored yet.
		this.#unsaved = [];
		const mine = Y.encodeStateAsUpdate(this.ydoc);
		return this.#save(async () => {
			const row = await this.db.liveSessions.get(this.journeyId);
			if (!row) return;
			const state = row.state?.length
				? Y.mergeUpdates([row.state, ...(row.updates ?? []), mine])
				: mine;
			await this.db.liveSessions.update(this.journeyId, { state, updates: [] });
		});
	}

	/**
	 * Stores the updates made since the last save after those stored: a few bytes an edit,
	 * where encoding and merging the whole state blocks the page for about a second at 5,000
	 * frustrations. Merged into the state once they pile up.
	 */
	saveUpdates(): Promise<void> {
		clearTimeout(this.#timer);
		this.#timer = undefined;
		const fresh = this.#unsaved.splice(0);
		if (fresh.length === 0) return this.#saving;
		// Not stored: they go with the next save.
		const failed = () => this.#unsaved.unshift(...fresh);
		return this.#save(async () => {
			const row = await this.db.liveSessions.get(this.journeyId);
			if (!row) return;
			const updates = [...(row.updates ?? []), ...fresh];
			if (updates.length <= MAX_STORED_UPDATES) {
				await this.db.liveSessions.update(this.journeyId, { updates });
				return;
			}
			const state = Y.mergeUpdates([row.state, ...updates]);
			await this.db.liveSessions.update(this.journeyId, { state, updates: [] });
		}, failed);
	}

	#save(write: () => Promise<void>, failed?: () => void): Promise<void> {
		const db = this.db;
		this.#saving = this.#saving
			.then(() => db.transaction('rw', db.liveSessions, write))
			.then(
				() => undefined,
				(error: unknown) => {
					failed?.();
					console.warn('Could not store the live session', error);
				}
			);
		return this.#saving;
	}
}
