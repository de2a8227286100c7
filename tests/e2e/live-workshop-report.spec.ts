/**
 * The session report during a blind round (issue 21): a frustration whose ratings are still
 * hidden is listed as "N of M rated · not revealed", on screen, printed and in the Markdown,
 * never with a value; after Reveal it is ranked with the rest.
 */
import type { Page } from '@playwright/test';
import { test as guarded } from './fixtures';
import { addFrustrations, expect, smallJourney, withTouchpoint } from './live';

const test = withTouchpoint(guarded);

const LATE = 'Checkout times out';
const PRICES = 'Prices change';

const cell = (page: Page, text: string, person: string, measure: string) =>
	page.getByRole('gridcell', { name: `${text}, ${person}, ${measure}`, exact: true });

test('the session report shows a blind frustration as N of M rated · not revealed, printed and in Markdown too, and ranks it after Reveal', async ({
	page,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await smallJourney(page, touchpoint.url, 'Blind report');
	await addFrustrations(page, 'Order placement', [LATE, PRICES]);
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Add participant' }).click();
	const field = page.getByRole('textbox', { name: 'Name or initials' });
	for (const name of ['Ana', 'Budi', 'Citra']) {
		await field.fill(name);
		await field.press('Enter');
	}
	await field.press('Escape');
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	await page
		.getByRole('dialog', { name: 'Join this workshop' })
		.getByRole('button', { name: 'Hide join screen' })
		.click();
	// Ana: frequency 1, severity 3; Budi: 5 and 4. Citra has not rated.
	await cell(page, LATE, 'Ana', 'Frequency').click();
	await page.keyboard.type('1354');
	await expect(page.getByRole('grid').getByRole('row').filter({ hasText: LATE })).toContainText(
		'2 of 3 rated'
	);

	await page.getByRole('button', { name: 'Session report' }).click();
	const report = page.getByRole('article', { name: 'Blind report' });
	const hidden = report.getByRole('region', { name: 'Not revealed yet' });
	await expect(hidden.getByRole('listitem')).toHaveCount(1);
	await expect(hidden.getByRole('listitem')).toContainText(LATE);
	await expect(hidden.getByRole('listitem')).toContainText('2 of 3 rated · not revealed');
	await expect(report.getByRole('region', { name: 'Not rated yet' })).toContainText(PRICES);
	await expect(report.getByRole('region', { name: 'Not rated yet' })).not.toContainText(LATE);
	await expect(report.getByRole('region', { name: 'Top priorities' })).not.toContainText(LATE);
	await expect(report).not.toContainText(/\d\.\d\d/);
	await expectAccessible(page);

	await page.emulateMedia({ media: 'print' });
	await expect(hidden).toBeVisible();
	await expect(hidden).toContainText('2 of 3 rated · not revealed');
	await page.emulateMedia({ media: 'screen' });

	await page.getByText('Markdown', { exact: true }).click();
	const markdown = page.getByTestId('report-markdown');
	await expect(markdown).toContainText(
		`## Not revealed yet\n\n| Frustration | Touch point | Stage | Priority |\n| --- | --- | --- | --- |\n| Checkout times out | Order placement | Purchase | 2 of 3 rated · not revealed |`
	);
	await expect(markdown).not.toContainText(/\d\.\d\d/);
	// The diagram's experience score does not give the hidden ratings away either: only
	// unrated frustrations here (4), not the band of the revealed means.
	await expect(markdown).toContainText('Order placement: 4');

	// Revealed, it is ranked like any other and no longer waits.
	await page.getByRole('link', { name: 'Back to workshop' }).click();
	await page.getByRole('button', { name: 'Reveal' }).click();
	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(report.getByRole('region', { name: 'Top priorities' })).toContainText(LATE);
	await expect(report.getByRole('region', { name: 'Not revealed yet' })).toHaveCount(0);
	await expect(markdown).not.toContainText('not revealed');
	await expect(markdown).not.toContainText('Order placement: 4');
});
