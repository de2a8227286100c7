/**
 * A big map draws its first screen first and adds the cards below it in the frames after: a
 * person still scrolls to, searches for and reaches with the keyboard every frustration, the
 * last touch point's last one included, after a reload too.
 */
import type { Page } from '@playwright/test';
import { expect, expectSaved, test } from './fixtures';

// 200 touch points in three stages, 6 frustrations each: the generator's frustration #1200 is
// the last of the last touch point.
const BIG = '/dev/generate?frustrations=1200&touchPoints=200&participants=0';
const LAST = /\(#1200\)$/;

async function openBig(page: Page) {
	await page.goto(BIG);
	await page.getByRole('status').getByRole('link').click();
	return page.getByRole('region', { name: 'Replacement' });
}

test('on a big map the last card of a column is drawn, and its last frustration shows when scrolled to', async ({
	page
}) => {
	const column = await openBig(page);
	for (const pass of ['opened', 'reloaded']) {
		const last = column.getByRole('article', { name: 'Touch point 200' });
		await last.scrollIntoViewIfNeeded();
		await last.getByRole('button', { name: 'Show all 6' }).click();
		await expect(last.getByText(LAST), pass).toBeVisible();
		// Every card of every column is there, none left out below the first screen.
		await expect(page.getByRole('region').getByRole('article'), pass).toHaveCount(200);
		await page.reload();
	}
});

test('on a big map the last frustration is found by the search box', async ({
	page,
	expectAccessible
}) => {
	const column = await openBig(page);
	await page.getByRole('searchbox', { name: 'Search frustrations' }).fill('#1200)');
	await expect(page.getByRole('status').filter({ hasText: '1 frustration matches' })).toBeVisible();
	const found = column.getByRole('article', { name: 'Touch point 200' });
	await expect(found.getByText(LAST)).toBeVisible();
	await expectAccessible();
});

test('on a big map the keyboard reaches the last card of a column and its last frustration', async ({
	page
}) => {
	const column = await openBig(page);
	const last = column.getByRole('article', { name: 'Touch point 200' });
	await expect(last).toBeVisible();
	// Back from the column's last control, into its last card.
	await column.getByRole('button', { name: 'Add touch point' }).focus();
	await page.keyboard.press('Shift+Tab');
	await expect(last.getByRole('button', { name: 'Add frustration' })).toBeFocused();
	await page.keyboard.press('Shift+Tab');
	await expect(last.getByRole('button', { name: 'Show all 6' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(last.getByText(LAST)).toBeVisible();
});

test('a card of hundreds of frustrations shows them all, its last one included, when asked', async ({
	page,
	expectAccessible
}) => {
	// 300 frustrations on each of two touch points: #600 is the last of the second.
	await page.goto('/dev/generate?frustrations=600&touchPoints=2&participants=0');
	await page.getByRole('status').getByRole('link').click();
	const card = page.getByRole('article', { name: 'Touch point 2' });
	await card.getByRole('button', { name: 'Show all 300' }).click();
	await expect(card.getByText(/\(#600\)$/)).toBeVisible();
	await expect(
		card.getByRole('list', { name: '300 frustrations' }).getByRole('listitem')
	).toHaveCount(300);
	await card.getByRole('button', { name: 'Show fewer' }).click();
	await expect(card.getByText(/\(#600\)$/)).toHaveCount(0);
	await expectAccessible();
});

test('a map that grows past 400 frustrations keeps the cards on screen drawn, and after a reload', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/dev/generate?frustrations=400&touchPoints=30&participants=0');
	await page.getByRole('status').getByRole('link').click();
	const column = page.getByRole('region', { name: 'Purchase' });
	const card = column.getByRole('article', { name: 'Touch point 7' });
	const neighbour = column.getByRole('article', { name: 'Touch point 6' });
	await card.scrollIntoViewIfNeeded();
	// The 401st: from now on a map this big draws most cards only as they come near the screen.
	await card.getByRole('button', { name: 'Add frustration' }).click();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	await field.fill('The 401st frustration');
	await field.press('Enter');
	await field.press('Escape');
	await expect(card.getByText('The 401st frustration')).toBeVisible();
	await expect(neighbour.getByRole('list', { name: /frustrations$/ })).toBeVisible();
	await expectAccessible();
	await expectSaved(page);

	await page.reload();
	await card.scrollIntoViewIfNeeded();
	await expect(neighbour.getByRole('list', { name: /frustrations$/ })).toBeVisible();
	await card.getByRole('button', { name: /^Show all/ }).click();
	await expect(card.getByText('The 401st frustration')).toBeVisible();
});
