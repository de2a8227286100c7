/**
 * The app's IndexedDB as data, read with the raw API (not the app's own code, which a test
 * should not trust to report on itself): two dumps are equal exactly when nothing was written.
 */
import type { Page } from '@playwright/test';

export type DatabaseDump = {
	version: number;
	stores: Record<string, { key: IDBValidKey; value: unknown }[]>;
};

/**
 * Every record of every object store of the app's database, with its key, in one read-only
 * transaction so the dump is one consistent moment. Stores come in name order and records in
 * key order, so equal databases give equal dumps. A database that does not exist yet is not
 * created by reading it: the dump is then empty.
 */
export function dumpDatabase(page: Page, name = 'touchpoint'): Promise<DatabaseDump> {
	return page.evaluate(async (name) => {
		const db = await new Promise<IDBDatabase | undefined>((resolve, reject) => {
			const request = indexedDB.open(name);
			let created = false;
			request.onupgradeneeded = () => {
				created = true;
				request.transaction?.abort();
			};
			request.onsuccess = () => resolve(request.result);
			request.onerror = (event) => {
				event.preventDefault();
				if (created) resolve(undefined);
				else reject(request.error);
			};
		});
		if (!db) return { version: 0, stores: {} };
		try {
			const names = [...db.objectStoreNames].sort();
			const stores: DatabaseDump['stores'] = {};
			if (names.length === 0) return { version: db.version, stores };
			const tx = db.transaction(names, 'readonly');
			await Promise.all(
				names.map(
					(store) =>
						new Promise<void>((resolve, reject) => {
							const keys = tx.objectStore(store).getAllKeys();
							const values = tx.objectStore(store).getAll();
							values.onerror = keys.onerror = () => reject(values.error ?? keys.error);
							values.onsuccess = () => {
								stores[store] = keys.result.map((key, i) => ({ key, value: values.result[i] }));
								resolve();
							};
						})
				)
			);
			return { version: db.version, stores };
		} finally {
			db.close();
		}
	}, name);
}
