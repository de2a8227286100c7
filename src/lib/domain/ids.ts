/**
 * Ids for everything the app creates. `crypto.randomUUID` exists only in secure contexts
 * (https, localhost): served over plain http on a LAN, as at a workshop, it is missing, while
 * `crypto.getRandomValues` is there in every context. Both give a random (version 4) UUID.
 */
export function newId(): string {
	if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
	return uuidFromRandomBytes();
}

/** A version 4 UUID (RFC 9562) from `crypto.getRandomValues`. */
export function uuidFromRandomBytes(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
	bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10xx
	const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
