import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, test } from './fixtures';

/** Creates a journey from a template (Blank unless told) and opens its map. */
async function blankJourney(page: Page, name: string, template = 'Blank') {
	await page.goto('/');
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: template });
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

const DELAYS = 'Delays are announced late at the gate';

/**
 * The fill of the circle drawn nearest the centre of a chart's mark (its focus target sits on
 * top of the drawing): the colour a person sees there.
 */
async function colourDrawnUnder(drawing: Locator, mark: Locator) {
	const box = (await mark.boundingBox())!;
	const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	return drawing.locator('circle').evaluateAll((circles, point) => {
		const distance = (c: Element) => {
			const r = c.getBoundingClientRect();
			return Math.hypot(r.x + r.width / 2 - point.x, r.y + r.height / 2 - point.y);
		};
		const nearest = circles.reduce((a, b) => (distance(b) < distance(a) ? b : a));
		return getComputedStyle(nearest).fill;
	}, at);
}

test('a stage’s risk set in its editor shows on the stage, its frustrations and the matrix coloured by risk, and stays after a reload', async ({
	page,
	expectAccessible
}) => {
	await blankJourney(page, 'Risks', 'Full-service airline');
	const usage = page.getByRole('region', { name: 'Usage' });
	const delays = usage.getByRole('article').getByRole('listitem').filter({ hasText: DELAYS });
	await expect(usage.getByText('Risk: Lost repurchase')).toBeVisible();
	await expect(delays.getByText('Lost repurchase', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Edit stage Usage' }).click();
	const risk = usage.getByRole('combobox', { name: 'Problems here risk' });
	await risk.selectOption({ label: 'Lost sale' });
	await expect(usage.getByText('Risk: Lost sale')).toBeVisible();
	await expect(delays.getByText('Lost sale', { exact: true })).toBeVisible();
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	await expect(usage.getByText('Risk: Lost sale')).toBeVisible();
	await expect(delays.getByText('Lost sale', { exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Edit stage Usage' }).click();
	await expect(risk).toHaveValue('lost-sale');

	await page.getByRole('link', { name: 'Priorities' }).click();
	const matrix = page.getByRole('region', { name: 'Priority matrix', exact: true });
	await matrix
		.getByRole('combobox', { name: 'Colour by' })
		.selectOption({ label: 'Risk (lost sale or repurchase)' });
	const mark = matrix
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button', { name: new RegExp(`^${DELAYS}`) });
	await expect(mark).toHaveAccessibleName(/ · Lost sale · /);
	// Drawn in the legend's colour for a lost sale, not a lost repurchase.
	const drawing = matrix.getByRole('img', { name: 'Priority matrix' });
	const swatch = (label: string) =>
		drawing
			.getByText(label, { exact: true })
			.evaluate((text) => getComputedStyle(text.previousElementSibling!).fill);
	const lostSale = await swatch('Lost sale');
	expect(lostSale).not.toBe(await swatch('Lost repurchase'));
	await expect.poll(() => colourDrawnUnder(drawing, mark)).toBe(lostSale);
});
