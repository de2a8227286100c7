import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	journeyAction,
	openJourneyList,
	test
} from './fixtures';
import { openShareMenu } from './transfer';

async function openHistory(page: Page) {
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	return page.getByRole('dialog', { name: /^Version history/ });
}

/** The ids of the records in the journey's tables that belong to `journeyId`. */
async function recordsOf(page: Page, journeyId: string) {
	const { stores } = await dumpDatabase(page);
	const tables = ['journeys', 'stages', 'steps', 'touchPoints', 'frustrations', 'segments'];
	return tables.flatMap((table) =>
		(stores[table] ?? [])
			.map((r) => r.value as { id: string; journeyId?: string })
			.filter((r) => (table === 'journeys' ? r.id : r.journeyId) === journeyId)
			.map((r) => `${table} ${r.id}`)
	);
}

// The message's Undo of a restore belongs to the editor that made it. Once another tab
// deletes the journey, that editor is let go, and its Undo must neither write the records the
// restore removed back under a journey that no longer exists nor drop the version kept
// before the restore; it says why instead.
test('the message’s Undo of a restore leaves nothing behind once another tab has deleted the journey', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Shared map');
	const journeyId = page.url().split('/').pop()!;
	const other = await page.context().newPage();
	await other.goto(page.url());
	await expect(other.getByRole('heading', { level: 1, name: 'Shared map' })).toBeVisible();

	const dialog = await openHistory(page);
	await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('first draft');
	await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
	const version = dialog.getByRole('listitem').filter({ hasText: 'first draft' });
	await expect(version).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	const planning = page.getByRole('article', { name: 'Order planning' });
	await planning.getByRole('button', { name: 'Add frustration' }).click();
	await planning.getByRole('textbox', { name: 'Frustration' }).fill('Added after the draft');
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await expectSaved(page);

	await openHistory(page);
	await version.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByText('Added after the draft')).toHaveCount(0);
	await expectSaved(page);

	await journeyAction(other, 'Delete journey');
	await expect(page.getByRole('heading', { level: 1, name: /not in this browser/ })).toBeVisible();
	await expectAccessible();
	// The restore's message still offers Undo; a careless person takes it.
	await page.getByRole('status').getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(page.getByText(/^This restore can no longer be undone here/)).toBeVisible();
	// Any write that click started is queued before this read, which waits behind it.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));

	expect(await recordsOf(page, journeyId)).toEqual([]);
	await openJourneyList(other);
	await expect(other.getByRole('heading', { name: 'Shared map' })).toHaveCount(0);
});

// The message's Undo writes back what the restore replaced. Another tab may have edited the
// same thing since; what it stored is kept as a version before the Undo writes over it.
test('the message’s Undo of a restore keeps what another tab changed since as a version', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Draft name');
	const dialog = await openHistory(page);
	await dialog.getByRole('textbox', { name: 'Checkpoint name' }).fill('first draft');
	await dialog.getByRole('button', { name: 'Save checkpoint' }).click();
	const version = dialog.getByRole('listitem').filter({ hasText: 'first draft' });
	await expect(version).toBeVisible();
	await dialog.getByRole('button', { name: 'Close' }).click();
	await rename(page, 'Workshop map');
	await expectSaved(page);
	const other = await page.context().newPage();
	await other.goto(page.url());
	await expect(other.getByRole('heading', { level: 1, name: 'Workshop map' })).toBeVisible();

	await openHistory(page);
	await version.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Draft name' })).toBeVisible();
	await expectSaved(page);
	// The other tab reads the restored map and renames it; this tab shows the new name.
	await expect(other.getByRole('heading', { level: 1, name: 'Draft name' })).toBeVisible();
	await rename(other, 'Renamed in the other tab');
	await expectSaved(other);
	await expect(
		page.getByRole('heading', { level: 1, name: 'Renamed in the other tab' })
	).toBeVisible();

	await page.getByRole('status').getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(
		page.getByText(/^Restore undone: what it changed is back as it was\./)
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop map' })).toBeVisible();
	await expectSaved(page);
	await openHistory(page);
	await expect(
		dialog.getByRole('listitem').filter({ hasText: 'Renamed in the other tab' })
	).toContainText('Before a restore');
	await expectAccessible();
});

async function rename(page: Page, name: string) {
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}
