/**
 * What a write the person did not ask for (a journey kept as one value, an automatic
 * checkpoint) does when it fails: it says so in the console, and nothing else, since no work is
 * lost by it. A closed database is no news: the page, or a test, is done with it.
 */
export function warnUnlessClosed(what: string) {
	return (error: unknown) => {
		if ((error as Error)?.name !== 'DatabaseClosedError') console.warn(what, error);
	};
}

/** A journey not kept as one value: the next opening reads its records and keeps it then. */
export const snapshotNotKept = warnUnlessClosed('Could not keep the journey as one value');
