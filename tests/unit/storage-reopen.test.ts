/**
 * A disk that fills and frees again, as Chromium handles it: the write fails with an
 * UnknownError naming FILE_ERROR_NO_SPACE, the browser closes the connection, and opening it
 * again fails ("Internal error opening backing store") until there is room.
 */
import { afterEach, expect, it } from 'vitest';
import { JourneyEditor } from '$lib/app/journey-editor.svelte';
import { isQuotaError } from '$lib/app/storage-health';
import { updateItem } from '$lib/domain/edits/operations';
import { checkpointsSettled } from '$lib/storage/auto-checkpoint';
import { database } from '$lib/storage/db';
import { getJourney, saveJourney } from '$lib/storage/journeys';
import { airlineJourney } from './fixtures';

const put = IDBObjectStore.prototype.put;
const open = indexedDB.open;

/** From now on writes fail and the database will not open, as on a full disk. */
function fillDisk() {
	IDBObjectStore.prototype.put = function () {
		throw new DOMException(
			'An internal error was encountered in the Indexed Database server: FILE_ERROR_NO_SPACE',
			'UnknownError'
		);
	};
	indexedDB.open = function () {
		const request = { error: null as DOMException | null, onerror: null as unknown };
		setTimeout(() => {
			request.error = new DOMException(
				'Internal error opening backing store for indexedDB.open.',
				'UnknownError'
			);
			const event = { target: request, preventDefault() {}, stopPropagation() {} };
			(request.onerror as (e: typeof event) => void)?.(event);
		});
		return request as unknown as IDBOpenDBRequest;
	};
}

/** Chromium, after a write failed for want of space, closes the connection. */
function closeConnection() {
	const connection = database().backendDB();
	connection.close();
	connection.onclose?.(new Event('close'));
}

function freeDisk() {
	IDBObjectStore.prototype.put = put;
	indexedDB.open = open;
}

afterEach(async () => {
	freeDisk();
	await database().delete();
	await database().open();
});

it('stores an edit refused on a full disk once there is room again, on a connection opened anew', async () => {
	const doc = airlineJourney();
	await saveJourney(doc);
	const editor = new JourneyEditor(doc);
	const id = doc.frustrations[0]!.id;

	fillDisk();
	editor.apply(updateItem(editor.doc, 'frustrations', id, { text: 'Typed on a full disk' }));
	await editor.flush();
	expect(editor.saveState).toBe('error');
	expect(isQuotaError(editor.saveError)).toBe(true);
	closeConnection();

	// Tried again while the disk is still full: still refused, and still said to be for want
	// of room, so the message and its Try saving again stay.
	await editor.flush();
	expect(editor.saveState).toBe('error');
	expect(isQuotaError(editor.saveError)).toBe(true);

	freeDisk();
	await editor.flush();
	expect(editor.saveState).toBe('saved');
	await checkpointsSettled();
	const stored = await getJourney(doc.journey.id);
	expect(stored!.frustrations.find((f) => f.id === id)!.text).toBe('Typed on a full disk');
});
