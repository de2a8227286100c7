/**
 * Closing the tab mid-edit loses at most the last 300 ms of typing: typing is stored within
 * 250 ms, and whatever is still queued is written as the page is hidden.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { createJourneyNamed, expect, expectSaved, openJourneyList, test } from './fixtures';

async function notesOfOrderPlanning(page: Page) {
	const card = page.getByRole('article', { name: 'Order planning' });
	await card.getByRole('button', { name: 'Details of Order planning' }).click();
	return page.getByRole('textbox', { name: 'Notes' });
}

/** Opens the journey again in a new tab of the same browser profile. */
async function reopen(context: BrowserContext, url: string) {
	const again = await context.newPage();
	await again.goto(url);
	return notesOfOrderPlanning(again);
}

for (const runBeforeUnload of [true, false]) {
	const how = runBeforeUnload ? 'the tab is closed' : 'the tab is killed without beforeunload';

	test(`typing ends up stored when ${how} right after it`, async ({
		page,
		context,
		expectAccessible
	}) => {
		await openJourneyList(page);
		await createJourneyNamed(page, 'Closed mid-edit');
		const url = page.url();
		const notes = await notesOfOrderPlanning(page);
		await expectAccessible();

		// Typed, then a pause longer than the 300 ms the promise allows to lose: all stored.
		await notes.pressSequentially('Buyers plan orders on paper', { delay: 20 });
		await page.waitForTimeout(350);
		await page.close({ runBeforeUnload });
		const reopened = await reopen(context, url);
		await expect(reopened).toHaveValue('Buyers plan orders on paper');
		await expectAccessible(reopened.page());
	});

	test(`typing stored on pagehide when ${how} at the last keystroke`, async ({ page, context }) => {
		await openJourneyList(page);
		await createJourneyNamed(page, 'Closed at once');
		const url = page.url();
		const notes = await notesOfOrderPlanning(page);
		await notes.fill('Buyers plan orders');
		await expectSaved(page);

		// The tab goes the instant the last key is typed: the queued text is flushed as it hides.
		await notes.pressSequentially(' on paper', { delay: 20 });
		await page.close({ runBeforeUnload });
		await expect(await reopen(context, url)).toHaveValue('Buyers plan orders on paper');
	});
}
