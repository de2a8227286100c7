/**
 * Mermaid journey diagrams in and out (issue 22): what the Share menu copies and downloads,
 * and the session report embeds, is checked with Mermaid itself in the browser (parsed and
 * drawn, task by task, score by score); diagrams come in pasted, opened, imported and
 * dropped; broken ones are refused with their line named and write nothing.
 */
import type { Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { mermaidPage } from './mermaid-browser';
import { chooseFiles, downloadBy, exportJourney, jsonFile, openShareMenu } from './transfer';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const AIRLINE = 'Full-service airline';
const ORDER_CYCLE = [
	'Order planning',
	'Order development',
	'Order evaluation',
	'Order placement',
	'Order entry',
	'Order processing',
	'Order delivery',
	'Customer invoice',
	'After-sale service',
	'Product use',
	'Product problem',
	'Returns and claims'
];

const README = `# Our working day

Notes from the team.

\`\`\`mermaid
journey
    title My working day
    section Go to work
      Make tea: 5: Me
      Go upstairs: 3: Me
      Do work: 1: Me, Cat
    section Go home
      Go downstairs: 5: Me
      Sit down: 5: Me
\`\`\`
`;

const textFile = (name: string, text: string) => ({
	name,
	mimeType: 'text/plain',
	buffer: Buffer.from(text)
});

/** The scores a diagram's task lines give, in order. */
const scoresIn = (diagram: string) =>
	[...diagram.matchAll(/^ {6}.*?: ([1-5])(?::|$)/gm)].map((m) => Number(m[1]));

async function openJourney(page: Page, name: string) {
	await page.getByRole('link', { name, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

async function downloadMermaid(page: Page) {
	await openShareMenu(page);
	return downloadBy(page, () => page.getByRole('button', { name: 'Download Mermaid' }).click());
}

async function pasteMermaid(page: Page, text: string) {
	await page.getByRole('button', { name: 'Import Mermaid' }).click();
	const dialog = page.getByRole('dialog', { name: 'Import a Mermaid journey diagram' });
	await dialog.getByRole('textbox', { name: 'Mermaid diagram' }).fill(text);
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	return dialog;
}

test('Copy as Mermaid and Download Mermaid give a diagram Mermaid draws, task by task, and the session report embeds it', async ({
	page,
	context,
	baseURL,
	expectAccessible
}) => {
	await openJourneyList(page);
	await openJourney(page, AIRLINE);
	await openShareMenu(page);
	await expect(page.getByRole('button', { name: 'Copy as Mermaid' })).toBeVisible();
	await expectAccessible();
	await page.getByRole('button', { name: 'Copy as Mermaid' }).click();
	await expect(page.getByText('Mermaid diagram copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toMatch(/^journey\n {4}title Full-service airline\n/);

	const downloaded = await downloadMermaid(page);
	expect(downloaded.name).toBe(`${AIRLINE}.mmd`);
	expect(downloaded.text).toBe(copied);

	const mermaid = await mermaidPage(context, baseURL!);
	const drawn = await mermaid.check(copied);
	expect(drawn.error).toBeUndefined();
	expect(drawn.type).toBe('journey');
	expect(drawn.tasks).toEqual(ORDER_CYCLE);
	expect(drawn.scores).toEqual(scoresIn(copied));
	// The airline's first touch point has a critical open frustration.
	expect(drawn.scores[0]).toBe(1);
	expect(drawn.texts).toEqual(
		expect.arrayContaining(['Purchase', 'Usage', 'Replacement', 'Tour groups'])
	);

	const journeyUrl = page.url();
	await page.goto(`${journeyUrl}/workshop/report`);
	await page.getByText('Markdown', { exact: true }).click();
	await expect(page.getByTestId('report-markdown')).toContainText('```mermaid\njourney');
	const markdown = (await page.getByTestId('report-markdown').textContent())!;
	expect(markdown).toContain('## The journey at a glance\n\n```mermaid\n' + copied + '```\n');
	await expectAccessible();
});

test('names holding : # ; line breaks and Mermaid keywords come out as a diagram Mermaid draws whole, and come back as they were', async ({
	page,
	context,
	baseURL,
	expectAccessible
}) => {
	const hostile: [string, string][] = [
		['Pay: now', 'Pay： now'],
		['Call #2', 'Call ＃2'],
		['Wait; then call', 'Wait； then call'],
		['Two\nlines', 'Two lines'],
		['Journey planning', '\u2060Journey planning'],
		['title deeds', '\u2060title deeds'],
		['section 2', '\u2060section 2'],
		['accDescr {x}', '\u2060accDescr {x}'],
		['%% not a comment', '％% not a comment'],
		['%%{init: {"theme": "dark"}}%%', '％%{init： {"theme"： "dark"}}％%'],
		['<img src=x onerror=alert(1)>', '＜img src=x onerror=alert(1)＞'],
		['Line<br>break', 'Line＜br＞break']
	];
	const { text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	const doc = file.document;
	doc.journey.id = '3f1d2c4b-5a69-4e7f-8a9b-0c1d2e3f4a5b';
	doc.journey.name = 'Hostile: #1; journey';
	doc.stages[0].name = 'Buy: #1; now';
	doc.segments[0].name = 'Me, myself: #1';
	const ordered = [...doc.touchPoints].sort(
		(a: { stageId: string; order: number }, b: { stageId: string; order: number }) =>
			doc.stages.findIndex((s: { id: string }) => s.id === a.stageId) -
				doc.stages.findIndex((s: { id: string }) => s.id === b.stageId) || a.order - b.order
	);
	hostile.forEach(([name], i) => (ordered[i].name = name));
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile('hostile.journey.json', file)]);
	await expect(page.getByText('Imported “Hostile: #1; journey”.')).toBeVisible();
	await openJourney(page, 'Hostile: #1; journey');

	const { text: diagram } = await downloadMermaid(page);
	const mermaid = await mermaidPage(context, baseURL!);
	const drawn = await mermaid.check(diagram);
	expect(drawn.error).toBeUndefined();
	expect(drawn.tasks).toEqual(hostile.map(([, shown]) => shown));
	expect(drawn.scores).toEqual(scoresIn(diagram));
	expect(drawn.texts).toEqual(
		expect.arrayContaining(['Hostile: ＃1； journey', 'Buy： ＃1； now', 'Me， myself： ＃1'])
	);

	// Back in through Import, every name is as it was (its line break a space).
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [textFile('hostile.mmd', diagram)]);
	await expect(page.getByText('Imported “Hostile: #1; journey”.')).toHaveCount(1);
	await page.getByRole('link', { name: 'Hostile: #1; journey' }).nth(1).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Buy: #1; now' })).toBeVisible();
	for (const [name] of hostile) {
		await expect(
			page.getByRole('article', { name: name.replace(/\s+/g, ' '), exact: true })
		).toBeVisible();
	}
	await expectAccessible();
});

test('a README’s Mermaid block pasted into Import Mermaid becomes an editable map, kept after a reload', async ({
	page,
	context,
	baseURL,
	expectAccessible
}) => {
	await openJourneyList(page);
	await page.getByRole('button', { name: 'Import Mermaid' }).click();
	await expectAccessible();
	await page.getByRole('button', { name: 'Cancel' }).click();
	await pasteMermaid(page, README);
	await expect(page.getByText('Imported “My working day”.')).toBeVisible();
	await openJourney(page, 'My working day');
	await expect(page.getByRole('heading', { level: 2, name: 'Go to work' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: 'Go home' })).toBeVisible();
	await expect(page.getByRole('article')).toHaveCount(5);

	// The score is how the actors feel there: 1 is upset (−2), for Me and for Cat.
	const doWork = page.getByRole('article', { name: 'Do work' });
	await doWork.getByRole('button', { name: 'Details of Do work' }).click();
	for (const segment of ['Me', 'Cat']) {
		await expect(
			doWork.getByRole('radiogroup', { name: `How ${segment} feel` }).getByRole('radio', {
				name: '-2 upset'
			})
		).toBeChecked();
	}
	await expectAccessible();

	// Editable: an open frustration, not rated yet, at Make tea brings its score from 5 to 4.
	const tea = page.getByRole('article', { name: 'Make tea' });
	await tea.getByRole('button', { name: 'Add frustration' }).click();
	await tea.getByRole('textbox').last().fill('The kettle is slow');
	await tea.getByRole('textbox').last().press('Enter');
	await expect(tea.getByText('The kettle is slow')).toBeVisible();
	await expectSaved(page);
	await page.reload();
	await expect(
		page.getByRole('article', { name: 'Make tea' }).getByText('The kettle is slow')
	).toBeVisible();

	const { text } = await downloadMermaid(page);
	const drawn = await (await mermaidPage(context, baseURL!)).check(text);
	expect(drawn.error).toBeUndefined();
	expect(drawn.tasks).toEqual(['Make tea', 'Go upstairs', 'Do work', 'Go downstairs', 'Sit down']);
	expect(drawn.scores).toEqual([4, 3, 1, 5, 5]);
});

test('a .mmd file given to Import, a Markdown file opened in Import Mermaid and a dropped .mmd each become a journey', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [
		textFile('commute.mmd', 'journey\n  section Out\n    Catch the bus: 2: Riders\n')
	]);
	await expect(page.getByText('Imported “commute”.')).toBeVisible();

	await page.getByRole('button', { name: 'Import Mermaid' }).click();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open a file…' }).click();
	await (await chooser).setFiles([textFile('README.md', README)]);
	await expect(page.getByText('Imported “My working day”.')).toBeVisible();
	await expect(page.getByRole('dialog', { name: 'Import a Mermaid journey diagram' })).toBeHidden();

	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		transfer.items.add(
			new File(['journey\n  title Dropped day\n  section S\n    Land: 5: Crew\n'], 'drop.mmd')
		);
		return transfer;
	});
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page.getByText('Imported “Dropped day”.')).toBeVisible();
	await expectAccessible();

	await page.reload();
	for (const name of ['commute', 'My working day', 'Dropped day']) {
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	}
	await openJourney(page, 'commute');
	await expect(page.getByRole('article', { name: 'Catch the bus' })).toBeVisible();
});

test('a diagram that is not a journey or does not parse is refused with its line named, and nothing is written', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	const journeys = page.getByRole('list').getByRole('link');
	await expect(journeys).toHaveCount(1);

	const dialog = await pasteMermaid(page, 'flowchart LR\n  A --> B\n');
	await expect(dialog.getByRole('alert')).toHaveText(
		'Line 1 starts with “flowchart”: this is not a Mermaid journey diagram (one starts with “journey”). Nothing was imported.'
	);
	await expectAccessible();
	await dialog
		.getByRole('textbox', { name: 'Mermaid diagram' })
		.fill('journey\n  title Bad\n  section S\n    Sleep: 6: Me\n');
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	await expect(dialog.getByRole('alert')).toHaveText(
		'Line 4: the score “6” is not a whole number from 1 to 5. Nothing was imported.'
	);
	await dialog.getByRole('button', { name: 'Cancel' }).click();

	await chooseFiles(page, 'Import', [
		textFile('notes.md', '# Notes\n\n```mermaid\njourney\n  section S\n    No score here\n```\n')
	]);
	await expect(page.getByRole('alert')).toContainText(
		'notes.md: Line 6: a task needs a score after a colon'
	);
	const dataTransfer = await page.evaluateHandle(() => {
		const transfer = new DataTransfer();
		transfer.items.add(new File(['sequenceDiagram\n  A->>B: hi\n'], 'chat.mmd'));
		return transfer;
	});
	await page.dispatchEvent('main', 'dragover', { dataTransfer });
	await page.dispatchEvent('main', 'drop', { dataTransfer });
	await expect(page.getByRole('alert')).toContainText(
		'chat.mmd: Line 1 starts with “sequenceDiagram”'
	);
	await expectAccessible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(journeys).toHaveCount(1);
	await expect(page.getByRole('link', { name: AIRLINE })).toBeVisible();
});
