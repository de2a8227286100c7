// @ts-check
/**
 * The sync engine: Hocuspocus with our rules (who opens what, who may stop a room), connection
 * throttling, and with Redis the relay that lets several instances serve one room. No
 * persistence extension: each browser's IndexedDB holds the truth and resyncs on reconnect.
 */
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Throttle } from '@hocuspocus/extension-throttle';
import { Hocuspocus } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import { ENDED, parseDocumentName, STOPPED } from '../lib/live/protocol.js';
import { authorize, Ended, Refused } from './auth.js';

/** y-protocols' sync message type of an incremental update. */
const YJS_UPDATE = 2;

/**
 * New connection attempts per address (each document a client opens counts once) before it is
 * turned away for a minute. An owner reconnecting with 30 participants' documents makes 31.
 */
export const THROTTLE = Object.freeze({ throttle: 300, consideredSeconds: 60, banTime: 1 });

/**
 * @param {object} options
 * @param {import('./rooms.js').Rooms} options.rooms
 * @param {string} [options.redisUrl]
 * @param {(line: string) => void} options.log
 * @param {Partial<typeof THROTTLE>} [options.throttle]
 * @param {number} options.waitForOwnerMs
 */
export function createHocuspocus({ rooms, redisUrl, log, throttle = THROTTLE, waitForOwnerMs }) {
	/** @type {import('@hocuspocus/server').Extension[]} */
	const extensions = [new Throttle({ ...THROTTLE, ...throttle })];
	if (redisUrl) {
		const relay = new RedisExtension({
			prefix: 'touchpoint:doc',
			createClient: () => {
				const client = new Redis(redisUrl);
				client.on('error', (error) => log(`redis: ${error.message}`));
				return client;
			}
		});
		// Its store hooks only take a Redis lock around a database write, and nothing is stored
		// here: without them no edit costs a lock, and instances do not log losing it to each other.
		extensions.push(
			Object.assign(relay, { onStoreDocument: undefined, afterStoreDocument: undefined })
		);
	}

	/** @type {WeakSet<import('@hocuspocus/server').Connection>} */
	const droppedFrom = new WeakSet();
	const hocuspocus = new Hocuspocus({
		quiet: true,
		extensions,

		async onAuthenticate({ token, documentName, context, connectionConfig }) {
			try {
				const { readOnly, ...access } = await authorize({
					token,
					documentName,
					rooms,
					waitForOwnerMs
				});
				connectionConfig.readOnly = readOnly;
				return access;
			} catch (error) {
				const why = error instanceof Refused ? error.message : String(error);
				log(`refused ${context.connectionId} on ${documentName.slice(0, 80)}: ${why}`);
				// Without a message Hocuspocus does not print it again; the client hears only this,
				// or, holding a right secret of a stopped room, that it ended.
				throw { reason: error instanceof Ended ? ENDED : 'permission-denied' };
			}
		},

		// Hocuspocus drops an update from a read-only connection; say so once per connection and
		// document (a forged client may send many).
		async beforeSync({ connection, documentName, type }) {
			if (!connection.readOnly || type !== YJS_UPDATE || droppedFrom.has(connection)) return;
			droppedFrom.add(connection);
			const { connectionId, role } = connection.context;
			log(`dropped update from ${connectionId} (${role}, read-only) on ${documentName}`);
		},

		async onStateless({ connection, documentName, payload }) {
			/** @type {unknown} */
			let message;
			try {
				message = JSON.parse(payload);
			} catch {
				return;
			}
			if (typeof message !== 'object' || message === null) return;
			if (/** @type {{ type?: unknown }} */ (message).type !== 'stop') return;
			const { role, roomId, connectionId } = connection.context;
			const document = parseDocumentName(documentName);
			if (role !== 'owner' || !document || document.pid !== undefined) {
				log(`stop refused from ${connectionId} (${role}) on ${documentName}`);
				return;
			}
			log(`stop ${roomId} by ${connectionId}`);
			await rooms.stop(roomId);
		}
	});

	// On every instance: tell each connection of the room's documents, then close them.
	rooms.onStopped((roomId) => {
		let ended = 0;
		for (const [name, document] of hocuspocus.documents) {
			if (parseDocumentName(name)?.roomId !== roomId) continue;
			for (const connection of document.getConnections()) {
				connection.sendStateless(STOPPED);
				ended += 1;
			}
			hocuspocus.closeConnections(name);
		}
		log(`stopped ${roomId}: ${ended} connection(s) ended here`);
	});

	return hocuspocus;
}
