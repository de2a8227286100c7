/**
 * Undo import takes back what the import did, and never what was done since: a journey it
 * added and someone edited after (here in another tab) is kept, and the message names it.
 */
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, exportJourney, jsonFile } from './transfer';

test('Undo import removes an untouched imported journey but keeps, and names, one edited since in another tab', async ({
	page,
	expectAccessible
}) => {
	const { text } = await exportJourney(page, 'Full-service airline');
	// Two journeys of their own, made from the example's file (the import gives the items,
	// whose ids the example holds, ids of their own).
	const fileOf = (name: string) => {
		const file = JSON.parse(text);
		file.document.journey = { ...file.document.journey, id: crypto.randomUUID(), name };
		return jsonFile(`${name}.journey.json`, file);
	};
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [fileOf('Left alone'), fileOf('Worked on')]);
	const report = page.getByRole('region', { name: 'Import finished' });
	await expect(report).toContainText('Imported “Left alone”.');
	await expect(report).toContainText('Imported “Worked on”.');

	const other = await page.context().newPage();
	await openJourneyList(other);
	await other.getByRole('link', { name: 'Worked on' }).click();
	const planning = other.getByRole('article', { name: 'Order planning' });
	await planning.getByRole('button', { name: 'Add frustration' }).click();
	await planning.getByRole('textbox', { name: 'Frustration' }).fill('Added after the import');
	await other.keyboard.press('Enter');
	await other.keyboard.press('Escape');
	await expectSaved(other);

	await report.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Import undone. Removed “Left alone”. Kept “Worked on”: edited since the import, so not removed.'
	);
	await expectAccessible();
	await page.reload();
	await expect(page.getByRole('link', { name: 'Left alone' })).toHaveCount(0);
	await page.getByRole('link', { name: 'Worked on' }).click();
	await expect(page.getByText('Added after the import')).toBeVisible();
});
