import type { Locator, Page } from '@playwright/test';
import { expect, openJourneyList, test } from './fixtures';
import { forEachPhoneSetting, type PhoneLanguage } from './phone';

async function openAirline(page: Page, words: PhoneLanguage, view?: string) {
	await openJourneyList(page);
	await page.getByRole('link', { name: words.example }).click();
	await expect(page.getByRole('heading', { level: 1, name: words.example })).toBeVisible();
	if (view) await page.getByRole('link', { name: view, exact: true }).click();
}

const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** The drawing's words, each with how far it reaches past the drawing's left and right edges. */
async function drawnWords(region: Locator) {
	const drawing = region.getByRole('img').first();
	await expect(drawing).toBeVisible();
	return drawing.evaluate((svg) => {
		const edges = svg.getBoundingClientRect();
		return [...svg.querySelectorAll('text')].map((text) => {
			const box = text.getBoundingClientRect();
			return {
				text: text.textContent ?? '',
				pastLeft: edges.left - box.left,
				pastRight: box.right - edges.right
			};
		});
	});
}

async function expectWordsInside(region: Locator) {
	for (const word of await drawnWords(region)) {
		expect(word.pastLeft, `“${word.text}” starts inside the drawing`).toBeLessThanOrEqual(0.5);
		expect(word.pastRight, `“${word.text}” ends inside the drawing`).toBeLessThanOrEqual(0.5);
	}
}

async function expectSaysItScrolls(
	page: Page,
	region: Locator,
	name: string,
	words: PhoneLanguage
) {
	await expect(region.getByText(words.scrollSideways)).toBeVisible();
	const scroller = region.getByRole('group', { name: words.scrollsSideways(name) });
	await scroller.focus();
	await expect(scroller).toBeFocused();
	// The keyboard scrolls it, as the hint promises.
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => scroller.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
}

/** Each band's shading as seen: its colour laid at its opacity over the card behind. */
async function bandShades(page: Page, words: PhoneLanguage) {
	const drawing = chart(page, words.priorityMatrix).getByRole('img').first();
	await expect(drawing).toBeVisible();
	return drawing.evaluate((svg) => {
		const rgb = (colour: string) =>
			colour
				.match(/[\d.]+/g)!
				.slice(0, 4)
				.map(Number);
		let behind: Element | null = svg;
		while (behind && rgb(getComputedStyle(behind).backgroundColor)[3] === 0) {
			behind = behind.parentElement;
		}
		const card = rgb(getComputedStyle(behind ?? document.body).backgroundColor).slice(0, 3);
		// The bands are the drawing's shaded areas, clipped to the plot.
		const bands = [...svg.querySelectorAll('g[clip-path] > path')].map((band) => {
			const style = getComputedStyle(band);
			const alpha = Number(style.fillOpacity);
			return rgb(style.fill)
				.slice(0, 3)
				.map((c, i) => c * alpha + card[i]! * (1 - alpha));
		});
		return { card, bands };
	});
}

const distance = (a: number[], b: number[]) => Math.hypot(...a.map((c, i) => c - b[i]!));

forEachPhoneSetting(({ language: words }) => {
	test('on a phone the ranked problems show a long label whole, not cut short', async ({
		page
	}) => {
		await openAirline(page, words, words.tabs.priorities);
		const ranked = chart(page, words.rankedProblems);
		const drawn = await drawnWords(ranked);
		const all = drawn.map((w) => w.text).join(' ');
		expect(all.replace(/\s+/g, ' ')).toContain(`1. ${words.delays}`);
		expect(drawn.filter((w) => w.text.includes('…')).map((w) => w.text)).toEqual([]);
		await expectWordsInside(ranked);
	});

	test('on a phone the heat map shows its row labels whole inside it and says that it scrolls', async ({
		page,
		expectAccessible
	}) => {
		await openAirline(page, words, words.tabs.priorities);
		const heat = chart(page, words.heatMap);
		await expectWordsInside(
			heat.getByRole('group', { name: words.scrollsSideways(words.heatMap) })
		);
		await expectSaysItScrolls(page, heat, words.heatMap, words);
		await expectAccessible();
	});

	test('on a phone the experience curve says that it scrolls', async ({ page }) => {
		await openAirline(page, words);
		const curve = chart(page, words.experienceCurve);
		await expectWordsInside(curve);
		await expectSaysItScrolls(page, curve, words.experienceCurve, words);
	});

	test(`on a phone each band's shading on the matrix stands apart from the card and from every other band`, async ({
		page
	}) => {
		await openAirline(page, words, words.tabs.priorities);
		const { card, bands } = await bandShades(page, words);
		expect(bands).toHaveLength(4);
		const shades = [card, ...bands];
		for (let i = 0; i < shades.length; i++) {
			for (let j = i + 1; j < shades.length; j++) {
				expect(
					distance(shades[i]!, shades[j]!),
					`${i === 0 ? 'the card' : `band ${i}`} against band ${j}`
				).toBeGreaterThan(12);
			}
		}
	});
});
