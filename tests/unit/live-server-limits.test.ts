/**
 * What the live server lets in beside the rules of a room: the app and its health answer over
 * HTTP, WebSocket upgrades only at /live from the app's own origin, bounded messages.
 */
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { HEALTH, STOP } from '../../src/lib/live/protocol.js';
import {
	cleanUp,
	connect,
	INDEX_HTML,
	newRoom,
	registeredOwner,
	POLL,
	serve,
	wsUrl
} from './live-server-helpers';

afterEach(cleanUp);

/** How a bare WebSocket upgrade ends: 'open', or the HTTP status (0 when the socket was cut). */
function upgrade(url: string, origin?: string) {
	return new Promise<'open' | number>((resolve) => {
		const socket = new WebSocket(url, origin ? { origin } : {});
		socket.once('open', () => {
			socket.close();
			resolve('open');
		});
		socket.once('unexpected-response', (_request, response) => {
			resolve(response.statusCode ?? 0);
			socket.terminate();
		});
		socket.once('error', () => resolve(0));
	});
}

describe('the live server over HTTP', () => {
	it('answers /live/health with its JSON, and serves the app with deep links', async () => {
		const server = await serve();
		const health = await fetch(`${server.url}live/health`);
		expect(health.status).toBe(200);
		expect(health.headers.get('content-type')).toBe('application/json');
		expect(await health.json()).toEqual(HEALTH);
		for (const path of ['', 'journeys/x', 'join']) {
			const page = await fetch(server.url + path);
			expect(page.status, path).toBe(200);
			expect(await page.text(), path).toBe(INDEX_HTML);
		}
		expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
	});

	it('upgrades only /live, and only from its own origin or one it was given', async () => {
		const server = await serve({ origins: ['https://touchpoint.example'] });
		const host = `127.0.0.1:${server.port}`;
		expect(await upgrade(wsUrl(server))).toBe('open');
		expect(await upgrade(wsUrl(server), `http://${host}`)).toBe('open');
		expect(await upgrade(wsUrl(server), 'https://touchpoint.example')).toBe('open');
		expect(await upgrade(wsUrl(server), 'http://evil.example')).toBe(403);
		expect(await upgrade(wsUrl(server), `http://${host}.evil.example`)).toBe(403);
		expect(await upgrade(`ws://${host}/live/other`)).toBe(0);
		expect(await upgrade(`ws://${host}/`)).toBe(0);
		const log = server.log.join('\n');
		expect(log).toContain('origin http://evil.example');
		expect(log).toContain('to /live/other: not /live');
	});
});

describe('the live server under load', () => {
	it('closes the connection that floods it with messages, and only that one', async () => {
		const server = await serve({ messageRate: { messages: 200, seconds: 60 } });
		const room = newRoom();
		const owner = connect(wsUrl(server), room.journey, room.owner);
		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => owner.authenticated + editor.authenticated, POLL).toBe(2);
		let editorSocketCloses = 0;
		let ownerSocketCloses = 0;
		editor.socket.on('close', () => (editorSocketCloses += 1));
		owner.socket.on('close', () => (ownerSocketCloses += 1));

		// Stateless messages the server reads and ignores: only their number is wrong.
		for (let i = 0; i < 500; i += 1) editor.provider.sendStateless(JSON.stringify({ i }));
		await expect.poll(() => editorSocketCloses, POLL).toBeGreaterThan(0);
		expect(server.log.join('\n')).toMatch(/closed c2 from 127\.0\.0\.1: over 200 messages in 60 s/);

		owner.map.set('after the flood', true);
		const late = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => late.map.get('after the flood'), POLL).toBe(true);
		expect(ownerSocketCloses).toBe(0);
		expect(owner.closes).toBe(0);
		expect(server.log.join('\n')).not.toMatch(/closed c1 /);
	});

	it('closes a connection that sends one message over the size limit', async () => {
		const server = await serve({ maxMessageBytes: 64 * 1024 });
		const room = newRoom();
		const owner = await registeredOwner(wsUrl(server), room);
		let socketCloses = 0;
		owner.socket.on('close', () => (socketCloses += 1));
		owner.map.set('small', 'x'.repeat(1000));
		owner.map.set('huge', 'x'.repeat(100 * 1024));
		await expect.poll(() => socketCloses, POLL).toBeGreaterThan(0);
		expect(server.log.join('\n')).toMatch(/closed c1 from 127\.0\.0\.1: Max payload size exceeded/);
	});

	it('refuses a stop sent as something other than the owner, and a stop on a participant document', async () => {
		const server = await serve();
		const room = newRoom();
		await registeredOwner(wsUrl(server), room);
		const ownerOnParticipant = connect(
			wsUrl(server),
			`${room.journey}:p:${'0'.repeat(32)}`,
			room.owner
		);
		await expect.poll(() => ownerOnParticipant.authenticated, POLL).toBe(1);
		ownerOnParticipant.provider.sendStateless(STOP);
		await expect
			.poll(() => server.log.join('\n'), POLL)
			.toMatch(/stop refused from c2 \(owner\) on journey:\w+:p:0+/);
		const editor = connect(wsUrl(server), room.journey, room.editor);
		await expect.poll(() => editor.authenticated, POLL).toBe(1);
	});
});
