/**
 * A journey's read begun as a person presses its link in the list, taken by the opening that
 * follows (./journeys.ts `openJourney`). The click comes when the button is let go, and the
 * router then waits for a frame before it loads the page: the read, about 10 ms at 5,000
 * frustrations, is done by then instead of starting then. Kept one second at most, so a later
 * opening reads afresh; a write stored meanwhile is caught up with once the map follows other
 * tabs (./other-tabs.ts).
 */
import { database } from '$lib/storage/db';
import { readJourney, type ReadJourney } from '$lib/storage/journey-snapshot';

const KEPT_MS = 1_000;

let ahead: { id: string; at: number; read: Promise<ReadJourney | undefined> } | undefined;

/** Starts reading journey `id`: its link is being pressed. */
export function readAhead(id: string): void {
	if (ahead?.id === id && performance.now() - ahead.at < KEPT_MS) return;
	const read = readJourney(id, database());
	// Taken, it fails the opening as a read of its own would; never taken, it fails no one.
	read.catch(() => {});
	ahead = { id, at: performance.now(), read };
}

/** The read begun for journey `id` in the last second, once; undefined when there is none. */
export function takeReadAhead(id: string): Promise<ReadJourney | undefined> | undefined {
	const taken = ahead;
	ahead = undefined;
	return taken && taken.id === id && performance.now() - taken.at < KEPT_MS
		? taken.read
		: undefined;
}

/**
 * Lets go of any read begun: the journey's page is open and hears other tabs now. The router
 * may have opened it from a read of its own (the link was hovered first); one of this press,
 * taken by a later re-read (a write caught up with, another tab's replace), would be stale.
 */
export function forgetReadAhead(): void {
	ahead = undefined;
}
