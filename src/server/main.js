// @ts-check
/**
 * `npm start`'s server: the built app and the live-session endpoint on one origin and port, so
 * the CSP's `connect-src 'self'` covers the WebSocket and a LAN or a TLS proxy needs one address.
 */
import { createServer } from 'node:http';
import { WebSocketServer } from 'ws';
import { LIVE_PATH } from '../lib/live/protocol.js';
import { createHocuspocus } from './hocuspocus.js';
import { createRequestHandler } from './http.js';
import {
	CODE_LOOKUP_RATE,
	limitMessageRate,
	limitPerAddress,
	MAX_MESSAGE_BYTES,
	MESSAGE_RATE,
	originAllowed
} from './limits.js';
import { createRooms } from './rooms.js';

/**
 * @typedef {object} ServerOptions
 * @property {string} [host] default 127.0.0.1; 0.0.0.0 for a LAN
 * @property {number} [port] default 4173; 0 for any free port
 * @property {string} [buildDir] the built app, default `build`
 * @property {string} [redisUrl] share rooms with other instances through this Redis
 * @property {(line: string) => void} [log] one line per refusal, dropped connection and stop
 * @property {readonly string[]} [origins] origins allowed beside the Host's own (a TLS proxy's)
 * @property {import('./limits.js').MessageRate} [messageRate] per connection
 * @property {number} [maxMessageBytes] per message
 * @property {Partial<typeof import('./hocuspocus.js').THROTTLE>} [throttle] connection attempts per address
 * @property {{ requests: number, seconds: number }} [codeLookupRate] join-code lookups per address
 * @property {number} [waitForOwnerMs] how long a link's connection waits for an unknown room's
 *   owner to register it (after a restart the owner and the others reconnect together)
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url e.g. http://127.0.0.1:4173/
 * @property {number} port the port listened on
 * @property {() => Promise<void>} close ends every connection and stops listening
 */

/**
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
	host = '127.0.0.1',
	port = 4173,
	buildDir = 'build',
	redisUrl,
	log = (line) => console.log(line),
	origins = [],
	messageRate = MESSAGE_RATE,
	maxMessageBytes = MAX_MESSAGE_BYTES,
	throttle,
	codeLookupRate = CODE_LOOKUP_RATE,
	waitForOwnerMs = 10_000
} = {}) {
	const rooms = createRooms({ redisUrl, log });
	await rooms.ready;
	const hocuspocus = createHocuspocus({ rooms, redisUrl, log, throttle, waitForOwnerMs });
	const server = createServer(
		createRequestHandler(buildDir, {
			roomOfCode: rooms.roomOfCode,
			allow: limitPerAddress(codeLookupRate),
			log
		})
	);
	const sockets = new WebSocketServer({ noServer: true, maxPayload: maxMessageBytes });
	let connections = 0;

	server.on('upgrade', (request, socket, head) => {
		const path = (request.url ?? '').split('?')[0] ?? '';
		const from = request.socket.remoteAddress ?? '?';
		if (path !== LIVE_PATH) {
			log(`refused upgrade from ${from} to ${path.slice(0, 80)}: not ${LIVE_PATH}`);
			socket.destroy();
			return;
		}
		if (!originAllowed(request, origins)) {
			log(`refused upgrade from ${from}: origin ${String(request.headers.origin).slice(0, 80)}`);
			socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
			return;
		}
		sockets.handleUpgrade(request, socket, head, (ws) => {
			const connectionId = `c${++connections}`;
			limitMessageRate(ws, messageRate, () => {
				log(
					`closed ${connectionId} from ${from}: over ${messageRate.messages} messages in ${messageRate.seconds} s`
				);
				ws.terminate();
			});
			// ws reports an oversized message as an error, then closes with 1009.
			ws.on('error', (error) => log(`closed ${connectionId} from ${from}: ${error.message}`));
			hocuspocus.handleConnection(ws, request, { connectionId });
		});
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => resolve(undefined));
	});
	const address = server.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host;

	return {
		url: `http://${shown.includes(':') ? `[${shown}]` : shown}:${actualPort}/`,
		port: actualPort,
		async close() {
			for (const ws of sockets.clients) ws.terminate();
			server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve(undefined)));
			await hocuspocus.hooks('onDestroy', { instance: hocuspocus });
			await rooms.close();
		}
	};
}
