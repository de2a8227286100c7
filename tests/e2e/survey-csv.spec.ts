/**
 * Ratings gathered with a form tool (issue 22): the survey template goes out as a CSV header,
 * a form tool's CSV export comes back through a preview, and its respondents become
 * participants with their ratings, as one undoable step. Bad files say what is wrong and
 * write nothing.
 */
import type { Page } from '@playwright/test';
import { csvFormatRows, csvParseRows, dsvFormat } from 'd3-dsv';
import { expect, expectSaved, test } from './fixtures';
import { late, prices, surveyJourney } from './survey';
import { downloadBy, type FileSpec } from './transfer';

async function templateHeader(page: Page): Promise<string[]> {
	const { name, text } = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export survey template' }).click()
	);
	expect(name).toBe('Survey journey.survey.csv');
	return csvParseRows(text.replace(/^\uFEFF/, ''))[0]!;
}

const csvFile = (name: string, text: string): FileSpec => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from(text)
});

async function importRatings(page: Page, file: FileSpec) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Import ratings' }).click();
	await (await chooser).setFiles(file);
}

const preview = (page: Page) => page.getByRole('table', { name: 'Import preview' });
const participantsHeading = (page: Page) => page.getByRole('heading', { name: /^Participants/ });
const gridRow = (page: Page, frustration: string) =>
	page.getByRole('grid').getByRole('row').filter({ hasText: frustration });

test('the survey template is a CSV header with a timestamp, a name and a coded frequency and severity question per frustration, and a list to paste', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	await expectAccessible();
	const header = await templateHeader(page);
	expect(header).toEqual([
		'Timestamp',
		'Name',
		`[F1-f] Order placement — ${late}. How often does this happen? (1 never … 5 always)`,
		`[F1-s] Order placement — ${late}. How bad is it for the customer? (1 cosmetic … 5 critical)`,
		`[F2-f] Order placement — ${prices}. How often does this happen? (1 never … 5 always)`,
		`[F2-s] Order placement — ${prices}. How bad is it for the customer? (1 cosmetic … 5 critical)`
	]);
	const list = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Download question list' }).click()
	);
	expect(list.name).toBe('Survey journey.survey-questions.txt');
	const lines = list.text.split('\r\n');
	expect(lines).toContain('  Frequency: 1 never · 2 rarely · 3 sometimes · 4 often · 5 always');
	expect(lines).toEqual(expect.arrayContaining(['Name', ...header.slice(2)]));
});

test('a form tool’s export of twenty respondents becomes twenty participants with means and labels, undone in one step, and kept after a reload', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const [, , ...questions] = await templateHeader(page);
	// As Google Forms exports it: when, the e-mail it collected, then the form's questions.
	const frequencyWords = ['never', 'rarely', 'sometimes', 'often', 'always'];
	const indonesian = ['tidak pernah', 'jarang', 'kadang-kadang', 'sering', 'selalu'];
	const rows = Array.from({ length: 20 }, (_, i) => {
		const f1 = (i % 5) + 1;
		const asWord =
			i % 4 === 1 ? frequencyWords[f1 - 1]! : i % 4 === 3 ? indonesian[f1 - 1]! : `${f1}`;
		return [
			`2026/01/05 10:${String(i).padStart(2, '0')}:00 AM GMT+7`,
			`p${i + 1}@example.com`,
			i === 0 ? 'Rahma, Ana' : i === 5 ? '' : `Person ${i + 1}`,
			asWord,
			i < 10 ? (i % 2 ? 'critical' : '5') : i % 2 ? 'berat' : '4',
			i < 4 ? '' : '2',
			i === 19 ? '3' : '1',
			i === 2 ? 'Slow, very slow\nat the checkout' : ''
		];
	});
	const text = csvFormatRows([
		['Timestamp', 'Email Address', 'Name', ...questions, 'Anything else?'],
		...rows
	]);
	await importRatings(page, csvFile('Survey (Responses) - Form responses 1.csv', text));

	await expect(preview(page)).toBeVisible();
	await expect(page.getByRole('dialog')).toContainText(
		'20 respondents will be added as participants, with 76 ratings.'
	);
	await expect(page.getByRole('combobox', { name: /^Column B / })).toHaveValue('email');
	await expect(page.getByRole('combobox', { name: /^Column C / })).toHaveValue('name');
	await expect(page.getByRole('combobox', { name: /^Column D / })).toHaveValue('F1-f');
	await expect(page.getByRole('combobox', { name: /^Column G / })).toHaveValue('F2-s');
	await expect(page.getByRole('combobox', { name: /^Column H / })).toHaveValue('');
	await expect(preview(page).getByRole('row').filter({ hasText: '[F2-f]' })).toContainText(
		'16 ratings · 4 blank'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();

	const expectImported = async () => {
		await expect(participantsHeading(page)).toHaveText('Participants 20');
		await expect(page.getByRole('textbox', { name: 'Participant 1', exact: true })).toHaveValue(
			'Rahma, Ana'
		);
		await expect(page.getByRole('textbox', { name: 'Participant 6' })).toHaveValue(
			'p6@example.com'
		);
		// Frequencies 1–5 four times each; severities ten 5s and ten 4s.
		const first = gridRow(page, late);
		await expect(first).toContainText('3.00 sometimes');
		await expect(first).toContainText('1–5 · 20 ratings');
		await expect(first).toContainText('4.50 critical');
		await expect(first.getByText('Priority 13.5', { exact: true })).toBeVisible();
		// Four blank frequencies are no answer, not zeros; one severity of 3 among nineteen 1s.
		const second = gridRow(page, prices);
		await expect(second).toContainText('2.00 rarely');
		await expect(second).toContainText('all 2 · 16 ratings');
		await expect(second).toContainText('1.10 cosmetic');
		await expect(second).toContainText('1–3 · 20 ratings');
	};
	await expectImported();
	await expectAccessible();

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 0');
	await expect(page.getByText('Add participants to collect their ratings.')).toBeVisible();
	await page.getByRole('button', { name: 'Redo', exact: true }).click();
	await expectImported();

	await expectSaved(page);
	await page.reload();
	await expectImported();
});

test('answers that are no rating are listed by row and cell; Cancel writes nothing, Confirm imports the rest', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const [, , ...questions] = await templateHeader(page);
	// An Indonesian spreadsheet's export: `;` between fields and a byte-order mark.
	const text =
		'\uFEFF' +
		dsvFormat(';').formatRows([
			['Stempel waktu', 'Nama', ...questions],
			['05/01/2026 10:00', 'Ana', 'sering', 'kritis', '2', '1'],
			['05/01/2026 10:05', 'Budi', '7', 'berat', 'banyak', ''],
			['05/01/2026 10:09', 'Citra', '3', '0', 'jarang', 'ringan']
		]);
	const file = csvFile('jawaban.csv', text);
	await importRatings(page, file);
	const problems = page.getByRole('region', { name: '3 answers cannot be imported' });
	await expect(problems.getByRole('listitem')).toHaveText([
		'Row 3, column C (Budi): “7” is not between 1 and 5',
		'Row 3, column E (Budi): “banyak” is not a rating on the scale',
		'Row 4, column D (Citra): “0” is not between 1 and 5'
	]);
	await expect(page.getByRole('dialog')).toContainText(
		'3 respondents will be added as participants, with 8 ratings.'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('dialog')).toBeHidden();
	await expect(participantsHeading(page)).toHaveText('Participants 0');

	await importRatings(page, file);
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 3');
	// Ana's 4 and Citra's 3; Budi's 7 left out.
	await expect(gridRow(page, late)).toContainText('3.50 often');
	await expect(gridRow(page, late)).toContainText('3–4 · 2 ratings');
	await expectSaved(page);
	await page.reload();
	await expect(gridRow(page, late)).toContainText('3.50 often');
});

test('a file that is not a CSV table is refused with a message, and columns without codes are mapped by hand', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
	await importRatings(page, { name: 'photo.png', mimeType: 'image/png', buffer: png });
	await expect(page.getByRole('alert')).toHaveText(
		'This file is not a CSV file: it is not text. Export the answers from the form tool as CSV.'
	);
	await expectAccessible();
	await importRatings(page, csvFile('notes.csv', '{"journey": "not a survey"}\n'));
	await expect(page.getByRole('alert')).toHaveText(
		'This file is not a table of answers: a CSV export has a header row and one column per question.'
	);
	await expect(page.getByRole('dialog')).toBeHidden();

	// Another survey's columns: nothing is matched, so nothing can be confirmed until chosen.
	await importRatings(
		page,
		csvFile('other.csv', 'Submitted,Who,Q1,Q2\nmon,Ana,4,2\ntue,Budi,5,\n')
	);
	await expect(page.getByRole('alert')).toBeHidden();
	await expect(page.getByRole('dialog')).toContainText('These headings carry no codes');
	await expect(page.getByRole('dialog')).toContainText('No column imports ratings yet.');
	await expect(page.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
	await page.getByRole('combobox', { name: /^Column B / }).selectOption('Respondent name');
	await page.getByRole('combobox', { name: /^Column C / }).selectOption(`F1 Frequency: ${late}`);
	await page.getByRole('combobox', { name: /^Column D / }).selectOption(`F1 Severity: ${late}`);
	await expect(page.getByRole('dialog')).toContainText(
		'2 respondents will be added as participants, with 3 ratings.'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(page.getByRole('textbox', { name: 'Participant 2' })).toHaveValue('Budi');
	await expect(gridRow(page, late)).toContainText('4.50 always');
});
