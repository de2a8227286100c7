/**
 * Persistent storage: a browser may clear a site's IndexedDB when space runs low unless the
 * site was granted persistence. Chromium grants or denies silently (by how much the site is
 * used), Firefox asks the user; either way the app asks when there is something worth
 * keeping (the first stored edit of a session) and when the user asks for it.
 */

export interface StorageState {
	/** Undefined where the browser has no StorageManager. */
	persisted: boolean | undefined;
	usage?: number;
	quota?: number;
}

const manager = () => (typeof navigator === 'undefined' ? undefined : navigator.storage);

export async function storageState(): Promise<StorageState> {
	const storage = manager();
	if (!storage?.persisted) return { persisted: undefined };
	const [persisted, estimate] = await Promise.all([
		storage.persisted(),
		storage.estimate?.().catch(() => undefined)
	]);
	return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

/** Asks for persistence; returns whether storage is persistent now. */
export async function askToPersist(): Promise<boolean> {
	const storage = manager();
	if (!storage?.persist) return false;
	try {
		return await storage.persist();
	} catch {
		return false;
	}
}

let asked: Promise<boolean> | undefined;

/** Asks once per page load, and only when storage is not persistent already. */
export function keepStorageOnce(): Promise<boolean> {
	asked ??= (async () => {
		const storage = manager();
		if (!storage?.persisted) return false;
		return (await storage.persisted().catch(() => false)) || askToPersist();
	})();
	return asked;
}
