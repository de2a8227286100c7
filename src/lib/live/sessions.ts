/**
 * A journey's live session as this browser keeps it (storage only, no network): starting
 * one as its owner, storing a journey joined through a link, ending, and the Y.Doc's state
 * kept beside the records (db.ts `liveSessions`). The provider and the screens build on it.
 */
import * as Y from 'yjs';
import { persistChanges } from '$lib/storage/changes';
import {
	database,
	type LiveRole,
	type LiveSessionRecord,
	type TouchpointDatabase
} from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { reconcile } from './reconcile';
import { documentFromY, logDropped, seedFromDocument, type DropLog } from './records-in-y';
import { newJoinCode, newSecret, participantSecretFor, roomIdFor } from './protocol.js';

export type { LiveRole, LiveSessionRecord };

export interface CreatedSession {
	roomId: string;
	ownerSecret: string;
	editorSecret: string;
	participantSecret: string;
	/** The short join code; `participantSecret` derives from it (protocol.js). */
	code: string;
	/** The Y.Doc seeded from the stored journey, for the provider and the binding. */
	ydoc: Y.Doc;
}

/** Origin of the Y.Doc's own transactions here (seeding, loading, joining): not an edit to take in. */
export const STORAGE_ORIGIN = Symbol('touchpoint-live-storage');

/**
 * The owner's row of a session started before join codes: a code is made now, and the
 * participant secret becomes the one derived from it (the code alone must let a phone in).
 * Participant links handed out before stop working; the editor's link and the room stay.
 * Any other row is handed back as it is.
 */
export async function withJoinCode(
	row: LiveSessionRecord,
	db: TouchpointDatabase = database()
): Promise<LiveSessionRecord> {
	if (row.role !== 'owner' || row.code) return row;
	const code = newJoinCode();
	const secrets = { ...row.secrets, participant: participantSecretFor(code) };
	await db.liveSessions.update(row.journeyId, { code, secrets });
	return { ...row, code, secrets };
}

/**
 * Starts a live session on a stored journey, as its owner: two new secrets and a join code
 * (the participant secret derives from it), the room they name, and a Y.Doc seeded from the
 * journey, stored. A session already running on the journey is handed back as it is (with
 * its Y.Doc as stored).
 */
export async function createLiveSession(
	journeyId: string,
	{ name = '', db = database() }: { name?: string; db?: TouchpointDatabase } = {}
): Promise<CreatedSession> {
	const found = await liveSessionOf(journeyId, db);
	const running = found ? await withJoinCode(found, db) : undefined;
	const { owner, editor, participant } = running?.secrets ?? {};
	if (running?.role === 'owner' && owner && editor && participant && running.code) {
		const ydoc = (await loadYDoc(journeyId, db))!;
		return {
			roomId: running.roomId,
			ownerSecret: owner,
			editorSecret: editor,
			participantSecret: participant,
			code: running.code,
			ydoc
		};
	}
	const doc = await getJourney(journeyId, db);
	if (!doc) throw new Error(`No journey with id ${journeyId}`);
	const code = newJoinCode();
	const secrets = {
		owner: newSecret(),
		editor: newSecret(),
		participant: participantSecretFor(code)
	};
	const ydoc = new Y.Doc();
	seedFromDocument(ydoc, doc, STORAGE_ORIGIN);
	const roomId = roomIdFor(secrets.owner);
	await db.liveSessions.put({
		journeyId,
		roomId,
		role: 'owner',
		secrets,
		code,
		name,
		state: Y.encodeStateAsUpdate(ydoc),
		startedAt: Date.now(),
		clients: [ydoc.clientID]
	});
	return {
		roomId,
		ownerSecret: secrets.owner,
		editorSecret: secrets.editor,
		participantSecret: secrets.participant,
		code,
		ydoc
	};
}

/** The live session running on a journey here (not ended); undefined when none. */
export async function liveSessionOf(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<LiveSessionRecord | undefined> {
	const row = await db.liveSessions.get(journeyId);
	return row && row.stoppedAt === undefined ? row : undefined;
}

export interface Joined {
	roomId: string;
	role: LiveRole;
	secret: string;
	/** The name this person goes by in the session. */
	name: string;
	/** The session's Y.Doc, synced with the room. */
	ydoc: Y.Doc;
	/** A participant's own key (their document's name derives from it). */
	personalKey?: string;
}

/**
 * Stores the journey a synced Y.Doc holds, for someone who joined through a link; returns
 * its id. A journey new here is stored whole; the same journey already here (joined
 * before) is reconciled with it record by record (the later edit wins). Throws when the
 * Y.Doc holds no valid journey, or items another journey here holds.
 */
export async function joinedSession(
	{ roomId, role, secret, name, ydoc, personalKey }: Joined,
	{ db = database(), log = logDropped }: { db?: TouchpointDatabase; log?: DropLog } = {}
): Promise<string> {
	const doc = documentFromY(ydoc, log);
	const journeyId = doc.journey.id;
	if (await getJourney(journeyId, db)) {
		const changes = await reconcile(ydoc, journeyId, db, {
			writeY: role !== 'participant',
			origin: STORAGE_ORIGIN,
			log
		});
		if (changes.length > 0)
			await persistChanges(journeyId, changes, Date.now(), db, STORAGE_ORIGIN);
	} else {
		await saveJourney(doc, db);
	}
	const before = await db.liveSessions.get(journeyId);
	await db.liveSessions.put({
		journeyId,
		roomId,
		role,
		secrets: { [role]: secret },
		...(personalKey ? { personalKey } : {}),
		name,
		state: Y.encodeStateAsUpdate(ydoc),
		startedAt: Date.now(),
		clients: [
			...new Set([...(before?.roomId === roomId ? (before.clients ?? []) : []), ydoc.clientID])
		]
	});
	return journeyId;
}

/** Ends a journey's live session here: the journey stays, as it is. */
export async function endLiveSession(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<void> {
	await db.liveSessions.update(journeyId, { stoppedAt: Date.now() });
}

/**
 * The session's Y.Doc as last stored (a reload mid-session), under a new client id (a
 * client id is never reused: state not stored before a crash may have reached others).
 */
export async function loadYDoc(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<Y.Doc | undefined> {
	const row = await db.liveSessions.get(journeyId);
	if (!row) return undefined;
	const ydoc = new Y.Doc();
	ydoc.transact(() => {
		Y.applyUpdate(ydoc, row.state, STORAGE_ORIGIN);
		for (const update of row.updates ?? []) Y.applyUpdate(ydoc, update, STORAGE_ORIGIN);
	}, STORAGE_ORIGIN);
	return ydoc;
}
