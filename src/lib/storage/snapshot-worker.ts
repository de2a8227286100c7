/// <reference lib="webworker" />
/**
 * Keeps a journey as one value again (`refreshSnapshot`) off the page's own thread. Doing it
 * there read every record back, put them in order and laid out their text in the middle of
 * the person's work: at 50,000 frustrations, a few hundred milliseconds in which the page
 * could not answer a key, two seconds after every pause in editing. Here, IndexedDB is the
 * same database, opened by Dexie as the page opens it; nothing else is shared.
 * Started by ../app/snapshot-refresh.ts.
 */
import { snapshotNotKept } from './background-failure';
import { database } from './db';
import { refreshSnapshot } from './journey-snapshot';

export interface RefreshRequest {
	journeyId: string;
}

const worker = self as unknown as DedicatedWorkerGlobalScope;

worker.addEventListener('message', (event: MessageEvent<RefreshRequest>) => {
	void refreshSnapshot(event.data.journeyId, database()).catch(snapshotNotKept);
});
