import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';

/** A blank journey with one stage, one touch point and the given frustrations, opened on its Workshop view. */
async function journeyWithFrustrations(page: Page, name: string, frustrations: string[]) {
	await openJourneyList(page);
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank' });
	await page.getByRole('button', { name: 'Create' }).click();
	await page.getByRole('button', { name: 'Add stage' }).click();
	await page.getByRole('textbox', { name: 'Stage name' }).fill('Purchase');
	await page.getByRole('textbox', { name: 'Stage name' }).press('Enter');
	await page.getByRole('textbox', { name: 'Stage name' }).press('Escape');
	const stage = page.getByRole('region', { name: 'Purchase' });
	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await stage.getByRole('textbox', { name: 'Touch point name' }).fill('Order placement');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Enter');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Escape');
	const card = page.getByRole('article', { name: 'Order placement' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	for (const text of frustrations) {
		await field.fill(text);
		await field.press('Enter');
	}
	await field.press('Escape');
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

const cell = (page: Page, frustration: string, participant: string, measure: string) =>
	page.getByRole('gridcell', { name: `${frustration}, ${participant}, ${measure}`, exact: true });
const gridRow = (page: Page, frustration: string) =>
	page.getByRole('grid').getByRole('row').filter({ hasText: frustration });

test('a grid of ratings is entered by keyboard alone; means, labels, spread and priority follow, on the map too', async ({
	page,
	expectAccessible
}) => {
	const late = 'Checkout times out';
	const prices = 'Prices change at the last step';
	await journeyWithFrustrations(page, 'Rating workshop', [late, prices]);
	await addParticipants(page, ['Ana', 'Budi', 'Citra']);
	await expect(page.getByRole('grid', { name: 'Ratings by participant' })).toBeVisible();

	// Into the grid with Tab from the last control before it, as a facilitator would.
	await page.getByRole('button', { name: 'Add participant' }).focus();
	await page.keyboard.press('Tab');
	await expect(cell(page, late, 'Ana', 'Frequency')).toBeFocused();
	// Each digit rates its cell and moves on, wrapping to the next frustration's first rating.
	await page.keyboard.type('453455');
	await expect(cell(page, prices, 'Ana', 'Frequency')).toBeFocused();
	for (const key of ['2', 'Tab', 'Shift+Tab', '2', '1', '3', '9', '3']) {
		await page.keyboard.press(key);
	}
	await expect(cell(page, prices, 'Citra', 'Frequency')).toHaveText('3');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Delete');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('1');
	// The last cell to rate keeps the focus.
	await expect(cell(page, prices, 'Citra', 'Severity')).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(cell(page, late, 'Citra', 'Severity')).toBeFocused();

	await expect(cell(page, late, 'Ana', 'Frequency')).toHaveText('4');
	await expect(cell(page, late, 'Budi', 'Severity')).toHaveText('4');
	await expect(cell(page, prices, 'Citra', 'Frequency')).toHaveText('not rated');
	await expect(cell(page, prices, 'Citra', 'Severity')).toHaveText('1');
	// Each rating is one undo step, from the grid too.
	await page.keyboard.press('Control+z');
	await expect(cell(page, prices, 'Citra', 'Severity')).toHaveText('not rated');
	await page.keyboard.press('Control+Shift+z');
	await expect(cell(page, prices, 'Citra', 'Severity')).toHaveText('1');

	// (4 + 3 + 5) / 3 and (5 + 4 + 5) / 3; their product, 18.67, is critical.
	const first = gridRow(page, late);
	await expect(first).toContainText('4.00 often');
	await expect(first).toContainText('3–5 · 3 ratings');
	await expect(first).toContainText('4.67 critical');
	await expect(first).toContainText('4–5 · 3 ratings');
	await expect(first.getByText('Priority 18.7', { exact: true })).toBeVisible();
	await expect(first.getByText('Critical', { exact: true })).toBeVisible();
	// Frequencies 2 and 1; severities 2, 3 and 1: priority 1.5 × 2 = 3.
	const second = gridRow(page, prices);
	await expect(second).toContainText('1.50 never');
	await expect(second).toContainText('1–2 · 2 ratings');
	await expect(second).toContainText('2.00 minor');
	await expect(second.getByText('Priority 3', { exact: true })).toBeVisible();
	await expect(second.getByText('Low', { exact: true })).toBeVisible();
	await expectAccessible();

	// The map ranks by the same means, and so does everything after a reload.
	await expectSaved(page);
	await page.reload();
	await page.getByRole('link', { name: 'Map' }).click();
	const card = page.getByRole('article', { name: 'Order placement' }).getByRole('listitem');
	await expect(
		card.filter({ hasText: late }).getByText('Priority 18.7', { exact: true })
	).toBeVisible();
	await expect(card.filter({ hasText: late })).toContainText('often × critical');
	await expect(
		card.filter({ hasText: prices }).getByText('Priority 3', { exact: true })
	).toBeVisible();
});

test('a walk-through captures two frustrations, keeps its place on leaving, and they are on the map after a reload', async ({
	page,
	expectAccessible
}) => {
	await orderCycleJourney(page, 'Walked');
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('combobox', { name: 'Timer per step' }).selectOption({ label: '3 min' });

	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('timer', { name: 'Time left' })).toHaveText(/^\s*(3:00|2:5\d)\s*$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await expect(page.getByText('Touch point 1 of 12')).toBeVisible();
	await expect(
		page.getByText('What is the worst thing that can happen to a customer here?')
	).toBeVisible();
	const capture = page.getByRole('textbox', { name: 'New frustration' });
	await expect(capture).toBeFocused();
	await page.keyboard.type('Buyers never hear of the product');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'Buyers never hear of the product' })
	).toBeVisible();
	await expect(capture).toHaveValue('');
	await expectAccessible();

	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1, name: 'Order development' })).toBeVisible();
	await page.keyboard.type('The data sheet lacks dimensions');
	await page.keyboard.press('Enter');
	await expect(
		page.getByRole('listitem').filter({ hasText: 'The data sheet lacks dimensions' })
	).toBeVisible();
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1, name: 'Order development' })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();
	await expect(page.getByText('Resumes at touch point 2')).toBeVisible();
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Order development' })).toBeVisible();
	await page.keyboard.press('Escape');
	// Back on the Workshop view, as a person sees it, before going on to the map.
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();

	await page.getByRole('link', { name: 'Map' }).click();
	await expect(page).toHaveURL(/\/journeys\/[^/]+$/);
	await expectSaved(page);
	await page.reload();
	await expect(
		page
			.getByRole('article', { name: 'Order planning' })
			.getByText('Buyers never hear of the product')
	).toBeVisible();
	await expect(
		page
			.getByRole('article', { name: 'Order development' })
			.getByText('The data sheet lacks dimensions')
	).toBeVisible();
});

test('the session report lists the top priorities in order, with who took part, and copies as Markdown', async ({
	page,
	context,
	expectAccessible
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const texts = ['Card declined twice', 'No delivery date', 'Typo in the confirmation email'];
	await journeyWithFrustrations(page, 'Reported', texts);
	await addParticipants(page, ['Dewi']);
	// Severity × frequency: 3 × 5 = 15, 5 × 5 = 25, 1 × 2 = 2.
	await cell(page, texts[0]!, 'Dewi', 'Frequency').focus();
	await page.keyboard.type('355521');
	await expect(gridRow(page, texts[2]!).getByText('Priority 2', { exact: true })).toBeVisible();

	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(page.getByRole('link', { name: 'Workshop', exact: true })).toHaveAttribute(
		'aria-current',
		'page'
	);
	const top = page.getByRole('region', { name: 'Top priorities' }).getByRole('listitem');
	await expect(top).toHaveCount(3);
	await expect(top.nth(0)).toContainText('No delivery date');
	await expect(top.nth(0).getByText('Priority 25', { exact: true })).toBeVisible();
	await expect(top.nth(1)).toContainText('Card declined twice');
	await expect(top.nth(2)).toContainText('Typo in the confirmation email');
	await expect(page.getByRole('region', { name: 'Who took part' })).toContainText('Dewi');
	const byStage = page.getByRole('region', { name: 'Frustrations by stage and band' });
	await expect(byStage.getByRole('row', { name: /Purchase/ })).toContainText('2');
	await expectAccessible();

	await page.getByRole('button', { name: 'Copy Markdown' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	expect(markdown).toContain('# Session report: Reported');
	const order = texts.map((t) => markdown.indexOf(t));
	expect(order[1]).toBeLessThan(order[0]!);
	expect(order[0]).toBeLessThan(order[2]!);
	expect(markdown).toContain('| 1 | No delivery date | Order placement | Purchase | 25 Critical |');
	expect(markdown).toContain('Dewi');
});

test('the rating grid of a 300-frustration map draws a screenful and still reaches every row by keyboard', async ({
	page
}) => {
	await page.goto('/dev/generate?frustrations=300&touchPoints=30');
	await page
		.getByRole('status')
		.getByRole('link', { name: 'Generated: 300 frustrations, 30 touch points' })
		.click();
	await page.getByRole('link', { name: 'Workshop' }).click();
	const grid = page.getByRole('grid', { name: 'Ratings by participant' });
	await expect(grid).toHaveAttribute('aria-rowcount', '302');
	expect(await grid.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

	await grid.getByRole('gridcell').first().click();
	await page.keyboard.press('Control+End');
	const last = grid.getByRole('row').last();
	await expect(last).toHaveAttribute('aria-rowindex', '302');
	await expect(last.getByRole('gridcell').last()).toBeFocused();
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('Delete');
	await expect(last.getByRole('gridcell').first()).toHaveText('not rated');
	await page.keyboard.press('Control+Home');
	await expect(grid.getByRole('row').nth(2)).toHaveAttribute('aria-rowindex', '3');
	await expect(grid.getByRole('rowheader').first()).toBeFocused();
});

test('typing digits rates cell after cell, Enter goes down a column, and the arrows still move', async ({
	page,
	expectAccessible
}) => {
	const late = 'Checkout times out';
	const prices = 'Prices change at the last step';
	await journeyWithFrustrations(page, 'Typed in one go', [late, prices]);
	await addParticipants(page, ['Ana', 'Budi']);
	await cell(page, late, 'Ana', 'Frequency').click();

	await page.keyboard.type('435');
	await expect(cell(page, late, 'Ana', 'Frequency')).toHaveText('4');
	await expect(cell(page, late, 'Ana', 'Severity')).toHaveText('3');
	await expect(cell(page, late, 'Budi', 'Frequency')).toHaveText('5');
	await expect(cell(page, late, 'Budi', 'Severity')).toBeFocused();
	// Focus has moved on, so what the cell left behind got is said.
	await expect(page.getByTestId('announcer')).toHaveText('Budi, Frequency: 5');

	await page.keyboard.press('Enter');
	await expect(cell(page, prices, 'Budi', 'Severity')).toBeFocused();
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('ArrowLeft');
	await expect(cell(page, prices, 'Ana', 'Severity')).toBeFocused();
	await page.keyboard.type('2');
	await expect(cell(page, prices, 'Ana', 'Severity')).toHaveText('2');
	await expect(cell(page, prices, 'Budi', 'Frequency')).toBeFocused();
	await expect(cell(page, late, 'Budi', 'Severity')).toHaveText('not rated');
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	await expect(cell(page, late, 'Ana', 'Severity')).toHaveText('3');
	await expect(cell(page, prices, 'Ana', 'Severity')).toHaveText('2');
});

test('at 1366×768 the grid of four participants shows its Priority column whole and scrolls with the page', async ({
	page
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await page.goto('/dev/generate?frustrations=11&touchPoints=6&participants=4');
	await page.getByRole('status').getByRole('link').click();
	await page.getByRole('link', { name: 'Workshop' }).click();
	const grid = page.getByRole('grid', { name: 'Ratings by participant' });
	const ratings = page.getByRole('region', { name: 'Ratings' });
	const priority = grid.getByRole('columnheader', { name: 'Priority' });
	await expect(priority).toBeInViewport({ ratio: 1 });
	// Inside the Ratings column, not cut off by a box narrower than the grid.
	const column = (await ratings.boundingBox())!;
	const heading = (await priority.boundingBox())!;
	expect(heading.x + heading.width).toBeLessThanOrEqual(column.x + column.width + 1);
	const lastBadge = grid
		.getByRole('row')
		.last()
		.getByText(/^Priority \d/)
		.locator('..');
	const badge = (await lastBadge.boundingBox())!;
	expect(badge.x + badge.width).toBeLessThanOrEqual(column.x + column.width + 1);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(1366);

	// The wheel over the grid scrolls the page, not a box inside it, down to its last row.
	await grid.getByRole('rowheader').first().hover();
	await page.mouse.wheel(0, 2000);
	await expect(lastBadge).toBeInViewport({ ratio: 1 });
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
	// The header row stays at the top of the window.
	await expect(priority).toBeInViewport({ ratio: 1 });
});

/** A journey from the twelve-touch-point Order cycle template, opened on its Workshop view. */
async function orderCycleJourney(page: Page, name: string) {
	await openJourneyList(page);
	await createJourneyNamed(page, name, 'Order cycle (three stages)');
}

const fullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

/** Whether the walk-through's backdrop is dark, as the room sees it: its background's luminance. */
const looksDark = (page: Page) =>
	page.getByRole('region', { name: /Order/ }).evaluate((element) => {
		const [r, g, b] = getComputedStyle(element).backgroundColor.match(/\d+/g)!.map(Number);
		return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 128;
	});

test('the walk-through fills the screen, steps on a presenter’s Page Down and Page Up, and Escape leaves full screen', async ({
	page
}) => {
	await orderCycleJourney(page, 'Presented');
	await page.getByRole('link', { name: 'Workshop' }).click();
	expect(await fullScreen(page)).toBe(false);
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await expect.poll(() => fullScreen(page)).toBe(true);

	// A clicker sends Page Down / Page Up while the capture box, empty, has the focus.
	await expect(page.getByRole('textbox', { name: 'New frustration' })).toBeFocused();
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { level: 1, name: 'Order development' })).toBeVisible();
	await expect(page.getByText('Touch point 2 of 12', { exact: true })).toBeVisible();
	await page.keyboard.press('PageDown');
	await expect(page.getByRole('heading', { level: 1, name: 'Order evaluation' })).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(page.getByRole('heading', { level: 1, name: 'Order development' })).toBeVisible();
	await expect(page.getByText('Touch point 2 of 12', { exact: true })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();
	await expect.poll(() => fullScreen(page)).toBe(false);
});

test('Dark switches the walk-through to a dark palette and back, and is remembered on the next start and after a reload', async ({
	page,
	expectAccessible
}) => {
	await page.emulateMedia({ colorScheme: 'light' });
	await orderCycleJourney(page, 'Projected');
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	const dark = page.getByRole('button', { name: 'Dark' });
	await expect(dark).toHaveAttribute('aria-pressed', 'false');
	expect(await looksDark(page)).toBe(false);

	await dark.click();
	await expect(dark).toHaveAttribute('aria-pressed', 'true');
	expect(await looksDark(page)).toBe(true);
	await expectAccessible();

	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(dark).toHaveAttribute('aria-pressed', 'true');
	expect(await looksDark(page)).toBe(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await expect(dark).toHaveAttribute('aria-pressed', 'true');
	expect(await looksDark(page)).toBe(true);

	await dark.click();
	await expect(dark).toHaveAttribute('aria-pressed', 'false');
	expect(await looksDark(page)).toBe(false);
});

test('reloading the walk-through, or the Workshop view before starting again, resumes at the same touch point', async ({
	page
}) => {
	await orderCycleJourney(page, 'Resumed');
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	// The keys go to the walk-through once it shows its first step, not before.
	await expect(page.getByRole('heading', { level: 1, name: 'Order planning' })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1, name: 'Order evaluation' })).toBeVisible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Order evaluation' })).toBeVisible();
	await expect(page.getByText('Touch point 3 of 12', { exact: true })).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('heading', { level: 1, name: 'Order placement' })).toBeVisible();

	await page.keyboard.press('Escape');
	await expect(page.getByText('Resumes at touch point 4')).toBeVisible();
	await page.reload();
	await expect(page.getByText('Resumes at touch point 4')).toBeVisible();
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Order placement' })).toBeVisible();
	await expect(page.getByText('Touch point 4 of 12', { exact: true })).toBeVisible();
});

test('the grid’s Stage filter shows only that stage’s frustrations, and All stages shows them all again', async ({
	page,
	expectAccessible
}) => {
	await orderCycleJourney(page, 'Filtered');
	const frustrations = {
		'Order planning': 'No one plans the order',
		'Order delivery': 'The parcel arrives late',
		'Customer invoice': 'The invoice has the wrong address',
		'Returns and claims': 'Returns need a phone call'
	};
	for (const [touchPoint, text] of Object.entries(frustrations)) {
		const card = page.getByRole('article', { name: touchPoint });
		await card.getByRole('button', { name: 'Add frustration' }).click();
		await card.getByRole('textbox', { name: 'Frustration' }).fill(text);
		await card.getByRole('textbox', { name: 'Frustration' }).press('Enter');
		await card.getByRole('textbox', { name: 'Frustration' }).press('Escape');
	}
	await page.getByRole('link', { name: 'Workshop' }).click();
	await addParticipants(page, ['Eko']);
	const rows = page.getByRole('grid', { name: 'Ratings by participant' }).getByRole('rowheader');
	// Each row header is the frustration followed by its touch point.
	const startingWith = (...texts: string[]) => texts.map((text) => new RegExp(`^${text}`));
	const all = startingWith(...Object.values(frustrations));
	await expect(rows).toHaveText(all);

	const filter = page.getByRole('combobox', { name: 'Stage' });
	await filter.selectOption({ label: 'Usage' });
	await expect(rows).toHaveText(
		startingWith(frustrations['Order delivery'], frustrations['Customer invoice'])
	);
	await expectAccessible();
	await filter.selectOption({ label: 'Replacement' });
	await expect(rows).toHaveText(startingWith(frustrations['Returns and claims']));
	await filter.selectOption({ label: 'All stages' });
	await expect(rows).toHaveText(all);
});

test('Print prints the session report, and the printed page shows the report without the app’s buttons and navigation', async ({
	page
}) => {
	await page.addInitScript(() => {
		const w = window as unknown as { printed: number };
		w.printed = 0;
		window.print = () => void w.printed++;
	});
	await journeyWithFrustrations(page, 'Printed', ['Card declined twice']);
	await addParticipants(page, ['Fajar']);
	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Printed' })).toBeVisible();

	await page.getByRole('button', { name: 'Print' }).click();
	await expect
		.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
		.toBe(1);

	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { level: 2, name: 'Printed' })).toBeVisible();
	// Nobody rated it, so the printed report lists it apart, not among the priorities.
	await expect(
		page.getByRole('region', { name: 'Not rated yet' }).getByText('Card declined twice')
	).toBeVisible();
	await expect(page.getByRole('region', { name: 'Who took part' })).toContainText('Fajar');
	for (const name of ['Print', 'Copy Markdown', 'Undo', 'Share']) {
		await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
	}
	for (const name of ['Back to workshop', 'Map', 'Workshop', 'Touchpoint']) {
		await expect(page.getByRole('link', { name, exact: true })).toBeHidden();
	}
	await expect(page.getByText('Markdown', { exact: true })).toBeHidden();
	await expect(page.getByRole('heading', { level: 1, name: 'Printed' })).toBeHidden();

	// Back on screen, everything is there again.
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Workshop', exact: true })).toBeVisible();
});
