/**
 * Whether a failed write failed because the browser's storage is full. IndexedDB throws a
 * DOMException named QuotaExceededError; Dexie passes it on as its own QuotaExceededError,
 * or wraps it (`inner`) in an abort or a failed bulk write, so the chain is followed.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
	if (!error || typeof error !== 'object' || depth > 5) return false;
	const e = error as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
	if (e.name === 'QuotaExceededError') return true;
	if (Array.isArray(e.failures) && e.failures.some((f) => isQuotaError(f, depth + 1))) return true;
	return isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1);
}
