/**
 * How the browser's storage is doing, for the views that tell the person: whether it is
 * kept for good, whether a write failed for want of room, why the database would not open,
 * and a raw copy of it when it would not. Views ask here rather than of storage/ itself.
 */
export { DATABASE_NAME } from '$lib/storage/db';
export { openFailureOf, type StartupFailureKind } from '$lib/storage/open';
export {
	askToPersist,
	keepStorageOnce,
	storageState,
	type StorageState
} from '$lib/storage/persistence';
export { isQuotaError } from '$lib/storage/quota';
export { readRawDatabase } from '$lib/storage/raw-database';
