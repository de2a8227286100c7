/**
 * The IndexedDB database: one table per item collection, every record keyed by its id and
 * indexed by its journey's id, so a journey is read by index and an edit writes one record.
 * This module and the repository beside it are the only code that touches IndexedDB.
 */
import { Dexie, type Table } from 'dexie';
import type { RecordOf } from '$lib/domain/records';
import type { SnapshotKind } from '$lib/domain/checkpoints';
import type { Journey, JourneyDocument } from '$lib/domain/schema';
import { ownVersionOnly } from './own-version-only';
import { migrateStoredJourneys, summarizeStoredSnapshots } from './upgrades';

export interface SettingRecord {
	key: string;
	value: unknown;
}

/**
 * A journey as it was at a checkpoint (named by the user, or automatic), or before an
 * import replaced or merged it or a restore overwrote it, so the user can go back. The
 * document is stored whole: it is read back only to preview or restore. Read through the
 * zod schema in ./snapshot-record.ts.
 */
export interface SnapshotRecord {
	id?: number;
	journeyId: string;
	journeyName: string;
	reason: SnapshotKind;
	label?: string;
	createdAt: number;
	frustrations?: number;
	/** The format the document was written in; absent on records older than the field (1). */
	formatVersion?: number;
	document: JourneyDocument;
}

/**
 * A snapshot's summary without its document, stored apart under the snapshot's id, so the
 * version history lists a journey's versions without reading whole documents (about 20 ms
 * each at 5,000 frustrations). Written and deleted with its snapshot; a summary missing or
 * damaged is made again from the snapshot when listed (./snapshots.ts).
 */
export type SnapshotSummaryRecord = Omit<SnapshotRecord, 'document'> & { id: number };

/**
 * A journey as one stored value (its document as JSON), read instead of its thousands of
 * records when it still tells what the records hold (./journey-snapshot.ts). `version` is
 * written anew, without `text`, by every write to the journey's records, in the same
 * transaction: a snapshot whose text is there has seen no write since it was taken.
 */
export interface JourneySnapshotRecord {
	journeyId: string;
	version: string;
	text?: string;
	formatVersion?: number;
	commit?: number;
	updatedAt?: number;
	/** How many records of each collection it holds, in the order of `collections`. */
	counts?: number[];
}

/** Who one is in a live session (see src/lib/live/). */
export type LiveRole = 'owner' | 'editor' | 'participant';

/**
 * A journey's live session as this browser holds it: the room, this browser's role and
 * secrets (the owner keeps all three; others their own), and the shared Y.Doc's state, kept
 * beside the records so offline edits and a reload mid-session lose nothing and removals
 * are not brought back. `clients`: the Yjs client ids this browser has written with.
 */
export interface LiveSessionRecord {
	journeyId: string;
	roomId: string;
	role: LiveRole;
	secrets: Partial<Record<LiveRole, string>>;
	personalKey?: string;
	/** The owner's: the short join code its participant secret derives from (protocol.js). */
	code?: string;
	name: string;
	state: Uint8Array;
	/**
	 * Updates to the Y.Doc since `state`, appended as they come (cheap), merged into `state`
	 * now and then: re-encoding and merging a 5,000-frustration state costs about a second.
	 */
	updates?: Uint8Array[];
	startedAt: number;
	stoppedAt?: number;
	clients?: number[];
	/**
	 * When the journey was last replaced as a whole here (an import, its Undo, a backup
	 * restored): until the session takes it in, what is stored wins over the shared document,
	 * whose records may be newer than the file's.
	 */
	replacedAt?: number;
}

export const DATABASE_NAME = 'touchpoint';

export class TouchpointDatabase extends Dexie {
	journeys!: Table<Journey, string>;
	stages!: Table<RecordOf<'stages'>, string>;
	steps!: Table<RecordOf<'steps'>, string>;
	touchPoints!: Table<RecordOf<'touchPoints'>, string>;
	frustrations!: Table<RecordOf<'frustrations'>, string>;
	segments!: Table<RecordOf<'segments'>, string>;
	participants!: Table<RecordOf<'participants'>, string>;
	settings!: Table<SettingRecord, string>;
	snapshots!: Table<SnapshotRecord, number>;
	snapshotSummaries!: Table<SnapshotSummaryRecord, number>;
	journeySnapshots!: Table<JourneySnapshotRecord, string>;
	liveSessions!: Table<LiveSessionRecord, string>;

	constructor(name = DATABASE_NAME) {
		const factory = Dexie.dependencies.indexedDB;
		super(name, factory ? { indexedDB: ownVersionOnly(factory) } : undefined);
		// Dexie runs each version's step in order on an older database. A version that changes
		// the document's shape (a new FORMAT_VERSION) upgrades the stored records through the
		// one list of document migrations: `.upgrade((tx) => migrateStoredJourneys(tx, from,
		// to))` from ./upgrades.ts. Versions 1 to 3 all store format 1; version 4, format 2.
		this.version(1).stores({
			journeys: 'id, updatedAt',
			stages: 'id, journeyId',
			steps: 'id, journeyId',
			touchPoints: 'id, journeyId',
			frustrations: 'id, journeyId',
			segments: 'id, journeyId',
			participants: 'id, journeyId',
			settings: 'key'
		});
		// Version 2 adds snapshots taken before imports; no existing data changes shape.
		this.version(2).stores({ snapshots: '++id, journeyId, createdAt' });
		// Version 3 indexes snapshots by journey, kind and time, to find a journey's newest
		// automatic checkpoint without reading the others; records keep their shape.
		this.version(3).stores({
			snapshots: '++id, journeyId, createdAt, [journeyId+reason+createdAt]'
		});
		// Version 4 stores format 2, where a frustration's ratings may be null (not rated yet);
		// the stored ratings are kept as they are, through the one list of migrations.
		this.version(4)
			.stores({})
			.upgrade((tx) => migrateStoredJourneys(tx, 1, 2));
		// Version 5 adds live sessions, one per journey, found by room too; records keep their shape.
		this.version(5).stores({ liveSessions: 'journeyId, roomId' });
		// Version 6 keeps each snapshot's summary apart from its document (the existing
		// snapshots get theirs here, read once in full), and each journey as one stored value.
		this.version(6)
			.stores({ snapshotSummaries: 'id, journeyId', journeySnapshots: 'journeyId' })
			.upgrade((tx) => summarizeStoredSnapshots(tx));
	}

	/**
	 * Every table that holds part of a journey, for transactions that span a whole map: its
	 * records and its snapshot, which every write to the records marks as changed.
	 */
	get journeyTables() {
		return [
			this.journeys,
			this.stages,
			this.steps,
			this.touchPoints,
			this.frustrations,
			this.segments,
			this.participants,
			this.journeySnapshots
		];
	}
}

let instance: TouchpointDatabase | undefined;

/**
 * The app's database, opened on first use, and made anew once an opening has failed.
 * Chromium closes the connection after a write fails for want of disk space, and Dexie opens
 * it again on the next call; while the disk is still full that fails ("Internal error
 * opening backing store"), and Dexie then refuses every later call on that instance, even
 * once there is room. A new instance, opened at once, lets the next retry of the refused
 * write (or Try saving again) store it. An instance closed on purpose is left closed.
 */
export function database(): TouchpointDatabase {
	if (instance?.hasFailed() && !instance.hasBeenClosed()) {
		instance = new TouchpointDatabase();
		instance.open().catch(() => {
			// Still failing: the write waiting for it says why, and the next call tries again.
		});
	}
	instance ??= new TouchpointDatabase();
	return instance;
}
