/**
 * Backups that restore: Backup all reads its own file back before it counts, and Restore takes
 * a backup journey by journey, so one damaged journey is named and the others come back.
 */
import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import { createJourneyNamed, expect, journeyAction, openJourneyList, test } from './fixtures';
import { chooseFiles, downloadBy, jsonFile } from './transfer';

const AIRLINE = 'Full-service airline';
const MISSING_TOUCH_POINT = '00000000-0000-4000-8000-0000000fffff';
const DANGLING = new RegExp(
	`“${AIRLINE}”: frustrations\\[\\d+\\]\\.touchPointId refers to a touch point that is not in the file\\.`
);

/** The records of every table that belong to the journey named `name`, as stored. */
async function recordsOf(page: Page, name: string) {
	const { stores } = await dumpDatabase(page);
	const journey = stores.journeys!.find((r) => (r.value as { name: string }).name === name)!;
	const id = (journey.value as { id: string }).id;
	return Object.entries(stores).flatMap(([table, records]) =>
		records
			.map((r) => r.value as { id?: string; journeyId?: string })
			.filter((r) => (table === 'journeys' ? r.id : r.journeyId) === id)
			.map((r) => ({ table, r }))
	);
}

test('a backup with one damaged journey restores the others, and names the damaged one with why', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Second map');
	await openJourneyList(page);
	await createJourneyNamed(page, 'Third map');
	await openJourneyList(page);
	const backup = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Backup all' }).click()
	);
	// The airline's first frustration made to point at a touch point the file does not hold.
	const file = JSON.parse(backup.text);
	const airline = file.journeys.find(
		(doc: { journey: { name: string } }) => doc.journey.name === AIRLINE
	);
	airline.frustrations[0].touchPointId = MISSING_TOUCH_POINT;
	airline.journey.name = 'Airline as the file has it';

	for (const name of ['Second map', 'Third map']) {
		await page.getByRole('link', { name }).click();
		await journeyAction(page, 'Delete journey');
		await expect(page.getByRole('link', { name })).toHaveCount(0);
	}
	const airlineBefore = await recordsOf(page, AIRLINE);

	await chooseFiles(page, 'Restore', [jsonFile(backup.name, file)]);
	const report = page.getByRole('region', { name: 'Restore finished' });
	await expect(report).toContainText('2 journeys restored.');
	await expect(report).toContainText(
		'One journey in the file is damaged and was not written (nothing of it changed here):'
	);
	await expect(report).toContainText(
		/“Airline as the file has it”: frustrations\[\d+\]\.touchPointId refers to a touch point that is not in the file\./
	);
	await expectAccessible();
	await expect(page.getByRole('link', { name: 'Second map' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Third map' })).toBeVisible();
	// Nothing of the damaged journey was written: the airline here is as it was.
	await expect(page.getByRole('link', { name: 'Airline as the file has it' })).toHaveCount(0);
	expect(await recordsOf(page, AIRLINE)).toEqual(airlineBefore);

	await page.reload();
	await expect(page.getByRole('link', { name: 'Second map' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Third map' })).toBeVisible();
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
});

test('Backup all that would not restore names the damaged journey and does not count as a backup', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Second map');
	await openJourneyList(page);
	// What a tab of today's versions can leave behind: a frustration whose touch point is gone,
	// in a journey edited since it was made (so the reminder to back up shows).
	await page.evaluate(
		async ({ name, missing }) => {
			const db = await new Promise<IDBDatabase>((resolve, reject) => {
				const request = indexedDB.open('touchpoint');
				request.onsuccess = () => resolve(request.result);
				request.onerror = () => reject(request.error);
			});
			const tx = db.transaction(['journeys', 'frustrations'], 'readwrite');
			const all = <T>(request: IDBRequest<T>) =>
				new Promise<T>((resolve, reject) => {
					request.onsuccess = () => resolve(request.result);
					request.onerror = () => reject(request.error);
				});
			const journeys = await all(tx.objectStore('journeys').getAll());
			const journey = journeys.find((j) => j.name === name);
			const frustrations = await all(tx.objectStore('frustrations').getAll());
			const frustration = frustrations.find((f) => f.journeyId === journey.id);
			tx.objectStore('frustrations').put({ ...frustration, touchPointId: missing });
			tx.objectStore('journeys').put({ ...journey, updatedAt: journey.createdAt + 60_000 });
			await new Promise((resolve) => (tx.oncomplete = resolve));
			db.close();
		},
		{ name: AIRLINE, missing: MISSING_TOUCH_POINT }
	);
	await page.reload();
	const reminder = page.getByRole('region', { name: 'Time for a backup' });
	await expect(reminder).toContainText('have never been backed up');

	const backup = await downloadBy(page, () =>
		reminder.getByRole('button', { name: 'Back up now' }).click()
	);
	// The file is still offered: the healthy journeys in it restore.
	expect(JSON.parse(backup.text).journeys).toHaveLength(2);
	const alert = page.getByRole('alert').filter({ hasText: 'This backup would not restore whole' });
	await expect(alert).toContainText(
		'The file was downloaded, but 1 of the 2 journeys in it would not restore, so it does not count as a backup:'
	);
	await expect(alert).toContainText(DANGLING);
	await expect(alert).not.toContainText('Second map');
	await expectAccessible();
	await expect(reminder).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'Second map' })).toBeVisible();
	await expect(reminder).toContainText('have never been backed up');
	const { stores } = await dumpDatabase(page);
	expect(stores.settings!.map((r) => r.key)).not.toContain('lastBackupAt');
});
