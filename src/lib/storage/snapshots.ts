/**
 * Snapshots: a journey's version history. Checkpoints the user names, automatic ones taken
 * at most hourly while it changes (./auto-checkpoint.ts), and safety copies of what it was
 * before an import or restore changed it, taken in the same transaction as the change, so
 * there is never a change without its way back. What is kept is decided in
 * $lib/domain/checkpoints.ts.
 */
import { z } from 'zod';
import { snapshotsToPrune, SAFETY_KEPT, type SnapshotKind } from '$lib/domain/checkpoints';
import { migrateDocument } from '$lib/domain/migrations';
import { FORMAT_VERSION, LIMITS, type JourneyDocument } from '$lib/domain/schema';
import { database, type SnapshotRecord, type TouchpointDatabase } from './db';
import { lastEditOf } from './journey-store';
import { getJourney, saveJourney } from './journeys';
import {
	FIRST_FORMAT,
	snapshotRecord,
	snapshotSummary,
	type SnapshotSummary
} from './snapshot-record';
import { summaryOf } from './upgrades';
import { validate } from './validation';

export type { SnapshotSummary };
/** Kept for the import's callers and tests: the newest this many safety snapshots stay. */
export const SNAPSHOTS_KEPT = SAFETY_KEPT;

type SafetyReason = Extract<SnapshotKind, 'replace' | 'merge' | 'restore'>;

export const checkpointLabel = z.string().trim().min(1).max(LIMITS.name);

/** Stores a snapshot of `doc` and lets go of the ones the retention rules no longer keep. */
export async function addSnapshot(
	doc: JourneyDocument,
	reason: SnapshotKind,
	db: TouchpointDatabase,
	now: number,
	label?: string
): Promise<number> {
	return db.transaction('rw', db.snapshots, db.snapshotSummaries, async () => {
		const record: SnapshotRecord = {
			formatVersion: FORMAT_VERSION,
			journeyId: doc.journey.id,
			journeyName: doc.journey.name,
			reason,
			createdAt: now,
			frustrations: doc.frustrations.length,
			document: doc
		};
		if (label !== undefined) record.label = label;
		const id = await db.snapshots.add(record);
		const { document: _document, ...summary } = record;
		await db.snapshotSummaries.put({ ...summary, id });
		const kept: { id: number; reason: SnapshotKind; createdAt: number }[] = [];
		// Index keys only: the documents are not read to decide what goes.
		await byJourney(db, doc.journey.id).eachKey((key, cursor) => {
			const [, reason, createdAt] = key as [string, SnapshotKind, number];
			kept.push({ id: cursor.primaryKey as number, reason, createdAt });
		});
		await deleteSnapshots(db, snapshotsToPrune(kept, now));
		return id;
	});
}

/**
 * Stores `next` over the journey with its id, after snapshotting the current one (when
 * there is one). Returns the snapshot's id, or undefined when the journey was new.
 */
export async function replaceWithSnapshot(
	next: JourneyDocument,
	reason: SafetyReason,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number | undefined> {
	return updateWithSnapshot(next.journey.id, () => next, reason, db, now);
}

/**
 * Like `replaceWithSnapshot`, with the new state made from the stored one (a merge) inside
 * the same transaction, so nothing another tab stored since it was last read is lost.
 */
export async function updateWithSnapshot(
	journeyId: string,
	update: (current: JourneyDocument | undefined) => JourneyDocument,
	reason: SafetyReason,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number | undefined> {
	// With the settings: the journey's commit counter moves on, so a tab that read it before
	// (a link's read ahead) reads it again once it opens (app/other-tabs.ts).
	return db.transaction(
		'rw',
		[...db.journeyTables, ...snapshotTables(db), db.liveSessions, db.settings],
		async () => {
			const current = await getJourney(journeyId, db);
			const next = update(current);
			const snapshotId = current ? await addSnapshot(current, reason, db, now) : undefined;
			await saveJourney(next, db);
			// A journey in a live session: the session is to take this state in as it stands.
			await db.liveSessions.update(journeyId, { replacedAt: now });
			return snapshotId;
		}
	);
}

/**
 * A journey's snapshots, newest first, without their documents: which there are comes from
 * the snapshots' index, what each is from its summary record. A snapshot whose summary is
 * missing or damaged is summarized from the snapshot itself (read whole); one too damaged for
 * that is left out rather than breaking the list.
 */
export async function listSnapshots(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<SnapshotSummary[]> {
	return db.transaction('r', snapshotTables(db), async () => {
		const keys: { id: number; reason: string; createdAt: number }[] = [];
		await byJourney(db, journeyId).eachKey((key, cursor) => {
			const [, reason, createdAt] = key as [string, string, number];
			keys.push({ id: cursor.primaryKey as number, reason, createdAt });
		});
		const stored = new Map<number, unknown>();
		for (const summary of await db.snapshotSummaries.where('journeyId').equals(journeyId).toArray())
			stored.set(summary.id, summary);
		const list: SnapshotSummary[] = [];
		for (const key of keys.sort((a, b) => b.createdAt - a.createdAt || b.id - a.id)) {
			let summary = snapshotSummary.safeParse(stored.get(key.id));
			const agrees =
				summary.success &&
				summary.data.frustrations !== undefined &&
				summary.data.id === key.id &&
				summary.data.journeyId === journeyId &&
				summary.data.reason === key.reason &&
				summary.data.createdAt === key.createdAt;
			if (!agrees) {
				const record = await db.snapshots.get(key.id);
				summary = snapshotSummary.safeParse(record && summaryOf({ ...record }));
			}
			if (summary.success)
				list.push({ ...summary.data, frustrations: summary.data.frustrations ?? 0 });
		}
		return list;
	});
}

/** One snapshot with its document, checked against the schema; undefined when gone. */
export async function getSnapshot(
	id: number,
	db: TouchpointDatabase = database()
): Promise<(SnapshotSummary & { document: JourneyDocument }) | undefined> {
	const record = await db.snapshots.get(id);
	if (!record) return undefined;
	const { formatVersion = FIRST_FORMAT, document } = record;
	const migrated = migrateDocument(document as unknown as Record<string, unknown>, formatVersion);
	if (!migrated.ok) throw new Error(`Snapshot ${id} is in format ${formatVersion}, unknown here`);
	const valid = validate(snapshotRecord, { ...record, document: migrated.document });
	return { ...valid, frustrations: valid.document.frustrations.length };
}

/** Saves the journey as it is stored now under the user's name for it. */
export async function saveCheckpoint(
	journeyId: string,
	label: string,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number> {
	const name = validate(checkpointLabel, label);
	return db.transaction('rw', [...db.journeyTables, ...snapshotTables(db)], async () => {
		const doc = await getJourney(journeyId, db);
		if (!doc) throw new Error(`No journey with id ${journeyId}`);
		return addSnapshot(doc, 'named', db, now, name);
	});
}

/** Deletes a named checkpoint; the other kinds go by the retention rules only. */
export async function deleteCheckpoint(
	id: number,
	db: TouchpointDatabase = database()
): Promise<void> {
	await db.transaction('rw', snapshotTables(db), async () => {
		const record = await db.snapshots.get(id);
		if (record?.reason !== 'named') throw new Error(`Snapshot ${id} is not a named checkpoint`);
		await deleteSnapshots(db, [id]);
	});
}

/**
 * Keeps the journey as it is stored now as a safety version before something replaces it
 * (a restore); returns its id, or undefined when there is no such journey.
 */
export async function keepCurrentVersion(
	journeyId: string,
	reason: SafetyReason,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number | undefined> {
	return db.transaction('rw', [...db.journeyTables, ...snapshotTables(db)], async () => {
		const doc = await getJourney(journeyId, db);
		return doc ? addSnapshot(doc, reason, db, now) : undefined;
	});
}

/**
 * Lets a safety version go once what it kept is the map again (a restore taken back); the
 * person's named checkpoints never go this way.
 */
export async function dropSafetyVersion(
	id: number,
	db: TouchpointDatabase = database()
): Promise<void> {
	await db.transaction('rw', snapshotTables(db), async () => {
		const record = await db.snapshots.get(id);
		if (record && record.reason !== 'named' && record.reason !== 'auto') {
			await deleteSnapshots(db, [id]);
		}
	});
}

/**
 * Puts a journey back as it was in a snapshot and lets the snapshot go (Undo import). The
 * state it replaces is snapshotted in turn (`keptId`, undefined when the journey was gone),
 * so this too can be undone.
 */
export async function restoreSnapshot(
	id: number,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<{ document: JourneyDocument; keptId: number | undefined }> {
	const snapshot = await getSnapshot(id, db);
	if (!snapshot) throw new Error(`No snapshot ${id}`);
	const document = snapshot.document;
	const keptId = await replaceWithSnapshot(document, 'restore', db, now);
	await db.transaction('rw', snapshotTables(db), () => deleteSnapshots(db, [id]));
	return { document, keptId };
}

/**
 * Keeps the journey as stored now as a safety version unless its `lastEditOf` is still
 * `updatedAt`, decided in one transaction; returns the version's id, or undefined when
 * nothing changed since (or the journey is gone).
 */
export async function keepVersionIfChangedSince(
	journeyId: string,
	updatedAt: number | undefined,
	reason: SafetyReason,
	db: TouchpointDatabase = database(),
	now = Date.now()
): Promise<number | undefined> {
	return db.transaction('rw', [...db.journeyTables, ...snapshotTables(db)], async () => {
		const doc = await getJourney(journeyId, db);
		if (!doc || lastEditOf(doc) === updatedAt) return undefined;
		return addSnapshot(doc, reason, db, now);
	});
}

/** When the journey's newest automatic checkpoint was taken, read by index alone. */
export async function newestAutoAt(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<number | undefined> {
	const newest = await db.snapshots
		.where('[journeyId+reason+createdAt]')
		.between([journeyId, 'auto'], [journeyId, 'auto', []])
		.lastKey();
	return newest ? (newest as [string, string, number])[2] : undefined;
}

/** The tables a snapshot lives in: its document and its summary, written together. */
const snapshotTables = (db: TouchpointDatabase) => [db.snapshots, db.snapshotSummaries];

function deleteSnapshots(db: TouchpointDatabase, ids: number[]) {
	return Promise.all([db.snapshots.bulkDelete(ids), db.snapshotSummaries.bulkDelete(ids)]);
}

// Array keys sort by element, a prefix first and arrays after strings and numbers, so these
// bounds hold every key that starts with the journey's id (and its kind).
const byJourney = (db: TouchpointDatabase, journeyId: string) =>
	db.snapshots.where('[journeyId+reason+createdAt]').between([journeyId], [journeyId, []]);
