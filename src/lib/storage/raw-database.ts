/**
 * The database read as it is on disk, with raw IndexedDB and no schema: what a failed
 * upgrade leaves behind can still be saved whole, since reading never upgrades. The dump's
 * shape is also how test fixtures describe a database written by an older version.
 */

export interface RawIndex {
	name: string;
	keyPath: string | string[];
	unique: boolean;
	multiEntry: boolean;
}

export interface RawStore {
	name: string;
	keyPath: string | string[] | null;
	autoIncrement: boolean;
	indexes: RawIndex[];
	records: unknown[];
}

export interface RawDatabaseDump {
	name: string;
	/** IndexedDB's own version number (Dexie's version × 10). */
	version: number;
	stores: RawStore[];
}

/** The version of the named database on disk, without opening it; undefined if unknown. */
export async function installedVersion(
	name: string,
	factory: IDBFactory = indexedDB
): Promise<number | undefined> {
	// Browsers without `databases()` (Firefox before 126) go without the check.
	if (typeof factory.databases !== 'function') return undefined;
	const found = (await factory.databases()).find((d) => d.name === name);
	return found?.version;
}

function opened(name: string, factory: IDBFactory): Promise<IDBDatabase | undefined> {
	return new Promise((resolve, reject) => {
		// Without a version IndexedDB opens what is there, as it is.
		const request = factory.open(name);
		let created = false;
		// Only a database that did not exist gets here: leave it uncreated.
		request.onupgradeneeded = () => {
			created = true;
			request.transaction?.abort();
		};
		request.onsuccess = () => resolve(request.result);
		request.onerror = (event) => {
			event.preventDefault();
			if (created) resolve(undefined);
			else reject(request.error ?? new Error(`Could not open ${name}`));
		};
	});
}

/** Every store of the named database, with its records; undefined if there is none. */
export async function readRawDatabase(
	name: string,
	factory: IDBFactory = indexedDB
): Promise<RawDatabaseDump | undefined> {
	const db = await opened(name, factory);
	if (!db) return undefined;
	try {
		const names = [...db.objectStoreNames];
		if (names.length === 0) return { name, version: db.version, stores: [] };
		const tx = db.transaction(names, 'readonly');
		const stores = await Promise.all(
			names.map(
				(storeName) =>
					new Promise<RawStore>((resolve, reject) => {
						const store = tx.objectStore(storeName);
						const request = store.getAll();
						request.onerror = () => reject(request.error);
						request.onsuccess = () =>
							resolve({
								name: storeName,
								keyPath: store.keyPath,
								autoIncrement: store.autoIncrement,
								indexes: [...store.indexNames].map((indexName) => {
									const index = store.index(indexName);
									return {
										name: indexName,
										keyPath: index.keyPath,
										unique: index.unique,
										multiEntry: index.multiEntry
									};
								}),
								records: request.result
							});
					})
			)
		);
		return { name, version: db.version, stores };
	} finally {
		db.close();
	}
}
