import { afterEach, describe, expect, it, vi } from 'vitest';
import { ImportSession } from '$lib/app/import-session.svelte';
import { journeyFileOf } from '$lib/io/journey-file';
import { database } from '$lib/storage/db';
import * as journeys from '$lib/storage/journeys';
import { failPutsInto } from './failing-store';
import { airlineJourney } from './fixtures';

afterEach(async () => {
	vi.restoreAllMocks();
	await database().delete();
	await database().open();
});

const fileOf = (doc = airlineJourney(), name = 'map.journey.json') =>
	new File([JSON.stringify(journeyFileOf(doc, 1))], name);

/** Waits until the session asks about a journey that is already here. */
async function conflictOf(session: ImportSession) {
	await vi.waitFor(() => expect(session.conflict).toBeDefined());
	return session.conflict!;
}

describe('an import session', () => {
	it('asks about a journey already here, does what the user chooses, and undoes it', async () => {
		const doc = airlineJourney();
		await journeys.saveJourney(doc);
		const session = new ImportSession();
		const running = session.importFiles([fileOf(doc), new File(['nope'], 'notes.txt')]);
		expect(session.busy).toBe(true);
		expect((await conflictOf(session)).existing.journey.id).toBe(doc.journey.id);
		session.choose('copy');
		await running;
		expect(session.busy).toBe(false);
		expect(session.failures).toMatchObject([{ file: 'notes.txt', problem: { kind: 'not-json' } }]);
		expect(session.imported).toMatchObject([{ action: 'copied' }]);
		expect(await journeys.listJourneys()).toHaveLength(2);
		await session.undo();
		expect(await journeys.listJourneys()).toHaveLength(1);
	});

	it('restores without asking, replacing what is here', async () => {
		const doc = airlineJourney();
		await journeys.saveJourney(doc);
		const session = new ImportSession();
		await session.importFiles([fileOf(doc)], 'restore');
		expect(session.conflict).toBeUndefined();
		expect(session.imported).toMatchObject([{ action: 'replaced' }]);
		expect(session.reason).toBe('restore');
	});

	it('reports a write the browser refuses, instead of failing silently', async () => {
		// The import's write, however it is made.
		const restore = failPutsInto('frustrations', 'throws', new Error('QuotaExceededError'));
		const session = new ImportSession();
		await session.importFiles([fileOf()]).finally(restore);
		expect(session.failures).toEqual([
			{ file: '', problem: { kind: 'not-saved', reason: 'QuotaExceededError' } }
		]);
		expect(session.busy).toBe(false);
	});
});
