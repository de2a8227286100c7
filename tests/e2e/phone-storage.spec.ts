import type { Locator } from '@playwright/test';
import { expect, openJourneyList, refuseStorage, test } from './fixtures';
import { BOTH_LANGUAGES_BOTH_THEMES, forEachPhoneSetting } from './phone';

/** Whether two boxes on screen share any area. */
async function overlap(a: Locator, b: Locator) {
	const [one, two] = [(await a.boundingBox())!, (await b.boundingBox())!];
	return (
		one.x < two.x + two.width &&
		two.x < one.x + one.width &&
		one.y < two.y + two.height &&
		two.y < one.y + one.height
	);
}

forEachPhoneSetting(({ language: words }) => {
	test('on a phone the full-disk alert stays in view below the row of tabs, Undo and Redo, hiding none of them', async ({
		page,
		expectAccessible
	}) => {
		await openJourneyList(page);
		await page.getByRole('link', { name: words.example }).click();
		await expect(page.getByRole('heading', { level: 1, name: words.example })).toBeVisible();
		await refuseStorage(page);

		await page.getByRole('button', { name: words.editFrustration }).first().click();
		const text = page.getByRole('textbox', { name: words.frustration }).first();
		await text.fill('Typed on a full disk');
		const retry = page.getByRole('button', { name: words.retrySaving });
		const alert = page.getByRole('alert').filter({ has: retry });
		await expect(alert).toBeVisible();

		// Far down the map, where the row of tabs stays at the top of the screen.
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
		const row = [
			page.getByRole('navigation', { name: words.views }),
			page.getByRole('button', { name: words.undo, exact: true }),
			page.getByRole('button', { name: words.redo, exact: true })
		];
		for (const control of row) await expect(control).toBeInViewport({ ratio: 1 });
		await expect(alert).toBeInViewport();
		for (const control of row) expect(await overlap(alert, control)).toBe(false);
		// A tap on the alert's button reaches it.
		const box = (await retry.boundingBox())!;
		expect(
			await retry.evaluate((button, at) => button.contains(document.elementFromPoint(at.x, at.y)), {
				x: box.x + box.width / 2,
				y: box.y + box.height / 2
			})
		).toBe(true);
		await expectAccessible();
	});
}, BOTH_LANGUAGES_BOTH_THEMES);
