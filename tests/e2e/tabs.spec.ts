import type { Page } from '@playwright/test';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	journeyAction,
	openJourneyList,
	test
} from './fixtures';
import { chooseFiles, exportJourney, jsonFile, openShareMenu } from './transfer';

const card = (page: Page, name: string) => page.getByRole('article', { name });
const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

async function addFrustration(page: Page, touchPoint: string, text: string) {
	await card(page, touchPoint).getByRole('button', { name: 'Add frustration' }).click();
	await card(page, touchPoint).getByRole('textbox', { name: 'Frustration' }).fill(text);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
}

/** Rates it sometimes (3) × the severity `digit`: a new frustration is not rated, no score. */
async function setSeverity(page: Page, text: string, digit: string) {
	const item = frustration(page, text);
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await item.getByRole('radio', { name: '3 sometimes' }).check();
	await item.getByRole('radiogroup', { name: 'Severity' }).getByRole('radio').first().focus();
	await page.keyboard.press(digit);
	await item.getByRole('button', { name: 'Edit frustration' }).click();
}

/**
 * The example's file as exported, then the example renamed and a frustration added here, so
 * that the file replaces something that shows.
 */
async function exportedThenChanged(page: Page) {
	const exported = await exportJourney(page, 'Full-service airline');
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill('Airline, renamed here');
	await page.getByRole('button', { name: 'Save' }).click();
	await addFrustration(page, 'Order planning', 'Added after the export');
	await expectSaved(page);
	return exported;
}

/** The renamed example replaced in `tab` by the file exported before (`exportedThenChanged`). */
async function replaceByImport(tab: Page, exported: { name: string; text: string }) {
	await chooseFiles(tab, 'Import', [jsonFile(exported.name, exported.text)]);
	await tab
		.getByRole('dialog', { name: '“Airline, renamed here” is already here' })
		.getByRole('button', { name: 'Replace' })
		.click();
	await expect(tab.getByRole('region', { name: 'Import finished' })).toContainText(
		'Replaced “Full-service airline”'
	);
}

/** Two tabs of one browser on the same new journey. */
async function twoTabs(page: Page) {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Shared workshop map');
	const other = await page.context().newPage();
	await other.goto(page.url());
	await expect(other.getByRole('heading', { level: 1, name: 'Shared workshop map' })).toBeVisible();
	return other;
}

test('an edit in one tab shows in the other without a reload', async ({
	page,
	expectAccessible
}) => {
	const other = await twoTabs(page);

	await addFrustration(page, 'Order planning', 'Buyers never hear of the new range');
	await expect(frustration(other, 'Buyers never hear of the new range')).toBeVisible();

	await setSeverity(page, 'Buyers never hear of the new range', '5');
	await expect(
		frustration(other, 'Buyers never hear of the new range').getByText('Priority 15', {
			exact: true
		})
	).toBeVisible();
	await expect(other.getByText('Updated from another tab')).toBeVisible();
	await expectAccessible(other);
});

test('edits to different items in two tabs both survive', async ({ page }) => {
	const other = await twoTabs(page);

	await addFrustration(page, 'Order planning', 'The brochure is out of date');
	await addFrustration(other, 'Order delivery', 'The van arrives outside the slot');
	await expectSaved(page);
	await expectSaved(other);

	for (const tab of [page, other]) {
		await tab.reload();
		await expect(frustration(tab, 'The brochure is out of date')).toBeVisible();
		await expect(frustration(tab, 'The van arrives outside the slot')).toBeVisible();
	}
});

test('on the same item the later edit wins in both tabs, and the first tab shows it changed', async ({
	page
}) => {
	const other = await twoTabs(page);
	await addFrustration(page, 'Order entry', 'The order is keyed with the wrong prices');
	await expect(frustration(other, 'The order is keyed with the wrong prices')).toBeVisible();

	await setSeverity(page, 'The order is keyed with the wrong prices', '2');
	await expectSaved(page);
	await setSeverity(other, 'The order is keyed with the wrong prices', '5');
	await expectSaved(other);

	// 3 × 5: the later edit, from the other tab, shows in the first tab too.
	await expect(
		frustration(page, 'The order is keyed with the wrong prices').getByText('Priority 15', {
			exact: true
		})
	).toBeVisible();
	await expect(page.getByText('Updated from another tab')).toBeVisible();
	await page.reload();
	await expect(
		frustration(page, 'The order is keyed with the wrong prices').getByText('Priority 15', {
			exact: true
		})
	).toBeVisible();
});

test('a journey deleted in one tab says so in the other, and comes back there on Undo', async ({
	page,
	expectAccessible
}) => {
	const other = await twoTabs(page);
	await journeyAction(page, 'Delete journey');
	await expect(other.getByRole('heading', { level: 1, name: /not in this browser/ })).toBeVisible();
	await expectAccessible(other);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(other.getByRole('heading', { level: 1, name: 'Shared workshop map' })).toBeVisible();
});

test('a journey replaced by an import in one tab is read again in the other, without a reload', async ({
	page
}) => {
	const exported = await exportedThenChanged(page);
	await expect(frustration(page, 'Added after the export')).toBeVisible();

	const other = await page.context().newPage();
	await openJourneyList(other);
	await replaceByImport(other, exported);

	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await expect(frustration(page, 'Added after the export')).toHaveCount(0);
	await expect(page.getByRole('region', { name: 'Purchase' })).toBeVisible();
});

test('a version restored in one tab shows in the other, without a reload', async ({ page }) => {
	const other = await twoTabs(page);
	await addFrustration(page, 'Order planning', 'The brochure is out of date');
	await expectSaved(page);
	await expect(frustration(other, 'The brochure is out of date')).toBeVisible();

	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	const dialog = page.getByRole('dialog', { name: /^Version history/ });
	await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('before the van');
	await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
	const checkpoint = dialog.getByRole('listitem').filter({ hasText: 'before the van' });
	await expect(checkpoint).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();

	await addFrustration(page, 'Order delivery', 'The van arrives outside the slot');
	await expectSaved(page);
	await expect(frustration(other, 'The van arrives outside the slot')).toBeVisible();

	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	await checkpoint.getByRole('button', { name: 'Restore' }).click();
	await expect(frustration(page, 'The van arrives outside the slot')).toHaveCount(0);
	await expect(frustration(other, 'The van arrives outside the slot')).toHaveCount(0);
	await expect(frustration(other, 'The brochure is out of date')).toBeVisible();
});

test('a journey opened from the list shows what another tab stored after it was read ahead', async ({
	page,
	expectAccessible
}) => {
	const other = await twoTabs(page);
	await page.getByRole('link', { name: 'All journeys' }).click();
	const link = page.getByRole('link', { name: 'Shared workshop map' });
	// Pointed at for a moment, as a person does before clicking: the router reads the journey
	// then, and another tab stores an edit before the click (its message goes by unheard).
	await link.hover();
	await page.waitForTimeout(500);
	await addFrustration(other, 'Order planning', 'Stored after the read');
	await expectSaved(other);
	await link.click();

	await expect(page.getByRole('heading', { level: 1, name: 'Shared workshop map' })).toBeVisible();
	await expect(frustration(page, 'Stored after the read')).toBeVisible();
	await expectAccessible();
	await page.reload();
	await expect(frustration(page, 'Stored after the read')).toBeVisible();
});

test("a journey opened from the list shows what another tab's import replaced it with after it was read ahead", async ({
	page,
	expectAccessible
}) => {
	const exported = await exportedThenChanged(page);
	const other = await page.context().newPage();
	await openJourneyList(other);

	await page.getByRole('link', { name: 'All journeys' }).click();
	// Pressed, the journey is read; the other tab's import replaces it before the button is let go.
	await page.getByRole('link', { name: 'Airline, renamed here' }).hover();
	await page.mouse.down();
	await replaceByImport(other, exported);
	// The list shows the new name on the same link, still pressed.
	await expect(page.getByRole('link', { name: 'Full-service airline' })).toBeVisible();
	await page.mouse.up();

	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await expect(frustration(page, 'Added after the export')).toHaveCount(0);
	await expectAccessible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await expect(frustration(page, 'Added after the export')).toHaveCount(0);
});
