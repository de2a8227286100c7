/**
 * A survey import meeting the world as it is: another tab changing the map while the preview
 * is open, and a disk that refuses the write. The answers must land on the frustrations their
 * columns asked about, or nowhere.
 */
import type { Page } from '@playwright/test';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { dumpDatabase } from './database';
import { expect, expectSaved, test } from './fixtures';
import { late, prices, surveyJourney } from './survey';
import { downloadBy } from './transfer';

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
