import type { Page } from '@playwright/test';
import { createJourneyNamed, expect, openJourneyList, test } from './fixtures';

async function openAirline(page: Page) {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
}

const frustrationItem = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

test('with a new-frustration field open, the first click on another card’s Add frustration opens that card’s field', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 1440, height: 900 });
	await openJourneyList(page);
	await createJourneyNamed(page, 'Clicked', 'Order cycle (three stages)');
	const planning = page.getByRole('article', { name: 'Order planning' });
	const development = page.getByRole('article', { name: 'Order development' });

	await planning.getByRole('button', { name: 'Add frustration' }).click();
	const first = planning.getByRole('textbox', { name: 'Frustration' });
	await first.fill('Nobody asks what the buyer needs');
	await first.press('Enter');
	await expect(first).toBeFocused();

	// The field just left closes, and the card it sat in shrinks: the click must still count.
	await development.getByRole('button', { name: 'Add frustration' }).click();
	const second = development.getByRole('textbox', { name: 'Frustration' });
	await expect(second).toBeFocused();
	await expect(first).toHaveCount(0);
	await page.keyboard.type('The data sheet lacks dimensions');
	await page.keyboard.press('Enter');
	await expect(frustrationItem(page, 'The data sheet lacks dimensions')).toBeVisible();
	await expect(development.getByText('The data sheet lacks dimensions')).toBeVisible();
	await expectAccessible();
});

test('a chart’s mark brings its frustration into view on the map, highlighted for a moment, its editor open', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	// Reduced motion takes the fade away, not the highlight.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.clock.install();
	await openAirline(page);
	await page.getByRole('link', { name: 'Priorities' }).click();
	const mark = page
		.getByRole('region', { name: 'Ranked problems', exact: true })
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button')
		.first();
	const text = (await mark.getAttribute('aria-label'))!.match(/^1\. (.+?\.) /)![1]!;
	// Time stands still from here, so the highlight is looked at before it fades.
	await page.clock.pauseAt(new Date(Date.now() + 60_000));
	await mark.click();

	await expect(page).toHaveURL(/\?frustration=/);
	const item = frustrationItem(page, text);
	await expect(item).toBeInViewport();
	await expect(item.getByRole('textbox', { name: 'Frustration' })).toBeFocused();
	await expect(item.getByRole('textbox', { name: 'Frustration' })).toHaveValue(text);
	await expect(item).toHaveCSS('outline-style', 'solid');
	await expect(item).not.toHaveCSS('outline-color', 'rgba(0, 0, 0, 0)');

	await page.clock.runFor(10_000);
	await expect(item).toHaveCSS('outline-style', 'none');
	await expect(item).toBeInViewport();
	// axe waits on timers: let time run again.
	await page.clock.resume();
	await expectAccessible();
});

test('the ✎ editor opens in view without widening its column, and Escape closes it and gives the focus back to ✎', async ({
	page,
	expectAccessible
}) => {
	await page.setViewportSize({ width: 1366, height: 768 });
	await openAirline(page);
	const card = page.getByRole('article', { name: 'Product use' });
	const item = card.getByRole('listitem').first();
	const pencil = item.getByRole('button', { name: 'Edit frustration' });
	// The ✎ sits at the foot of the screen, where a person scrolling down meets it.
	await pencil.evaluate((button) => {
		const { bottom } = button.getBoundingClientRect();
		window.scrollBy(0, bottom - window.innerHeight + 8);
	});
	await expect(pencil).toBeInViewport();
	const column = page.getByRole('region', { name: 'Usage', exact: true });
	const before = (await column.boundingBox())!.width;

	await pencil.click();
	const field = item.getByRole('textbox', { name: 'Frustration' });
	await expect(field).toBeInViewport();
	// Done is ten fields down; the editor says at its top how to close it from anywhere.
	await expect(item.getByText('Esc or Done closes')).toBeInViewport();
	expect((await column.boundingBox())!.width).toBe(before);
	await expectAccessible();

	await field.focus();
	await page.keyboard.press('Escape');
	await expect(field).toHaveCount(0);
	await expect(pencil).toBeFocused();
	await expect(pencil).toHaveAttribute('aria-expanded', 'false');
});
