import { mkdirSync, writeFileSync } from 'node:fs';
import { createJourneyNamed, expect, journeyAction, openJourneyList, test } from './fixtures';
import {
	chooseFiles,
	downloadBy,
	dumpDatabase,
	exportJourney,
	jsonFile,
	openShareMenu
} from './transfer';

const AIRLINE = 'Full-service airline';

test('a journey exported as JSON imports into a fresh browser as an equal document', async ({
	page,
	browser,
	expectAccessible
}) => {
	const exported = await exportJourney(page, AIRLINE);
	expect(exported.name).toBe('Full-service airline.journey.json');
	const file = JSON.parse(exported.text);
	expect(file).toMatchObject({ format: 'touchpoint-journey', formatVersion: 2 });

	const context = await browser.newContext();
	const fresh = await context.newPage();
	await openJourneyList(fresh);
	// The fresh browser's own example is another journey (its own ids): delete it first.
	await fresh.getByRole('link', { name: AIRLINE }).click();
	await journeyAction(fresh, 'Delete journey');
	await expect(fresh.getByText('No journeys yet')).toBeVisible();

	await chooseFiles(fresh, 'Import', [jsonFile(exported.name, exported.text)]);
	await expect(fresh.getByRole('region', { name: 'Import finished' })).toContainText(
		`Imported “${AIRLINE}”.`
	);
	await expectAccessible();
	await fresh.reload();
	const again = await exportJourney(fresh, AIRLINE);
	expect(JSON.parse(again.text).document).toEqual(file.document);
	await context.close();
});

test('frustrations export as CSV with a header row in the interface language', async ({ page }) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: AIRLINE }).click();
	await openShareMenu(page);
	const csv = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export CSV' }).click()
	);
	expect(csv.name).toBe('Full-service airline.frustrations.csv');
	const [header, first] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
	expect(header).toBe(
		'Touch point,Stage,Frustration,Frequency,Severity,Priority,Band,Risk,Status,Fix,Effort,Owner,Segments'
	);
	expect(first).toMatch(/,Purchase,/);
});

test('with the interface in Bahasa Indonesia, the CSV header row is in Indonesian', async ({
	page
}) => {
	await openJourneyList(page);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	// The example was created in English on the first visit, and keeps its name.
	await page.getByRole('link', { name: AIRLINE }).click();
	await page.getByRole('button', { name: 'Bagikan', exact: true }).click();
	const csv = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Ekspor CSV' }).click()
	);
	const [header, first] = csv.text.replace(/^\uFEFF/, '').split('\r\n');
	// Literals, not the catalog: a catalog that loses its Indonesian headings must fail here.
	expect(header).toBe(
		'Titik sentuh,Tahap,Frustrasi,Frekuensi,Keparahan,Prioritas,Tingkat,Risiko,Status,Perbaikan,Upaya,Penanggung jawab,Segmen'
	);
	expect(first).toMatch(/,Purchase,/);
});

test('each bad file gets its own message, and the database stays exactly as it was', async ({
	page,
	expectAccessible
}, testInfo) => {
	const { text } = await exportJourney(page, AIRLINE);
	const good = JSON.parse(text);
	const invalid = structuredClone(good);
	invalid.document.frustrations[3].severity = 9;
	const future = { ...good, formatVersion: 99 };
	await openJourneyList(page);
	const before = await dumpDatabase(page);

	// Chosen from disk: Playwright hands no file over 50 MB to a page from memory.
	const chosen = [
		jsonFile('notes.journey.json', 'Stage,Touch point\nPurchase,Order planning'),
		jsonFile('empty.journey.json', ''),
		jsonFile('cut.journey.json', text.slice(0, text.length / 2)),
		jsonFile('other.journey.json', { format: 'excalidraw', version: 2 }),
		jsonFile('future.journey.json', future),
		jsonFile('huge.journey.json', ' '.repeat(65 * 1024 * 1024)),
		jsonFile('invalid.journey.json', invalid)
	].map(({ name, buffer }) => {
		mkdirSync(testInfo.outputPath(), { recursive: true });
		writeFileSync(testInfo.outputPath(name), buffer);
		return testInfo.outputPath(name);
	});
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import', exact: true }).click();
	await (await chooser).setFiles(chosen);
	const alert = page.getByRole('alert');
	await expect(alert).toContainText('7 files were not imported; nothing in them was written');
	const messages = [
		'notes.journey.json is not a Touchpoint file: Touchpoint opens a journey (.json, saved with Export JSON), a backup (.json, saved with Backup all) or a Mermaid journey diagram (.mmd, or Markdown holding one).',
		'empty.journey.json is empty.',
		'cut.journey.json is cut off before its end',
		'other.journey.json is a “excalidraw” file, not a Touchpoint journey or backup.',
		'future.journey.json was written by a newer version of Touchpoint (format 99)',
		'huge.journey.json is 65 MB, over the 64 MB limit for one file.',
		'invalid.journey.json is not a valid journey: frustrations[3].severity must be between 1 and 5'
	];
	for (const message of messages) await expect(alert).toContainText(message);
	await expectAccessible();
	expect(await dumpDatabase(page)).toEqual(before);
	await page.reload();
	await expect(page.getByRole('link', { name: AIRLINE })).toHaveCount(1);
});

test('a journey already here can be replaced, kept twice or merged, and Undo import undoes it', async ({
	page,
	expectAccessible
}) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	// Renamed here after the export, so the file differs from what is in the browser.
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill('Airline, renamed here');
	await page.getByRole('button', { name: 'Save' }).click();
	await openJourneyList(page);

	// Replace, then Undo import.
	await chooseFiles(page, 'Import', [jsonFile(name, text)]);
	const dialog = page.getByRole('dialog', { name: '“Airline, renamed here” is already here' });
	await expect(dialog).toBeVisible();
	await expectAccessible();
	await dialog.getByRole('button', { name: 'Replace' }).click();
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText(
		`Replaced “${AIRLINE}”`
	);
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Airline, renamed here' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByRole('link', { name: 'Airline, renamed here' })).toBeVisible();
	await expect(page.getByRole('link', { name: AIRLINE })).toHaveCount(0);

	// Keep both.
	await chooseFiles(page, 'Import', [jsonFile(name, text)]);
	await dialog.getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByRole('link', { name: `${AIRLINE} (copy)` })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Airline, renamed here' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByRole('link', { name: `${AIRLINE} (copy)` })).toHaveCount(0);

	// Merge: the file's newer edit of a frustration wins; the newer name here stays.
	const edited = structuredClone(file);
	const frustration = edited.document.frustrations[0];
	frustration.text = 'Edited in the other copy';
	frustration.updatedAt = Date.now() + 60_000;
	await chooseFiles(page, 'Import', [jsonFile(name, edited)]);
	await dialog.getByRole('button', { name: 'Merge' }).click();
	const report = page.getByRole('region', { name: 'Import finished' });
	await expect(report).toContainText('Merged into “Airline, renamed here”.');
	await expect(report).toContainText(
		new RegExp(`Frustrations\\s*0 added, 1 updated, ${file.document.frustrations.length - 1} kept`)
	);
	await expect(report).not.toContainText('Stages');
	await expectAccessible();
	// Undo import takes the merge back too: the frustration has its text from here again.
	await page.getByRole('button', { name: 'Undo import' }).click();
	await expect(report).toHaveCount(0);
	await page.getByRole('link', { name: 'Airline, renamed here' }).click();
	await expect(page.getByText(file.document.frustrations[0].text, { exact: true })).toBeVisible();
	await expect(page.getByText(frustration.text, { exact: true })).toHaveCount(0);

	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile(name, edited)]);
	await dialog.getByRole('button', { name: 'Merge' }).click();
	await expect(report).toContainText('Merged into “Airline, renamed here”.');
	await page.reload();
	await page.getByRole('link', { name: 'Airline, renamed here' }).click();
	await expect(page.getByText('Edited in the other copy')).toBeVisible();
});

test('Skip leaves the journey as it is', async ({ page }) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	await openJourneyList(page);
	const before = await dumpDatabase(page);
	await chooseFiles(page, 'Import', [jsonFile(name, text)]);
	await page.getByRole('dialog').getByRole('button', { name: 'Skip' }).click();
	await expect(page.getByRole('region', { name: 'Import finished' })).toContainText(
		`Skipped “${AIRLINE}”.`
	);
	expect(await dumpDatabase(page)).toEqual(before);
});

test('Backup all saves every journey in one file, and Restore brings them back', async ({
	page
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Second map');
	await openJourneyList(page);
	const backup = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Backup all' }).click()
	);
	expect(backup.name).toMatch(/^touchpoint-backup-\d{4}-\d{2}-\d{2}\.json$/);
	const file = JSON.parse(backup.text);
	expect(file).toMatchObject({ format: 'touchpoint-backup' });
	const names = file.journeys.map((doc: { journey: { name: string } }) => doc.journey.name);
	expect(names.sort()).toEqual([AIRLINE, 'Second map']);

	// After the backup: one journey renamed, the other deleted.
	await page.getByRole('link', { name: AIRLINE }).click();
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill('Changed after the backup');
	await page.getByRole('button', { name: 'Save' }).click();
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Second map' }).click();
	await journeyAction(page, 'Delete journey');
	await expect(page.getByRole('link', { name: 'Second map' })).toHaveCount(0);

	await chooseFiles(page, 'Restore', [jsonFile(backup.name, backup.text)]);
	await expect(page.getByRole('region', { name: 'Restore finished' })).toContainText(
		`Replaced “${AIRLINE}”`
	);
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Second map' })).toBeVisible();
	await page.getByRole('button', { name: 'Undo restore' }).click();
	await expect(page.getByRole('link', { name: 'Changed after the backup' })).toBeVisible();
	await expect(page.getByRole('link', { name: AIRLINE })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Second map' })).toHaveCount(0);

	await chooseFiles(page, 'Restore', [jsonFile(backup.name, backup.text)]);
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Second map' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Changed after the backup' })).toHaveCount(0);
});

test('files dropped on the page are imported', async ({ page }) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	await openJourneyList(page);
	const dataTransfer = await page.evaluateHandle(
		({ name, text }) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], name, { type: 'application/json' }));
			return transfer;
		},
		{ name, text }
	);
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await expect(page.getByText('Drop journey files to import them')).toBeVisible();
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByRole('link', { name: `${AIRLINE} (copy)` })).toBeVisible();
	await expect(page.getByText('Drop journey files to import them')).toHaveCount(0);

	// Dropped on a journey's page, they are imported on the home page.
	await page.getByRole('link', { name: AIRLINE, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: AIRLINE })).toBeVisible();
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await page.getByRole('dialog').getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
	await expect(page.getByRole('link', { name: `${AIRLINE} (copy)` })).toHaveCount(2);
});

test('hostile text stays text and pollutes nothing', async ({ page }) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	const hostile = '<img src=x onerror="window.__hacked=1">';
	file.document.journey.id = '00000000-0000-4000-8000-00000000beef';
	file.document.journey.name = hostile;
	file.document.frustrations[0].text = '<script>window.__hacked=2</script>';
	file.document.journey.extra = 'dropped';
	const raw = JSON.stringify(file).replace(
		'"format":',
		'"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"format":'
	);
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile(name, raw)]);
	await expect(page.getByRole('link', { name: hostile })).toBeVisible();
	await page.getByRole('link', { name: hostile }).click();
	await expect(page.getByRole('heading', { level: 1, name: hostile })).toBeVisible();
	await expect(page.getByText('<script>window.__hacked=2</script>')).toBeVisible();
	expect(
		await page.evaluate(() => ({
			hacked: (window as { __hacked?: number }).__hacked,
			polluted: ({} as { polluted?: boolean }).polluted
		}))
	).toEqual({ hacked: undefined, polluted: undefined });
	const dump = await dumpDatabase(page);
	const stored = dump.stores.journeys!.find((j) => j.key === file.document.journey.id);
	expect(stored?.value).toBeDefined();
	expect(stored?.value).not.toHaveProperty('extra');
});
