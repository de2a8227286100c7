import type { Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { recordLayoutShifts, visibleShifts } from './layout-shifts';

async function openAirline(page: Page) {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
}

const marks = (page: Page, chart: string) =>
	page
		.getByRole('region', { name: chart, exact: true })
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button');

test('the map shows the experience curve, and a frustration mark opens its editor', async ({
	page,
	expectAccessible
}) => {
	await openAirline(page);
	const curve = page.getByRole('region', { name: 'Experience curve', exact: true });
	await expect(curve.getByRole('img', { name: 'Experience curve' })).toBeVisible();
	await expect(marks(page, 'Experience curve').first()).toBeAttached();
	const pain = marks(page, 'Experience curve')
		.filter({ hasText: '' })
		.and(page.getByRole('button', { name: /open frustrations?, highest priority/ }));
	expect(await pain.count()).toBeGreaterThan(0);
	await expectAccessible();

	const name = (await pain.first().getAttribute('aria-label'))!;
	const text = name.split(/highest priority [\d.]+\. /)[1]!;
	await pain.first().click();
	await expect(page.getByRole('textbox', { name: 'Frustration' })).toHaveValue(text);

	// Hidden on request, back on request.
	await page.getByRole('button', { name: 'Experience curve' }).click();
	await expect(curve).toHaveCount(0);
	await page.getByRole('button', { name: 'Experience curve' }).click();
	await expect(curve).toBeVisible();
});

test('the curve follows a feeling set on the map, and keeps it after a reload', async ({
	page
}) => {
	await openAirline(page);
	const delighted = marks(page, 'Experience curve').and(
		page.getByRole('button', { name: /^Tour groups at \d+\. Order delivery: \+2 delighted$/ })
	);
	await expect(delighted).toHaveCount(0);
	const delivery = page.getByRole('article', { name: 'Order delivery' });
	await delivery.getByRole('button', { name: 'Details of Order delivery' }).click();
	await delivery
		.getByRole('radiogroup', { name: /Tour groups/ })
		.getByRole('radio', { name: /delighted/ })
		.check();
	await expect(delighted).toHaveCount(1);

	await expectSaved(page);
	await page.reload();
	await expect(delighted).toHaveCount(1);
});

test('the map stays where it is when the experience curve comes in above it, after a reload', async ({
	page
}) => {
	// The curve is drawn once the map's first frame is: a box as tall as it was last time holds
	// its place, so the first card a person is reading does not jump down when it comes.
	await openAirline(page);
	const curve = page.getByRole('region', { name: 'Experience curve', exact: true });
	await expect(curve.getByRole('img', { name: 'Experience curve' })).toBeVisible();
	await recordLayoutShifts(page);
	await page.reload();
	await expect(curve.getByRole('img', { name: 'Experience curve' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Order delivery' })).toBeVisible();
	expect(await visibleShifts(page)).toEqual([]);
});

test('the Segments view compares the mixes as bars or a radar, with each mix in words', async ({
	page,
	expectAccessible
}) => {
	await openAirline(page);
	await page.getByRole('link', { name: 'Segments' }).click();
	const mix = page.getByRole('region', { name: 'Marketing mix by segment' });
	await expect(mix.getByRole('img', { name: 'Marketing mix by segment' })).toBeVisible();
	await expect(marks(page, 'Marketing mix by segment')).toHaveCount(12);
	await expect(
		mix.getByRole('button', { name: /^Tour groups, Place: emphasis \d/ })
	).toBeAttached();
	await expect(mix.getByRole('region', { name: 'Tour groups' })).toContainText('Place');
	await expectAccessible();

	// An edited emphasis shows at once in the chart.
	const card = page.getByRole('article', { name: 'Tour groups' });
	await card
		.getByRole('radiogroup', { name: 'Emphasis: Price' })
		.getByRole('radio')
		.first()
		.focus();
	await page.keyboard.press('1');
	await expect(
		mix.getByRole('button', { name: 'Tour groups, Price: emphasis 1 (minimal)' })
	).toBeAttached();

	await mix.getByRole('combobox', { name: 'View' }).selectOption({ label: 'Radar' });
	await expect(marks(page, 'Marketing mix by segment')).toHaveCount(12);
	await mix.getByRole('button', { name: 'Show data table' }).click();
	await expect(mix.getByRole('table').getByRole('row', { name: /Tour groups/ })).toContainText('1');
});

test('a mark of the mix chart opens that segment’s text for its element, from Priorities and in the Segments view', async ({
	page
}) => {
	await openAirline(page);
	await page.getByRole('link', { name: 'Priorities' }).click();
	await marks(page, 'Marketing mix by segment')
		.and(page.getByRole('button', { name: /^Tour groups, Place: emphasis/ }))
		.focus();
	await page.keyboard.press('Enter');
	const card = page.getByRole('article', { name: 'Tour groups' });
	await expect(card.getByRole('textbox', { name: 'Place', exact: true })).toBeFocused();

	await marks(page, 'Marketing mix by segment')
		.and(page.getByRole('button', { name: /^Tour groups, Price: emphasis/ }))
		.focus();
	await page.keyboard.press('Enter');
	await expect(card.getByRole('textbox', { name: 'Price', exact: true })).toBeFocused();
});

test('a map of 1,500 frustrations charts every one, with one roving mark for the keyboard', async ({
	page
}) => {
	await page.goto('/dev/generate?frustrations=1500&touchPoints=60');
	await page.getByRole('status').getByRole('link').click();
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(page.getByRole('status').filter({ hasText: '1500 of 1500' })).toBeVisible();
	const region = page.getByRole('region', { name: 'Priority matrix', exact: true });
	await expect(
		region.getByRole('img', { name: /^Priority matrix 1500 frustrations placed/ })
	).toBeVisible();

	const matrix = marks(page, 'Priority matrix');
	await expect(matrix).toHaveCount(1);
	const first = (await matrix.getAttribute('aria-label'))!;
	await matrix.focus();
	await page.keyboard.press('ArrowRight');
	await expect(matrix).not.toHaveAccessibleName(first);
	await page.keyboard.press('Home');
	await expect(matrix).toHaveAccessibleName(first);
	// The first mark is the highest priority, as in the ranking.
	const topRanked = (await marks(page, 'Ranked problems').first().getAttribute('aria-label'))!;
	expect(topRanked).toContain(first.split('. ')[0]!);

	// Every frustration has its mark: the keyboard walks from the first mark to the last and
	// meets each of the 1,500 once, the same ones the data table lists.
	await page.keyboard.press('End');
	await expect(matrix).not.toHaveAccessibleName(first);
	const last = (await matrix.getAttribute('aria-label'))!;
	await page.keyboard.press('Home');
	await expect(matrix).toHaveAccessibleName(first);
	// Walked inside the page: a round trip to the browser per key would take minutes. Each
	// step waits for the mark to show its new name, as a screen reader would.
	const walked = await matrix.evaluate(async (mark, last) => {
		const nameShown = () =>
			new Promise<string>((resolve) => {
				const before = names.at(-1);
				const check = () => {
					const name = mark.getAttribute('aria-label')!;
					if (name !== before || tries++ > 60) resolve(name);
					else requestAnimationFrame(check);
				};
				let tries = 0;
				// Svelte updates in a microtask after the key: most steps need no frame.
				void Promise.resolve().then(check);
			});
		const names = [mark.getAttribute('aria-label')!];
		while (names.at(-1) !== last && names.length <= 1500) {
			mark.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
			const name = await nameShown();
			if (name === names.at(-1)) break;
			names.push(name);
		}
		return names;
	}, last);
	const frustrationOf = (label: string) => label.split('. ')[0]!;
	expect(new Set(walked).size).toBe(walked.length);
	expect(walked.length, 'marks the keyboard reaches').toBe(1500);
	await region.getByRole('button', { name: 'Show data table' }).click();
	const table = region.getByRole('table', { name: 'Priority matrix' });
	await expect(table.getByRole('rowheader')).toHaveCount(1500);
	expect(walked.map(frustrationOf).sort()).toEqual(
		(await table.getByRole('rowheader').allInnerTexts()).sort()
	);

	await matrix.focus();
	await page.keyboard.press('Home');
	await expect(matrix).toHaveAccessibleName(first);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('textbox', { name: 'Frustration' })).toHaveValue(
		first.split('. ')[0]!
	);
});
