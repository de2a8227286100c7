/**
 * Joining a live session on a phone (360 px, in English and in Bahasa Indonesia): the join page,
 * the header's status and People here, and the Live session dialog fit the phone's width.
 */
import type { Page } from '@playwright/test';
import { expect, liveJourney, withTouchpoint } from './live';
import { test as guarded } from './fixtures';

const test = withTouchpoint(guarded);

const PHONE = { width: 360, height: 780 };

async function expectNoSidewaysScroll(page: Page, view: string) {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		body: document.body.scrollWidth
	}));
	expect.soft(widths.page, `the width of ${view}`).toBeLessThanOrEqual(PHONE.width);
	expect.soft(widths.body, `the body's width in ${view}`).toBeLessThanOrEqual(PHONE.width);
}

test('on a phone, the join page, the live status with People here and the Live session dialog fit the width, in both languages', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live on a phone');

	for (const language of [
		{
			locale: 'en-US',
			people: 'People here',
			share: 'Share',
			dialog: 'Live session',
			views: 'Journey views'
		},
		{
			locale: 'id-ID',
			people: 'Orang di sini',
			share: 'Bagikan',
			dialog: 'Sesi langsung',
			views: 'Tampilan perjalanan'
		}
	]) {
		const context = await browser.newContext({
			viewport: PHONE,
			isMobile: true,
			hasTouch: true,
			locale: language.locale
		});
		const phone = await context.newPage();
		await phone.goto(links.editor);
		await expect(phone.getByRole('textbox')).toBeVisible();
		await expectNoSidewaysScroll(phone, `the join page (${language.locale})`);
		await phone.getByRole('textbox').fill('Budi Santoso');
		await phone
			.getByRole('button')
			.filter({ hasText: /^(Join|Gabung)$/ })
			.click();
		const people = phone.getByRole('button', { name: language.people });
		await expect(people).toBeVisible();
		// The live status takes no room from the row of tabs beside Undo: all four show whole.
		const tabs = phone.getByRole('navigation', { name: language.views });
		expect(await tabs.evaluate((strip) => strip.scrollWidth <= strip.clientWidth)).toBe(true);
		await people.click();
		await expect(phone.getByRole('list', { name: language.people })).toBeVisible();
		await expectNoSidewaysScroll(phone, `People here (${language.locale})`);
		await expectAccessible(phone);
		await people.click();

		await phone.getByRole('button', { name: language.share }).click();
		await phone.getByRole('button', { name: language.dialog, exact: true }).click();
		await expect(phone.getByRole('dialog', { name: language.dialog })).toBeVisible();
		await expectNoSidewaysScroll(phone, `the Live session dialog (${language.locale})`);
		await context.close();
	}
});
