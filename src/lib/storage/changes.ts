/**
 * Writes an edit's record changes in one transaction: each record put or deleted, the
 * journey's `updatedAt` bumped. Every record written is validated first, so a bad edit
 * stores nothing; and checked, inside the transaction, against what is stored then, so no
 * record is left pointing at one another tab removed (domain/edits/keep-references.ts).
 * Once stored, the other tabs are told, and an automatic checkpoint is taken when the last
 * is an hour old.
 */
import type { Transaction } from 'dexie';
import { firstInvalid, type Change } from '$lib/domain/edits/change';
import {
	collectionsToScan,
	keepReferences,
	refsToRead,
	type KeptReferences,
	type StoredState
} from '$lib/domain/edits/keep-references';
import type { ItemOf } from '$lib/domain/records';
import { refKey, tagRefs } from '$lib/domain/references';
import type { Collection, Journey } from '$lib/domain/schema';
import { checkpointAfterEdit } from './auto-checkpoint';
import { database, type TouchpointDatabase } from './db';
import { commitKey, markChanged, markChangedNow } from './journey-snapshot';
import { announce, tellStored } from './tab-sync';
import { ValidationError } from './validation';

/** The edits' transactions not yet finished, which `persistChangesNow` would wait behind. */
const running = new Set<Transaction>();

/** Throws, before anything is written, when a record of the edit breaks the schema. */
function checkValid(changes: Change[]) {
	const invalid = firstInvalid(changes);
	if (invalid) {
		throw new ValidationError([
			{ code: 'custom', path: [], message: invalid.message, input: null }
		]);
	}
}

/**
 * What became of an edit's changes: what was written, what refused, what taken along, and
 * the write's place in the order of the journey's writes (`commit`, absent when nothing was
 * written). Tabs hear of each other's writes in no guaranteed order; by it, a tab can tell a
 * message about an older write of a record from one about a newer.
 */
export type WriteOutcome = KeptReferences & { commit?: number };

/**
 * The journey's newest write by that order. Read before the journey itself, every write up to
 * it is in what is read then.
 */
export async function latestCommit(
	journeyId: string,
	db: TouchpointDatabase = database()
): Promise<number> {
	return ((await db.settings.get(commitKey(journeyId)))?.value as number | undefined) ?? 0;
}

type Untagged = ItemOf<Collection>;
const untag = ({ journeyId: _journeyId, ...item }: Untagged & { journeyId: string }) =>
	item as Untagged;

/** What is stored now of what `changes` touch and build on, read in the running transaction. */
async function readStoredState(
	db: TouchpointDatabase,
	journeyId: string,
	changes: Change[]
): Promise<StoredState> {
	const journeyExists = (await db.journeys.where('id').equals(journeyId).count()) > 0;
	const found = new Map<string, Untagged | 'foreign'>();
	const read = async (refs: { collection: Collection; id: string }[]) => {
		const wanted = new Map<Collection, Set<string>>();
		for (const { collection, id } of refs) {
			if (found.has(refKey(collection, id))) continue;
			wanted.set(collection, (wanted.get(collection) ?? new Set()).add(id));
		}
		for (const [collection, ids] of wanted) {
			const table = db[collection] as TouchpointDatabase['stages'];
			for (const record of await table.bulkGet([...ids])) {
				if (!record) continue;
				found.set(
					refKey(collection, record.id),
					record.journeyId === journeyId ? untag(record) : 'foreign'
				);
			}
		}
	};
	await read(refsToRead(changes));
	const scanned = new Map<Collection, Untagged[]>();
	for (const collection of collectionsToScan(changes)) {
		const table = db[collection] as TouchpointDatabase['stages'];
		const items = (await table.where('journeyId').equals(journeyId).toArray()).map(untag);
		scanned.set(collection, items);
		// A removal checks these items' tags too: what they name must be read.
		await read(items.flatMap((item) => tagRefs(collection, item)));
	}
	return {
		journeyExists,
		get: (collection, id) => found.get(refKey(collection, id)),
		all: (collection) => scanned.get(collection) ?? []
	};
}

/** `by`: who asked for the write, when not the journey's editor (see tab-sync.ts `onStored`). */
export async function persistChanges(
	journeyId: string,
	changes: Change[],
	now: number,
	db: TouchpointDatabase = database(),
	by?: unknown
): Promise<WriteOutcome> {
	checkValid(changes);
	const outcome = await db.transaction('rw', [...db.journeyTables, db.settings], async (tx) => {
		running.add(tx);
		tx.on('complete', () => running.delete(tx));
		tx.on('abort', () => running.delete(tx));
		const kept = keepReferences(changes, await readStoredState(db, journeyId, changes), now);
		if (kept.write.length === 0) return kept;
		const commit = (((await db.settings.get(commitKey(journeyId)))?.value as number) ?? 0) + 1;
		await db.settings.put({ key: commitKey(journeyId), value: commit });
		await markChanged(db, journeyId);
		let journeyTouched = false;
		for (const c of kept.write) {
			if (c.collection === 'journey') {
				await db.journeys.put({ ...c.after, updatedAt: now });
				journeyTouched = true;
				continue;
			}
			const table = db[c.collection] as TouchpointDatabase['stages'];
			if (c.after) await table.put({ ...c.after, journeyId } as never);
			else await table.delete(c.before!.id);
		}
		if (!journeyTouched) await db.journeys.update(journeyId, { updatedAt: now });
		return { ...kept, commit };
	});
	const { write, commit } = outcome as WriteOutcome;
	if (write.length > 0) {
		checkpointAfterEdit(journeyId, write, now, db);
		announce({ kind: 'changes', journeyId, changes: write, ...(commit ? { commit } : {}) });
		tellStored({ journeyId, db, write, ...(commit ? { commit } : {}), by });
	}
	return outcome;
}

/**
 * `persistChanges` for a page being hidden or closed: every request is issued, and the
 * transaction committed, within this very task, on the native database. Dexie's
 * transactions issue a request only once the one before it has answered, and a closing
 * page runs no further task, so its last writes would never be made. The journey's own
 * record is written as the editor holds it (with the new `updatedAt`) rather than read
 * back first, for the same reason. It cannot check what is stored either: a record it leaves
 * pointing at one another tab removed meanwhile is gathered when the journey next opens
 * (domain/strays.ts), and records of a journey deleted meanwhile are swept at the next start
 * (`removeOrphanRecords`). The caller passes every change not yet known stored, including
 * those of a write still running, which is aborted.
 */
export async function persistChangesNow(
	journey: Journey,
	changes: Change[],
	now: number,
	db: TouchpointDatabase = database()
): Promise<void> {
	checkValid(changes);
	const tables = db.journeyTables.map((table) => table.name);
	// A write still running would hold this one back past the page's end, and then both are
	// lost: it is abandoned, and its changes are among these (the save queue sends them).
	for (const tx of running) tx.abort();
	running.clear();
	// Awaited only once every request is issued and the transaction committed.
	return new Promise<void>((resolve, reject) => {
		const tx = db.backendDB().transaction(tables, 'readwrite');
		tx.oncomplete = () => {
			announce({ kind: 'changes', journeyId: journey.id, changes });
			tellStored({ journeyId: journey.id, db, write: changes });
			resolve();
		};
		tx.onabort = () => reject(tx.error ?? new Error('The write was aborted'));
		for (const c of changes) {
			if (c.collection === 'journey') continue;
			const store = tx.objectStore(c.collection);
			if (c.after) store.put({ ...c.after, journeyId: journey.id });
			else store.delete(c.before!.id);
		}
		// The journey's own record only when the edit changed it: put blindly, it would bring
		// back a journey another tab deleted a moment ago (this write cannot read first).
		if (changes.some((c) => c.collection === 'journey')) {
			tx.objectStore('journeys').put({ ...journey, updatedAt: now });
		}
		markChangedNow(tx, journey.id);
		tx.commit();
	});
}
