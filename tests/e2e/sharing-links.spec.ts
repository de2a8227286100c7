import { expect, openJourneyList, test } from './fixtures';
import {
	chooseFiles,
	exportJourney,
	jsonFile,
	openGeneratedSample,
	openShareMenu
} from './transfer';

const AIRLINE = 'Full-service airline';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

async function copyShareLink(page: import('@playwright/test').Page, name = AIRLINE) {
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

test('a share link to a map already here offers replace, keep both or merge', async ({ page }) => {
	const link = await copyShareLink(page);
	await page.goto(link);
	await page.getByRole('button', { name: 'Import shared map' }).click();
	const dialog = page.getByRole('dialog', { name: `“${AIRLINE}” is already here` });
	await dialog.getByRole('button', { name: 'Keep both' }).click();
	await expect(page.getByRole('link', { name: `${AIRLINE} (copy)` })).toBeVisible();
});

test('a damaged share link says so and changes nothing', async ({ page }) => {
	const link = await copyShareLink(page);
	await page.goto(link.slice(0, link.length - 40));
	await expect(page.getByRole('alert')).toContainText('This share link is incomplete or damaged');
	await expect(page.getByRole('link', { name: AIRLINE })).toHaveCount(1);
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
	await expect(page.getByLabel(/^Priority \d+$/).first()).toBeVisible();
	for (const name of ['Share', 'Undo', 'Rename journey', 'Add stage']) {
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
