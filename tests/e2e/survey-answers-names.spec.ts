/**
 * A survey import held to what a form's export really holds: long comments beside the
 * answers, a question mapped from two columns, and respondents who are already participants
 * (the same file imported twice).
 */
import { csvFormatRows } from 'd3-dsv';
import { expect, test } from './fixtures';
import {
	gridRow,
	importRatings,
	late,
	participantsHeading,
	preview,
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
