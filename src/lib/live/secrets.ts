/**
 * A live session's secrets and room id (the contract in docs/architecture.md "Live
 * sessions"): 128 random bits each, base64url; the room id is the first 32 hex digits of
 * SHA-256 of the owner's secret. SHA-256 comes from @noble/hashes, as `crypto.subtle` is
 * missing on a plain-http LAN origin (a phone joining a workshop).
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

function base64url(bytes: Uint8Array): string {
	let binary = '';
	for (const byte of bytes) binary += String.fromCharCode(byte);
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new secret: 128 bits from `crypto.getRandomValues`, 22 base64url characters. */
export function newSecret(): string {
	return base64url(crypto.getRandomValues(new Uint8Array(16)));
}

export function sha256Hex(text: string): string {
	return bytesToHex(sha256(utf8ToBytes(text)));
}

/** The room a session's owner secret names. */
export function roomIdOf(ownerSecret: string): string {
	return sha256Hex(ownerSecret).slice(0, 32);
}
