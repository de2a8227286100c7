import {
	createJourneyNamed,
	expect,
	expectSaved,
	journeyAction,
	openJourneyList,
	test
} from './fixtures';

const cycle = [
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

test('the first visit shows the airline example, complete with segments and priorities', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
	await expectAccessible();

	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	const segments = page.getByRole('list', { name: 'Segments' });
	await expect(segments.getByRole('listitem')).toHaveCount(3);
	await expect(segments).toContainText('Business travellers');
	await expect(segments).toContainText('B2B');
	for (const stage of ['Purchase', 'Usage', 'Replacement']) {
		await expect(page.getByRole('region', { name: stage })).toBeVisible();
	}
	// Frustrations show their priority score and band in words.
	await expect(page.getByText(/^(Critical|High|Medium|Low)$/).first()).toBeVisible();
	await expect(page.getByText(/^Priority \d+$/).first()).toBeVisible();
	await expectAccessible();
});

test('the example is not created twice, even after a reload', async ({ page }) => {
	await openJourneyList(page);
	await page.reload();
	await openJourneyList(page);
	await expect(page.getByRole('link', { name: 'Full-service airline' })).toHaveCount(1);
});

test('a new journey has the three stages and the twelve touch points in cycle order', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Mattress dealers');

	const stages = page.getByRole('region');
	await expect(stages).toHaveCount(3);
	await expect(page.getByRole('region', { name: 'Purchase' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Usage' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Replacement' })).toBeVisible();

	await expect(page.getByRole('heading', { level: 3 })).toHaveText(cycle);
	const usage = page.getByRole('region', { name: 'Usage' });
	await expect(usage.getByRole('heading', { level: 3 })).toHaveText(cycle.slice(6, 11));
	await expect(page.getByText('The product arrives late, damaged or wrong.')).toBeVisible();
	await expectAccessible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 3 })).toHaveText(cycle);
});

test('a journey needs a name', async ({ page, expectAccessible }) => {
	await openJourneyList(page);
	await page.getByRole('button', { name: 'New journey' }).click();
	// The dialog's one field takes the typing at once.
	await expect(page.getByRole('textbox', { name: 'Name' })).toBeFocused();
	await page.getByRole('textbox', { name: 'Name' }).fill('   ');
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByText('Give the journey a name.')).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
	await expectAccessible();
});

test('a rename survives a reload', async ({ page }) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Draft map');
	await journeyAction(page, 'Rename journey');
	const name = page.getByRole('textbox', { name: 'Name' });
	await expect(name).toHaveValue('Draft map');
	await expect(name).toBeFocused();
	await name.fill('Workshop map');
	await name.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop map' })).toBeVisible();
	await expectSaved(page);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Workshop map' })).toBeVisible();
	await page.getByRole('link', { name: 'All journeys' }).click();
	await expect(page.getByRole('link', { name: 'Workshop map' })).toBeVisible();
});

test('deleting a journey removes it, and Undo brings it back', async ({ page }) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Short-lived');
	await journeyAction(page, 'Delete journey');

	await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Short-lived' })).toHaveCount(0);
	await expect(page.getByText('Deleted “Short-lived”.')).toBeVisible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Short-lived' })).toBeVisible();
	await page.getByRole('link', { name: 'Short-lived' }).click();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(12);
});

test('a deleted journey stays deleted after a reload', async ({ page }) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Gone for good');
	await journeyAction(page, 'Delete journey');
	await expect(page.getByText('Deleted “Gone for good”.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Gone for good' })).toHaveCount(0);
	await page.reload();
	await openJourneyList(page);
	await expect(page.getByRole('link', { name: 'Gone for good' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Full-service airline' })).toBeVisible();
});

test('Undo in the message brings a deleted journey back until ten seconds have passed, for good', async ({
	page
}) => {
	// The message's ten seconds run on the page's clock, moved on by the test, not waited out.
	await page.clock.install();
	await openJourneyList(page);
	await createJourneyNamed(page, 'Second thoughts');
	await journeyAction(page, 'Delete journey');
	await expect(page.getByRole('link', { name: 'Second thoughts' })).toHaveCount(0);

	await page.clock.runFor(9_000);
	await expect(page.getByText('Deleted “Second thoughts”.')).toBeVisible();
	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(page.getByRole('link', { name: 'Second thoughts' })).toBeVisible();

	await page.reload();
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Second thoughts' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Second thoughts' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3 })).toHaveCount(12);
});

test('ten seconds after a delete the Undo is gone, and the journey stays deleted', async ({
	page
}) => {
	await page.clock.install();
	await openJourneyList(page);
	await createJourneyNamed(page, 'Past saving');
	await journeyAction(page, 'Delete journey');
	const message = page.getByText('Deleted “Past saving”.');
	await expect(message).toBeVisible();
	await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();

	await page.clock.runFor(10_000);
	await expect(message).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Past saving' })).toHaveCount(0);

	await page.reload();
	await openJourneyList(page);
	await expect(page.getByRole('link', { name: 'Past saving' })).toHaveCount(0);
});

test('a deep link to a journey opens it after a browser restart', async ({ page, browser }) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Bookmarked');
	const url = page.url();
	const state = await page.context().storageState({ indexedDB: true });

	const restarted = await browser.newContext({ storageState: state });
	const again = await restarted.newPage();
	await again.goto(url);
	await expect(again.getByRole('heading', { level: 1, name: 'Bookmarked' })).toBeVisible();
	await restarted.close();
});

test('an unknown journey says so', async ({ page, expectAccessible }) => {
	await page.goto('/journeys/00000000-0000-4000-8000-000000000000');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/not in this browser/);
	await expectAccessible();
});

test('at 1366×768 the header is compact: the views start above y = 200 with the journey’s actions in one menu', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openJourneyList(page);
	await createJourneyNamed(page, 'Order cycle at the Jakarta office', 'Order cycle (three stages)');
	const views = page.getByRole('navigation', { name: 'Journey views' });
	const tabs = (await views.boundingBox())!;
	expect(tabs.y).toBeLessThan(200);
	const back = (await page.getByRole('link', { name: 'All journeys' }).boundingBox())!;
	expect(tabs.y + tabs.height - back.y).toBeLessThan(170);
	// The description fits on one line here, so there is nothing more to show.
	await expect(
		page.getByText('Purchase, usage and replacement with the twelve order-cycle touch points.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Show more' })).toHaveCount(0);

	const menu = page.getByRole('button', { name: 'Journey', exact: true });
	await expect(menu).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('button', { name: 'Rename journey' })).toBeHidden();
	await menu.click();
	await expect(menu).toHaveAttribute('aria-expanded', 'true');
	for (const name of ['Rename journey', 'Duplicate journey', 'Delete journey']) {
		await expect(page.getByRole('button', { name })).toBeInViewport();
	}
	await expectAccessible();
	// A click elsewhere closes it.
	await page.getByRole('heading', { level: 1 }).click();
	await expect(page.getByRole('button', { name: 'Rename journey' })).toBeHidden();
});

test('the Journey menu works from the keyboard: it opens on its first action, arrows move, Escape gives focus back', async ({
	page
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Keyboard only');
	const menu = page.getByRole('button', { name: 'Journey', exact: true });
	await menu.focus();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('button', { name: 'Rename journey' })).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('button', { name: 'Duplicate journey' })).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await page.keyboard.press('ArrowUp');
	await expect(page.getByRole('button', { name: 'Delete journey' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Delete journey' })).toBeHidden();
	await expect(menu).toBeFocused();
	await expect(menu).toHaveAttribute('aria-expanded', 'false');

	// Enter opens it too; the rename dialog it leads to gives focus back to the menu's button.
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Rename journey' })).toBeFocused();
	await page.keyboard.press('Enter');
	const name = page.getByRole('textbox', { name: 'Name' });
	await expect(name).toBeFocused();
	await name.fill('Keyboard only, renamed');
	await name.press('Enter');
	await expect(
		page.getByRole('heading', { level: 1, name: 'Keyboard only, renamed' })
	).toBeVisible();
	await expect(menu).toBeFocused();
	await page.keyboard.press(' ');
	await expect(page.getByRole('button', { name: 'Rename journey' })).toBeFocused();
});

test('on a phone the description shows one line until Show more, and the header fits the width', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await openJourneyList(page);
	await createJourneyNamed(page, 'Phone view', 'Order cycle (three stages)');
	const description = page.getByText(
		'Purchase, usage and replacement with the twelve order-cycle touch points.'
	);
	const oneLine = (await description.boundingBox())!.height;
	const more = page.getByRole('button', { name: 'Show more' });
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await more.click();
	const less = page.getByRole('button', { name: 'Show less' });
	await expect(less).toHaveAttribute('aria-expanded', 'true');
	await expect
		.poll(async () => (await description.boundingBox())!.height)
		.toBeGreaterThan(oneLine * 1.5);
	await expectAccessible();
	await less.click();
	await expect(more).toHaveAttribute('aria-expanded', 'false');
	await expect.poll(async () => (await description.boundingBox())!.height).toBe(oneLine);
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);

	// Shown whole, then the screen grows wide enough for one line: folded again, nothing is cut
	// short any more, so there is nothing more to show.
	await more.click();
	await page.setViewportSize({ width: 1920, height: 1080 });
	await expect
		.poll(async () => (await description.boundingBox())!.height)
		.toBeLessThan(oneLine * 1.5);
	await less.click();
	await expect(page.getByRole('button', { name: /^Show (more|less)$/ })).toHaveCount(0);
});
