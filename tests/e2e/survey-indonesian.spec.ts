/**
 * A map written in Bahasa Indonesia asks its survey in Indonesian, whatever the interface's
 * language, and reads back the Indonesian form's answers.
 */
import { csvFormatRows, dsvFormat } from 'd3-dsv';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { downloadBy } from './transfer';
import { gridRow, importRatings, participantsHeading, preview } from './survey';

const late = 'Kasur datang terlambat';
const wrong = 'Ukuran kasur salah';

test('an Indonesian map’s survey template asks in Indonesian, and its Indonesian answers import as ratings', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	await page.getByRole('button', { name: 'Perjalanan baru' }).click();
	await page.getByRole('textbox', { name: 'Nama' }).fill('Peta kasur');
	await page.getByRole('button', { name: 'Buat' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Peta kasur' })).toBeVisible();
	// The interface back in English: the survey keeps the map's language.
	await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
	const card = page.getByRole('article', { name: 'Perencanaan pesanan' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	for (const text of [late, wrong]) {
		await field.fill(text);
		await field.press('Enter');
	}
	await field.press('Escape');
	await page.getByRole('link', { name: 'Workshop' }).click();

	const template = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export survey template' }).click()
	);
	const header = dsvFormat(',').parseRows(template.text.replace(/^\uFEFF/, ''))[0]!;
	expect(header.slice(0, 4)).toEqual([
		'Stempel waktu',
		'Nama',
		`[F1-f] Perencanaan pesanan — ${late}. Seberapa sering ini terjadi? (1 tidak pernah … 5 selalu)`,
		`[F1-s] Perencanaan pesanan — ${late}. Seberapa parah akibatnya bagi pelanggan? (1 kosmetik … 5 kritis)`
	]);
	const list = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Download question list' }).click()
	);
	expect(list.text).toContain('1 tidak pernah · 2 jarang · 3 kadang-kadang · 4 sering · 5 selalu');

	// The form answered in Indonesian: scale words, a number with its word, and a blank.
	const answers = csvFormatRows([
		header,
		['05/01/2026 10:00', 'Ana', 'sering', 'kritis', 'jarang', ''],
		['05/01/2026 10:05', 'Budi', '3 - kadang-kadang', 'berat', '', 'ringan'],
		['05/01/2026 10:09', 'Citra', 'Selalu', '4', 'tidak pernah', 'ringan']
	]);
	await importRatings(page, 'Jawaban formulir.csv', answers);
	await expect(preview(page)).toBeVisible();
	await expect(page.getByRole('dialog')).toContainText(
		'3 respondents will be added as participants, with 10 ratings.'
	);
	await expect(page.getByRole('region', { name: /cannot be imported/ })).toBeHidden();
	await expectAccessible();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 3');
	// Frequencies 4, 3 and 5; severities 5, 4 and 4. Then 2 and 1; 2 and 2.
	await expect(gridRow(page, late)).toContainText('4.00 often');
	await expect(gridRow(page, late)).toContainText('3–5 · 3 ratings');
	await expect(gridRow(page, late)).toContainText('4.33');
	await expect(gridRow(page, wrong)).toContainText('1.50 never');
	await expect(gridRow(page, wrong)).toContainText('2.00 minor');
	await expectSaved(page);
	await page.reload();
	await expect(gridRow(page, late)).toContainText('4.00 often');
});
