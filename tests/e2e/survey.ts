/** Helpers for the survey import specs: a journey with two frustrations, and a CSV to import. */
import type { Page } from '@playwright/test';
import { csvParseRows } from 'd3-dsv';
import { expect, openJourneyList } from './fixtures';
import { downloadBy } from './transfer';

export const late = 'Checkout times out';
export const prices = 'Prices change, at the last step';

/**
 * A blank journey with one touch point and two frustrations, opened on its Workshop view;
 * returns the address of its map.
 */
export async function surveyJourney(page: Page): Promise<string> {
	await openJourneyList(page);
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill('Survey journey');
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank' });
	await page.getByRole('button', { name: 'Create' }).click();
	await page.getByRole('button', { name: 'Add stage' }).click();
	const stageName = page.getByRole('textbox', { name: 'Stage name' });
	await stageName.fill('Purchase');
	await stageName.press('Enter');
	await stageName.press('Escape');
	const stage = page.getByRole('region', { name: 'Purchase' });
	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await stage.getByRole('textbox', { name: 'Touch point name' }).fill('Order placement');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Enter');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Escape');
	const card = page.getByRole('article', { name: 'Order placement' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	for (const text of [late, prices]) {
		await field.fill(text);
		await field.press('Enter');
	}
	await field.press('Escape');
	const mapUrl = page.url();
	await page.getByRole('link', { name: 'Workshop' }).click();
	await expect(page.getByRole('button', { name: 'Import ratings' })).toBeEnabled();
	return mapUrl;
}

/** The survey template's header row, as downloaded. */
export async function templateHeader(page: Page): Promise<string[]> {
	const { text } = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export survey template' }).click()
	);
	return csvParseRows(text.replace(/^\uFEFF/, ''))[0]!;
}

export async function importRatings(page: Page, name: string, text: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import ratings' }).click();
	await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
}

export const preview = (page: Page) => page.getByRole('table', { name: 'Import preview' });
export const previewRow = (page: Page, column: string) =>
	preview(page).getByRole('row', { name: new RegExp(`^${column} `) });
export const participantsHeading = (page: Page) =>
	page.getByRole('heading', { name: /^Participants/ });
export const gridRow = (page: Page, frustration: string) =>
	page.getByRole('grid').getByRole('row').filter({ hasText: frustration });
