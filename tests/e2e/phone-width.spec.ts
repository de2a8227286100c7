/**
 * A product manager on a phone (issue 19): every view fits the phone's width in English and in
 * Bahasa Indonesia, whose words run longer. Each language is the phone's own (its locale on the
 * first visit), so the example journey is in it too.
 *
 * With isMobile, Chromium zooms a page that is too wide out to fit, and window.innerWidth then
 * grows with it; so the page is measured against the phone's width itself.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PHONE = { width: 360, height: 780 };

const LANGUAGES = [
	{
		name: 'English',
		locale: 'en-US',
		example: 'Full-service airline',
		share: 'Share',
		history: 'Version history',
		checkpointName: 'Checkpoint name',
		saveCheckpoint: 'Save checkpoint',
		preview: 'Preview',
		colourBy: 'Colour by',
		priority: 'Priority',
		views: 'Journey views',
		undo: 'Undo',
		redo: 'Redo',
		more: 'Show more'
	},
	{
		name: 'Bahasa Indonesia',
		locale: 'id-ID',
		example: 'Maskapai layanan penuh',
		share: 'Bagikan',
		history: 'Riwayat versi',
		checkpointName: 'Nama titik simpan',
		saveCheckpoint: 'Simpan titik simpan',
		preview: 'Pratinjau',
		colourBy: 'Warna menurut',
		priority: 'Prioritas',
		views: 'Tampilan perjalanan',
		undo: 'Urungkan',
		redo: 'Ulangi',
		more: 'Tampilkan lebih banyak'
	}
];

/** The page's and the body's widths, which must not pass the phone's. */
async function expectNoSidewaysScroll(page: Page, view: string) {
	const widths = await page.evaluate(() => ({
		page: document.documentElement.scrollWidth,
		body: document.body.scrollWidth,
		window: window.innerWidth
	}));
	expect.soft(widths.page, `the width of ${view}`).toBeLessThanOrEqual(PHONE.width);
	expect.soft(widths.body, `the body's width in ${view}`).toBeLessThanOrEqual(PHONE.width);
	expect.soft(widths.window, `the window's width in ${view}`).toBe(PHONE.width);
}

/** Plain spans and divs whose aria-label a screen reader would not read out. */
async function expectNoUnreadLabels(page: Page) {
	const unread = await page.evaluate(() =>
		[...document.querySelectorAll('span[aria-label]:not([role]), div[aria-label]:not([role])')].map(
			(element) => element.outerHTML.slice(0, 120)
		)
	);
	expect.soft(unread).toEqual([]);
}

for (const language of LANGUAGES) {
	test.describe(`on a phone in ${language.name}`, () => {
		test.use({ viewport: PHONE, hasTouch: true, isMobile: true, locale: language.locale });

		test(`no view scrolls sideways at ${PHONE.width} px in ${language.name}`, async ({
			page,
			expectAccessible
		}) => {
			test.slow();
			await page.goto('/');
			const example = page.getByRole('link', { name: language.example });
			await expect(example).toBeVisible();
			await expectNoSidewaysScroll(page, 'the journey list');

			await example.click();
			const title = page.getByRole('heading', { level: 1, name: language.example });
			await expect(title).toBeVisible();
			await expectNoSidewaysScroll(page, 'the map');
			const map = new URL(page.url()).pathname;

			const views = [
				['segments', 'the segments view'],
				['priorities', 'the priorities view'],
				['workshop', 'the workshop view'],
				['workshop/report', 'the session report'],
				['workshop/walk-through', 'the walk-through']
			] as const;
			for (const [path, view] of views) {
				await page.goto(`${map}/${path}`);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				if (path === 'priorities') {
					await expect(page.getByRole('combobox', { name: language.colourBy })).toBeVisible();
				}
				await expectNoSidewaysScroll(page, view);
			}
			await expectAccessible();

			await page.goto(map);
			await expect(title).toBeVisible();
			await page.getByRole('button', { name: language.share, exact: true }).click();
			await page.getByRole('button', { name: language.history }).click();
			const dialog = page.getByRole('dialog');
			await expect(dialog).toBeVisible();
			await dialog
				.getByRole('textbox', { name: language.checkpointName })
				.fill('Before the workshop');
			await dialog.getByRole('button', { name: language.saveCheckpoint }).click();
			const checkpoint = dialog.getByRole('listitem').filter({ hasText: 'Before the workshop' });
			await expect(checkpoint).toBeVisible();
			await expectNoSidewaysScroll(page, 'the version history');

			await checkpoint.getByRole('link', { name: language.preview }).click();
			await expect(page.getByRole('region', { name: language.history })).toBeVisible();
			await expectNoSidewaysScroll(page, 'a version’s preview');
		});

		test(`a priority badge reads as its words to a screen reader, in ${language.name}`, async ({
			page
		}) => {
			await page.goto('/');
			await page.getByRole('link', { name: language.example }).click();
			const score = new RegExp(`^${language.priority} \\d+(\\.\\d)?$`);
			const frustration = page
				.getByRole('listitem')
				.filter({ has: page.getByText(score) })
				.first();
			await expect(frustration).toBeVisible();
			// What a screen reader reads of the frustration: the words, not a bare number.
			expect(await frustration.ariaSnapshot()).toMatch(
				new RegExp(`${language.priority} \\d+(\\.\\d)? \\S+`)
			);
			await expectNoUnreadLabels(page);

			const map = new URL(page.url()).pathname;
			for (const path of ['priorities', 'workshop', 'workshop/report']) {
				await page.goto(`${map}/${path}`);
				await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
				await expectNoUnreadLabels(page);
			}
		});

		test(`the tabs, Undo and Redo share one row that stays at the top while the map scrolls, in ${language.name}`, async ({
			page,
			expectAccessible
		}) => {
			await page.goto('/');
			await page.getByRole('link', { name: language.example }).click();
			await expect(page.getByRole('heading', { level: 1, name: language.example })).toBeVisible();
			// The description is one line until asked for in full.
			await expect(page.getByRole('button', { name: language.more })).toBeVisible();
			const views = page.getByRole('navigation', { name: language.views });
			const undo = page.getByRole('button', { name: language.undo, exact: true });
			const redo = page.getByRole('button', { name: language.redo, exact: true });

			const tabs = await views
				.getByRole('link')
				.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().top));
			expect(tabs).toHaveLength(4);
			expect(new Set(tabs).size, 'the four tabs are on one line').toBe(1);
			const row = (await views.boundingBox())!;
			for (const button of [undo, redo]) {
				const box = (await button.boundingBox())!;
				expect(box.y, 'beside the tabs, not below them').toBeLessThan(row.y + row.height);
				expect(box.y + box.height, 'beside the tabs, not above them').toBeGreaterThan(row.y);
			}
			const lastTab = (await views.getByRole('link').last().boundingBox())!;
			const undoBox = (await undo.boundingBox())!;
			expect(lastTab.x + lastTab.width, 'the last tab ends before Undo').toBeLessThanOrEqual(
				undoBox.x
			);
			await expectAccessible();

			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			await expect(page.getByRole('heading', { level: 1 })).not.toBeInViewport();
			await expect(views).toBeInViewport();
			await expect(undo).toBeInViewport();
			await expect(redo).toBeInViewport();
		});
	});
}
