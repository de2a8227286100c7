// @ts-check
/**
 * Plain HTTP: the built app (any unknown path gets index.html, as on a static host, so deep
 * links work), the health answer the client asks before offering a live session, and the room
 * a join code's hash names (rate limited per address).
 */
import sirv from 'sirv';
import { CODE_PATH, HASH_PATTERN, HEALTH, HEALTH_PATH, LIVE_PATH } from '../lib/live/protocol.js';

const health = JSON.stringify(HEALTH);

/**
 * @typedef {object} CodeLookup
 * @property {(codeHash: string) => Promise<string | null>} roomOfCode
 * @property {(address: string) => boolean} allow whether this address may look up now
 * @property {(line: string) => void} log
 */

/**
 * How long a browser may keep each file. The build names a file under `_app/immutable/` by its
 * content, so it never changes: kept for a year without asking again (and the browser keeps
 * its compiled code with it). The page and the service worker keep their names across versions:
 * asked for again each time (a 304 when unchanged).
 * @param {import('node:http').ServerResponse} response
 * @param {string} pathname
 */
function cacheRules(response, pathname) {
	response.setHeader(
		'cache-control',
		pathname.startsWith('/_app/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache'
	);
}

/**
 * @param {string} buildDir
 * @param {CodeLookup} [codes] without it, join codes are unknown here
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function createRequestHandler(buildDir, codes) {
	const app = sirv(buildDir, { single: true, dotfiles: false, etag: true, setHeaders: cacheRules });
	return (request, response) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
			return;
		}
		if (path.startsWith(CODE_PATH)) {
			void answerCode(path.slice(CODE_PATH.length), request, response, codes);
			return;
		}
		if (path === HEALTH_PATH) {
			response
				.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
				.end(request.method === 'HEAD' ? undefined : health);
			return;
		}
		if (path === LIVE_PATH) {
			response.writeHead(426, { upgrade: 'websocket' }).end();
			return;
		}
		app(request, response, () => {
			response.writeHead(404).end();
		});
	};
}

/**
 * @param {string} codeHash
 * @param {import('node:http').IncomingMessage} request
 * @param {import('node:http').ServerResponse} response
 * @param {CodeLookup | undefined} codes
 */
async function answerCode(codeHash, request, response, codes) {
	const headers = { 'content-type': 'application/json', 'cache-control': 'no-store' };
	const from = request.socket.remoteAddress ?? '?';
	if (codes && !codes.allow(from)) {
		codes.log(`refused code lookup from ${from}: over the rate limit`);
		response.writeHead(429, { ...headers, 'retry-after': '60' }).end();
		return;
	}
	let room = null;
	try {
		if (codes && HASH_PATTERN.test(codeHash)) room = await codes.roomOfCode(codeHash);
	} catch (error) {
		codes?.log(`code lookup failed: ${error instanceof Error ? error.message : String(error)}`);
		response.writeHead(503, headers).end();
		return;
	}
	if (room === null) {
		response.writeHead(404, headers).end();
		return;
	}
	response
		.writeHead(200, headers)
		.end(request.method === 'HEAD' ? undefined : JSON.stringify({ room }));
}
