/**
 * A survey import meeting the world as it is: another tab changing the map while the preview
 * is open, and a disk that refuses the write. The answers must land on the frustrations their
 * columns asked about, or nowhere.
 */
import type { Page } from '@playwright/test';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { dumpDatabase } from './database';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { downloadBy } from './transfer';

const late = 'Checkout times out';
const prices = 'Prices change, at the last step';

/** A blank journey with one touch point and two frustrations, opened on its Workshop view. */
async function surveyJourney(page: Page) {
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

async function importRatings(page: Page, text: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import ratings' }).click();
	await (
		await chooser
	).setFiles({ name: 'answers.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
}

const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

test('a frustration removed in another tab while the preview is open does not pass its answers to the next one', async ({
	page,
	expectAccessible
}) => {
	const mapUrl = await surveyJourney(page);
	const { text: template } = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export survey template' }).click()
	);
	const header = csvParseRows(template.replace(/^\uFEFF/, ''))[0]!;
	// The late checkout is always and critical; the prices never and cosmetic.
	await importRatings(page, csvFormatRows([header, ['2026-01-05', 'Ana', '5', '5', '1', '1']]));
	await expect(page.getByRole('table', { name: 'Import preview' })).toBeVisible();
	await expectAccessible();

	const other = await page.context().newPage();
	await other.goto(mapUrl);
	await frustration(other, late).getByRole('button', { name: 'Edit frustration' }).click();
	await other.getByRole('button', { name: 'Remove frustration' }).click();
	await expect(frustration(other, late)).toHaveCount(0);
	await expectSaved(other);

	// The preview leaves the removed frustration's answers out, and says so in its count.
	await expect(page.getByRole('dialog')).toContainText('with 2 ratings');
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expectSaved(page);
	const dump = await dumpDatabase(page);
	const stored = dump.stores['frustrations']!.map(
		(r) =>
			r.value as { text: string; ratings: { frequency: number | null; severity: number | null }[] }
	);
	const rated = stored.filter((f) => f.ratings.length > 0);
	expect(rated.map((f) => [f.text, f.ratings.map((r) => [r.frequency, r.severity])])).toEqual([
		[prices, [[1, 1]]]
	]);
});
