/**
 * IndexedDB as the app's Dexie sees it: a database written by a newer Touchpoint is refused,
 * never opened as it is. Dexie 4 meets a newer database (IndexedDB's VersionError) by opening
 * it again with no version and patching its schema to what this version declares, which would
 * write into data this version does not understand. Here that second opening fails with the
 * VersionError it follows, so the database is left untouched and `openDatabase` says why.
 * Checking the version on disk before every opening instead costs a start-up a round trip to
 * the browser (`indexedDB.databases()`, about 10 ms here); this costs nothing until it refuses.
 */
export function ownVersionOnly(factory: IDBFactory): IDBFactory {
	const open = (name: string, version?: number): IDBOpenDBRequest => {
		if (version === undefined) {
			throw new DOMException(
				`The database ${name} is of a newer version than this app opens`,
				'VersionError'
			);
		}
		return factory.open(name, version);
	};
	return new Proxy(factory, {
		get(target, key) {
			if (key === 'open') return open;
			const value: unknown = Reflect.get(target, key, target);
			return typeof value === 'function' ? value.bind(target) : value;
		}
	});
}
