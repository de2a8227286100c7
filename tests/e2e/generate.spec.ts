import { expect, test } from './fixtures';

test('the dev page generates a big sample journey that opens as a map', async ({ page }) => {
	await page.goto('/dev/generate');
	await page.getByRole('spinbutton', { name: 'Frustrations' }).fill('300');
	await page.getByRole('spinbutton', { name: 'Touch points' }).fill('30');
	await page.getByRole('button', { name: 'Generate sample' }).click();
	await page
		.getByRole('status')
		.getByRole('link', { name: 'Generated: 300 frustrations, 30 touch points' })
		.click();
	await expect(page.getByRole('region').getByRole('article')).toHaveCount(30);
	await expect(page.getByRole('button', { name: 'Show all 10' })).toHaveCount(30);
	await page.getByRole('link', { name: 'All journeys' }).click();
	await expect(page.getByText('300 frustrations', { exact: true })).toBeVisible();
});
