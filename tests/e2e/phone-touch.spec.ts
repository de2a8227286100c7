import type { Locator, Page } from '@playwright/test';
import { expect, openJourneyList, test } from './fixtures';
import { expectSavedIn, forEachPhoneSetting, type PhoneLanguage } from './phone';

// On the `phone` project: a finger, no mouse, no hover.

async function openPriorities(page: Page, words: PhoneLanguage) {
	await openJourneyList(page);
	await page.getByRole('link', { name: words.example }).click();
	await page.getByRole('link', { name: words.tabs.priorities, exact: true }).click();
	await expect(page.getByRole('heading', { level: 2, name: words.priorityMatrix })).toBeVisible();
}

const marksOf = (page: Page, chartName: string, words: PhoneLanguage) =>
	page
		.getByRole('region', { name: chartName, exact: true })
		.getByRole('group', { name: words.marksOf });

async function centre(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** A finger pressed at `from`, slid to `to` in small steps, and lifted, as the phone sends it. */
async function fingerDrag(
	page: Page,
	from: { x: number; y: number },
	to: { x: number; y: number }
) {
	const cdp = await page.context().newCDPSession(page);
	const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at?: { x: number; y: number }) =>
		cdp.send('Input.dispatchTouchEvent', {
			type,
			touchPoints: at ? [{ x: Math.round(at.x), y: Math.round(at.y), id: 1 }] : []
		});
	await touch('touchStart', from);
	const steps = 12;
	for (let i = 1; i <= steps; i++) {
		await touch('touchMove', {
			x: from.x + ((to.x - from.x) * i) / steps,
			y: from.y + ((to.y - from.y) * i) / steps
		});
	}
	await touch('touchEnd');
	await cdp.detach();
}

forEachPhoneSetting(({ language: words }) => {
	test('on a phone, a finger dragging a matrix mark re-rates it without scrolling the page, and a reload keeps it', async ({
		page,
		expectAccessible
	}) => {
		await openPriorities(page, words);
		const group = marksOf(page, words.priorityMatrix, words);
		const delays = group.getByRole('button', { name: words.delays });
		await expect(delays).toHaveAccessibleName(words.rated(4, 5));
		// The help says what a finger can do.
		await expect(page.getByText(words.dragHelp)).toBeVisible();
		await delays.scrollIntoViewIfNeeded();
		const scrolled = await page.evaluate(() => window.scrollY);

		// Down and to the left, past the plot's corner: never (1) × cosmetic (1).
		const from = await centre(delays);
		const plot = (await group.boundingBox())!;
		await fingerDrag(page, from, { x: plot.x + 4, y: plot.y + plot.height - 4 });

		await expect(delays).toHaveAccessibleName(words.dragged);
		expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
		// A drag is not a tap: the matrix stays.
		await expect(page).toHaveURL(/\/priorities$/);
		await expectAccessible();

		await expectSavedIn(page, words);
		await page.reload();
		await expect(delays).toHaveAccessibleName(words.dragged);
		await page.getByRole('link', { name: words.tabs.map, exact: true }).click();
		await expect(
			page.getByRole('listitem').filter({ hasText: words.delays, hasNot: page.getByRole('list') })
		).toContainText(words.neverCosmetic);
	});

	test('on a phone, tapping a mark brings its frustration into view with its details open, and no keyboard comes up', async ({
		page,
		expectAccessible
	}) => {
		await openPriorities(page, words);
		const mark = marksOf(page, words.rankedProblems, words).getByRole('button').first();
		const text = (await mark.getAttribute('aria-label'))!.match(/^1\. (.+?\.) /)![1]!;
		await mark.scrollIntoViewIfNeeded();
		const at = await centre(mark);
		await page.touchscreen.tap(at.x, at.y);

		await expect(page).toHaveURL(/\?frustration=/);
		const item = page
			.getByRole('article')
			.getByRole('listitem')
			.filter({ has: page.getByText(text, { exact: true }) });
		await expect(item).toBeInViewport();
		await expect(item.getByRole('textbox', { name: words.frustration })).toHaveValue(text);
		await expect(item.getByRole('button', { name: words.editFrustration })).toHaveAttribute(
			'aria-expanded',
			'true'
		);
		// Focus sits in the frustration, on something that summons no on-screen keyboard.
		await expect(item.getByRole('button', { name: words.editFrustration })).toBeFocused();
		expect(await page.evaluate(() => document.activeElement?.tagName)).not.toMatch(
			/^(INPUT|TEXTAREA)$/
		);
		await expectAccessible();
	});
});
