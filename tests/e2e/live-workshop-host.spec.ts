/**
 * The facilitator's side of a live workshop (issue 21): Start live workshop and its join screen
 * for the projector, the blind grid and Reveal, Rate again, Lock, Bring everyone here, the open
 * setting, End workshop, Hide names on the projector and Merge with…. The owner drives; an
 * editor (a second facilitator's laptop) sees the same shared controls.
 */
import type { Browser, Page } from '@playwright/test';
import { renderSVG } from 'uqr';
import { expectSaved, test as guarded } from './fixtures';
import { openShareMenu } from './transfer';
import {
	addFrustrations,
	askToJoin,
	expect,
	join,
	openLiveSession,
	smallJourney,
	withTouchpoint
} from './live';

const test = withTouchpoint(guarded);

const late = 'Checkout times out';
const prices = 'Prices change at the last step';

const cell = (page: Page, frustration: string, participant: string, measure: string) =>
	page.getByRole('gridcell', { name: `${frustration}, ${participant}, ${measure}`, exact: true });
const gridRow = (page: Page, frustration: string) =>
	page.getByRole('grid').getByRole('row').filter({ hasText: frustration });

async function toWorkshop(page: Page) {
	await page.getByRole('link', { name: 'Workshop' }).click();
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();
}

async function addParticipants(page: Page, names: string[]) {
	await page.getByRole('button', { name: 'Add participant' }).click();
	const field = page.getByRole('textbox', { name: 'Name or initials' });
	for (const name of names) {
		await field.fill(name);
		await field.press('Enter');
	}
	await field.press('Escape');
}

/** Types one row of ratings: frequency then severity for each participant, in grid order. */
async function rateRow(page: Page, frustration: string, first: string, digits: string) {
	await cell(page, frustration, first, 'Frequency').click();
	await page.keyboard.type(digits);
}

/** A journey with two frustrations and Ana and Budi added by hand, on its Workshop view. */
async function workshopJourney(page: Page, url: string, name: string) {
	await smallJourney(page, url, name);
	await addFrustrations(page, 'Order placement', [late, prices]);
	await toWorkshop(page);
	await addParticipants(page, ['Ana', 'Budi']);
}

/**
 * A second facilitator's laptop, Budi's: an editor, joined through the Live session dialog's
 * editor link, on its Workshop view.
 */
async function secondFacilitator(page: Page, browser: Browser) {
	const dialog = await openLiveSession(page);
	const editorLink = await dialog.getByRole('textbox', { name: 'Editor link' }).inputValue();
	await dialog.getByRole('button', { name: 'Close' }).click();
	const budi = await join(browser, editorLink, 'Budi');
	await toWorkshop(budi.page);
	return budi;
}

/** Start live workshop, then its join screen hidden again; returns the short link. */
async function startWorkshop(page: Page) {
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	await expect(screen).toBeVisible();
	const link = (await screen.getByText(/j#\w{5}-\w{5}/).textContent())!.trim();
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	await expect(screen).toBeHidden();
	return link;
}

test('Start live workshop shows a join screen with the QR code of the short link and who joined; it hides and comes back', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	await workshopJourney(page, touchpoint.url, 'Join screen');
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	await expect(screen).toBeVisible();
	const shown = (await screen.getByText(/j#\w{5}-\w{5}/).textContent())!.replace(/\s/g, '');
	expect(shown).toMatch(
		/^http:\/\/127\.0\.0\.1:\d+\/j#[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/
	);
	// The QR code is of that same link (drawn by uqr, whose output this compares).
	const qr = screen.getByRole('img', { name: 'QR code of the join link' });
	const src = decodeURIComponent((await qr.getAttribute('src'))!.replace(/^data:[^,]*,/, ''));
	expect(src).toBe(renderSVG(shown, { ecc: 'M', border: 2 }));
	expect((await qr.boundingBox())!.width).toBeGreaterThan(300);
	await expect(screen.getByRole('heading', { name: 'Joined so far' })).toContainText('0');
	await expectAccessible(page);

	// Whoever joins appears on the projector.
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	await expect(page.getByRole('button', { name: 'Show join screen' })).toBeFocused();
	const dialog = await openLiveSession(page);
	const participantLink = await dialog
		.getByRole('textbox', { name: 'Participant link' })
		.inputValue();
	await dialog.getByRole('button', { name: 'Close' }).click();
	const citra = await askToJoin(browser, participantLink, 'Citra');
	await page.getByRole('button', { name: 'Show join screen' }).click();
	await expect(screen.getByRole('list')).toHaveText('Citra');
	await expect(screen.getByRole('heading', { name: 'Joined so far' })).toContainText('1');
	// Escape hides it too, as any dialog.
	await page.keyboard.press('Escape');
	await expect(screen).toBeHidden();
	await expect(page.getByRole('grid', { name: 'Ratings by participant' })).toBeVisible();

	// After a reload the workshop still runs, and its join screen shows the same link.
	await expectSaved(page);
	await page.reload();
	await page.getByRole('button', { name: 'Show join screen' }).click();
	await expect(screen.getByText(/j#\w{5}-\w{5}/)).toHaveText(shown);

	// In Bahasa Indonesia, and in the dark, as clean.
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	await page.getByRole('button', { name: 'Tampilkan layar bergabung' }).click();
	const layar = page.getByRole('dialog', { name: 'Bergabung ke lokakarya ini' });
	await expect(layar.getByRole('img', { name: 'Kode QR tautan bergabung' })).toBeVisible();
	await expect(layar.getByRole('heading', { name: 'Sudah bergabung' })).toContainText('1');
	await expectAccessible(page);
	await citra.context.close();
});

test('blind rating: the grid shows only how many rated until Reveal, then the means and Ratings differ — discuss; Rate again opens a fresh round', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await workshopJourney(page, touchpoint.url, 'Blind grid');
	await startWorkshop(page);
	// A second facilitator's laptop sees what the owner's projector shows.
	const budi = await secondFacilitator(page, browser);

	await rateRow(page, late, 'Ana', '1354');
	for (const seen of [page, budi.page]) {
		const row = gridRow(seen, late);
		await expect(row).toContainText('2 of 2 rated');
		await expect(row).not.toContainText(/\d\.\d|often|sometimes|rarely/);
		await expect(cell(seen, late, 'Ana', 'Frequency')).toHaveText('rated●');
		await expect(row.getByText('Ratings differ — discuss')).toHaveCount(0);
		await expect(gridRow(seen, prices)).toContainText('0 of 2 rated');
	}
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Reveal' }).click();
	for (const seen of [page, budi.page]) {
		const row = gridRow(seen, late);
		// Frequency 1 and 5: mean 3, sometimes; severity 3 and 4: 3.5, major.
		await expect(row).toContainText('3.00 sometimes');
		await expect(row).toContainText('3.50 major');
		await expect(row.getByText('Ratings differ — discuss')).toBeVisible();
		await expect(cell(seen, late, 'Ana', 'Frequency')).toHaveText('1');
	}
	await expectAccessible(page);

	// Reveal on the grid reveals every row it shows; revealed stays revealed after a reload.
	await expectSaved(page);
	await page.reload();
	await expect(gridRow(page, late)).toContainText('3.00 sometimes');
	await expect(gridRow(page, prices)).not.toContainText('of 2 rated');

	// Rate again: a fresh blind round, nobody's rating in it yet; the earlier one is kept.
	await gridRow(page, late).getByRole('button', { name: 'Rate again' }).click();
	for (const seen of [page, budi.page]) {
		await expect(gridRow(seen, late)).toContainText('0 of 2 rated');
		await expect(cell(seen, late, 'Ana', 'Frequency')).toHaveText('not rated');
	}
	await rateRow(page, late, 'Ana', '2');
	await expect(gridRow(page, late)).toContainText('1 of 2 rated');
	await expect(gridRow(page, late)).not.toContainText('3.00');
	// The earlier round is in the version history.
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Version history' }).click();
	const history = page.getByRole('dialog', { name: 'Version history of “Blind grid”' });
	await expect(history).toContainText(`Before rating again: ${late}`);
	await budi.context.close();
});

test('Lock ratings, Show results as they arrive and End workshop reach a second facilitator; ending asks first and keeps every rating', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await workshopJourney(page, touchpoint.url, 'Workshop controls');
	await startWorkshop(page);
	const budi = await secondFacilitator(page, browser);

	await page.getByRole('button', { name: 'Lock ratings' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Ratings are closed' })).toBeVisible();
	await expect(budi.page.getByRole('button', { name: 'Unlock ratings' })).toBeVisible();
	await budi.page.getByRole('button', { name: 'Unlock ratings' }).click();
	await expect(page.getByRole('button', { name: 'Lock ratings' })).toBeVisible();
	await expect(page.getByText('Ratings are closed')).toHaveCount(0);
	await page.getByRole('button', { name: 'Bring everyone here' }).click();

	// Open mode: results show as they arrive, no Reveal needed.
	await page.getByRole('checkbox', { name: 'Show results as they arrive' }).check();
	await expect(
		budi.page.getByRole('checkbox', { name: 'Show results as they arrive' })
	).toBeChecked();
	await rateRow(page, prices, 'Ana', '45');
	await expect(gridRow(budi.page, prices)).toContainText('4.00 often');
	// A spread of 1 is no disagreement; of 2 it is.
	await cell(page, prices, 'Budi', 'Frequency').click();
	await page.keyboard.type('34');
	await expect(gridRow(budi.page, prices)).toContainText('3.50 often');
	await expect(gridRow(budi.page, prices).getByText('Ratings differ — discuss')).toHaveCount(0);
	await cell(page, prices, 'Budi', 'Frequency').click();
	await page.keyboard.type('2');
	await expect(gridRow(budi.page, prices).getByText('Ratings differ — discuss')).toBeVisible();
	await expectAccessible(page);

	// Ending asks first; Cancel keeps it running.
	await page.getByRole('button', { name: 'End workshop' }).click();
	const ask = page.getByRole('dialog', { name: 'End the workshop?' });
	await expect(ask).toContainText('the join link stops working');
	await expectAccessible(page);
	await ask.getByRole('button', { name: 'Cancel' }).click();
	await expect(page.getByRole('button', { name: 'Reveal' })).toBeVisible();
	await page.getByRole('button', { name: 'End workshop' }).click();
	await ask.getByRole('button', { name: 'End workshop' }).click();
	await expect(page.getByRole('button', { name: 'Start live workshop' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
	await expect(cell(page, prices, 'Ana', 'Frequency')).toHaveText('4');
	await expect(cell(budi.page, prices, 'Ana', 'Frequency')).toHaveText('4');
	await expectSaved(page);
	await page.reload();
	await expect(cell(page, prices, 'Ana', 'Severity')).toHaveText('5');
	await expect(page.getByRole('button', { name: 'Start live workshop' })).toBeVisible();
	await budi.context.close();
});

test('the walk-through publishes the facilitator’s step to the room and offers Reveal and Rate again', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await smallJourney(page, touchpoint.url, 'Walk-through live');
	await addFrustrations(page, 'Order placement', [late]);
	const stage = page.getByRole('region', { name: 'Purchase' });
	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await stage.getByRole('textbox', { name: 'Touch point name' }).fill('Payment');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Enter');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Escape');
	await toWorkshop(page);
	await addParticipants(page, ['Ana', 'Budi']);
	await startWorkshop(page);
	const budi = await secondFacilitator(page, browser);
	const onPhones = (seen: Page) =>
		seen.getByRole('region', { name: 'Live workshop' }).getByText(/^On the phones:/);
	await expect(onPhones(budi.page)).toHaveText('On the phones: Order placement');
	await rateRow(page, late, 'Ana', '1354');

	await page.getByRole('button', { name: 'Start walk-through' }).click();
	const here = page.getByRole('listitem').filter({ hasText: late });
	await expect(here).toContainText('2 of 2 rated');
	await expect(here).not.toContainText('sometimes');
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Reveal' }).click();
	await expect(here).toContainText('Frequency: 3.00 sometimes (1–5)');
	await expect(here.getByText('Ratings differ — discuss')).toBeVisible();
	await expect(gridRow(budi.page, late)).toContainText('3.00 sometimes');
	await expect(page.getByRole('button', { name: 'Reveal' })).toHaveCount(0);
	await expectAccessible(page);
	await here.getByRole('button', { name: 'Rate again' }).click();
	await expect(here).toContainText('0 of 2 rated');
	await expect(gridRow(budi.page, late)).toContainText('0 of 2 rated');

	// The next touch point is where the phones go.
	await page.getByRole('button', { name: 'Next touch point' }).click();
	await expect(onPhones(budi.page)).toHaveText('On the phones: Payment');
	await page.getByRole('button', { name: 'Previous touch point' }).click();
	await expect(onPhones(budi.page)).toHaveText('On the phones: Order placement');
	await budi.context.close();
});

test('Merge with… joins a participant who came by link with the one added by hand for them: ratings combined, one step to undo', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await workshopJourney(page, touchpoint.url, 'Merge workshop');
	await addParticipants(page, ['Citra on paper']);
	await startWorkshop(page);
	const dialog = await openLiveSession(page);
	const link = await dialog.getByRole('textbox', { name: 'Participant link' }).inputValue();
	await dialog.getByRole('button', { name: 'Close' }).click();
	const citra = await askToJoin(browser, link, 'Citra');
	const list = page.getByRole('region', { name: /Participants/ });
	const joined = list.getByRole('listitem').filter({ hasText: 'joined by link' });
	await expect(joined.getByRole('textbox')).toHaveValue('Citra');
	// Only the one who joined offers it, and only those added by hand to merge with.
	await expect(list.getByRole('combobox', { name: 'Merge with…' })).toHaveCount(1);
	await expect(
		joined.getByRole('combobox', { name: 'Merge with…' }).getByRole('option')
	).toHaveText(['Merge with…', 'Ana', 'Budi', 'Citra on paper']);
	await expectAccessible(page);

	// Values in view (the open setting), to see which were kept.
	await page.getByRole('checkbox', { name: 'Show results as they arrive' }).check();
	// On paper: frequency 3, severity 4; by phone (typed here for her): frequency 5.
	await rateRow(page, late, 'Citra on paper', '34');
	await cell(page, late, 'Citra', 'Frequency').click();
	await page.keyboard.press('5');
	await joined
		.getByRole('combobox', { name: 'Merge with…' })
		.selectOption({ label: 'Citra on paper' });
	await expect(list.getByRole('textbox', { name: /Participant/ })).toHaveCount(3);
	await expect(page.getByRole('columnheader', { name: 'Citra on paper' })).toHaveCount(0);
	// Where both rated, the joined one's value stays; the rest comes from paper.
	await expect(cell(page, late, 'Citra', 'Frequency')).toHaveText('5');
	await expect(cell(page, late, 'Citra', 'Severity')).toHaveText('4');

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('columnheader', { name: 'Citra on paper' })).toBeVisible();
	await expect(cell(page, late, 'Citra', 'Severity')).toHaveText('not rated');
	await page.getByRole('button', { name: 'Redo' }).click();
	await expect(cell(page, late, 'Citra', 'Severity')).toHaveText('4');
	await expectSaved(page);
	await page.reload();
	await expect(cell(page, late, 'Citra', 'Severity')).toHaveText('4');
	await expect(page.getByRole('columnheader', { name: 'Citra on paper' })).toHaveCount(0);
	await citra.context.close();
});

test('Hide names on the projector shows P1, P2… in the grid, the participant list and the session report, after a reload too', async ({
	page,
	touchpoint,
	expectAccessible
}) => {
	await workshopJourney(page, touchpoint.url, 'Hidden names');
	await rateRow(page, late, 'Ana', '3');
	await page.getByRole('checkbox', { name: 'Hide names on the projector' }).check();
	const grid = page.getByRole('grid', { name: 'Ratings by participant' });
	await expect(grid.getByRole('columnheader', { name: 'P1' })).toBeVisible();
	await expect(grid.getByRole('columnheader', { name: 'P2' })).toBeVisible();
	await expect(cell(page, late, 'P1', 'Frequency')).toHaveText('3');
	const list = page.getByRole('region', { name: /Participants/ });
	await expect(list.getByRole('button', { name: 'Remove P1' })).toBeVisible();
	await expect(list.getByRole('button', { name: 'Remove P2' })).toBeVisible();
	await expect(list.getByRole('textbox', { name: 'Participant 1' })).toHaveCount(0);
	await expect(grid).not.toContainText('Ana');
	await expectAccessible(page);

	await expectSaved(page);
	await page.reload();
	await expect(grid.getByRole('columnheader', { name: 'P2' })).toBeVisible();
	await page.getByRole('button', { name: 'Session report' }).click();
	const report = page.getByRole('article', { name: 'Hidden names' });
	await expect(report).toContainText('P1');
	await expect(report).not.toContainText('Ana');
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Back to workshop' }).click();
	await page.getByRole('checkbox', { name: 'Hide names on the projector' }).uncheck();
	await expect(grid.getByRole('columnheader', { name: 'Ana' })).toBeVisible();
});
