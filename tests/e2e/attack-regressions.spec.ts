/**
 * Found by attacking issue 17's promises as a hostile user would: each test here failed
 * before its fix.
 */
import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, exportJourney, jsonFile } from './transfer';

/**
 * Holds back this page's timers, so what is typed stays queued until the page is closed and
 * is then written by the closing tab's write (which cannot read the journey's record first).
 */
async function holdableTimers(page: Page) {
	await page.addInitScript(() => {
		const held = { on: false };
		(window as unknown as { holdTimers: () => void }).holdTimers = () => (held.on = true);
		const setTimeout = window.setTimeout;
		window.setTimeout = ((run: () => void, delay?: number, ...args: unknown[]) =>
			setTimeout(() => (held.on ? undefined : run(...(args as []))), delay)) as typeof setTimeout;
	});
}

const stored = async (page: Page, text: string) =>
	JSON.stringify((await dumpDatabase(page)).stores).includes(text);

test('Undo import keeps an imported journey that a tab closed right after typing had edited', async ({
	page,
	expectAccessible
}) => {
	const { text } = await exportJourney(page, 'Full-service airline');
	const file = JSON.parse(text);
	file.document.journey = { ...file.document.journey, id: crypto.randomUUID(), name: 'Worked on' };
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile('worked-on.journey.json', file)]);
	const report = page.getByRole('region', { name: 'Import finished' });
	await expect(report).toContainText('Imported “Worked on”.');

	const other = await page.context().newPage();
	await holdableTimers(other);
	await openJourneyList(other);
	await other.getByRole('link', { name: 'Worked on' }).click();
	const card = other.getByRole('article', { name: 'Order planning' });
	await card.getByRole('button', { name: 'Details of Order planning' }).click();
	await other.evaluate(() => (window as unknown as { holdTimers: () => void }).holdTimers());
	await card.getByRole('textbox', { name: 'Notes' }).fill('Typed just before closing the tab');
	await other.close({ runBeforeUnload: true });
	await expect.poll(() => stored(page, 'Typed just before closing the tab')).toBe(true);

	await report.getByRole('button', { name: 'Undo import' }).click();
	await expect(page.getByRole('status')).toContainText(
		'Import undone. Kept “Worked on”: edited since the import, so not removed.'
	);
	await expectAccessible();
	expect(await stored(page, 'Typed just before closing the tab')).toBe(true);
	await page.reload();
	await page.getByRole('link', { name: 'Worked on' }).click();
	await page
		.getByRole('article', { name: 'Order planning' })
		.getByRole('button', { name: 'Details of Order planning' })
		.click();
	await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue(
		'Typed just before closing the tab'
	);
});

test('a file whose touch point has an emotion for a segment not in the file is refused, and nothing of it is written', async ({
	page,
	expectAccessible
}) => {
	const { text } = await exportJourney(page, 'Full-service airline');
	const file = JSON.parse(text);
	file.document.journey = { ...file.document.journey, id: crypto.randomUUID(), name: 'Ghost' };
	const ghost = crypto.randomUUID();
	file.document.touchPoints[0].emotions[ghost] = -2;
	await openJourneyList(page);
	const before = await dumpDatabase(page);

	await chooseFiles(page, 'Import', [jsonFile('ghost.journey.json', file)]);
	await expect(
		page.getByText('One file was not imported; nothing in it was written:')
	).toBeVisible();
	await expect(
		page.getByText(
			`ghost.journey.json is not a valid journey: touchPoints[0].emotions.${ghost} refers to a segment that is not in the file.`
		)
	).toBeVisible();
	await expectAccessible();
	expect(await dumpDatabase(page)).toEqual(before);
	await page.reload();
	await expect(page.getByRole('link', { name: 'Ghost' })).toHaveCount(0);
});

test('Undo in one tab takes back only what it changed, keeping notes another tab typed into the same touch point since', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Shared workshop map');
	const other = await page.context().newPage();
	await other.goto(page.url());
	const card = (tab: Page) => tab.getByRole('article', { name: 'Order entry' });
	await card(page).getByRole('button', { name: 'Details of Order entry' }).click();
	await card(page).getByRole('checkbox', { name: 'Public channel' }).check();
	await expectSaved(page);
	await card(other).getByRole('button', { name: 'Details of Order entry' }).click();
	await expect(card(other).getByRole('checkbox', { name: 'Public channel' })).toBeChecked();
	await card(other).getByRole('textbox', { name: 'Notes' }).fill('Typed in the other tab');
	await expectSaved(other);
	await expect(card(page).getByRole('textbox', { name: 'Notes' })).toHaveValue(
		'Typed in the other tab'
	);

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(card(page).getByRole('checkbox', { name: 'Public channel' })).not.toBeChecked();
	await expectSaved(page);
	await expectAccessible();
	for (const tab of [page, other]) {
		await tab.reload();
		await card(tab).getByRole('button', { name: 'Details of Order entry' }).click();
		await expect(card(tab).getByRole('checkbox', { name: 'Public channel' })).not.toBeChecked();
		await expect(card(tab).getByRole('textbox', { name: 'Notes' })).toHaveValue(
			'Typed in the other tab'
		);
	}
});
