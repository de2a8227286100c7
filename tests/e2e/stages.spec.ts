import { expect, expectSaved, test } from './fixtures';

/** Creates a journey from the Blank template and opens its map. */
async function blankJourney(page: import('@playwright/test').Page, name: string) {
	await page.goto('/');
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank' });
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('stages and their steps are added, renamed, reordered and removed, and stay so after a reload', async ({
	page,
	expectAccessible
}) => {
	await blankJourney(page, 'Stages');
	for (const stage of ['Discover', 'Buy', 'Use']) {
		await page.getByRole('button', { name: 'Add stage' }).click();
		await page.getByRole('textbox', { name: 'Stage name' }).fill(stage);
		await page.getByRole('textbox', { name: 'Stage name' }).press('Enter');
		await page.getByRole('textbox', { name: 'Stage name' }).press('Escape');
	}
	const stageHeadings = page.getByRole('region').getByRole('heading', { level: 2 });
	await expect(stageHeadings).toHaveText(['Discover', 'Buy', 'Use']);

	await page.getByRole('button', { name: 'Edit stage Buy' }).click();
	const buy = page.getByRole('region', { name: 'Buy' });
	// The new-step field stays open after Enter, ready for the next step.
	await buy.getByRole('button', { name: 'Add step' }).click();
	for (const step of ['Compare', 'Pay', 'Choose']) {
		await buy.getByRole('textbox', { name: 'Step name' }).last().fill(step);
		await buy.getByRole('textbox', { name: 'Step name' }).last().press('Enter');
	}
	await buy.getByRole('textbox', { name: 'Step name' }).last().press('Escape');
	await buy.getByRole('button', { name: 'Move step Choose up' }).click();
	await buy.getByRole('button', { name: 'Move step Choose up' }).click();
	await expect(buy.getByRole('button', { name: 'Move step Choose up' })).toBeDisabled();
	await buy.getByRole('button', { name: 'Remove step Pay' }).click();
	await buy.getByRole('button', { name: 'Move stage left' }).click();
	await expect(stageHeadings).toHaveText(['Buy', 'Discover', 'Use']);
	await expectAccessible();

	await page.getByRole('button', { name: 'Edit stage Use' }).click();
	await page
		.getByRole('region', { name: 'Use' })
		.getByRole('button', { name: 'Remove stage' })
		.click();
	await expect(stageHeadings).toHaveText(['Buy', 'Discover']);

	await page.getByRole('button', { name: 'Edit stage Discover' }).click();
	await page
		.getByRole('region', { name: 'Discover' })
		.getByRole('textbox', { name: 'Stage name' })
		.fill('Explore');
	await expect(stageHeadings).toHaveText(['Buy', 'Explore']);

	await expectSaved(page);
	await page.reload();
	await expect(stageHeadings).toHaveText(['Buy', 'Explore']);
	await expect(
		page
			.getByRole('region', { name: 'Buy' })
			.getByRole('list', { name: 'Steps' })
			.getByRole('listitem')
	).toHaveText(['Choose', 'Compare']);
});
