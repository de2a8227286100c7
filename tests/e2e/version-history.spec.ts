import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';
import { openShareMenu } from './transfer';

async function newJourney(page: Page, name: string) {
	await openJourneyList(page);
	await createJourneyNamed(page, name, 'Order cycle (three stages)');
}

async function addFrustration(page: Page, text: string) {
	const entry = page.getByRole('article', { name: 'Order entry' });
	await entry.getByRole('button', { name: 'Add frustration' }).click();
	await entry.getByRole('textbox', { name: 'Frustration' }).fill(text);
	await entry.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await entry.getByRole('textbox', { name: 'Frustration' }).press('Escape');
	await expectSaved(page);
}

async function openHistory(page: Page, name: string) {
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	const dialog = page.getByRole('dialog', { name: `Version history of “${name}”` });
	await expect(dialog).toBeVisible();
	return dialog;
}

const OLD = 'Forms ask twice';
const NEW = 'Nobody answers the phone';

test('a named checkpoint is previewed read-only, restored, and the restore undone', async ({
	page,
	expectAccessible
}) => {
	// A whole session's worth of steps, with three reloads.
	test.slow();
	await newJourney(page, 'Workshop map');
	await addFrustration(page, OLD);

	const dialog = await openHistory(page, 'Workshop map');
	await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('before the workshop');
	await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
	const checkpoint = dialog.getByRole('listitem').filter({ hasText: 'before the workshop' });
	await expect(checkpoint).toContainText('Checkpoint');
	await expect(checkpoint).toContainText('1 frustration');
	await expect(checkpoint.getByRole('time')).toHaveText('now');
	await expectAccessible();
	await dialog.getByRole('button', { name: 'Close' }).click();

	await addFrustration(page, NEW);

	await openHistory(page, 'Workshop map');
	await checkpoint.getByRole('link', { name: 'Preview' }).click();
	await expect(
		page.getByText(/^Preview of “before the workshop” — .+\. Read-only\.$/)
	).toBeVisible();
	await expect(page.getByText(OLD)).toBeVisible();
	await expect(page.getByText(NEW)).toHaveCount(0);
	// Nothing in the preview edits: its only controls restore or leave.
	const buttons = page.getByRole('main').getByRole('button');
	await expect(buttons).toHaveText(['Restore this version']);
	await expect(page.getByRole('textbox')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Add frustration' })).toHaveCount(0);
	await expectAccessible();

	await page.getByRole('link', { name: 'Back to the current map' }).click();
	await expect(page.getByText(NEW)).toBeVisible();
	await openHistory(page, 'Workshop map');
	await checkpoint.getByRole('link', { name: 'Preview' }).click();
	await page.getByRole('button', { name: 'Restore this version' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop map' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Add stage' })).toBeVisible();
	await expect(page.getByText(OLD)).toBeVisible();
	await expect(page.getByText(NEW)).toHaveCount(0);

	await page.getByRole('button', { name: 'Undo', exact: true }).last().click();
	await expect(page.getByText('Restore undone')).toBeVisible();
	await expect(page.getByText(NEW)).toBeVisible();
	await page.reload();
	await expect(page.getByText(NEW)).toBeVisible();

	// Restored from the list this time; the map it replaced stays in the history.
	await openHistory(page, 'Workshop map');
	await checkpoint.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByText(NEW)).toHaveCount(0);
	await page.reload();
	await expect(page.getByText(OLD)).toBeVisible();
	await expect(page.getByText(NEW)).toHaveCount(0);
	await openHistory(page, 'Workshop map');
	await expect(dialog.getByRole('listitem').filter({ hasText: 'Before a restore' })).toContainText(
		'2 frustrations'
	);

	// A named checkpoint is deleted only after a confirmation.
	await checkpoint.getByRole('button', { name: 'Delete' }).click();
	await dialog
		.getByRole('group', { name: 'Delete “before the workshop” for good?' })
		.getByRole('button', { name: 'Delete' })
		.click();
	await expect(checkpoint).toHaveCount(0);
	await page.reload();
	await openHistory(page, 'Workshop map');
	await expect(dialog.getByRole('listitem').filter({ hasText: 'before the workshop' })).toHaveCount(
		0
	);
});

test('a restore is one undo step: Undo takes it back and the steps before it stay', async ({
	page
}) => {
	await newJourney(page, 'Undo map');
	await addFrustration(page, OLD);
	const dialog = await openHistory(page, 'Undo map');
	await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('first draft');
	await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
	const checkpoint = dialog.getByRole('listitem').filter({ hasText: 'first draft' });
	await expect(checkpoint).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await addFrustration(page, NEW);

	await openHistory(page, 'Undo map');
	await checkpoint.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByText(NEW)).toHaveCount(0);
	await expect(page.getByText(OLD)).toBeVisible();

	// The header's Undo (the first on the page; the message's comes after it): a restore is
	// undone like any edit, and the steps before it are still there to undo and redo.
	const undo = page.getByRole('button', { name: 'Undo', exact: true }).first();
	await undo.click();
	await expect(page.getByText(NEW)).toBeVisible();
	await undo.click();
	await expect(page.getByText(NEW)).toHaveCount(0);
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	await expect(page.getByText(NEW)).toBeVisible();
	await expectSaved(page);
	await page.reload();
	await expect(page.getByText(NEW)).toBeVisible();
	await expect(page.getByText(OLD)).toBeVisible();
});

test('an automatic checkpoint is taken at the first edit, then once the hour is up', async ({
	page
}) => {
	const start = new Date('2026-11-24T13:00:00Z').getTime();
	await page.clock.setFixedTime(start);
	await newJourney(page, 'Hourly map');
	await addFrustration(page, OLD);
	await addFrustration(page, 'Second within the hour');

	const dialog = await openHistory(page, 'Hourly map');
	const autos = dialog.getByRole('listitem').filter({ hasText: 'Automatic' });
	await expect(autos).toHaveCount(1);
	await expect(autos.first()).toContainText('0 frustrations');
	await dialog.getByRole('button', { name: 'Close' }).click();

	await page.clock.setFixedTime(start + 61 * 60_000);
	await addFrustration(page, NEW);
	await openHistory(page, 'Hourly map');
	await expect(autos).toHaveCount(2);
	// Newest first: the map as the first edit after the hour found it.
	await expect(autos.first()).toContainText('2 frustrations');
	await expect(autos.last().getByRole('time')).toHaveText('1 hour ago');
	await page.reload();
	await openHistory(page, 'Hourly map');
	await expect(autos).toHaveCount(2);
});
