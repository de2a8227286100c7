/**
 * Helpers for the live server's tests: a server on a loopback port with a throwaway build, and
 * plain Hocuspocus provider clients over the `ws` package, as a browser's provider would connect.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
	editorToken,
	newSecret,
	ownerToken,
	participantToken,
	pidFor,
	roomIdFor
} from '../../src/lib/live/protocol.js';
import { startServer, type ServerOptions } from '../../src/server/main.js';

export const INDEX_HTML = '<!doctype html><title>Touchpoint</title>';

export type Started = Awaited<ReturnType<typeof startServer>> & { log: string[] };

/** Servers and clients made by a test, ended by `cleanUp()` in afterEach. */
const open: { close: () => unknown }[] = [];
const builds: string[] = [];

export function throwawayBuild() {
	const dir = mkdtempSync(join(tmpdir(), 'touchpoint-live-'));
	writeFileSync(join(dir, 'index.html'), INDEX_HTML);
	builds.push(dir);
	return dir;
}

export async function serve(options: ServerOptions = {}): Promise<Started> {
	const log: string[] = [];
	const server = await startServer({
		host: '127.0.0.1',
		port: 0,
		buildDir: throwawayBuild(),
		log: (line) => log.push(line),
		...options
	});
	open.push(server);
	return { ...server, log };
}

export async function cleanUp() {
	for (const item of open.splice(0).reverse()) await item.close();
	for (const dir of builds.splice(0)) rmSync(dir, { recursive: true, force: true });
}

export const wsUrl = (server: { port: number }) => `ws://127.0.0.1:${server.port}/live`;

export type Client = ReturnType<typeof connect>;

/** A socket that reconnects quickly, so that restarts stay short. */
export function socketTo(url: string) {
	const socket = new HocuspocusProviderWebsocket({
		url,
		WebSocketPolyfill: WebSocket,
		delay: 50,
		minDelay: 50,
		maxDelay: 250,
		factor: 1.5,
		jitter: false
	});
	open.push({ close: () => socket.destroy() });
	return socket;
}

/**
 * A provider on its own socket, or on one shared with other documents (as a browser's are):
 * messages on one socket are handled in order, which lets a test know a refused write was handled.
 */
export function connect(
	to: string | HocuspocusProviderWebsocket,
	name: string,
	token: string,
	document = new Y.Doc()
) {
	const socket = typeof to === 'string' ? socketTo(to) : to;
	const stateless: string[] = [];
	const refusals: string[] = [];
	let closes = 0;
	let authenticated = 0;
	const provider = new HocuspocusProvider({
		websocketProvider: socket,
		name,
		token,
		document,
		onStateless: ({ payload }) => stateless.push(payload),
		onAuthenticationFailed: ({ reason }) => refusals.push(reason),
		onAuthenticated: () => (authenticated += 1),
		onClose: () => (closes += 1)
	});
	provider.attach();
	const client = {
		doc: document,
		provider,
		socket,
		stateless,
		refusals,
		get closes() {
			return closes;
		},
		get authenticated() {
			return authenticated;
		},
		map: document.getMap('m'),
		close() {
			provider.destroy();
			if (typeof to === 'string') socket.destroy();
		}
	};
	open.push(client);
	return client;
}

/** The room's owner connected and let in, which registers the room on that server. */
export async function registeredOwner(
	to: string | HocuspocusProviderWebsocket,
	room: ReturnType<typeof newRoom>
) {
	const owner = connect(to, room.journey, room.owner);
	await expect.poll(() => owner.authenticated, POLL).toBe(1);
	return owner;
}

/**
 * The owner registers a room on the server at `ownerAt`; an editor with the right secret,
 * connected at `editorAt` (the same server or another), gets the owner's edit and sends one back.
 */
export async function expectEditsBothWays(ownerAt: string, editorAt: string) {
	const room = newRoom();
	const owner = await registeredOwner(ownerAt, room);
	owner.map.set('from owner', 1);

	const editor = connect(editorAt, room.journey, room.editor);
	await expect.poll(() => editor.map.get('from owner'), POLL).toBe(1);
	editor.map.set('from editor', 2);
	await expect.poll(() => owner.map.get('from editor'), POLL).toBe(2);
	expect(editor.refusals).toEqual([]);
}

/**
 * A room its owner registered at `ownerAt`, with an editor and a participant (in their own
 * document) let in at `othersAt`.
 */
export async function roomWithEveryone(ownerAt: string, othersAt: string) {
	const room = newRoom();
	const personalKey = newSecret();
	const owner = await registeredOwner(ownerAt, room);
	const editor = connect(othersAt, room.journey, room.editor);
	const participant = connect(
		othersAt,
		room.participantDocument(personalKey),
		room.participant(personalKey)
	);
	await expect.poll(() => editor.authenticated + participant.authenticated, POLL).toBe(2);
	return { room, owner, editor, participant };
}

/** A room's three secrets and the tokens built from them, as the owner's browser holds them. */
export function newRoom() {
	const secrets = {
		ownerSecret: newSecret(),
		editorSecret: newSecret(),
		participantSecret: newSecret()
	};
	const roomId = roomIdFor(secrets.ownerSecret);
	return {
		...secrets,
		roomId,
		journey: `journey:${roomId}`,
		owner: ownerToken(secrets),
		editor: editorToken(secrets.editorSecret),
		participant: (personalKey: string) => participantToken(secrets.participantSecret, personalKey),
		/** The name of the document of the participant holding `personalKey`. */
		participantDocument: (personalKey: string) => `journey:${roomId}:p:${pidFor(personalKey)}`
	};
}

export const POLL = { timeout: 10_000, interval: 20 };
