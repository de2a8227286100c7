import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { LiveBinding } from '$lib/live/live-binding';
import { documentFromY, readRecord, writeChanges } from '$lib/live/records-in-y';
import {
	createLiveSession,
	endLiveSession,
	joinedSession,
	liveSessionOf,
	loadYDoc
} from '$lib/live/sessions';
import { TouchpointDatabase } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

let db: TouchpointDatabase;
let other: TouchpointDatabase;

beforeEach(async () => {
	db = new TouchpointDatabase(`live-sessions-${crypto.randomUUID()}`);
	other = new TouchpointDatabase(`live-sessions-other-${crypto.randomUUID()}`);
	await saveJourney(airlineJourney(), db);
});

afterEach(async () => {
	await db.delete();
	await other.delete();
});

const journeyId = airlineJourney().journey.id;

describe('starting a live session', () => {
	it('makes three 128-bit secrets and names the room by the owner secret', async () => {
		const session = await createLiveSession(journeyId, { db });
		const secrets = [session.ownerSecret, session.editorSecret, session.participantSecret];
		for (const secret of secrets) expect(secret).toMatch(/^[A-Za-z0-9_-]{22}$/);
		expect(new Set(secrets).size).toBe(3);
		expect(session.roomId).toBe(bytesToHex(sha256(utf8ToBytes(session.ownerSecret))).slice(0, 32));
		const row = await liveSessionOf(journeyId, db);
		expect(row).toMatchObject({ roomId: session.roomId, role: 'owner' });
		expect(row?.secrets).toEqual({
			owner: session.ownerSecret,
			editor: session.editorSecret,
			participant: session.participantSecret
		});
	});

	it('seeds the shared document with the stored journey, and stores its state', async () => {
		const { ydoc } = await createLiveSession(journeyId, { db });
		expect(documentFromY(ydoc)).toEqual(await getJourney(journeyId, db));
		const loaded = (await loadYDoc(journeyId, db))!;
		expect(documentFromY(loaded)).toEqual(await getJourney(journeyId, db));
		expect(loaded.clientID).not.toBe(ydoc.clientID);
	});

	it('hands back the running session when started again, and a new one once ended', async () => {
		const first = await createLiveSession(journeyId, { db });
		expect((await createLiveSession(journeyId, { db })).roomId).toBe(first.roomId);
		await endLiveSession(journeyId, db);
		expect(await liveSessionOf(journeyId, db)).toBeUndefined();
		expect(await getJourney(journeyId, db)).toBeDefined();
		expect((await createLiveSession(journeyId, { db })).roomId).not.toBe(first.roomId);
	});
});

describe('the stored state of the shared document', () => {
	it('keeps what two tabs of one browser saved of it', async () => {
		await createLiveSession(journeyId, { db });
		const doc = (await getJourney(journeyId, db))!;
		const editor = { doc, receive: () => false, flush: async () => {} };
		const [one, two] = [(await loadYDoc(journeyId, db))!, (await loadYDoc(journeyId, db))!];
		const [first, second] = doc.touchPoints;
		writeChanges(
			one,
			[{ collection: 'touchPoints', before: first!, after: { ...first!, name: 'One' } }],
			'tab'
		);
		writeChanges(
			two,
			[{ collection: 'touchPoints', before: second!, after: { ...second!, name: 'Two' } }],
			'tab'
		);
		await new LiveBinding({ ydoc: one, editor, role: 'owner', db }).saveState();
		await new LiveBinding({ ydoc: two, editor, role: 'owner', db }).saveState();
		const loaded = (await loadYDoc(journeyId, db))!;
		expect(readRecord(loaded, 'touchPoints', first!.id)?.item?.name).toBe('One');
		expect(readRecord(loaded, 'touchPoints', second!.id)?.item?.name).toBe('Two');
	});

	it('stores an edit as an update beside the state, without rewriting the state, and loads both', async () => {
		await createLiveSession(journeyId, { db });
		const doc = (await getJourney(journeyId, db))!;
		const editor = { doc, receive: () => false, flush: async () => {} };
		const ydoc = (await loadYDoc(journeyId, db))!;
		const binding = new LiveBinding({ ydoc, editor, role: 'owner', db, saveDelay: 0 });
		await binding.start();
		const stateBefore = (await db.liveSessions.get(journeyId))!.state;
		const first = doc.touchPoints[0]!;
		writeChanges(
			ydoc,
			[{ collection: 'touchPoints', before: first, after: { ...first, name: 'Renamed' } }],
			'another browser'
		);
		await vi.waitFor(async () =>
			expect((await db.liveSessions.get(journeyId))!.updates?.length).toBeGreaterThan(0)
		);
		expect((await db.liveSessions.get(journeyId))!.state).toEqual(stateBefore);
		const loaded = (await loadYDoc(journeyId, db))!;
		expect(readRecord(loaded, 'touchPoints', first.id)?.item?.name).toBe('Renamed');
		await binding.stop();
	});
});

describe('joining a live session', () => {
	it('stores the journey the shared document holds, and the session with only this role’s secret', async () => {
		const { ydoc, roomId, editorSecret } = await createLiveSession(journeyId, { db });
		const joined = new Y.Doc();
		Y.applyUpdate(joined, Y.encodeStateAsUpdate(ydoc));
		const id = await joinedSession(
			{ roomId, role: 'editor', secret: editorSecret, name: 'Budi', ydoc: joined },
			{ db: other }
		);
		expect(id).toBe(journeyId);
		expect(await getJourney(id, other)).toEqual(await getJourney(id, db));
		const row = await liveSessionOf(id, other);
		expect(row).toMatchObject({ roomId, role: 'editor', name: 'Budi' });
		expect(row?.secrets).toEqual({ editor: editorSecret });
	});

	it('reconciles with the same journey joined before: the later edit of each record wins', async () => {
		const { ydoc, roomId, editorSecret } = await createLiveSession(journeyId, { db });
		const joined = new Y.Doc();
		Y.applyUpdate(joined, Y.encodeStateAsUpdate(ydoc));
		const stored = airlineJourney();
		const [older, newer] = stored.touchPoints;
		stored.touchPoints[0] = { ...older!, name: 'Older here', updatedAt: 500 };
		stored.touchPoints[1] = { ...newer!, name: 'Newer here', updatedAt: Date.now() };
		await saveJourney(stored, other);
		await joinedSession(
			{ roomId, role: 'editor', secret: editorSecret, name: 'Budi', ydoc: joined },
			{ db: other }
		);
		const doc = (await getJourney(journeyId, other))!;
		expect(doc.touchPoints.find((t) => t.id === older!.id)?.name).toBe(older!.name);
		expect(doc.touchPoints.find((t) => t.id === newer!.id)?.name).toBe('Newer here');
		expect(readRecord(joined, 'touchPoints', newer!.id)?.item?.name).toBe('Newer here');
	});

	it('refuses a shared document that holds no valid journey', async () => {
		const empty = new Y.Doc();
		await expect(
			joinedSession(
				{ roomId: 'r', role: 'editor', secret: 's', name: 'n', ydoc: empty },
				{ db: other }
			)
		).rejects.toThrow('holds no journey');
	});
});

describe('the journey a shared document holds', () => {
	it('leaves out a record under another record’s key', async () => {
		const { ydoc } = await createLiveSession(journeyId, { db });
		const f = airlineJourney().frustrations[0]!;
		const moved = new Y.Map<unknown>();
		ydoc.getMap('frustrations').set('99999999-0000-4000-8000-000000000001', moved);
		for (const [key, value] of Object.entries(f)) moved.set(key, value);
		const doc = documentFromY(ydoc, () => {});
		expect(doc.frustrations.map((x) => x.id)).not.toContain('99999999-0000-4000-8000-000000000001');
		expect(doc.frustrations).toHaveLength(airlineJourney().frustrations.length);
	});
});
