import {
	createJourneyNamed,
	expect,
	expectSaved,
	openJourneyList,
	refuseStorage,
	restoreStorage,
	test
} from './fixtures';

test('an edit the browser refuses to store says so, stays on screen and is stored once it can be', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Full disk');
	await expectSaved(page);

	// The browser's storage refuses every write, as it does when the disk is full.
	await refuseStorage(page);
	const orderPlanning = page.getByRole('article', { name: 'Order planning' });
	await orderPlanning.getByRole('button', { name: 'Add frustration' }).click();
	await orderPlanning.getByRole('textbox', { name: 'Frustration' }).fill('Typed on a full disk');
	await orderPlanning.getByRole('textbox', { name: 'Frustration' }).press('Enter');

	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await expect(orderPlanning.getByText('Typed on a full disk')).toBeVisible();
	await expectAccessible();

	await restoreStorage(page);
	// The queue retries by itself, five seconds after the failure.
	await expectSaved(page, { timeout: 10_000 });
	await page.reload();
	await expect(
		page.getByRole('article', { name: 'Order planning' }).getByText('Typed on a full disk')
	).toBeVisible();
});

test('Ctrl+Z and Ctrl+Shift+Z undo and redo an edit, and the undone state is what is stored', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Undo keys');
	const orderEntry = page.getByRole('article', { name: 'Order entry' });
	await orderEntry.getByRole('button', { name: 'Add frustration' }).click();
	await orderEntry.getByRole('textbox', { name: 'Frustration' }).fill('Order forms ask twice');
	await orderEntry.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await orderEntry.getByRole('textbox', { name: 'Frustration' }).press('Escape');
	await expect(orderEntry.getByText('Order forms ask twice')).toBeVisible();

	await page.keyboard.press('Control+z');
	await expect(orderEntry.getByText('Order forms ask twice')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Redo' })).toBeEnabled();
	await expectAccessible();
	await page.keyboard.press('Control+Shift+z');
	await expect(orderEntry.getByText('Order forms ask twice')).toBeVisible();
	await page.keyboard.press('Control+z');
	await expect(orderEntry.getByText('Order forms ask twice')).toHaveCount(0);

	await expectSaved(page);
	await page.reload();
	await expect(page.getByRole('article', { name: 'Order entry' })).toBeVisible();
	await expect(page.getByText('Order forms ask twice')).toHaveCount(0);
});
