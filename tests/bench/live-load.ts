/**
 * `npm run bench:live`: a load test of live sessions on loopback. A Touchpoint server of its
 * own (live-server.mjs, another process); one owner registers a room and seeds it with a
 * journey in the app's Y.Doc layout (records-in-y.ts); CLIENTS simulated browsers in all (the
 * owner and editors, each a Hocuspocus provider on its own WebSocket) make EDITS edits each
 * at once: every client rewrites texts of frustrations of its own, and all of them rate the
 * same shared frustrations, each as its own participant (concurrent entries in one record).
 * Prints the time until every client holds every edit, and fails unless each client's
 * document holds all of them and all the documents are identical. Then the server's heap per
 * room at 5,000 frustrations. Bounded: CLIENTS, EDITS and a deadline (LIVE_DEADLINE_MS) that
 * fails with what it was waiting for. Figures are printed, not asserted.
 */
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Change } from '$lib/domain/edits/change';
import { generateJourney } from '$lib/domain/generate';
import type { Frustration, JourneyDocument } from '$lib/domain/schema';
import { collections } from '$lib/domain/format';
import { documentFromY, JOURNEY, seedFromDocument, writeChanges } from '$lib/live/records-in-y';
import {
	editorToken,
	journeyDocumentName,
	newSecret,
	ownerToken,
	roomIdFor
} from '../../src/lib/live/protocol.js';

const CLIENTS = Number(process.env.LIVE_CLIENTS ?? 50);
const EDITS = Number(process.env.LIVE_EDITS ?? 20);
const DEADLINE_MS = Number(process.env.LIVE_DEADLINE_MS ?? 120_000);
const MEMORY_FRUSTRATIONS = 5000;

interface Server {
	port: number;
	child: ChildProcess;
	ask<T>(message: string, key: string): Promise<T>;
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Rejects with `what` once the run's deadline has passed. */
function bounded<T>(what: string, promise: Promise<T>): Promise<T> {
	const left = DEADLINE_MS - (performance.now() - started);
	let timer: ReturnType<typeof setTimeout>;
	return Promise.race([
		promise.finally(() => clearTimeout(timer)),
		new Promise<never>((_, reject) => {
			timer = setTimeout(
				() =>
					reject(
						new Error(
							`bench:live gave up after ${DEADLINE_MS / 1000} s (LIVE_DEADLINE_MS) waiting for ${what}`
						)
					),
				Math.max(0, left)
			);
		})
	]);
}

async function startServer(): Promise<Server> {
	const child = fork(fileURLToPath(new URL('./live-server.mjs', import.meta.url)), [], {
		execArgv: ['--expose-gc'],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc']
	});
	const ask = <T>(message: string, key: string) =>
		new Promise<T>((resolve) => {
			const on = (reply: Record<string, unknown>) => {
				if (!(key in reply)) return;
				child.off('message', on);
				resolve(reply as T);
			};
			child.on('message', on);
			if (message) child.send(message);
		});
	const { port } = await bounded('the server to start', ask<{ port: number }>('', 'port'));
	return { port, child, ask };
}

function newRoom() {
	const secrets = {
		ownerSecret: newSecret(),
		editorSecret: newSecret(),
		participantSecret: newSecret()
	};
	const roomId = roomIdFor(secrets.ownerSecret);
	return {
		name: journeyDocumentName(roomId),
		owner: ownerToken(secrets),
		editor: editorToken(secrets.editorSecret)
	};
}

/** A simulated browser: a provider on a socket of its own, resolved once synced. */
function client(port: number, name: string, token: string, doc = new Y.Doc()) {
	const socket = new HocuspocusProviderWebsocket({
		url: `ws://127.0.0.1:${port}/live`,
		WebSocketPolyfill: WebSocket
	});
	let refused = '';
	const synced = new Promise<void>((resolve, reject) => {
		const provider = new HocuspocusProvider({
			websocketProvider: socket,
			name,
			token,
			document: doc,
			onSynced: () => resolve(),
			onAuthenticationFailed: ({ reason }) => {
				refused = reason;
				reject(new Error(`the server refused a client: ${reason}`));
			}
		});
		provider.attach();
		closers.push(() => {
			provider.destroy();
			socket.destroy();
		});
	});
	return { doc, synced, refused: () => refused };
}
const closers: (() => void)[] = [];
const closeClients = () => closers.splice(0).forEach((close) => close());

const textOf = (c: number, e: number) => `Client ${c} changed this in edit ${e}`;
const ratingOf = (c: number, e: number) => ({
	frequency: (c % 5) + 1,
	severity: ((c + e) % 5) + 1
});

/**
 * Edit `e` of client `c`: an even one rewrites the text of frustration c × EDITS + e (its own);
 * an odd one rates frustration e (shared by all) as participant c.
 */
function edit(doc: JourneyDocument, c: number, e: number, now: number): Change {
	if (e % 2 === 0) {
		const before = doc.frustrations[c * EDITS + e]!;
		return {
			collection: 'frustrations',
			before,
			after: { ...before, text: textOf(c, e), updatedAt: now }
		} as Change;
	}
	const before = doc.frustrations[e]!;
	const participantId = doc.participants[c]!.id;
	const after: Frustration = {
		...before,
		ratings: [
			...before.ratings.filter((r) => r.participantId !== participantId),
			{ participantId, ...ratingOf(c, e) }
		],
		updatedAt: now
	};
	return { collection: 'frustrations', before, after } as Change;
}

/**
 * A Y.Doc's content as JSON with sorted keys (maps are created in any order), read from the
 * top-level maps the app uses (Y.Doc.toJSON leaves out those this client never asked for).
 */
const ROOTS = [...collections, JOURNEY];
const contentOf = (ydoc: Y.Doc) =>
	JSON.stringify(
		Object.fromEntries(ROOTS.map((name) => [name, ydoc.getMap(name).toJSON()])),
		(_key, value: unknown) =>
			value && typeof value === 'object' && !Array.isArray(value)
				? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
				: value
	);

/** How many of the CLIENTS × EDITS edits `ydoc` holds. */
function editsHeld(ydoc: Y.Doc, doc: JourneyDocument): number {
	const frustrations = ydoc.getMap<Y.Map<unknown>>('frustrations');
	let held = 0;
	for (let c = 0; c < CLIENTS; c++) {
		const participantId = doc.participants[c]!.id;
		for (let e = 0; e < EDITS; e++) {
			if (e % 2 === 0) {
				const id = doc.frustrations[c * EDITS + e]!.id;
				if (frustrations.get(id)?.get('text') === textOf(c, e)) held++;
			} else {
				const ratings = frustrations.get(doc.frustrations[e]!.id)?.get('ratings');
				const rating = ratings instanceof Y.Map ? ratings.get(participantId) : undefined;
				const want = ratingOf(c, e);
				if (
					rating &&
					(rating as typeof want).frequency === want.frequency &&
					(rating as typeof want).severity === want.severity
				) {
					held++;
				}
			}
		}
	}
	return held;
}

async function load(server: Server) {
	const total = CLIENTS * EDITS;
	const doc = generateJourney({
		frustrations: Math.max(total, EDITS),
		touchPoints: 40,
		participants: CLIENTS,
		seed: 20
	});
	const room = newRoom();
	const seeded = new Y.Doc();
	seedFromDocument(seeded, doc);
	const owner = client(server.port, room.name, room.owner, seeded);
	await bounded('the owner to register the room', owner.synced);
	const clients = [owner];
	for (let c = 1; c < CLIENTS; c++) clients.push(client(server.port, room.name, room.editor));
	const joinStart = performance.now();
	await bounded(`${CLIENTS} clients to join`, Promise.all(clients.map((c) => c.synced)));
	console.log(
		`  ${CLIENTS} clients joined a room of ${doc.frustrations.length} frustrations in ${(performance.now() - joinStart).toFixed(0)} ms`
	);

	// Every client edits at once, one edit per turn of the event loop (each its own message).
	const editStart = performance.now();
	await Promise.all(
		clients.map(async ({ doc: ydoc }, c) => {
			for (let e = 0; e < EDITS; e++) {
				writeChanges(ydoc, [edit(doc, c, e, Date.now())], 'bench');
				await new Promise((resolve) => setImmediate(resolve));
			}
		})
	);
	const sent = performance.now() - editStart;
	const lastSent = performance.now();

	let counts: number[] = [];
	await bounded(
		`every client to hold all ${total} edits (last counts: ${'${counts}'})`,
		(async () => {
			for (;;) {
				counts = clients.map((c) => editsHeld(c.doc, doc));
				if (counts.every((n) => n === total)) return;
				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		})()
	).catch((error: Error) => {
		throw new Error(error.message.replace('${counts}', counts.join(',')));
	});
	const converged = performance.now() - editStart;
	const afterLast = performance.now() - lastSent;

	// Nothing lost, nothing different: the same state and the same content everywhere, and
	// the app reads a valid journey holding the edits from it.
	const vector = Y.encodeStateVector(owner.doc).toString();
	const content = contentOf(owner.doc);
	for (const [c, { doc: ydoc }] of clients.entries()) {
		// Booleans: a failing comparison of whole documents would print megabytes.
		expect(Y.encodeStateVector(ydoc).toString() === vector, `client ${c}'s state vector`).toBe(
			true
		);
		expect(contentOf(ydoc) === content, `client ${c}'s content`).toBe(true);
	}
	const read = documentFromY(clients.at(-1)!.doc);
	expect(read.frustrations.find((f) => f.id === doc.frustrations[0]!.id)?.text).toBe(textOf(0, 0));
	console.log(
		`  ${total} edits (${CLIENTS} clients × ${EDITS}) sent in ${sent.toFixed(0)} ms; every client held all of them ${converged.toFixed(0)} ms after the first was made (${afterLast.toFixed(0)} ms after the last); states identical`
	);
	closeClients();
}

/** The server's heap before and after a room with a 5,000-frustration journey is loaded. */
async function memoryPerRoom(server: Server) {
	type Memory = { memory: NodeJS.MemoryUsage; gc: boolean };
	const before = await server.ask<Memory>('memory', 'memory');
	const doc = generateJourney({
		frustrations: MEMORY_FRUSTRATIONS,
		touchPoints: 200,
		seed: 5000
	});
	const ydoc = new Y.Doc();
	seedFromDocument(ydoc, doc);
	const update = Y.encodeStateAsUpdate(ydoc).byteLength;
	const room = newRoom();
	const owner = client(server.port, room.name, room.owner, ydoc);
	await bounded('the 5,000-frustration room to sync', owner.synced);
	// An editor synced after the owner: the server holds the whole document by then.
	const editor = client(server.port, room.name, room.editor);
	await bounded('an editor to join the 5,000-frustration room', editor.synced);
	const after = await server.ask<Memory>('memory', 'memory');
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
	console.log(
		`  Server memory per room at ${MEMORY_FRUSTRATIONS.toLocaleString('en')} frustrations` +
			` (${mb(update)} Yjs update): heap +${mb(after.memory.heapUsed - before.memory.heapUsed)},` +
			` RSS +${mb(after.memory.rss - before.memory.rss)}` +
			(after.gc ? ' (after a full GC)' : ' (no --expose-gc: without a GC, rough)')
	);
	closeClients();
}

test(`${CLIENTS} live clients, ${EDITS} edits each, converge and lose nothing`, async () => {
	const server = await startServer();
	try {
		console.log(`\nbench:live (loopback, server on port ${server.port})`);
		// The memory first, in a server that has held no other room yet.
		await memoryPerRoom(server);
		await load(server);
	} finally {
		closeClients();
		server.child.send('stop');
		server.child.disconnect();
	}
	console.log(`  done in ${elapsed()}`);
});
