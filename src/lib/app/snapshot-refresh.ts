/**
 * Where a journey is kept as one value again once its edits settle: in a worker of its own
 * (../storage/snapshot-worker.ts), started the first time it is needed, so reading the records
 * back and laying out their text never holds up the page. Where a worker cannot start, on the
 * page itself, as before.
 */
import { database } from '$lib/storage/db';
import { refreshSnapshot } from '$lib/storage/journey-snapshot';
import type { RefreshRequest } from '$lib/storage/snapshot-worker';

let worker: Worker | undefined;
let failed = false;

function startWorker(): Worker | undefined {
	if (failed || typeof Worker === 'undefined') return undefined;
	try {
		worker ??= new Worker(new URL('../storage/snapshot-worker.ts', import.meta.url), {
			type: 'module',
			name: 'snapshot'
		});
		worker.addEventListener('error', () => {
			// Its script could not load (an old cache, a blocked worker): the page does it.
			failed = true;
			worker = undefined;
		});
		return worker;
	} catch {
		failed = true;
		return undefined;
	}
}

/** Keeps the journey as one value again, if a write has made its stored one stale. */
export function refreshSnapshotAway(journeyId: string): Promise<unknown> {
	const away = startWorker();
	if (!away) return refreshSnapshot(journeyId, database());
	away.postMessage({ journeyId } satisfies RefreshRequest);
	return Promise.resolve();
}
