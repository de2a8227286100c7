import { expect, expectSaved, test } from './fixtures';

test('the dev page generates a big sample journey that opens as a map', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/dev/generate');
	await page.getByRole('spinbutton', { name: 'Frustrations' }).fill('300');
	await page.getByRole('spinbutton', { name: 'Touch points' }).fill('30');
	await page.getByRole('button', { name: 'Generate sample' }).click();
	const generated = page
		.getByRole('status')
		.getByRole('link', { name: 'Generated: 300 frustrations, 30 touch points' });
	await expect(generated).toBeVisible();
	await expectAccessible();
	await generated.click();
	await expect(page.getByRole('region').getByRole('article')).toHaveCount(30);
	await expect(page.getByRole('button', { name: 'Show all 10' })).toHaveCount(30);
	await page.getByRole('link', { name: 'All journeys' }).click();
	await expect(page.getByText('300 frustrations', { exact: true })).toBeVisible();
});

test('a frustration added under a collapsed list shows at once, and stays after a reload', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/dev/generate?frustrations=60&touchPoints=6');
	await page.getByRole('status').getByRole('link').click();
	const card = page.getByRole('region').getByRole('article').first();
	await expect(card.getByRole('button', { name: 'Show all 10' })).toBeVisible();

	await card.getByRole('button', { name: 'Add frustration' }).click();
	await card.getByRole('textbox', { name: 'Frustration' }).fill('Nobody answers the quote form');
	await card.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await expect(card.getByText('Nobody answers the quote form')).toBeVisible();
	await expect(card.getByRole('button', { name: 'Show all 11' })).toBeVisible();
	// Every card's list cut short (a map this size is scanned in seconds, the 300 above is not).
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	const reloaded = page.getByRole('region').getByRole('article').first();
	await reloaded.getByRole('button', { name: 'Show all 11' }).click();
	await expect(reloaded.getByText('Nobody answers the quote form')).toBeVisible();
});

test('on a big map, the frustrations of cards far down a column show when scrolled to', async ({
	page
}) => {
	await page.goto('/dev/generate?frustrations=1000&touchPoints=40');
	await page.getByRole('status').getByRole('link').click();
	const purchase = page.getByRole('region', { name: 'Purchase' });
	await expect(purchase.getByRole('article').first().getByRole('listitem')).toHaveCount(5);

	const last = purchase.getByRole('article').last();
	await last.scrollIntoViewIfNeeded();
	await expect(last.getByRole('listitem')).toHaveCount(5);
	await expect(last.getByRole('button', { name: 'Show all 25' })).toBeVisible();
});
