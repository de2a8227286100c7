// @ts-check
/**
 * Who may open which document, and whether they may write it (docs/architecture.md, "Live
 * sessions: the server"). Secrets are compared as SHA-256 digests in constant time; the server
 * never keeps a secret, only the hashes the owner registered.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { parseDocumentName, parseToken } from '../lib/live/protocol.js';

/**
 * @typedef {import('../lib/live/protocol.js').LiveRole} LiveRole
 * @typedef {{ role: LiveRole, roomId: string, pid?: string, readOnly: boolean }} Access
 */

/** Refusals carry a reason for the log; the client is only told "permission-denied" (or Ended). */
export class Refused extends Error {
	/** @param {string} why */
	constructor(why) {
		super(why);
		this.name = 'Refused';
	}
}

/**
 * The room was stopped and the secret was right: the client is told the session ended (a
 * browser offline at the stop learns it so, rather than retrying as after a server restart).
 */
export class Ended extends Refused {
	constructor() {
		super('room stopped');
		this.name = 'Ended';
	}
}

/** @param {string} text */
const digest = (text) => createHash('sha256').update(text, 'utf8').digest();

/**
 * @param {Buffer} a
 * @param {Buffer} b
 */
const same = (a, b) => a.length === b.length && timingSafeEqual(a, b);

/**
 * @param {object} options
 * @param {string} options.token the provider's token, as it arrived
 * @param {string} options.documentName
 * @param {import('./rooms.js').Rooms} options.rooms
 * @param {number} [options.waitForOwnerMs] how long a link waits for its room's owner to register
 * @returns {Promise<Access>}
 */
export async function authorize({ token, documentName, rooms, waitForOwnerMs = 0 }) {
	const document = parseDocumentName(documentName);
	if (!document) throw new Refused('unknown document');
	const { roomId, pid } = document;
	const credentials = parseToken(token);
	if (!credentials) throw new Refused('malformed token');

	if (credentials.role === 'owner') {
		const ownerRoom = digest(credentials.secret).subarray(0, 16);
		if (!same(ownerRoom, Buffer.from(roomId, 'hex'))) throw new Refused('wrong owner secret');
		// Every owner connection refreshes the room, so a restarted server learns it again.
		await rooms.register(roomId, credentials.register);
		return { role: 'owner', roomId, ...(pid ? { pid } : {}), readOnly: pid !== undefined };
	}

	let hashes = await rooms.lookup(roomId);
	const ended = hashes ? null : await rooms.endedRoom(roomId);
	if (ended) {
		const expected = Buffer.from(ended[credentials.role], 'hex');
		if (!same(digest(credentials.secret), expected))
			throw new Refused(`wrong ${credentials.role} secret`);
		throw new Ended();
	}
	if (!hashes && waitForOwnerMs > 0) {
		await rooms.waitForRegistration(roomId, waitForOwnerMs);
		hashes = await rooms.lookup(roomId);
	}
	if (!hashes) throw new Refused('room not registered');
	const expected = Buffer.from(hashes[credentials.role], 'hex');
	if (!same(digest(credentials.secret), expected))
		throw new Refused(`wrong ${credentials.role} secret`);

	if (credentials.role === 'editor') {
		return { role: 'editor', roomId, ...(pid ? { pid } : {}), readOnly: pid !== undefined };
	}
	// A participant's context names their own pid, on the journey as on their own document.
	const own = digest(credentials.personalKey).subarray(0, 16);
	if (pid === undefined)
		return { role: 'participant', roomId, pid: own.toString('hex'), readOnly: true };
	if (!same(own, Buffer.from(pid, 'hex'))) throw new Refused("another participant's document");
	return { role: 'participant', roomId, pid, readOnly: false };
}
