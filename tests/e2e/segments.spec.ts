import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';

async function openDetails(page: Page, touchPoint: string) {
	await page
		.getByRole('article', { name: touchPoint })
		.getByRole('button', { name: `Details of ${touchPoint}` })
		.click();
}

const feeling = (page: Page, touchPoint: string, segment: string, value: string) =>
	page
		.getByRole('article', { name: touchPoint })
		.getByRole('radiogroup', { name: `How ${segment} feel` })
		.getByRole('radio', { name: value, exact: true });

test('segments are added, edited with their marketing mix, removed, and kept after a reload', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Segments');
	await page.getByRole('link', { name: 'Segments' }).click();

	await page.getByRole('button', { name: 'Add segment' }).click();
	const nameField = page.getByRole('textbox', { name: 'Segment name' });
	await nameField.fill('Hotels');
	await nameField.press('Enter');
	await nameField.last().fill('Students');
	await nameField.last().press('Enter');
	await nameField.last().press('Escape');

	const hotels = page.getByRole('article', { name: 'Hotels' });
	await expect(hotels).toBeVisible();
	await hotels.getByRole('combobox', { name: 'Kind' }).selectOption('B2B');
	await expect(
		hotels.getByRole('table', { name: 'What B2C and B2B relationships rest on' })
	).toBeVisible();
	await hotels
		.getByRole('textbox', { name: 'Needs' })
		.fill('Mattresses that last ten years of daily use');
	await hotels.getByRole('textbox', { name: 'Size or share' }).fill('30% of revenue');
	await hotels.getByRole('textbox', { name: 'Price' }).fill('Volume contracts');
	await hotels
		.getByRole('radiogroup', { name: 'Emphasis: Price' })
		.getByRole('radio')
		.first()
		.focus();
	await page.keyboard.press('5');
	await expect(
		hotels
			.getByRole('radiogroup', { name: 'Emphasis: Price' })
			.getByRole('radio', { name: '5 top' })
	).toBeChecked();
	await expectAccessible();

	// A segment needs a name: an empty one is refused at the field, and leaving the field
	// puts the stored name back.
	const students = page.getByRole('article', { name: 'Students' });
	await students.getByRole('textbox', { name: 'Segment name' }).fill('');
	await expect(students.getByText('A name cannot be empty.')).toBeVisible();
	await students.getByRole('textbox', { name: 'Segment name' }).press('Tab');
	await expect(students.getByRole('textbox', { name: 'Segment name' })).toHaveValue('Students');
	await students.getByRole('button', { name: 'Remove segment' }).click();
	await expect(page.getByRole('article', { name: 'Students' })).toHaveCount(0);

	await expectSaved(page);
	await page.reload();
	const reloaded = page.getByRole('article', { name: 'Hotels' });
	await expect(reloaded.getByRole('combobox', { name: 'Kind' })).toHaveValue('B2B');
	await expect(reloaded.getByRole('textbox', { name: 'Needs' })).toHaveValue(
		'Mattresses that last ten years of daily use'
	);
	await expect(reloaded.getByRole('textbox', { name: 'Price' })).toHaveValue('Volume contracts');
	await expect(
		reloaded
			.getByRole('radiogroup', { name: 'Emphasis: Price' })
			.getByRole('radio', { name: '5 top' })
	).toBeChecked();
	await expect(page.getByRole('article', { name: 'Students' })).toHaveCount(0);

	// The map shows the segment.
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(page.getByRole('list', { name: 'Segments' })).toContainText('Hotels');
});

test('how a segment feels at a touch point is set in its details, drawn on the experience curve and kept after a reload', async ({
	page
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Feelings');
	await page.getByRole('link', { name: 'Segments' }).click();
	await page.getByRole('button', { name: 'Add segment' }).click();
	await page.getByRole('textbox', { name: 'Segment name' }).fill('Hotels');
	await page.getByRole('textbox', { name: 'Segment name' }).press('Enter');
	await page.getByRole('textbox', { name: 'Segment name' }).last().press('Escape');
	await page.getByRole('link', { name: 'Map' }).click();

	const unhappyAtPlanning = page
		.getByRole('region', { name: 'Experience curve', exact: true })
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button', { name: 'Hotels at 1. Order planning: -1 unhappy', exact: true });
	await expect(unhappyAtPlanning).toHaveCount(0);
	await openDetails(page, 'Order planning');
	await feeling(page, 'Order planning', 'Hotels', '-1 unhappy').check();
	await expect(feeling(page, 'Order planning', 'Hotels', '-1 unhappy')).toBeChecked();
	await expect(unhappyAtPlanning).toHaveCount(1);

	await expectSaved(page);
	await page.reload();
	await expect(unhappyAtPlanning).toHaveCount(1);
	await openDetails(page, 'Order planning');
	await expect(feeling(page, 'Order planning', 'Hotels', '-1 unhappy')).toBeChecked();
	await expect(
		page.getByRole('radiogroup', { name: 'How Hotels feel' }).getByRole('radio', { checked: true })
	).toHaveCount(1);
});

test('edits in the Segments view are undone by Undo and Ctrl+Z, redone, and stay undone after a reload', async ({
	page
}) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await page.getByRole('link', { name: 'Segments' }).click();
	const needs = page.getByRole('article', { name: 'Tour groups' }).getByRole('textbox', {
		name: 'Needs'
	});
	const before = await needs.inputValue();
	expect(before).not.toBe('');
	await needs.fill('Seats together for the whole group');
	await page.getByRole('button', { name: 'Add segment' }).click();
	await page.getByRole('textbox', { name: 'Segment name' }).last().fill('Students');
	await page.getByRole('textbox', { name: 'Segment name' }).last().press('Enter');
	await page.getByRole('textbox', { name: 'Segment name' }).last().press('Escape');
	const students = page.getByRole('article', { name: 'Students' });
	await expect(students).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(students).toHaveCount(0);
	await page.keyboard.press('Control+z');
	await expect(needs).toHaveValue(before);

	await page.keyboard.press('Control+Shift+z');
	await expect(needs).toHaveValue('Seats together for the whole group');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(students).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(students).toHaveCount(0);
	await expect(needs).toHaveValue(before);
	await expectSaved(page);
	await page.reload();
	await expect(needs).toHaveValue(before);
	await expect(students).toHaveCount(0);
});
