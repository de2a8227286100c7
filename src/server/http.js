// @ts-check
/**
 * Plain HTTP: the built app (any unknown path gets index.html, as on a static host, so deep
 * links work) and the health answer the client asks before offering a live session.
 */
import sirv from 'sirv';
import { HEALTH, HEALTH_PATH, LIVE_PATH } from '../lib/live/protocol.js';

const health = JSON.stringify(HEALTH);

/**
 * @param {string} buildDir
 * @returns {(request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void}
 */
export function createRequestHandler(buildDir) {
	const app = sirv(buildDir, { single: true, dotfiles: false, etag: true });
	return (request, response) => {
		const path = (request.url ?? '/').split('?')[0] ?? '/';
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			response.writeHead(405, { allow: 'GET, HEAD' }).end();
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
