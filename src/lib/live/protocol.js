// @ts-check
/**
 * What the browser and the live server (src/server/) must agree on: paths, document names,
 * secrets, join links and provider tokens. Plain JavaScript with JSDoc so that Node runs it
 * without a build step; no dependency but @noble/hashes, because crypto.subtle is missing on a
 * plain-http LAN origin (a phone joining a workshop).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** The WebSocket endpoint, on the app's own origin and port. */
export const LIVE_PATH = '/live';
/** Answers only on the Touchpoint server; a static host answers 404 or the SPA's index.html. */
export const HEALTH_PATH = '/live/health';
export const HEALTH = Object.freeze({ touchpoint: 'live', version: 1 });

/** @typedef {'owner' | 'editor' | 'participant'} LiveRole */
/** @type {readonly LiveRole[]} */
export const ROLES = Object.freeze(['owner', 'editor', 'participant']);

/** Stateless payloads on `journey:<roomId>`: the owner's request, and the server's notice to all. */
export const STOP = JSON.stringify({ type: 'stop' });
export const STOPPED = JSON.stringify({ type: 'stopped' });
/** The refusal a right secret of a stopped room hears (anything else: `permission-denied`). */
export const ENDED = 'session-ended';

/** 128 random bits in base64url, without padding. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{22}$/;
/** A participant's personal key: at least 96 bits of base64url (newSecret() gives 128). */
export const PERSONAL_KEY_PATTERN = /^[A-Za-z0-9_-]{16,128}$/;
/** Room ids and participant ids: the first 128 bits of a SHA-256, in lowercase hex. */
export const ID_PATTERN = /^[0-9a-f]{32}$/;
/** A whole SHA-256 in lowercase hex, as the owner registers the editor's and participant's. */
export const HASH_PATTERN = /^[0-9a-f]{64}$/;

const DOCUMENT_NAME = /^journey:([0-9a-f]{32})(?::p:([0-9a-f]{32}))?$/;

/** A fresh secret: 128 bits of crypto.getRandomValues as 22 base64url characters. */
export function newSecret() {
	const bytes = crypto.getRandomValues(new Uint8Array(16));
	return btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');
}

/** @param {string} text SHA-256 of its UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text) {
	return bytesToHex(sha256(utf8ToBytes(text)));
}

/** @param {string} ownerSecret */
export const roomIdFor = (ownerSecret) => sha256Hex(ownerSecret).slice(0, 32);

/** @param {string} personalKey */
export const pidFor = (personalKey) => sha256Hex(personalKey).slice(0, 32);

/** @param {string} roomId */
export const journeyDocumentName = (roomId) => `journey:${roomId}`;

/**
 * @param {string} roomId
 * @param {string} pid
 */
export const participantDocumentName = (roomId, pid) => `journey:${roomId}:p:${pid}`;

/**
 * @param {string} name a Hocuspocus document name
 * @returns {{ roomId: string, pid?: string } | null} null for any name that is not ours
 */
export function parseDocumentName(name) {
	const match = DOCUMENT_NAME.exec(name);
	if (!match) return null;
	const [, roomId, pid] = match;
	return pid
		? { roomId: /** @type {string} */ (roomId), pid }
		: { roomId: /** @type {string} */ (roomId) };
}

/**
 * @typedef {{ room: string, role: 'editor' | 'participant', key: string }} JoinFragment
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or off a projector is typed right. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 10 characters of 5 bits: 50 bits, far beyond guessing at the lookup's rate limit. */
export const CODE_LENGTH = 10;
/** `GET /live/code/<codeHash>` answers `{"room":"<roomId>"}`, or 404. */
export const CODE_PATH = '/live/code/';

/** A fresh join code: 10 characters of Crockford base32 from crypto.getRandomValues. */
export function newJoinCode() {
	const bytes = crypto.getRandomValues(new Uint8Array(CODE_LENGTH));
	// 256 is a multiple of 32: taking the low 5 bits of each byte is uniform.
	return Array.from(bytes, (b) => CODE_ALPHABET[b & 31]).join('');
}

/** @param {string} code 10 characters, as newJoinCode gives */
export const formatJoinCode = (code) => `${code.slice(0, 5)}-${code.slice(5)}`;

/**
 * What a person typed, as a code: case, spaces and hyphens do not matter, and the letters
 * Crockford's alphabet leaves out are read as the digits they look like.
 * @param {string} text
 * @returns {string | null} null unless exactly 10 valid characters remain
 */
export function normalizeJoinCode(text) {
	if (typeof text !== 'string' || text.length > 64) return null;
	const code = text.toUpperCase().replace(/[\s-]/g, '').replaceAll('O', '0').replace(/[IL]/g, '1');
	if (code.length !== CODE_LENGTH) return null;
	for (const c of code) if (!CODE_ALPHABET.includes(c)) return null;
	return code;
}

/**
 * The participant link's secret, derived from the code (so the code alone lets a phone join):
 * the first 16 bytes of SHA-256('touchpoint:participant:' + code), in base64url.
 * @param {string} code
 */
export function participantSecretFor(code) {
	const bytes = sha256(utf8ToBytes(`touchpoint:participant:${code}`)).subarray(0, 16);
	return btoa(String.fromCharCode(...bytes))
		.replaceAll('+', '-')
		.replaceAll('/', '_')
		.replace(/=+$/, '');
}

/**
 * What the server keeps of a code (it never learns the code, nor the secret derived from it).
 * @param {string} code
 */
export const codeHashFor = (code) => sha256Hex(`touchpoint:code:${code}`);

/**
 * The short link of the QR code and the projector; the code after `#`, which no server or
 * proxy log sees.
 * @param {string} origin
 * @param {string} code
 */
export const shortJoinLink = (origin, code) => `${origin}/j#${formatJoinCode(code)}`;

/**
 * A join link: the secret only after `#`, which browsers never send to a server.
 * @param {string} origin e.g. location.origin
 * @param {JoinFragment} fragment
 */
export function joinLink(origin, { room, role, key }) {
	return `${origin}/join#room=${room}&role=${role}&key=${key}`;
}

/**
 * @param {string} hash location.hash, with or without its `#`
 * @returns {JoinFragment | null} null when anything is missing or malformed
 */
export function parseJoinFragment(hash) {
	const params = new URLSearchParams(hash.replace(/^#/, ''));
	const room = params.get('room');
	const role = params.get('role');
	const key = params.get('key');
	if (room === null || !ID_PATTERN.test(room)) return null;
	if (role !== 'editor' && role !== 'participant') return null;
	if (key === null || !SECRET_PATTERN.test(key)) return null;
	return { room, role, key };
}

/**
 * @typedef {{ editor: string, participant: string, code?: string }} Registration
 * @typedef {{ role: 'owner', secret: string, register: Registration }} OwnerToken
 * @typedef {{ role: 'editor', secret: string }} EditorToken
 * @typedef {{ role: 'participant', secret: string, personalKey: string }} ParticipantToken
 * @typedef {OwnerToken | EditorToken | ParticipantToken} LiveToken
 */

/**
 * The owner's token registers (or refreshes) the hashes of the two links' secrets, and of the
 * join code when the session has one.
 * @param {{ ownerSecret: string, editorSecret: string, participantSecret: string, code?: string }} secrets
 */
export function ownerToken({ ownerSecret, editorSecret, participantSecret, code }) {
	return JSON.stringify({
		role: 'owner',
		secret: ownerSecret,
		register: {
			...(code ? { code: codeHashFor(code) } : {}),
			editor: sha256Hex(editorSecret),
			participant: sha256Hex(participantSecret)
		}
	});
}

/** @param {string} editorSecret */
export const editorToken = (editorSecret) =>
	JSON.stringify({ role: 'editor', secret: editorSecret });

/**
 * @param {string} participantSecret
 * @param {string} personalKey
 */
export const participantToken = (participantSecret, personalKey) =>
	JSON.stringify({ role: 'participant', secret: participantSecret, personalKey });

/** Far above any real token; a longer one is refused before JSON.parse. */
const MAX_TOKEN_LENGTH = 1024;

/**
 * Reads a provider token strictly: exactly the keys of its role, each of the right shape.
 * @param {unknown} text
 * @returns {LiveToken | null}
 */
export function parseToken(text) {
	if (typeof text !== 'string' || text.length > MAX_TOKEN_LENGTH) return null;
	/** @type {unknown} */
	let value;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
	const token = /** @type {Record<string, unknown>} */ (value);
	const keys = Object.keys(token).sort().join(',');
	const secret = token.secret;
	if (typeof secret !== 'string' || !SECRET_PATTERN.test(secret)) return null;
	switch (token.role) {
		case 'owner': {
			const register = token.register;
			if (keys !== 'register,role,secret') return null;
			if (typeof register !== 'object' || register === null) return null;
			const hashes = /** @type {Record<string, unknown>} */ (register);
			const { editor, participant, code } = hashes;
			const names = Object.keys(hashes).sort().join(',');
			if (names !== 'editor,participant' && names !== 'code,editor,participant') return null;
			if (typeof editor !== 'string' || !HASH_PATTERN.test(editor)) return null;
			if (typeof participant !== 'string' || !HASH_PATTERN.test(participant)) return null;
			if (code === undefined) return { role: 'owner', secret, register: { editor, participant } };
			if (typeof code !== 'string' || !HASH_PATTERN.test(code)) return null;
			return { role: 'owner', secret, register: { editor, participant, code } };
		}
		case 'editor':
			return keys === 'role,secret' ? { role: 'editor', secret } : null;
		case 'participant': {
			const personalKey = token.personalKey;
			if (keys !== 'personalKey,role,secret') return null;
			if (typeof personalKey !== 'string' || !PERSONAL_KEY_PATTERN.test(personalKey)) return null;
			return { role: 'participant', secret, personalKey };
		}
		default:
			return null;
	}
}
