/**
 * What an import does not take on trust: a file's clock (a merge decides by its times) and
 * the journey as it was when the import asked what to do with it.
 */
import { expect, expectSaved, test } from './fixtures';
import {
	chooseFiles,
	dumpDatabase,
	exportJourney,
	jsonFile,
	openGeneratedSample
} from './transfer';

const AIRLINE = 'Full-service airline';

test('a file whose times say 2099 cannot undo an edit made here after it was written', async ({
	page,
	expectAccessible
}) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	const first = file.document.frustrations[0];
	const future = Date.UTC(2099, 0, 1);
	first.text = 'Their words, dated 2099';
	first.updatedAt = future;
	file.document.journey.updatedAt = future;

	await page.getByRole('link', { name: /All journeys/ }).click();
	await chooseFiles(page, 'Import', [jsonFile(name, file)]);
	await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText('Merged');
	// The list never says the map was edited in the future.
	const card = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: AIRLINE, exact: true }) });
	await expect(card).not.toContainText('2099');
	await expectAccessible();

	// Edited here after the file was written: a later merge of the same file keeps this.
	await page.getByRole('link', { name: AIRLINE, exact: true }).click();
	const item = page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText('Their words, dated 2099', { exact: true }) });
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	const words = item.getByRole('textbox', { name: 'Frustration' });
	await words.fill('Our words, written later');
	// Stored as the field is left (the item no longer matches its old words: keys go to the page).
	await page.keyboard.press('Tab');
	await expect(page.getByText('Our words, written later')).toBeVisible();
	await expectSaved(page);

	await page.getByRole('link', { name: /All journeys/ }).click();
	await chooseFiles(page, 'Import', [jsonFile(name, file)]);
	await page.getByRole('dialog').getByRole('button', { name: 'Merge' }).click();
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText('Merged');
	await page.reload();
	await page.getByRole('link', { name: AIRLINE, exact: true }).click();
	await expect(page.getByText('Our words, written later')).toBeVisible();
	await expect(page.getByText('Their words, dated 2099')).toHaveCount(0);
});

test('a merge takes in what another tab added while its question was open', async ({ page }) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	await page.getByRole('link', { name: /All journeys/ }).click();
	await chooseFiles(page, 'Import', [jsonFile(name, text)]);
	const dialog = page.getByRole('dialog');
	await expect(dialog.getByRole('button', { name: 'Merge' })).toBeVisible();

	// Meanwhile, in another tab, two frustrations are added to the map.
	const other = await page.context().newPage();
	await other.goto('/');
	await other.getByRole('link', { name: AIRLINE, exact: true }).click();
	const planning = other.getByRole('article', { name: 'Order planning' });
	for (const added of ['Added in the other tab', 'Also added in the other tab']) {
		await planning.getByRole('button', { name: 'Add frustration' }).click();
		await planning.getByRole('textbox', { name: 'Frustration' }).fill(added);
		await other.keyboard.press('Enter');
		await other.keyboard.press('Escape');
	}
	await expectSaved(other);
	await other.close();

	await dialog.getByRole('button', { name: 'Merge' }).click();
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText('Merged');
	await page.reload();
	await page.getByRole('link', { name: AIRLINE, exact: true }).click();
	await expect(page.getByText('Added in the other tab', { exact: true })).toBeVisible();
	await expect(page.getByText('Also added in the other tab', { exact: true })).toBeVisible();
});

test('a file that reuses another journey’s item ids is imported beside it and takes nothing from it', async ({
	page
}) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	// Only the journey's id changed, as a hand edit would: every item id is the airline's.
	file.document.journey.id = '00000000-0000-4000-8000-0000000e0e0e';
	file.document.journey.name = 'Airline, edited by hand';
	await page.getByRole('link', { name: /All journeys/ }).click();
	const card = (journey: string) =>
		page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: journey, exact: true }) });
	const [touchPoints, frustrations] = /(\d+) touch points\D+(\d+) frustrations/
		.exec((await card(AIRLINE).textContent())!)!
		.slice(1);

	await chooseFiles(page, 'Import', [jsonFile(name, file)]);
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText('Imported');
	await page.reload();
	for (const journey of [AIRLINE, 'Airline, edited by hand']) {
		await expect(card(journey)).toContainText(`${touchPoints} touch points`);
		await expect(card(journey)).toContainText(`${frustrations} frustrations`);
	}
	expect(Number(frustrations)).toBeGreaterThan(20);
	await page.getByRole('link', { name: AIRLINE, exact: true }).click();
	await expect(page.getByText(file.document.frustrations[0].text, { exact: true })).toBeVisible();
});

test('a new journey’s file that fails only in its last frustration is refused whole, and imports whole once mended', async ({
	page,
	expectAccessible
}) => {
	// Generating, exporting and importing 1,500 frustrations twice: longer on a loaded machine.
	test.slow();
	// More frustrations than the import checks at a time, so the earlier ones are written first.
	await openGeneratedSample(page, 1500, 20);
	const name = (await page.getByRole('heading', { level: 1 }).textContent())!.trim();
	const { text } = await exportJourney(page, name);
	// Every id its own (consistently, so references hold), as a journey new to this browser.
	const ids = new Map<string, string>();
	const file = JSON.parse(
		text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g, (id) => {
			if (!ids.has(id))
				ids.set(id, `00000000-0000-4000-8000-${String(ids.size).padStart(12, '0')}`);
			return ids.get(id)!;
		})
	);
	file.document.journey.name = 'Broken at its end';
	const last = file.document.frustrations.at(-1);
	const touchPointId = last.touchPointId;
	last.touchPointId = '00000000-0000-4000-8000-0000000fffff';

	await page.getByRole('link', { name: /All journeys/ }).click();
	const before = await dumpDatabase(page);
	await chooseFiles(page, 'Import', [jsonFile('broken.journey.json', file)]);
	await expect(page.getByRole('alert')).toContainText(
		'broken.journey.json is not a valid journey: frustrations[1499].touchPointId refers to a touch point that is not in the file'
	);
	await expectAccessible();
	expect(await dumpDatabase(page)).toEqual(before);
	await expect(page.getByRole('link', { name: 'Broken at its end' })).toHaveCount(0);
	await page.reload();
	await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Broken at its end' })).toHaveCount(0);

	last.touchPointId = touchPointId;
	await chooseFiles(page, 'Import', [jsonFile('mended.journey.json', file)]);
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText('Imported');
	await page.reload();
	await expect(
		page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Broken at its end', exact: true }) })
	).toContainText('1500 frustrations');
});
