/**
 * A database written by an earlier version opens, upgraded, with every journey; one written
 * by a newer version is left alone, with a page that says so and offers a raw backup.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import type { RawDatabaseDump } from '../../src/lib/storage/raw-database';
import { writeRawDatabase } from '../fixtures/databases/write-raw-database';
import { dumpDatabase } from './database';
import { expect, test } from './fixtures';

const fixture = JSON.parse(
	await readFile(new URL('../fixtures/databases/touchpoint-v1.json', import.meta.url), 'utf8')
) as RawDatabaseDump;

/** What IndexedDB reports for the app's schema (Dexie stores its version 6 as 60). */
const CURRENT_VERSION = 60;

/** Writes the database on the app's origin before the app has ever opened it. */
async function seed(page: Page, dump: RawDatabaseDump) {
	await page.goto('/favicon.svg');
	await page.evaluate(writeRawDatabase, dump);
}

const installedVersion = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).find((d) => d.name === 'touchpoint'));

test('journeys saved by version 1 open, upgraded, whole', async ({ page }) => {
	await seed(page, fixture);
	await page.goto('/');
	const list = page.getByRole('list');
	await expect(list.getByRole('link')).toHaveCount(2);
	await list.getByRole('link', { name: /Harbour Foods ordering/ }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Harbour Foods ordering' })
	).toBeVisible();
	await expect(page.getByText('Buyers cannot find the price list')).toBeVisible();
	// Stored at often × critical in format 1, it keeps that rating through the upgrade.
	const stored = page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText('Buyers cannot find the price list', { exact: true }) });
	await expect(stored.getByText('Priority 20', { exact: true })).toBeVisible();
	await expect(stored).toContainText('often × critical');
	expect((await installedVersion(page))?.version).toBe(CURRENT_VERSION);
});

test('journeys saved by a newer version are left alone, with what to do and a raw backup', async ({
	page,
	expectAccessible
}) => {
	await seed(page, { ...fixture, version: 1000 });
	const asWritten = await dumpDatabase(page);
	expect(asWritten.version).toBe(1000);
	expect(asWritten.stores.journeys).toHaveLength(2);
	await page.goto('/');
	const alert = page.getByRole('alert');
	await expect(
		alert.getByRole('heading', { level: 1, name: 'Touchpoint could not open your journeys' })
	).toBeVisible();
	expect(await dumpDatabase(page)).toEqual(asWritten);
	await expect(alert.getByText(/^They were saved by a newer version of Touchpoint/)).toBeVisible();
	await expect(alert.getByText(/Nothing was changed or deleted/)).toBeVisible();
	await expect(alert.getByRole('button', { name: 'Reload' })).toBeVisible();
	await expectAccessible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		alert.getByRole('button', { name: 'Download raw backup' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^touchpoint-raw-backup-\d{4}-\d\d-\d\d\.json$/);
	const saved = JSON.parse(await readFile((await download.path())!, 'utf8')) as RawDatabaseDump;
	expect(saved).toEqual({ ...fixture, version: 1000 });

	// Reloading changes nothing either: the newer database is still as it was.
	await page.reload();
	await expect(alert.getByRole('heading', { level: 1 })).toBeVisible();
	expect((await installedVersion(page))?.version).toBe(1000);
	expect(await dumpDatabase(page)).toEqual(asWritten);
});

test('a newer version opening the database while a journey is open here leaves it alone through this tab’s next edit and reload', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/');
	await page.getByRole('list').getByRole('link').first().click();
	await expect(page.getByRole('button', { name: 'Add touch point' }).first()).toBeVisible();

	// A newer Touchpoint in another tab upgrades the database: a store and an index of its own.
	const newer = await page.context().newPage();
	await newer.goto('/favicon.svg');
	await newer.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('touchpoint', 1000);
				request.onupgradeneeded = () => {
					request.result.createObjectStore('futureThings', { keyPath: 'id' }).put({ id: 'f1' });
					request.transaction!.objectStore('journeys').createIndex('futureField', 'futureField');
				};
				request.onsuccess = () => {
					request.result.close();
					resolve();
				};
				request.onerror = () => reject(request.error);
			})
	);
	const asWritten = await dumpDatabase(newer);
	expect(asWritten.version).toBe(1000);

	// This tab, still showing the journey, tries to store an edit, then is reloaded.
	await page.getByRole('button', { name: 'Add frustration' }).first().click();
	await page.getByRole('textbox', { name: 'Frustration' }).fill('Typed after the upgrade');
	await page.keyboard.press('Enter');
	// It keeps the edit and retries: this version may not write into the newer database.
	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await expectAccessible();
	expect(await dumpDatabase(newer)).toEqual(asWritten);
	await page.reload();
	await expect(
		page
			.getByRole('alert')
			.getByRole('heading', { level: 1, name: 'Touchpoint could not open your journeys' })
	).toBeVisible();
	expect(await dumpDatabase(newer)).toEqual(asWritten);
	expect((await installedVersion(newer))?.version).toBe(1000);
});
