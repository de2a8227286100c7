/**
 * Importing journeys into this browser. Each file is read and validated completely first
 * (`checkFile`); only then is anything written, one journey at a time, each in one
 * transaction. A single file of one journey new here is the exception: it is written as it
 * is checked, in one transaction that a failure anywhere aborts (./import-store.ts). A journey whose id is already here is replaced, kept as a copy or merged, as
 * the user decides; a replace or merge snapshots the old state first, so "Undo import" and
 * the snapshot list can put it back.
 */
import { nameOfCopy } from '$lib/domain/copy-name';
import { withFreshIdsFor, withNewIds } from '$lib/domain/duplicate';
import { timesUpTo } from '$lib/domain/foreign-times';
import type { JourneyDocument } from '$lib/domain/schema';
import { mergeJourneys, type MergeSummary } from '$lib/io/merge';
import {
	baseName,
	isMermaidFileName,
	readMermaidJourney,
	type MermaidImportOptions
} from '$lib/io/mermaid-import';
import {
	checkFile,
	MAX_FILE_BYTES,
	readParsedBlob,
	type DamagedJourney,
	type ReadProblem,
	type ReadResult
} from '$lib/io/read-file';
import {
	deleteJourneyIfUnchanged,
	getJourney,
	idsHeldElsewhere,
	JourneyHereError,
	lastEditOf
} from '$lib/storage/journeys';
import { replaceWithSnapshot, restoreSnapshot, updateWithSnapshot } from '$lib/storage/snapshots';
import { importWhileChecking, storeAsFromFile, storeChecked } from './import-store';

export type Decision = 'replace' | 'copy' | 'merge' | 'skip';

export interface ImportedJourney {
	id: string;
	name: string;
	action: 'created' | 'replaced' | 'copied' | 'merged' | 'skipped';
	snapshotId?: number;
	/** A created or copied journey's `lastEditOf` as stored: changed means edited since. */
	storedUpdatedAt?: number;
	summary?: MergeSummary;
}

/** What Undo import did, journey by journey, for the message that says so. */
export interface ImportUndone {
	/** Journeys the import had added, removed again. */
	removed: string[];
	/** Journeys the import replaced or merged into, back as before it; `keptSince` when what
	 * they held at the undo (the import's state and any edit since) was kept as a version. */
	putBack: { name: string; keptSince: boolean }[];
	/** Journeys the import had added and someone edited since: kept, not deleted. */
	editedSince: string[];
	/** Journeys whose version from before the import is no longer here: left as they are. */
	notPutBack: string[];
}

export type FileOutcome =
	| { file: string; ok: false; problem: ReadProblem }
	| {
			file: string;
			ok: true;
			journeys: ImportedJourney[];
			upgradedFrom?: number;
			/** Journeys of a backup that were not valid: none of them was written. */
			damaged?: DamagedJourney[];
	  };

export interface ImportOptions {
	/** Asked for each journey that is already here; a restore answers "replace" for all. */
	decide: (existing: JourneyDocument, incoming: JourneyDocument) => Promise<Decision>;
	copyName: (name: string) => string;
	reason?: 'import' | 'restore';
	now?: () => number;
	/** When the file was written, as it says: its times are never taken as later than this. */
	writtenAt?: number;
	/** How .mmd and Markdown files become journeys: the names for what a diagram leaves unnamed. */
	mermaid?: Pick<MermaidImportOptions, 'words' | 'locale'>;
}

export async function importDocument(
	file: JourneyDocument,
	{ decide, copyName, reason = 'import', now = Date.now, writtenAt }: ImportOptions
): Promise<ImportedJourney> {
	// An item cannot have been edited after its file was written, nor after it arrived here.
	const clamped = timesUpTo(file, Math.min(now(), writtenAt ?? Infinity));
	// Items whose ids another journey here holds (a file edited by hand, or a backup of two
	// copies of one map) get ids of their own, so this journey never takes that one's over.
	const incoming = withFreshIdsFor(clamped, await idsHeldElsewhere(clamped));
	let existing = await getJourney(incoming.journey.id);
	const name = incoming.journey.name;
	if (!existing) {
		try {
			const stored = await storeAsFromFile(incoming, () => storeChecked(incoming));
			return {
				id: incoming.journey.id,
				name,
				action: 'created',
				storedUpdatedAt: lastEditOf(stored)
			};
		} catch (error) {
			// Another tab's import stored it since: the person decides, as for any journey here.
			if (!(error instanceof JourneyHereError)) throw error;
			existing = await getJourney(incoming.journey.id);
			if (!existing) throw error;
		}
	}
	const decision = await decide(existing, incoming);
	switch (decision) {
		case 'skip':
			return { id: incoming.journey.id, name, action: 'skipped' };
		case 'copy': {
			const copy = withNewIds(incoming, { name: nameOfCopy(name, copyName), now: now() });
			const stored = await storeAsFromFile(copy, () => storeChecked(copy));
			return {
				id: copy.journey.id,
				name: copy.journey.name,
				action: 'copied',
				storedUpdatedAt: lastEditOf(stored)
			};
		}
		case 'replace': {
			const snapshotId = await storeAsFromFile(incoming, () =>
				replaceWithSnapshot(
					incoming,
					reason === 'restore' ? 'restore' : 'replace',
					undefined,
					now()
				)
			);
			return { id: incoming.journey.id, name, action: 'replaced', snapshotId };
		}
		case 'merge': {
			// With what is stored when the person chose, not when the question was asked:
			// another tab may have added to the journey while the dialog was open.
			let merged: ReturnType<typeof mergeJourneys> | undefined;
			const snapshotId = await updateWithSnapshot(
				incoming.journey.id,
				(current) => (merged = mergeJourneys(current ?? existing, incoming)).document,
				'merge',
				undefined,
				now()
			);
			const { document, summary } = merged!;
			return {
				id: incoming.journey.id,
				name: document.journey.name,
				action: 'merged',
				snapshotId,
				summary
			};
		}
	}
}

/**
 * Imports files: every file is read and validated completely first; only then are the
 * journeys of the files that passed written, so a bad file in a batch writes nothing of its
 * own and never leaves another file half imported. A file alone, of a journey new here, is
 * written as it is checked, all or nothing all the same.
 */
export async function importFiles(
	files: File[],
	options: ImportOptions & { onProgress?: (file: string, fraction: number) => void }
): Promise<FileOutcome[]> {
	const reads = [];
	for (const file of files) {
		if (options.mermaid && isMermaidFileName(file.name)) {
			reads.push(await readMermaidFile(file, options.mermaid, (options.now ?? Date.now)()));
			continue;
		}
		const parsed = await readParsedBlob(file, (fraction) =>
			options.onProgress?.(file.name, fraction)
		);
		if (parsed.ok !== 'parsed') {
			reads.push(parsed);
			continue;
		}
		// A file alone, of one journey new here, is written as it is checked; the other files
		// of a batch are all checked before any is written.
		if (files.length === 1 && parsed.kind === 'journey') {
			const written = await importWhileChecking(parsed, (options.now ?? Date.now)());
			if (written) {
				return [
					{
						file: file.name,
						ok: true,
						journeys: [{ ...written, action: 'created' }],
						...(parsed.upgradedFrom === undefined ? {} : { upgradedFrom: parsed.upgradedFrom })
					}
				];
			}
		}
		reads.push(checkFile(parsed));
	}
	const outcomes: FileOutcome[] = [];
	for (const [index, read] of reads.entries()) {
		const file = files[index]!;
		if (!read.ok) {
			outcomes.push({ file: file.name, ok: false, problem: read.problem });
			continue;
		}
		outcomes.push(await importRead(file.name, read, options));
	}
	return outcomes;
}

/** A Mermaid diagram, or Markdown holding one, read into a new journey named after the file
 * when the diagram has no title. */
async function readMermaidFile(
	file: File,
	options: Pick<MermaidImportOptions, 'words' | 'locale'>,
	now: number
): Promise<ReadResult> {
	if (file.size > MAX_FILE_BYTES) {
		return { ok: false, problem: { kind: 'too-large', bytes: file.size, limit: MAX_FILE_BYTES } };
	}
	return readMermaidJourney(await file.text(), {
		...options,
		now,
		fallbackName: baseName(file.name)
	});
}

/**
 * Writes the journeys of a file (or a share link) that has been read and validated; a
 * backup's damaged journeys, left out by the reader, are passed on to be reported.
 */
export async function importRead(
	file: string,
	read: Extract<ReadResult, { ok: true }>,
	options: ImportOptions
): Promise<FileOutcome> {
	const journeys: ImportedJourney[] = [];
	for (const doc of read.documents) {
		journeys.push(await importDocument(doc, { ...options, writtenAt: read.writtenAt }));
	}
	return {
		file,
		ok: true,
		journeys,
		...(read.upgradedFrom === undefined ? {} : { upgradedFrom: read.upgradedFrom }),
		...(read.damaged ? { damaged: read.damaged } : {})
	};
}

/**
 * Puts back what an import changed: new journeys go unless edited since (then they stay, and
 * are named), replaced and merged ones return as they were, what they held until now kept as
 * a version. Nothing done after the import is deleted without a way back.
 */
export async function undoImport(journeys: ImportedJourney[]): Promise<ImportUndone> {
	const undone: ImportUndone = { removed: [], putBack: [], editedSince: [], notPutBack: [] };
	for (const imported of [...journeys].reverse()) {
		if (imported.action === 'created' || imported.action === 'copied') {
			const result =
				imported.storedUpdatedAt === undefined
					? ({ outcome: 'edited', name: imported.name } as const)
					: await deleteJourneyIfUnchanged(imported.id, imported.storedUpdatedAt);
			if (result.outcome === 'edited') undone.editedSince.push(result.name);
			else undone.removed.push(imported.name);
		} else if (imported.snapshotId !== undefined) {
			let restored;
			try {
				restored = await restoreSnapshot(imported.snapshotId);
			} catch (error) {
				// Let go by the retention rules, or unreadable: the journey stays as it is.
				console.warn('Could not put a journey back', error);
				undone.notPutBack.push(imported.name);
				continue;
			}
			undone.putBack.push({
				name: restored.document.journey.name,
				keptSince: restored.keptId !== undefined
			});
		}
	}
	// Named in the order the import wrote them.
	for (const list of Object.values(undone)) list.reverse();
	return undone;
}
