import type { Page } from '@playwright/test';
import { dumpDatabase } from './database';
import { expect, expectSaved, journeyAction, openJourneyList, test } from './fixtures';
import {
	chooseFiles,
	exportJourney,
	jsonFile,
	openGeneratedSample,
	openShareMenu
} from './transfer';

const AIRLINE = 'Full-service airline';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copyShareLink(page: Page, name = AIRLINE) {
	await openJourneyList(page);
	await page.getByRole('link', { name }).click();
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText('Share link copied.')).toBeVisible();
	return page.evaluate(() => navigator.clipboard.readText());
}

test('a share link opened in another browser offers its map, and imports it', async ({
	page,
	browser,
	expectAccessible
}) => {
	// Two browsers and an accessibility scan of the full airline map: near 30 s on a busy machine.
	test.slow();
	const link = await copyShareLink(page);
	const url = new URL(link);
	expect(url.hash).toMatch(/^#share=[A-Za-z0-9_-]+$/);
	// The map is only in the fragment, which browsers never send to a server.
	expect(url.pathname + url.search).toBe('/');

	const context = await browser.newContext();
	const other = await context.newPage();
	await other.goto(link);
	const offer = other.getByRole('region', { name: 'A map was shared with you' });
	await expect(offer).toContainText(`“${AIRLINE}”, with`);
	await expectAccessible();
	expect(new URL(other.url()).hash).toBe('');
	await offer.getByRole('button', { name: 'Import shared map' }).click();
	// The other browser has its own example airline, another journey: both are listed.
	await expect(other.getByRole('link', { name: AIRLINE })).toHaveCount(2);
	await other.reload();
	await expect(other.getByRole('link', { name: AIRLINE })).toHaveCount(2);
	await context.close();
});

const RENAMED = 'Airline, renamed here';
const ADDED_HERE = 'Added here after the link was made';
const REMOVED_HERE = /^Holiday promotional fares are announced/;

/**
 * A link to the airline, then the airline changed here: renamed, a frustration added and one
 * removed. The link and the map here now differ both ways, so each choice shows.
 */
async function linkToAMapChangedSince(page: Page) {
	const link = await copyShareLink(page);
	await page.keyboard.press('Escape');
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill(RENAMED);
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('heading', { level: 1, name: RENAMED })).toBeVisible();
	const planning = page.getByRole('article', { name: 'Order planning' });
	await planning.getByRole('button', { name: 'Add frustration' }).click();
	await planning.getByRole('textbox', { name: 'Frustration' }).fill(ADDED_HERE);
	await planning.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await planning.getByRole('textbox', { name: 'Frustration' }).press('Escape');
	await planning
		.getByRole('listitem')
		.filter({ hasText: REMOVED_HERE })
		.getByRole('button', { name: 'Edit frustration' })
		.click();
	await planning.getByRole('button', { name: 'Remove frustration' }).click();
	await expect(planning.getByText(REMOVED_HERE)).toHaveCount(0);
	await expect(planning.getByText(ADDED_HERE)).toBeVisible();
	await expectSaved(page);
	return link;
}

/** What the listed journey shows in Order planning: which of the two changed frustrations. */
async function expectOrderPlanning(
	page: Page,
	journey: string,
	shows: { added: boolean; removed: boolean }
) {
	await page.getByRole('link', { name: journey, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1, name: journey })).toBeVisible();
	const planning = page.getByRole('article', { name: 'Order planning' });
	// A frustration every copy keeps: the card is drawn before anything is found missing.
	await expect(planning.getByText(/^Corporate travel managers do not know/)).toBeVisible();
	await expect(planning.getByText(ADDED_HERE)).toHaveCount(shows.added ? 1 : 0);
	await expect(planning.getByText(REMOVED_HERE)).toHaveCount(shows.removed ? 1 : 0);
	await page.getByRole('link', { name: /All journeys/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
}

/** The journey list holds exactly these journeys. */
async function expectListed(page: Page, names: readonly string[]) {
	await expect(page.getByRole('list').getByRole('link')).toHaveCount(names.length);
	for (const name of names) {
		await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
	}
}

const choices = [
	{
		// The journey here becomes the link's; what it was is kept in its version history.
		choice: 'Replace',
		report: `Replaced “${AIRLINE}”`,
		listed: [AIRLINE],
		journeys: { [AIRLINE]: { added: false, removed: true } }
	},
	{
		// Two journeys: the one here as it was, and the link's under a new name.
		choice: 'Keep both',
		report: `Kept both: imported as “${AIRLINE} (copy)”.`,
		listed: [RENAMED, `${AIRLINE} (copy)`],
		journeys: {
			[RENAMED]: { added: true, removed: false },
			[`${AIRLINE} (copy)`]: { added: false, removed: true }
		}
	},
	{
		// Item by item: what either copy holds is kept (the removed frustration comes back, the
		// added one stays), and the newer name, the one given here, wins.
		choice: 'Merge',
		report: `Merged into “${RENAMED}”.`,
		listed: [RENAMED],
		journeys: { [RENAMED]: { added: true, removed: true } }
	}
] as const;

for (const { choice, report, listed, journeys } of choices) {
	test(`a share link to a map already here offers ${choice}, and ${choice} does what it says`, async ({
		page
	}) => {
		const link = await linkToAMapChangedSince(page);
		await page.goto(link);
		await page.getByRole('button', { name: 'Import shared map' }).click();
		const dialog = page.getByRole('dialog', { name: `“${RENAMED}” is already here` });
		for (const name of ['Replace', 'Keep both', 'Merge', 'Skip']) {
			await expect(dialog.getByRole('button', { name, exact: true })).toBeVisible();
		}
		await dialog.getByRole('button', { name: choice, exact: true }).click();
		await expect(page.getByRole('region', { name: 'Import finished' })).toContainText(report);
		if (choice === 'Merge') {
			await expect(page.getByRole('region', { name: 'Import finished' })).toContainText(
				/Frustrations\s*1 added, 0 updated, \d+ kept/
			);
		}

		for (const reloaded of [false, true]) {
			if (reloaded) await page.reload();
			await expectListed(page, listed);
			for (const [journey, shows] of Object.entries(journeys)) {
				await expectOrderPlanning(page, journey, shows);
			}
		}
	});
}

test('a damaged share link says so and changes nothing', async ({ page }) => {
	const link = await copyShareLink(page);
	const before = await dumpDatabase(page);
	await page.goto(link.slice(0, link.length - 40));
	await expect(page.getByRole('alert')).toContainText('This share link is incomplete or damaged');
	await expect(page.getByRole('region', { name: 'A map was shared with you' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: AIRLINE })).toHaveCount(1);
	expect(await dumpDatabase(page)).toEqual(before);
});

test('a map too large for a link offers the JSON file instead', async ({ page }) => {
	await openGeneratedSample(page, 3000, 60);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const toast = page.getByText(/This map is too large for a link/);
	await expect(toast).toContainText('a link stays under 32,000');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Export JSON' }).click();
	expect((await download).suggestedFilename()).toMatch(/\.journey\.json$/);
});

test('the version an import replaced can be restored from the version history', async ({
	page,
	expectAccessible
}) => {
	const { name, text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	file.document.journey.name = 'Airline from the file';
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile(name, file)]);
	await page.getByRole('dialog').getByRole('button', { name: 'Replace' }).click();
	await page.getByRole('link', { name: 'Airline from the file' }).click();

	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	const dialog = page.getByRole('dialog', { name: 'Version history of “Airline from the file”' });
	await expect(dialog.getByRole('listitem')).toHaveCount(1);
	await expect(dialog).toContainText('Before a replace');
	await expect(dialog).toContainText(`“${AIRLINE}”`);
	await expectAccessible();
	await dialog.getByRole('button', { name: 'Restore' }).click();
	await expect(page.getByRole('heading', { level: 1, name: AIRLINE })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: AIRLINE })).toBeVisible();
	// The state it replaced is a snapshot in turn.
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	await expect(page.getByRole('dialog')).toContainText('Before a restore');
});

test('the share menu opens and closes from the keyboard', async ({ page, expectAccessible }) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: AIRLINE }).click();
	const toggle = page.getByRole('button', { name: 'Share', exact: true });
	await toggle.focus();
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	await expect(page.getByRole('button', { name: 'Export JSON' })).toBeVisible();
	await expectAccessible();
	await page.keyboard.press('Escape');
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('button', { name: 'Export JSON' })).toBeHidden();
	await expect(toggle).toBeFocused();
});

test('printing shows the map and its priorities without the app around it', async ({ page }) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: AIRLINE }).click();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 1, name: AIRLINE })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Purchase' })).toBeVisible();
	await expect(page.getByText(/^Priority \d+$/).first()).toBeVisible();
	for (const name of ['Share', 'Journey', 'Undo', 'Add stage']) {
		await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
	}
	await expect(page.getByRole('link', { name: 'Touchpoint' })).toBeHidden();
});

test('printing shows every frustration, also those behind Show all', async ({ page }) => {
	await openGeneratedSample(page, 60, 6);
	await expect(page.getByRole('button', { name: 'Show all 10' })).toHaveCount(6);
	const frustrations = page.getByRole('list', { name: '10 frustrations' }).getByRole('listitem');
	await expect(frustrations).toHaveCount(30);
	await page.emulateMedia({ media: 'print' });
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(frustrations).toHaveCount(60);
	await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
	await page.emulateMedia({ media: 'screen' });
	await expect(frustrations).toHaveCount(30);
});

test('without a clipboard the link is shown to copy by hand', async ({
	page,
	expectAccessible
}) => {
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'clipboard', { value: undefined })
	);
	await openJourneyList(page);
	await page.getByRole('link', { name: AIRLINE }).click();
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	const field = page
		.getByRole('dialog', { name: 'Copy share link' })
		.getByRole('textbox', { name: /Copy the link from here/ });
	await expect(field).toHaveValue(/#share=[A-Za-z0-9_-]+$/);
	await expectAccessible();
});
