import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, jsonFile } from './transfer';

const TEXT = 'The price list is out of date';

const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const marksOf = (page: Page, name: string) =>
	chart(page, name)
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button');
const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

async function addFrustration(page: Page, touchPoint: string, text: string) {
	const card = page.getByRole('article', { name: touchPoint });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	await field.fill(text);
	await field.press('Enter');
	await field.press('Escape');
}

test('a new frustration shows Not rated, stays off the charts and is listed beside them until it is rated, after a reload too', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Honest ratings', 'Order cycle (three stages)');
	await addFrustration(page, 'Order planning', 'Nobody has heard of us');
	await addFrustration(page, 'Order planning', TEXT);
	const item = frustration(page, TEXT);
	await expect(item.getByText('Not rated', { exact: true })).toBeVisible();
	await expect(item.getByText(/^Priority \d/)).toHaveCount(0);

	// One rated frustration, so the matrix draws marks and the unrated one is seen to be missing.
	const rated = frustration(page, 'Nobody has heard of us');
	await rated.getByRole('button', { name: 'Edit frustration' }).click();
	await rated.getByRole('radio', { name: '2 rarely' }).check();
	await rated.getByRole('radio', { name: '2 minor' }).check();
	await rated.getByRole('button', { name: 'Done' }).click();
	await expect(rated.getByText('Priority 4', { exact: true })).toBeVisible();

	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(marksOf(page, 'Priority matrix')).toHaveCount(1);
	await expect(marksOf(page, 'Priority matrix').first()).toHaveAccessibleName(
		/^Nobody has heard of us/
	);
	for (const name of ['Priority matrix', 'Ranked problems', 'Stage summary', 'Journey heat map']) {
		await expect(chart(page, name).getByRole('button', { name: '1 not rated yet' })).toBeVisible();
	}
	const matrix = chart(page, 'Priority matrix');
	await matrix.getByRole('button', { name: '1 not rated yet' }).click();
	await expect(matrix.getByRole('button', { name: '1 not rated yet' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	await expectAccessible();
	await matrix
		.getByRole('list', { name: '1 not rated yet' })
		.getByRole('button', { name: TEXT })
		.click();

	// The list opens it on the map, its editor ready to rate it.
	await expect(page).toHaveURL(/\?frustration=/);
	await item.getByRole('radio', { name: '4 often' }).check();
	await expect(item.getByText('Not rated', { exact: true })).toBeVisible();
	await item.getByRole('radio', { name: '5 critical' }).check();
	await item.getByRole('button', { name: 'Done' }).click();
	await expect(item.getByText('Priority 20', { exact: true })).toBeVisible();
	await expect(item.getByText('often × critical')).toBeVisible();

	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(marksOf(page, 'Priority matrix')).toHaveCount(2);
	await expect(page.getByRole('button', { name: /not rated yet/ })).toHaveCount(0);

	await expectSaved(page);
	await page.reload();
	await expect(marksOf(page, 'Priority matrix')).toHaveCount(2);
	await expect(marksOf(page, 'Priority matrix').first()).toHaveAccessibleName(
		new RegExp(`^${TEXT}`)
	);
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(frustration(page, TEXT).getByText('Priority 20', { exact: true })).toBeVisible();
});

test('the session report lists a frustration nobody rated under Not rated yet, not among the priorities', async ({
	page
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Report of the unrated', 'Order cycle (three stages)');
	await addFrustration(page, 'Order placement', TEXT);
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Add participant' }).click();
	await page.getByRole('textbox', { name: 'Name or initials' }).fill('Dewi');
	await page.getByRole('textbox', { name: 'Name or initials' }).press('Enter');
	// The count says what it counts: rated by participants, not merely rated.
	await expect(page.getByText('0 of 1 rated by participants', { exact: true })).toBeVisible();
	await expect(page.getByRole('grid').getByRole('row').filter({ hasText: TEXT })).toContainText(
		'Not rated'
	);
	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(page.getByRole('region', { name: 'Not rated yet' })).toContainText(TEXT);
	await expect(page.getByRole('region', { name: 'Top priorities' })).toContainText(
		'No open frustrations.'
	);
	await expect(
		page
			.getByRole('article', { name: 'Report of the unrated' })
			.getByText('1 frustration, 1 not rated yet, 0 rated by participants')
	).toBeVisible();
});

test('a file of format 1 imports with every rating it was filed with, a 3 × 3 too', async ({
	page
}) => {
	const filed = JSON.parse(
		await readFile(new URL('../fixtures/formats/v1.journey.json', import.meta.url), 'utf8')
	);
	// Its own name, apart from the example journey a fresh browser starts with.
	filed.document.journey.name = 'Filed in format 1';
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile('old.journey.json', filed)]);
	const report = page.getByRole('region', { name: 'Import finished' });
	await expect(report).toContainText('Upgraded from format 1.');
	await page.getByRole('link', { name: 'Filed in format 1' }).click();

	const [threeByThree, fourByThree] = filed.document.frustrations as { text: string }[];
	await expect(
		frustration(page, threeByThree!.text).getByText('Priority 9', { exact: true })
	).toBeVisible();
	await expect(frustration(page, threeByThree!.text)).toContainText('sometimes × moderate');
	await expect(
		frustration(page, fourByThree!.text).getByText('Priority 12', { exact: true })
	).toBeVisible();
	await expect(page.getByText('Not rated', { exact: true })).toHaveCount(0);
});
