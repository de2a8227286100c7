/**
 * A survey import held to what a form's export really holds: long comments beside the
 * answers, a question mapped from two columns, and respondents who are already participants
 * (the same file imported twice).
 */
import { csvFormatRows } from 'd3-dsv';
import { expect, expectSaved, test } from './fixtures';
import {
	gridRow,
	importRatings,
	late,
	participantsHeading,
	preview,
	previewRow,
	surveyJourney,
	templateHeader
} from './survey';

test('a long comment in a column that is not imported is read, and a too-long answer to a question is listed by its row and cell', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const [, , ...questions] = await templateHeader(page);
	const comment = 'The app froze twice and I had to call the airline. '.repeat(300);
	const essay = 'Honestly it depends on the day, sometimes it is fine and sometimes not. '.repeat(
		3
	);
	const text = csvFormatRows([
		['Timestamp', 'Name', ...questions, 'Any other comments?'],
		['2026-01-05 10:00', 'Ana', '4', '5', '2', '1', comment],
		['2026-01-05 10:05', 'Budi', essay, '3', '', '', '']
	]);
	await importRatings(page, 'Form responses.csv', text);
	await expect(preview(page)).toBeVisible();
	await expect(page.getByRole('alert')).toBeHidden();
	const problems = page.getByRole('region', { name: '1 answer cannot be imported' });
	await expect(problems.getByRole('listitem')).toHaveText([
		`Row 3, column C (Budi): “Honestly it depends on the day, sometime…” is too long for a rating (${essay.trim().length} characters)`
	]);
	await expect(page.getByRole('dialog')).toContainText(
		'2 respondents will be added as participants, with 5 ratings.'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 2');
	await expect(gridRow(page, late)).toContainText('4.00 often');
});

test('two columns importing the same question each say so, and Confirm waits until one is set to Not imported', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const [, , firstFrequency] = await templateHeader(page);
	await importRatings(
		page,
		'answers.csv',
		csvFormatRows([
			['Name', firstFrequency!, 'How often, again?'],
			['Ana', '2', '5'],
			['Budi', '4', '5']
		])
	);
	await page.getByRole('combobox', { name: /^Column C / }).selectOption(`F1 Frequency: ${late}`);
	await expect(previewRow(page, 'B')).toContainText('2 ratings');
	await expect(previewRow(page, 'B')).toContainText('Also mapped from column C');
	await expect(previewRow(page, 'C')).toContainText('Also mapped from column B');
	await expect(page.getByRole('dialog')).toContainText(
		'A question is imported from more than one column: set all but one of them to Not imported to confirm.'
	);
	await expect(page.getByRole('button', { name: 'Confirm import' })).toBeDisabled();
	await expectAccessible();

	await page.getByRole('combobox', { name: /^Column C / }).selectOption('Not imported');
	await expect(previewRow(page, 'B')).not.toContainText('Also mapped');
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 2');
	// Column B's 2 and 4; column C's 5s are not imported.
	await expect(gridRow(page, late)).toContainText('3.00 sometimes');
});

test('respondents named like participants already here are counted, and either added anew or put on those participants, each in one undoable step', async ({
	page,
	expectAccessible
}) => {
	await surveyJourney(page);
	const [, , ...questions] = await templateHeader(page);
	const answers = (frequencies: string[]) =>
		csvFormatRows([
			['Timestamp', 'Name', ...questions],
			...['Ana', 'Budi', 'Citra'].map((name, i) => [
				'2026-01-05',
				name,
				frequencies[i]!,
				'',
				'',
				''
			])
		]);
	await importRatings(page, 'round 1.csv', answers(['4', '2', '3']));
	await expect(page.getByRole('group')).toBeHidden();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 3');
	await expect(gridRow(page, late)).toContainText('3.00 sometimes');

	// The same people answer again, in other case: their new answers replace their old ones.
	await importRatings(
		page,
		'round 2.csv',
		answers(['5', '5', '5']).replace('Ana', 'ANA').replace('Budi', ' budi')
	);
	const names = page.getByRole('group', {
		name: '3 respondents have the names of participants already here'
	});
	await expect(names.getByRole('radio', { name: 'Add them as new participants' })).toBeChecked();
	await expect(page.getByRole('dialog')).toContainText(
		'3 respondents will be added as participants, with 3 ratings.'
	);
	await names
		.getByRole('radio', { name: 'Put their answers on the participants of the same name' })
		.check();
	await expect(page.getByRole('dialog')).toContainText(
		'0 respondents will be added as participants and 3 will answer as participants already here, with 3 ratings.'
	);
	await expectAccessible();
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 3');
	await expect(gridRow(page, late)).toContainText('5.00 always');
	await expect(gridRow(page, late)).toContainText('all 5 · 3 ratings');

	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(gridRow(page, late)).toContainText('3.00 sometimes');
	await expect(participantsHeading(page)).toHaveText('Participants 3');

	// Or they are other people who happen to share the names.
	await importRatings(page, 'round 2.csv', answers(['5', '5', '5']));
	await page.getByRole('button', { name: 'Confirm import' }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 6');
	await expect(gridRow(page, late)).toContainText('4.00 often');
	await page.getByRole('button', { name: 'Undo', exact: true }).click();
	await expect(participantsHeading(page)).toHaveText('Participants 3');
	await expectSaved(page);
	await page.reload();
	await expect(gridRow(page, late)).toContainText('3.00 sometimes');
});
