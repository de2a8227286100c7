/**
 * Blind rating reaches every screen the projector may show (issue 21: "before Reveal no mean
 * shows anywhere"): not only the Workshop view's grid, but the map's cards and the Priorities
 * charts, which read the same ratings, keep a blind round's mean, label and score to themselves.
 */
import type { Page } from '@playwright/test';
import { test as guarded } from './fixtures';
import { addFrustrations, expect, smallJourney, withTouchpoint } from './live';

const test = withTouchpoint(guarded);

const late = 'Checkout times out';

const cell = (page: Page, participant: string, measure: string) =>
	page.getByRole('gridcell', { name: `${late}, ${participant}, ${measure}`, exact: true });
const gridRow = (page: Page) => page.getByRole('grid').getByRole('row').filter({ hasText: late });

test('before Reveal neither the map nor the Priorities charts show a blind round’s means or priority; after Reveal they do', async ({
	page,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	await smallJourney(page, touchpoint.url, 'Blind everywhere');
	await addFrustrations(page, 'Order placement', [late]);
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Add participant' }).click();
	const field = page.getByRole('textbox', { name: 'Name or initials' });
	for (const name of ['Ana', 'Budi']) {
		await field.fill(name);
		await field.press('Enter');
	}
	await field.press('Escape');
	// Ana F5 S4, Budi F4 S2: means 4.50 and 3.00, priority 13.5.
	await cell(page, 'Ana', 'Frequency').click();
	await page.keyboard.type('5442');
	await expect(cell(page, 'Budi', 'Severity')).toHaveText('2');
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	await expect(gridRow(page)).toContainText('2 of 2 rated');

	const main = page.getByRole('main');
	await page.getByRole('link', { name: 'Map' }).click();
	const card = page
		.getByRole('article', { name: 'Order placement' })
		.getByRole('listitem')
		.filter({ hasText: late });
	await expect(card).toBeVisible();
	await expect(card).toContainText('Not rated');
	await expect(main).not.toContainText(/4\.50|3\.00|13\.5/);
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(page.getByRole('heading', { name: 'Priority matrix' })).toBeVisible();
	await expect(main).not.toContainText(/4\.50|3\.00|13\.5/);
	await expect(main).not.toContainText(late);

	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Reveal' }).click();
	await expect(gridRow(page)).toContainText('4.50');
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(card).toContainText('4.50');
	await expect(card).toContainText('Priority 13.5');
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(main).toContainText(late);
	await expect(main).toContainText('13.5');
});
