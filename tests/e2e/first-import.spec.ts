/**
 * A new facilitator's first import: a file Touchpoint cannot read is refused with the formats
 * it does read, and data that just arrived from a file is not called unsaved work.
 */
import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, downloadBy, exportJourney, jsonFile, openShareMenu } from './transfer';

const reminder = (page: Page) => page.getByRole('region', { name: 'Time for a backup' });

async function addFrustration(page: Page, text: string) {
	const card = page.getByRole('article').first();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	await field.fill(text);
	await field.press('Enter');
	await field.press('Escape');
	await expect(card.getByText(text)).toBeVisible();
	await expectSaved(page);
}

test('a CSV file is refused with the formats Touchpoint reads, and a Mermaid file beside it is imported', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: /Full-service airline/ }).click();
	await openShareMenu(page);
	const csv = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export CSV' }).click()
	);
	await openJourneyList(page);

	await chooseFiles(page, 'Import', [
		{ name: csv.name, mimeType: 'text/csv', buffer: Buffer.from(csv.text) },
		{
			name: 'journey.mmd',
			mimeType: 'text/plain',
			buffer: Buffer.from('journey\n  title Ordering\n  section Purchase\n    Order: 3: Buyer')
		}
	]);
	await expect(page.getByRole('alert')).toContainText(
		`${csv.name} is not a Touchpoint file: Touchpoint opens a journey (.json, saved with Export JSON), a backup (.json, saved with Backup all) or a Mermaid journey diagram (.mmd, or Markdown holding one). Survey ratings in a CSV go in on the Workshop view, with Import ratings.`
	);
	await expect(page.getByRole('link', { name: /Ordering/ })).toBeVisible();
	await expectAccessible();
});

test('journeys just imported into a fresh browser raise no backup reminder until edited there', async ({
	page,
	browser,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Harbour Foods ordering');
	await addFrustration(page, 'Price lists arrive late');
	const exported = await exportJourney(page, 'Harbour Foods ordering');

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await openJourneyList(fresh);
	await chooseFiles(fresh, 'Import', [jsonFile(exported.name, exported.text)]);
	await expect(fresh.getByRole('region', { name: 'Import finished' })).toContainText(
		'Imported “Harbour Foods ordering”.'
	);
	const imported = fresh.getByRole('list').getByRole('link', { name: /Harbour Foods ordering/ });
	await expect(imported).toBeVisible();
	await expect(reminder(fresh)).toHaveCount(0);
	await expectAccessible(fresh);
	await fresh.reload();
	await expect(imported).toBeVisible();
	await expect(reminder(fresh)).toHaveCount(0);

	// Edited here, it is this browser's work, and only this browser holds it.
	await imported.click();
	await addFrustration(fresh, 'Nobody confirms the delivery slot');
	await openJourneyList(fresh);
	await expect(reminder(fresh)).toContainText('have never been backed up');
	await context.close();
});
