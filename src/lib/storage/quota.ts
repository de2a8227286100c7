/**
 * Whether a failed write failed because the browser's storage is full. IndexedDB throws a
 * DOMException named QuotaExceededError when the browser's own quota is reached; Dexie
 * passes it on as its own QuotaExceededError, or wraps it (`inner`) in an abort or a failed
 * bulk write, so the chain is followed. When the disk itself is full, Chromium reports an
 * UnknownError naming FILE_ERROR_NO_SPACE and Firefox one naming NS_ERROR_FILE_NO_DEVICE_SPACE.
 * Chromium then closes the connection, and opening it again fails, while the disk is full,
 * with "Internal error opening backing store": the same want of room, retried the same way
 * (the database opened when the app started, so it is not a damaged profile).
 */
const NO_SPACE =
	/FILE_ERROR_NO_SPACE|NO_DEVICE_SPACE|DISK_FULL|Internal error opening backing store/;

export function isQuotaError(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	const e = error as {
		name?: unknown;
		message?: unknown;
		inner?: unknown;
		cause?: unknown;
		failures?: unknown;
	};
	if (e.name === 'QuotaExceededError') return true;
	if (typeof e.message === 'string' && NO_SPACE.test(e.message)) return true;
	if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
	return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}
