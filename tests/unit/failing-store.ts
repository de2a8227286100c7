/**
 * A write into one object store that fails, as a full disk or a value the browser refuses
 * does: `throws` at the put itself, or `aborts` the transaction once the put is made (a
 * quota error arrives so). Whatever writes the store (Dexie or straight into IndexedDB) meets
 * it. Returns the way back.
 */
export function failPutsInto(store: string, how: 'throws' | 'aborts', error: Error): () => void {
	const put = IDBObjectStore.prototype.put;
	const aborting = new WeakSet<IDBTransaction>();
	IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
		if (this.name !== store) return put.apply(this, args);
		if (how === 'throws') throw error;
		const request = put.apply(this, args);
		const tx = this.transaction;
		// Once, after the puts of this task are made, as an error from the disk comes.
		if (!aborting.has(tx)) {
			aborting.add(tx);
			queueMicrotask(() => tx.abort());
		}
		return request;
	};
	return () => {
		IDBObjectStore.prototype.put = put;
	};
}
