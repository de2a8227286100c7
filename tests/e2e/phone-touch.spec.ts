import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';

// A phone held upright: a finger, no mouse, no hover.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const DELAYS = 'Delays are announced late at the gate';

async function openPriorities(page: Page) {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
}

const marksOf = (page: Page, chartName: string) =>
	page
		.getByRole('region', { name: chartName, exact: true })
		.getByRole('group', { name: /^Marks of/ });

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

test('on a phone, a finger dragging a matrix mark re-rates it without scrolling the page, and a reload keeps it', async ({
	page,
	expectAccessible
}) => {
	await openPriorities(page);
	const group = marksOf(page, 'Priority matrix');
	const delays = group.getByRole('button', { name: DELAYS });
	await expect(delays).toHaveAccessibleName(/Frequency 4 \(often\).*Severity 5 \(critical\)/);
	// The help says what a finger can do.
	await expect(page.getByText(/Drag a mark with your finger/)).toBeVisible();
	await delays.scrollIntoViewIfNeeded();
	const scrolled = await page.evaluate(() => window.scrollY);

	// Down and to the left, past the plot's corner: never (1) × cosmetic (1).
	const from = await centre(delays);
	const plot = (await group.boundingBox())!;
	await fingerDrag(page, from, { x: plot.x + 4, y: plot.y + plot.height - 4 });

	await expect(delays).toHaveAccessibleName(/Frequency 1 \(never\).*Severity 1 .*Priority 1 · Low/);
	expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
	// A drag is not a tap: the matrix stays.
	await expect(page).toHaveURL(/\/priorities$/);
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	await expect(delays).toHaveAccessibleName(/Frequency 1 \(never\).*Priority 1 · Low/);
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(
		page.getByRole('listitem').filter({ hasText: DELAYS, hasNot: page.getByRole('list') })
	).toContainText('never × cosmetic');
});

test('on a phone, tapping a mark brings its frustration into view with its details open, and no keyboard comes up', async ({
	page,
	expectAccessible
}) => {
	await openPriorities(page);
	const mark = marksOf(page, 'Ranked problems').getByRole('button').first();
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
	await expect(item.getByRole('textbox', { name: 'Frustration' })).toHaveValue(text);
	await expect(item.getByRole('button', { name: 'Edit frustration' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	// Focus sits in the frustration, on something that summons no on-screen keyboard.
	await expect(item.getByRole('button', { name: 'Edit frustration' })).toBeFocused();
	expect(await page.evaluate(() => document.activeElement?.tagName)).not.toMatch(
		/^(INPUT|TEXTAREA)$/
	);
	await expectAccessible();
});
