/**
 * Work on screen that is not stored yet, such as an open journey's queued edits. Anything
 * that would throw the page away on purpose (reloading into a new version of the app) first
 * asks every holder to store what it has, and waits until all of it is stored.
 */
export interface UnsavedWork {
	/** Stores what is queued now; resolves when written, or when the write failed. */
	flush(): Promise<void>;
	/** Whether everything is stored. */
	readonly saved: boolean;
	/** Whether the browser refused the last write (a full disk, say) and it waits to retry. */
	readonly refused?: boolean;
}

const holders = new Set<UnsavedWork>();

/** Registers `work` until the returned function is called (when it leaves the screen). */
export function trackUnsavedWork(work: UnsavedWork): () => void {
	holders.add(work);
	return () => holders.delete(work);
}

/**
 * Asks before the page closes while the browser refuses to store what is on screen: the
 * page writes what it holds as it closes, but a write the browser refuses then is lost.
 * Edits merely queued are not worth a question: the closing page writes them at once.
 */
export function warnBeforeClosingWithRefusedWork(event: BeforeUnloadEvent) {
	if ([...holders].some((work) => work.refused)) event.preventDefault();
}

/** Stores everything queued; resolves to whether all of it is stored now. */
export async function storeUnsavedWork(): Promise<boolean> {
	const all = [...holders];
	await Promise.all(all.map((work) => work.flush()));
	return all.every((work) => work.saved);
}

/**
 * Resolves once everything is stored, trying again every `retryMs` while the browser
 * refuses to store; `onWaiting` is told the first time it has to wait.
 */
export async function whenAllStored(onWaiting: () => void, retryMs = 1_000): Promise<void> {
	let told = false;
	while (!(await storeUnsavedWork())) {
		if (!told) onWaiting();
		told = true;
		await new Promise((resolve) => setTimeout(resolve, retryMs));
	}
}
