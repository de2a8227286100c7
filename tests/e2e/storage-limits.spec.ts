/**
 * Storage limits: persistence asked for and shown, a full disk reported without losing
 * anything, and the reminder to back up.
 */
import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	openJourneyList,
	refuseStorage,
	restoreStorage,
	test
} from './fixtures';

type Stubbed = Window & { persistCalls: number; grantPersistence: boolean };

/** The browser's StorageManager, answering as the test says. */
async function stubStorage(page: Page, persisted: boolean) {
	await page.addInitScript((initially: boolean) => {
		const w = window as unknown as Stubbed;
		let granted = initially;
		w.persistCalls = 0;
		w.grantPersistence = false;
		StorageManager.prototype.persisted = async () => granted;
		StorageManager.prototype.persist = async () => {
			w.persistCalls++;
			granted ||= w.grantPersistence;
			return granted;
		};
		StorageManager.prototype.estimate = async () => ({ usage: 2_500_000, quota: 5_000_000_000 });
	}, persisted);
}

const storage = (page: Page) => page.getByRole('region', { name: 'Storage' });
const reminder = (page: Page) => page.getByRole('region', { name: 'Time for a backup' });

async function addFrustration(page: Page, text: string) {
	const orderPlanning = page.getByRole('article', { name: 'Order planning' });
	await orderPlanning.getByRole('button', { name: 'Add frustration' }).click();
	await orderPlanning.getByRole('textbox', { name: 'Frustration' }).fill(text);
	await orderPlanning.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await orderPlanning.getByRole('textbox', { name: 'Frustration' }).press('Escape');
}

test('the app asks to keep its storage after the first edit, shows whether it may, and asks again on request', async ({
	page,
	expectAccessible
}) => {
	await stubStorage(page, false);
	await openJourneyList(page);
	await expect(storage(page)).toContainText('The browser may clear it when space runs low');
	await expect(storage(page)).toContainText('2.5 MB used of 5 GB available');
	await expect(storage(page)).toContainText('Never backed up');
	await expectAccessible();

	await createJourneyNamed(page, 'Worth keeping');
	await addFrustration(page, 'Order forms ask twice');
	await expectSaved(page);
	await expect.poll(() => page.evaluate(() => (window as unknown as Stubbed).persistCalls)).toBe(1);

	// Denied at first (as Chromium does for a site little used); the user asks again.
	await page.getByRole('link', { name: /All journeys/ }).click();
	await page.evaluate(() => ((window as unknown as Stubbed).grantPersistence = true));
	await storage(page).getByRole('button', { name: 'Ask to keep it' }).click();
	await expect(storage(page)).toContainText('Kept until you clear it');
	await expect(storage(page).getByRole('button')).toHaveCount(0);
});

test('storage already kept says so, with nothing to ask', async ({ page }) => {
	await stubStorage(page, true);
	await openJourneyList(page);
	await expect(storage(page)).toContainText('Kept until you clear it');
	await expect(storage(page)).toContainText('The browser will not remove your journeys');
	await expect(storage(page).getByRole('button')).toHaveCount(0);
});

test('a full disk is reported plainly, the edit stays on screen, and nothing stored is damaged', async ({
	page,
	expectAccessible
}) => {
	// Every write fails as on a full disk while the flag is set.
	await page.addInitScript(() => {
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if ((window as unknown as { storageFull?: boolean }).storageFull) {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			}
			return put.apply(this, args);
		};
	});
	await openJourneyList(page);
	await createJourneyNamed(page, 'Full disk');
	await addFrustration(page, 'Stored before the disk filled');
	await expectSaved(page);
	const stored = await dumpDatabase(page);

	await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = true));
	await addFrustration(page, 'Typed on a full disk');
	const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
	await expect(alert).toContainText(
		'Your browser’s storage is full: this change was not saved. It stays on screen'
	);
	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await expect(page.getByText('Typed on a full disk')).toBeVisible();
	await expectAccessible();
	expect(await dumpDatabase(page)).toEqual(stored);

	// Asking again while still full changes nothing; once there is room it is stored.
	await alert.getByRole('button', { name: 'Try saving again' }).click();
	await expect(alert).toBeVisible();
	expect(await dumpDatabase(page)).toEqual(stored);
	await page.evaluate(() => ((window as unknown as { storageFull: boolean }).storageFull = false));
	await alert.getByRole('button', { name: 'Try saving again' }).click();
	await expectSaved(page);
	await expect(alert).toHaveCount(0);

	await page.reload();
	const orderPlanning = page.getByRole('article', { name: 'Order planning' });
	await expect(orderPlanning.getByText('Stored before the disk filled')).toBeVisible();
	await expect(orderPlanning.getByText('Typed on a full disk')).toBeVisible();
	await page.getByRole('link', { name: /All journeys/ }).click();
	// Found by its link: the map's own "Typed on a full disk" matches the name as text.
	const listed = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'Full disk', exact: true }) });
	await expect(listed).toContainText('2 frustrations');
});

test('closing the tab while the browser refuses to store asks first, and nothing typed is lost', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Closing on a full disk');
	// Queued edits are written as the page closes: nothing to ask while the disk takes them.
	await addFrustration(page, 'Stored before the disk filled');
	const asked: string[] = [];
	page.on('dialog', (dialog) => {
		asked.push(dialog.type());
		void dialog.dismiss();
	});
	await expectSaved(page);

	await refuseStorage(page);
	await addFrustration(page, 'Typed on a full disk');
	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await expectAccessible();
	// Dismissed, as "Stay on page": the tab stays open with the edit on screen.
	await page.close({ runBeforeUnload: true });
	await expect.poll(() => asked).toEqual(['beforeunload']);
	expect(page.isClosed()).toBe(false);
	await expect(page.getByText('Typed on a full disk')).toBeVisible();

	await restoreStorage(page);
	const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
	await alert.getByRole('button', { name: 'Try saving again' }).click();
	await expectSaved(page);
	await page.reload();
	await expect(page.getByText('Typed on a full disk')).toBeVisible();
});

test('after a full disk closed the database, the edit is stored once there is room, without a restart', async ({
	page,
	expectAccessible
}) => {
	// As Chromium does on a full disk: the write fails with an UnknownError naming
	// FILE_ERROR_NO_SPACE, the connection is closed, and opening it again fails until there
	// is room.
	await page.addInitScript(() => {
		const w = window as unknown as { diskFull?: boolean };
		const connections: IDBDatabase[] = [];
		const open = IDBFactory.prototype.open;
		IDBFactory.prototype.open = function (...args: Parameters<typeof open>) {
			if (!w.diskFull) {
				const request = open.apply(this, args);
				request.addEventListener('success', () => connections.push(request.result));
				return request;
			}
			const failed = { error: null as DOMException | null, onerror: null as unknown };
			setTimeout(() => {
				failed.error = new DOMException(
					'Internal error opening backing store for indexedDB.open.',
					'UnknownError'
				);
				const event = { target: failed, preventDefault() {}, stopPropagation() {} };
				(failed.onerror as ((e: typeof event) => void) | null)?.(event);
			});
			return failed as unknown as IDBOpenDBRequest;
		};
		const put = IDBObjectStore.prototype.put;
		IDBObjectStore.prototype.put = function (...args: Parameters<typeof put>) {
			if (!w.diskFull) return put.apply(this, args);
			setTimeout(() => {
				for (const connection of connections.splice(0)) {
					connection.close();
					connection.onclose?.(new Event('close'));
				}
			});
			throw new DOMException(
				'An internal error was encountered in the Indexed Database server: FILE_ERROR_NO_SPACE',
				'UnknownError'
			);
		};
	});
	const setDiskFull = (full: boolean) =>
		page.evaluate((full) => ((window as unknown as { diskFull: boolean }).diskFull = full), full);
	await openJourneyList(page);
	await createJourneyNamed(page, 'Disk fills up');
	await addFrustration(page, 'Stored before the disk filled');
	await expectSaved(page);

	await setDiskFull(true);
	await addFrustration(page, 'Typed on a full disk');
	const alert = page.getByRole('alert').filter({ hasText: 'storage is full' });
	await expect(alert).toBeVisible();
	// Tried again while the disk is still full: opening the database fails now, and the
	// message and its button stay.
	await alert.getByRole('button', { name: 'Try saving again' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await expect(alert).toBeVisible();
	await expectAccessible();

	await setDiskFull(false);
	await alert.getByRole('button', { name: 'Try saving again' }).click();
	await expectSaved(page);
	await expect(alert).toHaveCount(0);
	await page.reload();
	await expect(page.getByText('Typed on a full disk')).toBeVisible();
	await expect(page.getByText('Stored before the disk filled')).toBeVisible();
});

/** From the home page, adds a frustration to the example map, stored, and comes back. */
async function editTheExample(page: Page, text: string) {
	await page
		.getByRole('list')
		.getByRole('link', { name: /Full-service airline/ })
		.click();
	await addFrustration(page, text);
	await expectSaved(page);
	await page.getByRole('link', { name: /All journeys/ }).click();
}

test('after edits, the home page reminds to back up; Back up now and Not now quiet it', async ({
	page,
	expectAccessible
}) => {
	await page.clock.install();
	await openJourneyList(page);
	// The untouched example is not worth a reminder.
	await expect(reminder(page)).toHaveCount(0);

	await editTheExample(page, 'Nobody tells buyers the product exists');
	await expect(reminder(page)).toContainText('have never been backed up');
	await expectAccessible();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		reminder(page).getByRole('button', { name: 'Back up now' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^touchpoint-backup-/);
	await expect(reminder(page)).toHaveCount(0);
	await expect(storage(page)).toContainText('Last backup');

	// Eight days later, after another edit, it comes back; Not now hides it, across a reload.
	await page.clock.setSystemTime(Date.now() + 8 * 24 * 60 * 60 * 1000);
	await editTheExample(page, 'Price lists arrive late');
	await expect(reminder(page)).toContainText('since your last backup, 8 days ago');
	await reminder(page).getByRole('button', { name: 'Not now' }).click();
	await expect(reminder(page)).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
	await expect(reminder(page)).toHaveCount(0);
});
