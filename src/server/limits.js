// @ts-check
/**
 * What one browser may ask of the server: WebSocket upgrades only from the app's own origin,
 * and a bounded number of messages per connection (their size is bounded by ws's maxPayload).
 */

/**
 * A 5,000-frustration journey's first sync is a few MB; nothing a person does comes near this.
 */
export const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/**
 * Messages per connection within `seconds`. An owner opening a room with 30 participants' documents
 * sends about 4 × 31 messages at once; dragging a card sends tens per second.
 */
export const MESSAGE_RATE = Object.freeze({ messages: 1000, seconds: 5 });

/**
 * @typedef {{ messages: number, seconds: number }} MessageRate
 */

/**
 * Browsers always send Origin on a WebSocket upgrade; a page elsewhere must not reach the
 * room with the visitor's network position. Non-browser clients send none and hold secrets anyway.
 * @param {import('node:http').IncomingMessage} request
 * @param {readonly string[]} origins extra allowed origins (a TLS proxy's public one)
 */
export function originAllowed(request, origins) {
	const origin = request.headers.origin;
	if (origin === undefined) return true;
	let url;
	try {
		url = new URL(origin);
	} catch {
		return false;
	}
	if (origins.includes(url.origin)) return true;
	return url.host === request.headers.host;
}

/**
 * Counts the socket's messages in fixed windows; past the limit, calls `exceeded` once
 * (which closes the socket). Registered before Hocuspocus's own listener, so a flood is cut
 * before Hocuspocus queues it.
 * @param {import('ws').WebSocket} socket
 * @param {MessageRate} rate
 * @param {() => void} exceeded
 */
export function limitMessageRate(socket, rate, exceeded) {
	let windowStart = Date.now();
	let count = 0;
	let tripped = false;
	socket.on('message', () => {
		const now = Date.now();
		if (now - windowStart >= rate.seconds * 1000) {
			windowStart = now;
			count = 0;
		}
		count += 1;
		if (count > rate.messages && !tripped) {
			tripped = true;
			exceeded();
		}
	});
}

/**
 * Join-code lookups per address within `seconds`. A room of phones behind one Wi-Fi router's
 * address looks up once each; guessing a 50-bit code at this rate is hopeless.
 */
export const CODE_LOOKUP_RATE = Object.freeze({ requests: 120, seconds: 60 });

/** Addresses counted at once; past this the counts start afresh (a bound on memory). */
const MAX_ADDRESSES = 10_000;

/**
 * Counts requests per address in fixed windows.
 * @param {{ requests: number, seconds: number }} rate
 * @returns {(address: string) => boolean} whether this request is within the limit
 */
export function limitPerAddress(rate) {
	/** @type {Map<string, { start: number, count: number }>} */
	const counts = new Map();
	return (address) => {
		const now = Date.now();
		let entry = counts.get(address);
		if (!entry || now - entry.start >= rate.seconds * 1000) {
			if (!entry && counts.size >= MAX_ADDRESSES) counts.clear();
			entry = { start: now, count: 0 };
			counts.set(address, entry);
		}
		entry.count += 1;
		return entry.count <= rate.requests;
	};
}
