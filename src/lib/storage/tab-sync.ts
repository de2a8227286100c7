/**
 * Tells the other tabs of this browser what was just stored, so two tabs on one journey see
 * each other's edits at once (as tldraw's local sync does over BroadcastChannel). Only what
 * is committed is announced: a tab never applies an edit that is not in the database.
 *
 * A journey's edits travel as their record changes; a journey replaced or deleted as a whole
 * (an import, a restore, a delete) travels as "reload", and the tabs showing it read it again.
 */
import type { Change } from '$lib/domain/edits/change';

export type TabMessage =
	| {
			kind: 'changes';
			journeyId: string;
			changes: Change[];
			/** Where the write stands among the journey's writes (absent from a closing page). */
			commit?: number;
	  }
	| { kind: 'reload'; journeyId: string };

const CHANNEL = 'touchpoint-tab-sync';
let channel: BroadcastChannel | undefined;
const listeners = new Set<(message: TabMessage) => void>();

/** One channel per tab: a BroadcastChannel never hears its own messages. */
function open(): BroadcastChannel | undefined {
	// Node (the unit tests) has BroadcastChannel too, but no other tabs: stay quiet there.
	if (typeof document === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined;
	if (!channel) {
		channel = new BroadcastChannel(CHANNEL);
		channel.onmessage = (event: MessageEvent<TabMessage>) => {
			for (const listener of listeners) listener(event.data);
		};
	}
	return channel;
}

export function announce(message: TabMessage): void {
	try {
		open()?.postMessage(message);
	} catch (error) {
		// A change that cannot be cloned or posted is still stored: the other tab sees it on reload.
		console.warn('Could not tell other tabs about a change', error);
	}
}

/** Calls `listener` with what other tabs stored; returns the way to stop. */
export function listen(listener: (message: TabMessage) => void): () => void {
	open();
	listeners.add(listener);
	return () => listeners.delete(listener);
}

/**
 * What this tab itself just stored of a journey's edits (never another tab's), for a live
 * session to send on. `db` says which database it went to; `by` is whoever asked for the
 * write when it was not the journey's editor (a live binding storing what it received), so
 * that one can tell its own writes from the editor's.
 */
export interface StoredHere {
	journeyId: string;
	db: unknown;
	write: Change[];
	commit?: number;
	by?: unknown;
}

const storedListeners = new Set<(stored: StoredHere) => void>();

export function tellStored(stored: StoredHere): void {
	for (const listener of storedListeners) {
		try {
			listener(stored);
		} catch (error) {
			// The write is stored whatever a listener makes of it.
			console.warn('A listener to stored edits failed', error);
		}
	}
}

/** Calls `listener` with what this tab stores; returns the way to stop. */
export function onStored(listener: (stored: StoredHere) => void): () => void {
	storedListeners.add(listener);
	return () => storedListeners.delete(listener);
}
