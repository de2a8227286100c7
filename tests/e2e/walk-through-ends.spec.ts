import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';

async function startWalkThrough(page: Page, name: string) {
	await openJourneyList(page);
	await createJourneyNamed(page, name, 'Order cycle (three stages)');
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
}

test('leaving the walk-through, with Escape or its button, gives the focus back to Start walk-through', async ({
	page,
	expectAccessible
}) => {
	await startWalkThrough(page, 'Left');
	await page.keyboard.press('Escape');
	const start = page.getByRole('button', { name: 'Start walk-through' });
	await expect(start).toBeFocused();
	await expectAccessible();

	// Enter starts it again from the keyboard, and its Leave button returns there too.
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await page.getByRole('button', { name: 'Leave walk-through' }).click();
	await expect(start).toBeFocused();
});

test('after the last touch point the walk-through offers Go to ratings, which opens the rating grid', async ({
	page,
	expectAccessible
}) => {
	await startWalkThrough(page, 'Finished');
	for (let step = 2; step <= 12; step++) {
		await page.keyboard.press('ArrowRight');
		await expect(page.getByText(`Touch point ${step} of 12`, { exact: true })).toBeVisible();
	}
	await expect(page.getByRole('button', { name: 'Next touch point' })).toHaveCount(0);
	const toRatings = page.getByRole('button', { name: 'Go to ratings' });
	await expect(toRatings).toBeEnabled();
	await expectAccessible();

	await toRatings.click();
	const ratings = page.getByRole('heading', { level: 2, name: 'Ratings' });
	await expect(ratings).toBeFocused();
	await expect(ratings).toBeInViewport();
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();
});

test('a frustration just captured is corrected, and another removed, without leaving the walk-through', async ({
	page,
	expectAccessible
}) => {
	await startWalkThrough(page, 'Corrected');
	const capture = page.getByRole('textbox', { name: 'New frustration' });
	await page.keyboard.type('Buyers nevr hear of the product');
	await page.keyboard.press('Enter');
	await page.keyboard.type('Said by mistake');
	await page.keyboard.press('Enter');
	const collected = page.getByRole('list', { name: 'Frustrations collected' });
	await expect(collected.getByRole('listitem')).toHaveCount(2);

	await collected.getByRole('button', { name: 'Edit “Buyers nevr hear of the product”' }).click();
	const correction = page.getByRole('textbox', { name: 'Correct the frustration' });
	await expect(correction).toBeFocused();
	await expect(correction).toHaveValue('Buyers nevr hear of the product');
	await expectAccessible();
	// Arrows move in the text being corrected, not to another touch point; Escape gives up the
	// correction and stays.
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Escape');
	await expect(correction).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await expect(collected.getByText('Buyers nevr hear of the product')).toBeVisible();

	await collected.getByRole('button', { name: 'Edit “Buyers nevr hear of the product”' }).click();
	await correction.fill('Buyers never hear of the product');
	await correction.press('Enter');
	await expect(collected.getByText('Buyers never hear of the product')).toBeVisible();
	await expect(capture).toBeFocused();

	await collected.getByRole('button', { name: 'Remove “Said by mistake”' }).click();
	await expect(collected.getByRole('listitem')).toHaveCount(1);
	await expect(capture).toBeFocused();
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();

	await page.keyboard.press('Escape');
	await page.getByRole('link', { name: 'Map' }).click();
	await expectSaved(page);
	await page.reload();
	const card = page.getByRole('article', { name: 'Order planning' });
	await expect(card.getByText('Buyers never hear of the product')).toBeVisible();
	await expect(card.getByText('Said by mistake')).toHaveCount(0);
	await expect(card.getByRole('listitem')).toHaveCount(1);
});
