import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import {
	CODE_ALPHABET,
	codeHashFor,
	formatJoinCode,
	newJoinCode,
	normalizeJoinCode,
	ownerToken,
	parseToken,
	participantSecretFor,
	SECRET_PATTERN,
	shortJoinLink
} from '$lib/live/protocol.js';
import { createLiveSession, liveSessionOf, withJoinCode } from '$lib/live/sessions';
import { TouchpointDatabase } from '$lib/storage/db';
import { saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

describe('the short join code', () => {
	it('is 10 characters of Crockford base32, different each time', () => {
		const codes = Array.from({ length: 200 }, newJoinCode);
		for (const code of codes) expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
		expect(new Set(codes).size).toBe(200);
		// Every character of the alphabet turns up: the 5 bits come from all of each byte's range.
		expect(new Set(codes.join('')).size).toBe(CODE_ALPHABET.length);
	});

	it('is shown in two groups of five, in a short link after #', () => {
		expect(formatJoinCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
		expect(shortJoinLink('http://192.168.1.20:4173', 'ABCDEFGHJK')).toBe(
			'http://192.168.1.20:4173/j#ABCDE-FGHJK'
		);
	});

	it('reads what a person types: any case, spaces, hyphens, and O, I, L as 0, 1, 1', () => {
		expect(normalizeJoinCode('abcde-fghjk')).toBe('ABCDEFGHJK');
		expect(normalizeJoinCode(' 0o1il  23 45-6')).toBe('0011123456');
		expect(normalizeJoinCode('oOiIlL2345')).toBe('0011112345');
		expect(normalizeJoinCode('ABCDE-FGHJ')).toBeNull();
		expect(normalizeJoinCode('ABCDE-FGHJKM')).toBeNull();
		expect(normalizeJoinCode('ABCDE-FGHJU')).toBeNull();
		expect(normalizeJoinCode('ABCDE_FGHJK')).toBeNull();
	});

	it('derives the participant secret and the hash the server keeps, both fixed by the code', () => {
		const code = 'ABCDEFGHJK';
		const secret = participantSecretFor(code);
		expect(secret).toMatch(SECRET_PATTERN);
		const bytes = sha256(utf8ToBytes(`touchpoint:participant:${code}`)).subarray(0, 16);
		expect(secret).toBe(Buffer.from(bytes).toString('base64url'));
		expect(participantSecretFor('ABCDEFGHJM')).not.toBe(secret);
		expect(codeHashFor(code)).toBe(bytesToHex(sha256(utf8ToBytes(`touchpoint:code:${code}`))));
	});

	it('is registered by the owner’s token as its hash, which parseToken accepts', () => {
		const secrets = {
			ownerSecret: 'o'.repeat(22),
			editorSecret: 'e'.repeat(22),
			participantSecret: participantSecretFor('ABCDEFGHJK')
		};
		const token = parseToken(ownerToken({ ...secrets, code: 'ABCDEFGHJK' }));
		expect(token).toMatchObject({ role: 'owner', register: { code: codeHashFor('ABCDEFGHJK') } });
		expect(parseToken(ownerToken(secrets))).toMatchObject({ role: 'owner' });
		expect(JSON.stringify(parseToken(ownerToken(secrets)))).not.toContain('code');
		const forged = JSON.parse(ownerToken({ ...secrets, code: 'ABCDEFGHJK' }));
		forged.register.code = 'ABCDEFGHJK';
		expect(parseToken(JSON.stringify(forged))).toBeNull();
		forged.register = { ...forged.register, code: codeHashFor('X'), extra: codeHashFor('Y') };
		expect(parseToken(JSON.stringify(forged))).toBeNull();
	});
});

describe('a live session’s join code, as the owner’s browser keeps it', () => {
	let db: TouchpointDatabase;
	const journeyId = airlineJourney().journey.id;

	beforeEach(async () => {
		db = new TouchpointDatabase(`live-code-${crypto.randomUUID()}`);
		await saveJourney(airlineJourney(), db);
	});
	afterEach(() => db.delete());

	it('is made with the session, stored, and names its participant secret', async () => {
		const created = await createLiveSession(journeyId, { db });
		expect(normalizeJoinCode(created.code)).toBe(created.code);
		expect(created.participantSecret).toBe(participantSecretFor(created.code));
		const row = await liveSessionOf(journeyId, db);
		expect(row?.code).toBe(created.code);
		const again = await createLiveSession(journeyId, { db });
		expect(again.code).toBe(created.code);
	});

	it('is made for a session started before codes, its participant secret following it', async () => {
		const created = await createLiveSession(journeyId, { db });
		await db.liveSessions.update(journeyId, (row) => {
			delete row.code;
			row.secrets.participant = 'p'.repeat(22);
		});
		const upgraded = await withJoinCode((await liveSessionOf(journeyId, db))!, db);
		expect(upgraded.code).toMatch(/^[0-9A-Z]{10}$/);
		expect(upgraded.secrets).toEqual({
			owner: created.ownerSecret,
			editor: created.editorSecret,
			participant: participantSecretFor(upgraded.code!)
		});
		expect(await liveSessionOf(journeyId, db)).toMatchObject({
			code: upgraded.code,
			secrets: upgraded.secrets
		});
	});
});
