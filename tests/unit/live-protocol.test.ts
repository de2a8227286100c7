/**
 * The shapes the browser and the live server share (src/lib/live/protocol.js): secrets, ids,
 * document names, join links and tokens, read strictly.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
	editorToken,
	joinLink,
	newSecret,
	ownerToken,
	parseDocumentName,
	parseJoinFragment,
	parseToken,
	participantDocumentName,
	participantToken,
	pidFor,
	roomIdFor,
	SECRET_PATTERN,
	sha256Hex
} from '../../src/lib/live/protocol.js';

const nodeSha = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('live protocol', () => {
	it('makes 128-bit base64url secrets and hashes them as node:crypto does', () => {
		const secrets = new Set(Array.from({ length: 50 }, newSecret));
		expect(secrets.size).toBe(50);
		for (const secret of secrets) {
			expect(secret).toMatch(SECRET_PATTERN);
			expect(sha256Hex(secret)).toBe(nodeSha(secret));
			expect(roomIdFor(secret)).toBe(nodeSha(secret).slice(0, 32));
			expect(pidFor(secret)).toBe(nodeSha(secret).slice(0, 32));
		}
		expect(sha256Hex('é')).toBe(nodeSha('é'));
	});

	it('names documents and reads back only its own names', () => {
		const room = roomIdFor(newSecret());
		const pid = pidFor(newSecret());
		expect(parseDocumentName(`journey:${room}`)).toEqual({ roomId: room });
		expect(parseDocumentName(participantDocumentName(room, pid))).toEqual({ roomId: room, pid });
		for (const name of [
			`journey:${room}x`,
			`journey:${room.toUpperCase()}`,
			`journey:${room}:p:`,
			`journey:${room}:p:${pid}:p:${pid}`,
			`room:${room}`,
			''
		]) {
			expect(parseDocumentName(name), name).toBeNull();
		}
	});

	it('puts the secret of a join link only after #, and reads the fragment back', () => {
		const room = roomIdFor(newSecret());
		const key = newSecret();
		const link = joinLink('http://192.168.1.20:4173', { room, role: 'participant', key });
		const url = new URL(link);
		expect(url.pathname).toBe('/join');
		expect(url.search).toBe('');
		expect(url.hash).toContain(key);
		expect(parseJoinFragment(url.hash)).toEqual({ room, role: 'participant', key });
		expect(parseJoinFragment(url.hash.slice(1))).toEqual({ room, role: 'participant', key });
		expect(parseJoinFragment(`#room=${room}&role=owner&key=${key}`)).toBeNull();
		expect(parseJoinFragment(`#room=${room}&role=editor&key=short`)).toBeNull();
		expect(parseJoinFragment(`#room=nothex&role=editor&key=${key}`)).toBeNull();
		expect(parseJoinFragment('')).toBeNull();
	});

	it('reads each role’s token with exactly its keys, and nothing else', () => {
		const secrets = {
			ownerSecret: newSecret(),
			editorSecret: newSecret(),
			participantSecret: newSecret()
		};
		const personalKey = newSecret();
		expect(parseToken(ownerToken(secrets))).toEqual({
			role: 'owner',
			secret: secrets.ownerSecret,
			register: {
				editor: sha256Hex(secrets.editorSecret),
				participant: sha256Hex(secrets.participantSecret)
			}
		});
		expect(parseToken(editorToken(secrets.editorSecret))).toEqual({
			role: 'editor',
			secret: secrets.editorSecret
		});
		expect(parseToken(participantToken(secrets.participantSecret, personalKey))).toEqual({
			role: 'participant',
			secret: secrets.participantSecret,
			personalKey
		});
		const s = secrets.editorSecret;
		const hash = sha256Hex(s);
		for (const bad of [
			'',
			'null',
			'[]',
			'{',
			JSON.stringify({ role: 'editor' }),
			JSON.stringify({ role: 'editor', secret: s, extra: 1 }),
			JSON.stringify({ role: 'editor', secret: `${s}x` }),
			JSON.stringify({ role: 'admin', secret: s }),
			JSON.stringify({ role: 'owner', secret: s }),
			JSON.stringify({ role: 'owner', secret: s, register: { editor: hash } }),
			JSON.stringify({ role: 'owner', secret: s, register: { editor: hash, participant: 'x' } }),
			JSON.stringify({
				role: 'owner',
				secret: s,
				register: { editor: hash, participant: hash, __proto__x: 1 }
			}),
			JSON.stringify({ role: 'participant', secret: s }),
			JSON.stringify({ role: 'participant', secret: s, personalKey: 'short' }),
			JSON.stringify({ role: 'editor', secret: s, pad: 'x'.repeat(2000) }),
			'{"role":"editor","secret":"' + s + '","__proto__":{"x":1}}'
		]) {
			expect(parseToken(bad), bad.slice(0, 120)).toBeNull();
		}
		expect(parseToken(undefined)).toBeNull();
	});
});
