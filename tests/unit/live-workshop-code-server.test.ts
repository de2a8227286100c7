/**
 * The server's side of the join code: the owner registers its hash beside the room, a phone
 * asks which room it names (`GET /live/code/<hash>`), and the code alone lets it in as a
 * participant. With one server in memory, and with two sharing a redis-server of the test's own.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveJoinCode } from '$lib/live/join-code';
import {
	CODE_PATH,
	codeHashFor,
	formatJoinCode,
	newJoinCode,
	newSecret,
	ownerToken,
	participantSecretFor,
	participantToken,
	roomIdFor,
	STOP
} from '../../src/lib/live/protocol.js';
import { startRedis, type Redis } from '../support/net';
import { cleanUp, connect, INDEX_HTML, POLL, serve, wsUrl } from './live-server-helpers';

afterEach(async () => {
	vi.unstubAllGlobals();
	await cleanUp();
});

/** A room whose participant secret derives from its join code, as createLiveSession makes it. */
function roomWithCode(code = newJoinCode()) {
	const secrets = {
		ownerSecret: newSecret(),
		editorSecret: newSecret(),
		participantSecret: participantSecretFor(code)
	};
	const roomId = roomIdFor(secrets.ownerSecret);
	return { code, roomId, journey: `journey:${roomId}`, owner: ownerToken({ ...secrets, code }) };
}

async function ownerOf(server: { port: number }, room: ReturnType<typeof roomWithCode>) {
	const owner = connect(wsUrl(server), room.journey, room.owner);
	await expect.poll(() => owner.authenticated, POLL).toBe(1);
	return owner;
}

const lookUp = (server: { port: number }, hash: string) =>
	fetch(`http://127.0.0.1:${server.port}${CODE_PATH}${hash}`);

/** Relative fetches (the browser's) go to this server. */
function fetchFrom(server: { port: number }) {
	const real = globalThis.fetch;
	vi.stubGlobal('fetch', (url: string, init?: RequestInit) =>
		real(`http://127.0.0.1:${server.port}${url}`, init)
	);
}

describe('the join code on one server', () => {
	it('names the room its owner registered, and no other', async () => {
		const server = await serve();
		const room = roomWithCode();
		await ownerOf(server, room);
		const found = await lookUp(server, codeHashFor(room.code));
		expect(found.status).toBe(200);
		expect(found.headers.get('cache-control')).toBe('no-store');
		expect(await found.json()).toEqual({ room: room.roomId });
		expect((await lookUp(server, codeHashFor(newJoinCode()))).status).toBe(404);
		expect((await lookUp(server, room.code)).status).toBe(404);
	});

	it('lets a phone in as a participant with the code alone', async () => {
		const server = await serve();
		const room = roomWithCode();
		const owner = await ownerOf(server, room);
		owner.doc.getMap('journey').set('id', 'j');
		fetchFrom(server);
		const resolved = await resolveJoinCode(formatJoinCode(room.code).toLowerCase());
		expect(resolved).toEqual({
			ok: true,
			link: { room: room.roomId, role: 'participant', key: participantSecretFor(room.code) }
		});
		if (!resolved.ok) return;
		const phone = connect(
			wsUrl(server),
			`journey:${resolved.link.room}`,
			participantToken(resolved.link.key, newSecret())
		);
		await expect.poll(() => phone.doc.getMap('journey').get('id'), POLL).toBe('j');
		expect(phone.refusals).toEqual([]);
	});

	it('tells a mistyped code, an unknown one and a missing server apart', async () => {
		const server = await serve();
		fetchFrom(server);
		expect(await resolveJoinCode('ABCDE')).toEqual({ ok: false, reason: 'badCode' });
		expect(await resolveJoinCode(newJoinCode())).toEqual({ ok: false, reason: 'unknown' });
		const port = server.port;
		await server.close();
		fetchFrom({ port });
		expect(await resolveJoinCode(newJoinCode())).toEqual({ ok: false, reason: 'noServer' });
	});

	it('says there is no live server on a static host, which answers every path with the app', async () => {
		const host = createServer((_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html' }).end(INDEX_HTML);
		});
		await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
		try {
			fetchFrom({ port: (host.address() as AddressInfo).port });
			expect(await resolveJoinCode(newJoinCode())).toEqual({ ok: false, reason: 'noServer' });
		} finally {
			host.closeAllConnections();
			await new Promise((resolve) => host.close(resolve));
		}
	});

	it('is forgotten when the owner stops the room, or registers another code', async () => {
		const server = await serve();
		const first = roomWithCode();
		const owner = await ownerOf(server, first);
		const renamed = { ...first, owner: ownerToken({ ...secretsOf(first), code: 'ABCDEFGHJK' }) };
		const again = connect(wsUrl(server), renamed.journey, renamed.owner);
		await expect.poll(() => again.authenticated, POLL).toBe(1);
		expect((await lookUp(server, codeHashFor(first.code))).status).toBe(404);
		expect((await lookUp(server, codeHashFor('ABCDEFGHJK'))).status).toBe(200);
		owner.provider.sendStateless(STOP);
		await expect
			.poll(async () => (await lookUp(server, codeHashFor('ABCDEFGHJK'))).status, POLL)
			.toBe(404);
	});

	it('turns away an address looking up too many codes', async () => {
		const server = await serve({ codeLookupRate: { requests: 3, seconds: 60 } });
		for (let i = 0; i < 3; i += 1) {
			expect((await lookUp(server, codeHashFor(newJoinCode()))).status).toBe(404);
		}
		const refused = await lookUp(server, codeHashFor(newJoinCode()));
		expect(refused.status).toBe(429);
		expect(server.log.some((line) => line.includes('refused code lookup'))).toBe(true);
	});
});

/** The secrets behind a room's owner token, to register it again with another code. */
function secretsOf(room: ReturnType<typeof roomWithCode>) {
	const token = JSON.parse(room.owner) as { secret: string };
	return {
		ownerSecret: token.secret,
		editorSecret: 'e'.repeat(22),
		participantSecret: participantSecretFor(room.code)
	};
}

describe('the join code on two servers sharing Redis', () => {
	let redis: Redis | undefined;
	let redisUrl = '';
	beforeAll(async () => {
		redis = await startRedis();
		redisUrl = redis.url;
	});
	afterAll(() => redis?.stop());

	it('is found on the instance that never saw the owner, until the room stops', async () => {
		const [a, b] = [await serve({ redisUrl }), await serve({ redisUrl })];
		const room = roomWithCode();
		const owner = await ownerOf(a, room);
		const found = await lookUp(b, codeHashFor(room.code));
		expect(await found.json()).toEqual({ room: room.roomId });
		owner.provider.sendStateless(STOP);
		await expect.poll(async () => (await lookUp(b, codeHashFor(room.code))).status, POLL).toBe(404);
	});

	it('answers only for the code the room holds now', async () => {
		const [a, b] = [await serve({ redisUrl }), await serve({ redisUrl })];
		const room = roomWithCode();
		await ownerOf(a, room);
		const again = connect(
			wsUrl(a),
			room.journey,
			ownerToken({ ...secretsOf(room), code: 'ABCDEFGHJM' })
		);
		await expect.poll(() => again.authenticated, POLL).toBe(1);
		expect((await lookUp(b, codeHashFor(room.code))).status).toBe(404);
		expect(await (await lookUp(b, codeHashFor('ABCDEFGHJM'))).json()).toEqual({
			room: room.roomId
		});
	});
});
