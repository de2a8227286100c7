/**
 * A journey as one stored value: reading and parsing one string is 5–7 times faster than
 * reading the journey's thousands of records (/work/shared/PERF.md). The records stay the
 * truth. Every write to them gives the journey's snapshot row a new `version`, without text,
 * in the same transaction (`markChanged`); a snapshot is taken from records read together with
 * that version, and stored only if the version is still the one read. Opening uses a snapshot
 * only when it has text, its format, commit, journey record and record counts agree with what
 * is stored, and it parses; anything else opens from the records. Once edits settle, the
 * records are read again and stored as the snapshot (`refreshSnapshot`), so the next opening
 * after them reads one value too.
 */
import { collections } from '$lib/domain/records';
import { FORMAT_VERSION } from '$lib/domain/format';
import type { JourneyDocument } from '$lib/domain/schema';
import type { JourneySnapshotRecord, TouchpointDatabase } from './db';
import { getJourney } from './journey-store';

/** The settings key of a journey's commit counter (./changes.ts). */
export const commitKey = (journeyId: string) => `commits:${journeyId}`;

export const newVersion = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Inside a transaction that writes the journey's records: its snapshot no longer holds. */
export function markChanged(db: TouchpointDatabase, journeyId: string, version = newVersion()) {
	return db.journeySnapshots.put({ journeyId, version });
}

/** The same inside a native transaction that writes the journey's records. */
export function markChangedNow(tx: IDBTransaction, journeyId: string) {
	tx.objectStore('journeySnapshots').put({ journeyId, version: newVersion() });
}

export interface ReadJourney {
	doc: JourneyDocument;
	commit: number;
	/** The snapshot version the records were read with; undefined when read from a snapshot. */
	version?: string | null;
}

const countsOf = (db: TouchpointDatabase, id: string) =>
	Promise.all(collections.map((name) => db[name].where('journeyId').equals(id).count()));

/** The journey from its snapshot when that still holds, else from its records. */
export async function readJourney(
	id: string,
	db: TouchpointDatabase
): Promise<ReadJourney | undefined> {
	return db.transaction('r', [...db.journeyTables, db.settings], async () => {
		// The counts are asked for with the rest, not after: a round trip less before the map.
		const [snapshot, journey, commit, counts] = await Promise.all([
			db.journeySnapshots.get(id),
			db.journeys.get(id),
			db.settings.get(commitKey(id)),
			countsOf(db, id)
		]);
		if (!journey) return undefined;
		const stored = (commit?.value as number | undefined) ?? 0;
		const doc = snapshot && fromSnapshot(snapshot, journey.updatedAt, stored, counts);
		if (doc) return { doc, commit: stored };
		const read = await getJourney(id, db);
		return read && { doc: read, commit: stored, version: snapshot?.version ?? null };
	});
}

function fromSnapshot(
	snapshot: JourneySnapshotRecord,
	updatedAt: number,
	commit: number,
	stored: number[]
): JourneyDocument | undefined {
	const { text, counts } = snapshot;
	if (text === undefined || !counts || snapshot.formatVersion !== FORMAT_VERSION) return undefined;
	if (snapshot.commit !== commit || snapshot.updatedAt !== updatedAt) return undefined;
	if (stored.some((count, i) => counts[i] !== count)) return undefined;
	try {
		const doc = JSON.parse(text) as JourneyDocument;
		const whole =
			doc.journey?.id === snapshot.journeyId &&
			doc.journey.updatedAt === updatedAt &&
			collections.every((name, i) => Array.isArray(doc[name]) && doc[name].length === stored[i]);
		return whole ? doc : undefined;
	} catch {
		// Damaged: the records are read instead, and the next opening stores a new snapshot.
		return undefined;
	}
}

/**
 * Stores `read` (records read with their snapshot version) as the journey's snapshot, unless a
 * write has marked the journey since.
 */
export async function storeSnapshot(read: ReadJourney, db: TouchpointDatabase): Promise<boolean> {
	if (read.version === undefined) return false;
	const { doc } = read;
	const id = doc.journey.id;
	const text = JSON.stringify(doc);
	return db.transaction('rw', db.journeySnapshots, async () => {
		const now = await db.journeySnapshots.get(id);
		if ((now?.version ?? null) !== read.version) return false;
		await db.journeySnapshots.put(snapshotRecord(doc, read.commit, now?.version, text));
		return true;
	});
}

/**
 * A journey's snapshot row holding `doc`, whose records are stored with commit `commit`.
 * Stored in the transaction that writes the records (a whole journey stored at once) or after
 * a check that no write came since (`storeSnapshot`).
 */
export function snapshotRecord(
	doc: JourneyDocument,
	commit: number,
	version = newVersion(),
	text = JSON.stringify(doc)
): JourneySnapshotRecord {
	return {
		journeyId: doc.journey.id,
		version,
		text,
		formatVersion: FORMAT_VERSION,
		commit,
		updatedAt: doc.journey.updatedAt,
		counts: collections.map((name) => doc[name].length)
	};
}

/**
 * The journey's records with the snapshot version they were read at, when a write has made
 * the stored snapshot stale (a write leaves the row without text); undefined while it holds.
 */
export async function readStale(
	id: string,
	db: TouchpointDatabase
): Promise<ReadJourney | undefined> {
	return db.transaction('r', [...db.journeyTables, db.settings], async () => {
		const snapshot = await db.journeySnapshots.get(id);
		if (snapshot?.text !== undefined) return undefined;
		const [doc, commit] = await Promise.all([getJourney(id, db), db.settings.get(commitKey(id))]);
		const stored = (commit?.value as number | undefined) ?? 0;
		return doc && { doc, commit: stored, version: snapshot?.version ?? null };
	});
}

/**
 * Stores the journey's records as its snapshot when a write has made the stored one stale, as
 * an opening from the records does: a write landing meanwhile keeps it out. Returns whether
 * one was stored.
 */
export async function refreshSnapshot(id: string, db: TouchpointDatabase): Promise<boolean> {
	const read = await readStale(id, db);
	return read ? storeSnapshot(read, db) : false;
}
