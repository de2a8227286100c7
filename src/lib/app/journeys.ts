/**
 * The one door for whole-journey operations: create, open, duplicate, delete and bring
 * back, checkpoints and restore. Imports (replace, keep both, merge, Undo import) are its
 * other half, ./import-journeys.ts, downloaded with the first file so that a journey opens
 * without the readers and the merge. Components and routes call these and never storage/
 * itself, so a later layer (live sessions mirroring every write to other browsers) has one
 * place to stand. Edits inside an open journey go through its JourneyEditor instead; a
 * restore is one of them, so Undo takes it back.
 *
 * Nothing here navigates or shows a message: the caller decides what the person sees.
 * Downloaded with the journey view or the first write from the list, as it brings zod.
 */
import { createJourney as fromTemplate, type CreateOptions } from '$lib/domain/create-journey';
import { withFreshIdsFor, withNewIds } from '$lib/domain/duplicate';
import type { Edit } from '$lib/domain/edits/change';
import { newId } from '$lib/domain/ids';
import { replaceDocument } from '$lib/domain/edits/replace-document';
import type { JourneyDocument } from '$lib/domain/schema';
import { gatherStrays } from '$lib/domain/strays';
import type { JourneyTemplate } from '$lib/domain/templates/types';
import {
	createJourneyRecords,
	deleteJourney as deleteStored,
	getJourney,
	idsHeldElsewhere,
	lastEditOf,
	repairJourney,
	saveJourney
} from '$lib/storage/journeys';
import {
	deleteCheckpoint,
	dropSafetyVersion,
	getSnapshot,
	keepCurrentVersion,
	keepVersionIfChangedSince,
	listSnapshots,
	saveCheckpoint,
	type SnapshotSummary
} from '$lib/storage/snapshots';
import { database } from '$lib/storage/db';
import { readJourney, storeSnapshot } from '$lib/storage/journey-snapshot';
import { afterPaint } from './after-paint';
import { refreshSnapshotAway } from './snapshot-refresh';
import { laterWhenIdle } from './later-when-idle';
import { takeReadAhead } from './read-ahead';
import { snapshotNotKept } from '$lib/storage/background-failure';
import { announce } from '$lib/storage/tab-sync';
import type { JourneyEditor } from './journey-editor.svelte';

export type { SnapshotSummary };

export interface Opened {
	doc: JourneyDocument;
	/** How many items that had lost their place were gathered on opening (0: none). */
	gathered: number;
	/** Whether opening had to repair the stored journey at all. */
	repaired: boolean;
	/** The journey's newest write read with it (see JourneyEditor.readUpTo). */
	commit: number;
}

/**
 * The journey as stored; undefined when there is none. One stored damaged by an older
 * version is repaired first (domain/strays.ts), so it opens, shows everything, and exports
 * a file that imports.
 */
export async function openJourney(
	id: string,
	names: { stageName: string; touchPointName: string } = {
		stageName: 'Recovered items',
		touchPointName: 'Recovered items'
	}
): Promise<Opened | undefined> {
	const read = await (takeReadAhead(id) ?? readJourney(id, database()));
	if (!read) return undefined;
	const { doc, commit } = read;
	// Read from its records: kept as one value for the next opening, once this one is drawn.
	if (read.version !== undefined) {
		afterPaint(() => void storeSnapshot(read, database()).catch(snapshotNotKept));
	}
	const gathering = { ...names, newId, now: Date.now() };
	if (!gatherStrays(doc, gathering)) return { doc, gathered: 0, repaired: false, commit };
	const repaired = await repairJourney(id, (stored) => gatherStrays(stored, gathering));
	const stored = repaired?.doc ?? (await getJourney(id));
	return stored && { doc: stored, gathered: repaired?.gathered ?? 0, repaired: !!repaired, commit };
}

/** How long after the last stored edit the journey is kept as one value again (ms). */
export const SNAPSHOT_SETTLE_MS = 2_000;

/**
 * Keeps the journey as one value again once its edits have settled: `SNAPSHOT_SETTLE_MS` after
 * it is called (the caller calls again on every stored edit, cancelling the last), when the
 * browser is idle, in a worker (./snapshot-refresh.ts). Reading the records costs what an
 * opening would; done here, the next opening reads one value. Returns the cancel.
 */
export function refreshSnapshotSoon(journeyId: string): () => void {
	return laterWhenIdle(
		() => void refreshSnapshotAway(journeyId).catch(snapshotNotKept),
		SNAPSHOT_SETTLE_MS,
		SNAPSHOT_SETTLE_MS
	);
}

/** A new journey from a template, in the language given; returns its id. */
export async function createJourney(
	template: JourneyTemplate,
	options: Omit<CreateOptions, 'now'> & { now?: number }
): Promise<string> {
	const doc = fromTemplate(template, { ...options, now: options.now ?? Date.now() });
	await createJourneyRecords(doc);
	return doc.journey.id;
}

/**
 * Stores a whole journey made elsewhere (the developer's generator), over any with its id.
 * Its items take ids of their own where another journey holds theirs: two samples of one
 * size share the seeded ids of their first items.
 */
export async function storeJourney(doc: JourneyDocument): Promise<void> {
	await saveJourney(withFreshIdsFor(doc, await idsHeldElsewhere(doc)));
}

/** An independent copy of the open journey, every id new; returns the copy's id. */
export async function duplicateJourney(editor: JourneyEditor, name: string): Promise<string> {
	// The copy is of what the person sees: edits still queued are stored first.
	await editor.flush();
	const copy = withNewIds(editor.doc, { name, now: Date.now() });
	await createJourneyRecords(copy);
	return copy.journey.id;
}

/** Deletes the open journey; what it returns brings it back with `undoDelete`. */
export async function deleteJourney(editor: JourneyEditor): Promise<JourneyDocument | undefined> {
	await editor.flush();
	return deleteStored(editor.doc.journey.id);
}

export async function undoDelete(deleted: JourneyDocument): Promise<void> {
	await saveJourney(deleted);
}

/** A journey's versions, newest first, without their documents. */
export function listVersions(journeyId: string): Promise<SnapshotSummary[]> {
	return listSnapshots(journeyId);
}

/** One version with its document, checked against the schema; undefined when gone. */
export function readVersion(id: number) {
	return getSnapshot(id);
}

/** Keeps the open journey as it is now under the person's name for it. */
export async function saveVersion(editor: JourneyEditor, label: string): Promise<void> {
	// The checkpoint is what is stored: edits still queued go in first.
	await editor.flush();
	await saveCheckpoint(editor.doc.journey.id, label);
}

export function deleteVersion(id: number): Promise<void> {
	return deleteCheckpoint(id);
}

/** A restore made: the way to take it back, while it is still in the undo history. */
export interface Restore {
	/** Undefined when the version held what the map holds: nothing changed. */
	edit: Edit | undefined;
	/** The version kept of what the restore replaced. */
	keptId: number | undefined;
	/** When it was made, to tell edits another tab made after it. */
	at: number;
	/** The journey's `lastEditOf` as the restore stored it: any other means edited since. */
	storedUpdatedAt: number | undefined;
	/** The editor's generation it was made in: once read again whole, it is not undone. */
	generation: number;
}

/**
 * Puts the open journey back as it was in a version, as one edit: the rest of the undo
 * history stays, and Undo takes the restore back. What it replaces is kept as a version
 * first. Throws when the version cannot be read; then nothing changes.
 */
export async function restoreVersion(editor: JourneyEditor, id: number): Promise<Restore> {
	if (editor.closed) throw new Error('This journey was replaced or deleted meanwhile');
	// Edits still queued belong to the state being replaced: store them so it is kept whole.
	await editor.flush();
	const version = await getSnapshot(id);
	if (!version || version.journeyId !== editor.doc.journey.id) {
		throw new Error(`No version ${id} of this journey`);
	}
	const edit = replaceDocument(editor.doc, version.document);
	if (edit.changes.length === 0) {
		return {
			edit: undefined,
			keptId: undefined,
			at: Date.now(),
			storedUpdatedAt: undefined,
			generation: editor.generation
		};
	}
	const at = Date.now();
	const keptId = await keepCurrentVersion(version.journeyId, 'restore');
	const refused = editor.apply(edit);
	if (refused) {
		if (keptId !== undefined) await dropSafetyVersion(keptId);
		throw new Error(refused);
	}
	// `apply` records the edit as the newest undo step; that recorded step is the restore.
	const recorded = editor.history.past.at(-1);
	await replacedAsAWhole(editor);
	const stored = await getJourney(version.journeyId);
	return {
		edit: recorded,
		keptId,
		at,
		storedUpdatedAt: stored && lastEditOf(stored),
		generation: editor.generation
	};
}

/**
 * Other tabs on the journey read it again after a restore, with an undo history of their
 * own that starts there: an Undo in one of them must not put back what the restore took away.
 */
async function replacedAsAWhole(editor: JourneyEditor) {
	await editor.flush();
	announce({ kind: 'reload', journeyId: editor.doc.journey.id });
}

/**
 * Takes a restore back: undo steps are taken until it is undone, and the version kept of
 * what it replaced, which is the map again, leaves the history. Whenever the map changed
 * after the restore — edits in this tab (they go on the redo stack, which lives only as long
 * as the page) or in another (the undo writes over them) — the map as it is is kept as a
 * version first: 'undone and kept'. Changes nothing when the restore was already undone, or
 * when the journey was since replaced or deleted as a whole (its editor closed, or the
 * journey gone from storage): an Undo there would write into a journey that moved on.
 */
export async function undoRestore(
	editor: JourneyEditor,
	restore: Restore
): Promise<'undone' | 'undone and kept' | 'already undone' | 'replaced'> {
	const { edit } = restore;
	if (editor.closed || editor.generation !== restore.generation) return 'replaced';
	if (!edit || !editor.history.past.includes(edit)) return 'already undone';
	await editor.flush();
	const journeyId = editor.doc.journey.id;
	if (!(await getJourney(journeyId))) return 'replaced';
	// Edits from another tab may be stored and not yet shown here: the stored journey's
	// `updatedAt` tells them, decided in the transaction that keeps the version.
	const editedHere = editor.history.past.at(-1) !== edit;
	const shownFromElsewhere = editor.changedElsewhereAt >= restore.at;
	const kept = await keepVersionIfChangedSince(
		journeyId,
		editedHere || shownFromElsewhere ? undefined : restore.storedUpdatedAt,
		'restore'
	);
	while (editor.history.past.includes(edit)) editor.undo();
	if (restore.keptId !== undefined) await dropSafetyVersion(restore.keptId);
	await replacedAsAWhole(editor);
	return kept === undefined ? 'undone' : 'undone and kept';
}
