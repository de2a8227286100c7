import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { JourneyEditor } from '$lib/app/journey-editor.svelte';
import {
	deleteJourney,
	duplicateJourney,
	listVersions,
	openJourney,
	readVersion,
	restoreVersion,
	saveVersion,
	storeJourney,
	undoDelete,
	undoRestore
} from '$lib/app/journeys';
import { updateItem, updateJourney } from '$lib/domain/edits/operations';
import { generateJourney } from '$lib/domain/generate';
import type { JourneyDocument } from '$lib/domain/schema';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { database } from '$lib/storage/db';
import { saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

let doc: JourneyDocument;
let editor: JourneyEditor;

beforeEach(async () => {
	doc = airlineJourney();
	await saveJourney(doc);
	editor = new JourneyEditor(doc);
});

afterEach(async () => {
	await editor.flush();
	await checkpointsSettled();
	const db = database();
	await db.transaction('rw', [...db.journeyTables, db.snapshots], () =>
		Promise.all([...db.journeyTables, db.snapshots].map((table) => table.clear()))
	);
});

const firstId = () => doc.frustrations[0]!.id;
const shownText = () => editor.doc.frustrations.find((f) => f.id === firstId())!.text;
const storedText = async () =>
	(await openJourney(doc.journey.id))!.doc.frustrations.find((f) => f.id === firstId())!.text;

async function editText(text: string) {
	editor.apply(updateItem(editor.doc, 'frustrations', firstId(), { text }));
	await editor.flush();
	await checkpointsSettled();
}

async function versionNamed(label: string) {
	await saveVersion(editor, label);
	return (await listVersions(doc.journey.id)).find((v) => v.label === label)!.id;
}

describe('restoring a version of the open journey', () => {
	it('shows and stores the version as one undo step, after the steps before it', async () => {
		const original = shownText();
		const id = await versionNamed('before the workshop');
		await editText('Edited in the workshop');
		const steps = editor.history.past.length;

		await restoreVersion(editor, id);
		expect(shownText()).toBe(original);
		await editor.flush();
		expect(await storedText()).toBe(original);
		expect(editor.history.past).toHaveLength(steps + 1);
		// What it replaced is kept as a version of its own.
		const [newest] = await listVersions(doc.journey.id);
		expect(newest!.reason).toBe('restore');

		editor.undo();
		expect(shownText()).toBe('Edited in the workshop');
		await editor.flush();
		expect(await storedText()).toBe('Edited in the workshop');
		editor.undo();
		expect(shownText()).toBe(original);
	});

	it('is taken back from its message: later edits wait on Redo and are kept as a version too', async () => {
		const id = await versionNamed('before the workshop');
		await editText('Edited in the workshop');
		const versionsBefore = await listVersions(doc.journey.id);

		const restore = await restoreVersion(editor, id);
		editor.apply(updateJourney(editor.doc, { name: 'Renamed after the restore' }));
		expect(await undoRestore(editor, restore)).toBe('undone and kept');

		expect(shownText()).toBe('Edited in the workshop');
		expect(editor.doc.journey.name).toBe(doc.journey.name);
		expect(await storedText()).toBe('Edited in the workshop');
		// The version kept before the restore is the map again, so it goes; the map with the
		// rename made after the restore is kept, since Redo lives only as long as the page.
		const [kept, ...rest] = await listVersions(doc.journey.id);
		expect(rest).toEqual(versionsBefore);
		expect(kept!.reason).toBe('restore');
		expect((await readVersion(kept!.id))!.document.journey.name).toBe('Renamed after the restore');
		editor.redo();
		editor.redo();
		expect(editor.doc.journey.name).toBe('Renamed after the restore');
		// A second "Undo" of the same restore finds nothing to take back.
		editor.undo();
		editor.undo();
		expect(await undoRestore(editor, restore)).toBe('already undone');
	});

	it('taken back right after, leaves the versions as they were before it', async () => {
		const id = await versionNamed('before the workshop');
		await editText('Edited in the workshop');
		const versionsBefore = await listVersions(doc.journey.id);
		const restore = await restoreVersion(editor, id);
		expect(await undoRestore(editor, restore)).toBe('undone');
		expect(await listVersions(doc.journey.id)).toEqual(versionsBefore);
	});

	it('keeps a version of what another tab stored after the restore before writing over it', async () => {
		const id = await versionNamed('before the workshop');
		await editText('Edited in the workshop');
		const restore = await restoreVersion(editor, id);
		// Another tab, which read the map again after the restore, edits what it restored a
		// moment later; its message has not reached this tab yet.
		vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 1_000 });
		try {
			const other = new JourneyEditor((await openJourney(doc.journey.id))!.doc);
			other.apply(
				updateItem(other.doc, 'frustrations', firstId(), { text: 'Typed in another tab' })
			);
			await other.flush();
			await checkpointsSettled();
		} finally {
			vi.useRealTimers();
		}

		expect(await undoRestore(editor, restore)).toBe('undone and kept');
		expect(await storedText()).toBe('Edited in the workshop');
		const [kept] = await listVersions(doc.journey.id);
		expect(kept!.reason).toBe('restore');
		const held = (await readVersion(kept!.id))!.document;
		expect(held.frustrations.find((f) => f.id === firstId())!.text).toBe('Typed in another tab');
	});

	it('is not taken back once the view let its editor go, nor once the journey is gone', async () => {
		const id = await versionNamed('before the workshop');
		await editText('Edited in the workshop');
		const restore = await restoreVersion(editor, id);
		const versions = await listVersions(doc.journey.id);
		editor.close();
		expect(await undoRestore(editor, restore)).toBe('replaced');
		expect(await listVersions(doc.journey.id)).toEqual(versions);
		expect(editor.apply(updateItem(editor.doc, 'frustrations', firstId(), { text: 'x' }))).toBe(
			undefined
		);
		expect(editor.canUndo).toBe(false);
		expect(await storedText()).toBe(doc.frustrations[0]!.text);

		// Deleted in another tab, whose message has not arrived yet: nothing is written back.
		editor = new JourneyEditor((await openJourney(doc.journey.id))!.doc);
		await editText('Edited again');
		const again = await restoreVersion(editor, id);
		const other = new JourneyEditor((await openJourney(doc.journey.id))!.doc);
		await deleteJourney(other);
		editor.apply(updateItem(editor.doc, 'frustrations', firstId(), { text: 'Typed late' }));
		expect(await undoRestore(editor, again)).toBe('replaced');
		expect(await openJourney(doc.journey.id)).toBeUndefined();
	});

	it('refuses a damaged version and leaves the map, its history and its versions as they are', async () => {
		const id = await versionNamed('broken');
		await editText('Edited in the workshop');
		await database().snapshots.update(id, { 'document.stages': 'not a list' } as never);
		const versionsBefore = await listVersions(doc.journey.id);
		const steps = editor.history.past.length;

		await expect(restoreVersion(editor, id)).rejects.toThrow();
		expect(shownText()).toBe('Edited in the workshop');
		expect(await storedText()).toBe('Edited in the workshop');
		expect(editor.history.past).toHaveLength(steps);
		expect(await listVersions(doc.journey.id)).toEqual(versionsBefore);
	});

	it('changes nothing and keeps no version when the map already holds the version', async () => {
		const id = await versionNamed('as it is');
		const versionsBefore = await listVersions(doc.journey.id);
		const restore = await restoreVersion(editor, id);
		expect(restore.edit).toBeUndefined();
		expect(editor.canUndo).toBe(false);
		expect(await listVersions(doc.journey.id)).toEqual(versionsBefore);
	});
});

describe('whole-journey operations', () => {
	it('duplicate the open journey as it is shown, under a new name and new ids', async () => {
		editor.apply(updateItem(editor.doc, 'frustrations', firstId(), { text: 'Not yet stored' }));
		const copyId = await duplicateJourney(editor, 'Copy of the airline');
		const copy = (await openJourney(copyId))!.doc;
		expect(copy.journey.name).toBe('Copy of the airline');
		expect(copy.frustrations.map((f) => f.text)).toContain('Not yet stored');
		expect(copy.frustrations.some((f) => f.id === firstId())).toBe(false);
	});

	it('store journeys made elsewhere whole, side by side, when their items share ids', async () => {
		const sample = generateJourney({ frustrations: 30, touchPoints: 5, seed: 35 });
		const again = structuredClone(sample);
		again.journey = { ...again.journey, id: '00000000-0000-4000-8000-0000000a9a1e' };
		await storeJourney(sample);
		await storeJourney(again);
		for (const id of [sample.journey.id, again.journey.id]) {
			const stored = (await openJourney(id))!.doc;
			expect(stored.frustrations).toHaveLength(30);
			expect(stored.touchPoints).toHaveLength(5);
		}
	});

	it('delete the open journey with what it held, and bring it back whole', async () => {
		editor.apply(updateItem(editor.doc, 'frustrations', firstId(), { text: 'Typed just now' }));
		const deleted = await deleteJourney(editor);
		expect(await openJourney(doc.journey.id)).toBeUndefined();
		await undoDelete(deleted!);
		expect((await openJourney(doc.journey.id))?.doc).toEqual(deleted);
		expect(await storedText()).toBe('Typed just now');
	});
});
