// @ts-check
/**
 * Room registrations: for each live room, the SHA-256 of its editor and participant secrets,
 * as the owner registered them, and the hash of its join code (a phone asks which room a code
 * names). In memory for one server; in Redis (`touchpoint:room:<roomId>`, `touchpoint:code:
 * <codeHash>`) when several share it, so that any instance can let anyone in, also while the
 * owner is offline; a code lives and goes with its room's registration.
 * A stop is announced on a Redis channel, so every instance ends the room's connections.
 */
import { Redis } from 'ioredis';

/** @typedef {{ editor: string, participant: string, code?: string }} RoomHashes */
/** @typedef {(line: string) => void} Log */

const KEY_PREFIX = 'touchpoint:room:';
const CODE_PREFIX = 'touchpoint:code:';
const ENDED_PREFIX = 'touchpoint:ended:';
const CHANNEL = 'touchpoint:rooms';
/** An abandoned room (never stopped) is forgotten after this; each owner connection renews it. */
const TTL_SECONDS = 30 * 24 * 60 * 60;
/**
 * A stopped room's hashes are kept this long, so a browser that was offline at the stop is told
 * the session ended (not a bare refusal, which it would keep retrying).
 */
const ENDED_SECONDS = 7 * 24 * 60 * 60;
/** Without Redis, the oldest registrations go first past this many (a bound on memory). */
const MEMORY_ROOMS = 10_000;

/**
 * @param {{ redisUrl?: string, log: Log }} options
 */
export function createRooms({ redisUrl, log }) {
	/** @type {Map<string, RoomHashes>} only without Redis */
	const memory = new Map();
	/** @type {Map<string, RoomHashes>} stopped rooms, only without Redis */
	const ended = new Map();
	/** @type {Map<string, string>} code hash → room id, only without Redis */
	const codes = new Map();
	/** @type {Map<string, Set<() => void>>} connections waiting for a room's owner */
	const waiting = new Map();
	/** @type {Set<(roomId: string) => void>} */
	const stopListeners = new Set();

	const store = redisUrl ? new Redis(redisUrl, { lazyConnect: false }) : null;
	const subscriber = store?.duplicate() ?? null;
	for (const client of [store, subscriber]) {
		client?.on('error', (error) => log(`redis: ${error.message}`));
	}
	const ready = subscriber
		? subscriber.subscribe(CHANNEL).then(() => undefined)
		: Promise.resolve(undefined);
	subscriber?.on('message', (_channel, message) => {
		const [kind, roomId] = String(message).split(' ');
		if (!roomId) return;
		if (kind === 'registered') wake(roomId);
		if (kind === 'stopped') stopListeners.forEach((listener) => listener(roomId));
	});

	/**
	 * @param {string} roomId
	 * @returns {Promise<RoomHashes | null>}
	 */
	async function lookup(roomId) {
		if (!store) return memory.get(roomId) ?? null;
		return parse(await store.get(KEY_PREFIX + roomId));
	}

	/**
	 * @param {string | null} stored
	 * @returns {RoomHashes | null}
	 */
	function parse(stored) {
		if (stored === null) return null;
		try {
			const { editor, participant, code } = JSON.parse(stored);
			if (typeof editor === 'string' && typeof participant === 'string') {
				return typeof code === 'string' ? { editor, participant, code } : { editor, participant };
			}
		} catch {
			// Not ours to trust: treated as unregistered.
		}
		return null;
	}

	/** @param {string} roomId */
	function forgetCode(roomId) {
		const code = memory.get(roomId)?.code;
		if (code && codes.get(code) === roomId) codes.delete(code);
	}

	/** @param {string} roomId */
	function wake(roomId) {
		waiting.get(roomId)?.forEach((resolve) => resolve());
		waiting.delete(roomId);
	}

	return {
		/** Resolves once the Redis subscription is live (at once without Redis). */
		ready,

		/**
		 * @param {string} roomId
		 * @param {RoomHashes} hashes
		 */
		async register(roomId, hashes) {
			if (store) {
				const before = await lookup(roomId);
				const batch = store.multi();
				if (before?.code && before.code !== hashes.code) batch.del(CODE_PREFIX + before.code);
				batch.set(KEY_PREFIX + roomId, JSON.stringify(hashes), 'EX', TTL_SECONDS);
				batch.del(ENDED_PREFIX + roomId);
				if (hashes.code) batch.set(CODE_PREFIX + hashes.code, roomId, 'EX', TTL_SECONDS);
				await batch.exec();
				await store.publish(CHANNEL, `registered ${roomId}`);
				return;
			}
			forgetCode(roomId);
			memory.delete(roomId);
			ended.delete(roomId);
			memory.set(roomId, hashes);
			if (hashes.code) codes.set(hashes.code, roomId);
			if (memory.size > MEMORY_ROOMS) {
				const oldest = /** @type {string} */ (memory.keys().next().value);
				forgetCode(oldest);
				memory.delete(oldest);
			}
			wake(roomId);
		},

		/**
		 * The room a join code's hash was registered for, while that room is.
		 * @param {string} codeHash
		 * @returns {Promise<string | null>}
		 */
		async roomOfCode(codeHash) {
			if (!store) return codes.get(codeHash) ?? null;
			const roomId = await store.get(CODE_PREFIX + codeHash);
			// The room's own registration has the last word (a code replaced or a room stopped).
			if (roomId === null || (await lookup(roomId))?.code !== codeHash) return null;
			return roomId;
		},

		lookup,

		/**
		 * The hashes of a room stopped within ENDED_SECONDS (none while it is registered).
		 * @param {string} roomId
		 * @returns {Promise<RoomHashes | null>}
		 */
		async endedRoom(roomId) {
			if (!store) return ended.get(roomId) ?? null;
			return parse(await store.get(ENDED_PREFIX + roomId));
		},

		/**
		 * Waits until the room is registered (its owner reconnects, say after a server restart),
		 * at most `ms`; resolves either way.
		 * @param {string} roomId
		 * @param {number} ms
		 * @returns {Promise<void>}
		 */
		waitForRegistration(roomId, ms) {
			return new Promise((resolve) => {
				const done = () => {
					clearTimeout(timer);
					waiting.get(roomId)?.delete(done);
					if (waiting.get(roomId)?.size === 0) waiting.delete(roomId);
					resolve();
				};
				const timer = setTimeout(done, ms);
				const set = waiting.get(roomId) ?? new Set();
				set.add(done);
				waiting.set(roomId, set);
			});
		},

		/**
		 * Forgets the room everywhere and tells every instance (this one too) to end it.
		 * @param {string} roomId
		 */
		async stop(roomId) {
			if (store) {
				const hashes = await lookup(roomId);
				if (hashes?.code) await store.del(CODE_PREFIX + hashes.code);
				const { editor, participant } = hashes ?? {};
				const batch = store.multi().del(KEY_PREFIX + roomId);
				if (editor && participant) {
					const kept = JSON.stringify({ editor, participant });
					batch.set(ENDED_PREFIX + roomId, kept, 'EX', ENDED_SECONDS);
				}
				await batch.exec();
				await store.publish(CHANNEL, `stopped ${roomId}`);
				return;
			}
			const hashes = memory.get(roomId);
			forgetCode(roomId);
			memory.delete(roomId);
			if (hashes) {
				ended.set(roomId, { editor: hashes.editor, participant: hashes.participant });
				if (ended.size > MEMORY_ROOMS)
					ended.delete(/** @type {string} */ (ended.keys().next().value));
			}
			stopListeners.forEach((listener) => listener(roomId));
		},

		/** @param {(roomId: string) => void} listener */
		onStopped(listener) {
			stopListeners.add(listener);
		},

		async close() {
			for (const resolvers of waiting.values()) resolvers.forEach((resolve) => resolve());
			waiting.clear();
			await Promise.all([store?.quit(), subscriber?.quit()].map((p) => p?.catch(() => {})));
		}
	};
}

/** @typedef {ReturnType<typeof createRooms>} Rooms */
