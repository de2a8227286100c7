/** Helpers for the sharing tests: files in and out of the app, and the database as data. */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openJourneyList } from './fixtures';

export type FileSpec = { name: string; mimeType: string; buffer: Buffer };

export const jsonFile = (name: string, content: string | object): FileSpec => ({
	name,
	mimeType: 'application/json',
	buffer: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content))
});

/** Clicks a button that downloads, and gives the file's name and text. */
export async function downloadBy(page: Page, click: () => Promise<void>) {
	const download = page.waitForEvent('download');
	await click();
	const file = await download;
	return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

export async function chooseFiles(page: Page, button: 'Import' | 'Restore', files: FileSpec[]) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: button, exact: true }).click();
	await (await chooser).setFiles(files);
}

export async function openShareMenu(page: Page) {
	await page.getByRole('button', { name: 'Share', exact: true }).click();
}

/** The exported JSON file of a journey opened from the list. */
export async function exportJourney(page: Page, name: string) {
	await openJourneyList(page);
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	await openShareMenu(page);
	return downloadBy(page, () => page.getByRole('button', { name: 'Export JSON' }).click());
}

/** A generated sample map (the dev page), opened. */
export async function openGeneratedSample(page: Page, frustrations: number, touchPoints: number) {
	await page.goto(`/dev/generate?frustrations=${frustrations}&touchPoints=${touchPoints}`);
	const name = new RegExp(`^Generated: ${frustrations} frustrations`);
	await page.getByRole('status').getByRole('link', { name }).click();
	// The journey's own heading: the generator's page has one too until the map replaces it.
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

// Kept here too for the specs that import it with the other transfer helpers.
export { dumpDatabase } from './database';
