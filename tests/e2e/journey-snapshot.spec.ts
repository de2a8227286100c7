/**
 * A journey opens from one stored value, its snapshot, only while that still tells what its
 * records hold: a snapshot damaged in IndexedDB, or one an edit made as the tab closed has
 * overtaken, is passed over and the map shows the records.
 */
import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, exportJourney, jsonFile } from './transfer';

interface SnapshotRow {
	journeyId: string;
	version: string;
	text?: string;
	counts?: number[];
	commit?: number;
	updatedAt?: number;
	formatVersion?: number;
}

/** The journey's snapshot row in IndexedDB, read with the raw API, or `put` in its place first. */
function snapshotRow(page: Page, journeyId: string, put?: SnapshotRow) {
	return page.evaluate(
		async ({ journeyId, put }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('touchpoint');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			try {
				const store = db
					.transaction('journeySnapshots', 'readwrite')
					.objectStore('journeySnapshots');
				if (put) store.put(put);
				return await new Promise<SnapshotRow | undefined>((resolve, reject) => {
					const request = store.get(journeyId);
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			} finally {
				db.close();
			}
		},
		{ journeyId, put }
	);
}

async function snapshotTaken(page: Page, journeyId: string) {
	await expect
		.poll(async () => (await snapshotRow(page, journeyId))?.text !== undefined)
		.toBe(true);
	return (await snapshotRow(page, journeyId))!;
}

const journeyIdOf = (page: Page) => new URL(page.url()).pathname.split('/')[2]!;

test('a snapshot damaged in IndexedDB is passed over: the map opens from the records', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Snapshot damaged');
	await expectSaved(page);
	const id = journeyIdOf(page);
	const taken = await snapshotTaken(page, id);
	const text = taken.text!;
	// Each damage also renames a card, so the map shows whether the snapshot was read.
	const forged = text.replace('Order planning', 'From the snapshot');
	const other = forged.replaceAll(id, '00000000-0000-4000-8000-0000000000aa');
	const damages: [string, SnapshotRow][] = [
		['truncated', { ...taken, text: forged.slice(0, forged.length / 2) }],
		['of another journey', { ...taken, text: other }],
		["counts that are not the records'", { ...taken, text: forged, counts: [3, 12, 11, 0, 0, 0] }],
		['an older commit', { ...taken, text: forged, commit: (taken.commit ?? 0) - 1 }],
		['another format', { ...taken, text: forged, formatVersion: 1 }]
	];
	for (const [what, row] of damages) {
		await snapshotRow(page, id, row);
		await page.reload();
		await expect(page.getByRole('article', { name: 'Order planning' }), what).toBeVisible();
		await expect(page.getByRole('article', { name: 'From the snapshot' }), what).toHaveCount(0);
		// Read from the records, the journey is kept as one value again, as they hold it.
		await expect.poll(async () => (await snapshotRow(page, id))?.text, what).toBe(text);
	}
	await expectAccessible();
});

test('a journey imported from a file is kept as one value once it is listed, holding what the file holds', async ({
	page,
	browser,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Snapshot imported');
	await expectSaved(page);
	const exported = await exportJourney(page, 'Snapshot imported');

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await openJourneyList(fresh);
	await chooseFiles(fresh, 'Import', [jsonFile(exported.name, exported.text)]);
	const link = fresh.getByRole('list').getByRole('link', { name: /Snapshot imported/ });
	await expect(link).toBeVisible();
	const id = (await link.getAttribute('href'))!.split('/').pop()!;
	const taken = await snapshotTaken(fresh, id);
	expect(JSON.parse(taken.text!)).toEqual(JSON.parse(exported.text).document);
	// A card renamed in the snapshot alone shows: the map is read from it.
	await snapshotRow(fresh, id, {
		...taken,
		text: taken.text!.replace('Order planning', 'From the snapshot')
	});
	await link.click();
	await expect(fresh.getByRole('article', { name: 'From the snapshot' })).toBeVisible();
	await expectAccessible(fresh);
	await context.close();
});

test('an edit stored as the tab closes shows when the journey opens again from its snapshot', async ({
	page,
	context
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Snapshot overtaken');
	await expectSaved(page);
	const url = page.url();
	const id = journeyIdOf(page);
	await snapshotTaken(page, id);
	// Opened from the snapshot, edited, and closed at once: only the closing page's write stores it.
	await page.clock.install();
	await page.reload();
	const card = page.getByRole('article', { name: 'Order planning' });
	await expect(card).toBeVisible();
	// Time stands still: the save queue's timer never runs, so the edit waits for the closing.
	await page.clock.pauseAt(Date.now() + 60_000);
	await card.getByRole('button', { name: 'Details of Order planning' }).click();
	await page.getByRole('textbox', { name: 'Notes' }).fill('Planned on paper');
	await page.close();

	const again = await context.newPage();
	// The clock is the browser context's: it goes on for the new tab.
	await again.clock.resume();
	await again.goto(url);
	await again
		.getByRole('article', { name: 'Order planning' })
		.getByRole('button', { name: 'Details of Order planning' })
		.click();
	await expect(again.getByRole('textbox', { name: 'Notes' })).toHaveValue('Planned on paper');
	// The snapshot kept now holds the edit too.
	await expect.poll(async () => (await snapshotRow(again, id))?.text).toContain('Planned on paper');
});

test('once edits settle the journey is kept as one value again, and the next opening shows it from there', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Snapshot settled');
	await expectSaved(page);
	const id = journeyIdOf(page);
	await snapshotTaken(page, id);
	const card = page.getByRole('article', { name: 'Order planning' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	await card.getByRole('textbox', { name: 'Frustration' }).fill('Quotes take a week');
	await card.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await expectSaved(page);
	// Without opening the journey again, the stored snapshot comes to hold the edit.
	await expect
		.poll(async () => (await snapshotRow(page, id))?.text)
		.toContain('Quotes take a week');

	// The next opening reads it: a card renamed in it alone shows.
	const taken = (await snapshotRow(page, id))!;
	const renamed = taken.text!.replace('Order planning', 'From the snapshot');
	await snapshotRow(page, id, { ...taken, text: renamed });
	await page.getByRole('link', { name: 'All journeys' }).click();
	await page.getByRole('link', { name: 'Snapshot settled' }).click();
	const fromSnapshot = page.getByRole('article', { name: 'From the snapshot' });
	await expect(fromSnapshot.getByText('Quotes take a week')).toBeVisible();
	await expectAccessible();

	// Damaged, it is passed over: the map opens from the records, the edit in them.
	await snapshotRow(page, id, { ...taken, text: renamed.slice(0, -10) });
	await page.reload();
	await expect(card.getByText('Quotes take a week')).toBeVisible();
	await expect(page.getByRole('article', { name: 'From the snapshot' })).toHaveCount(0);
});
