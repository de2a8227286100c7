import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { openGeneratedSample } from './transfer';

const DELAYS = 'Delays are announced late at the gate';

async function openPriorities(page: Page) {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
}

const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const marks = (page: Page, chartName: string) =>
	chart(page, chartName)
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button');

async function centre(locator: Locator) {
	const box = (await locator.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * A generated journey of `frustrations` over 20 touch points, rated on the map alone (every
 * mark can move), open on Priorities: gives the matrix's marks, one roving mark above 300.
 */
async function openRatedOnTheMap(page: Page, frustrations: number) {
	await page.goto(`/dev/generate?frustrations=${frustrations}&touchPoints=20&participants=0`);
	await page.getByRole('status').getByRole('link').click();
	await page.getByRole('link', { name: 'Priorities' }).click();
	return marks(page, 'Priority matrix');
}

/** Where the matrix draws a rating: the centre of its axis label ("often", "critical"). */
async function axisLabel(page: Page, text: string) {
	return centre(chart(page, 'Priority matrix').getByText(text, { exact: true }).first());
}

test('the airline example places its marks by their ratings and ranks them by priority', async ({
	page,
	expectAccessible
}) => {
	await openPriorities(page);
	const matrixMarks = marks(page, 'Priority matrix');
	await expect(matrixMarks).toHaveCount(26);

	// Delays: often (4) × critical (5), priority 20, the highest on the map.
	const delays = matrixMarks
		.filter({ hasText: '' })
		.and(page.getByRole('button', { name: DELAYS }));
	const at = await centre(delays);
	expect(Math.abs(at.x - (await axisLabel(page, 'often')).x)).toBeLessThan(14);
	// The severity label sits left of the plot; compare heights.
	expect(Math.abs(at.y - (await axisLabel(page, 'critical')).y)).toBeLessThan(18);

	const ranked = marks(page, 'Ranked problems');
	await expect(ranked).toHaveCount(10);
	await expect(ranked.first()).toHaveAccessibleName(new RegExp(`^1\\. ${DELAYS}`));
	await expect(ranked.nth(1)).toHaveAccessibleName(/^2\. .*Priority 16 · Critical/);
	await expect(ranked.nth(9)).toHaveAccessibleName(/^10\. .*Priority 12 · High/);
	await page.getByRole('button', { name: 'Show all 26' }).click();
	await expect(ranked).toHaveCount(26);
	await expect(ranked.last()).toHaveAccessibleName(/Cumulative share 100%$/);

	await expectAccessible();
});

test('the data table shows the same frustrations as the marks, in the same order', async ({
	page
}) => {
	await openPriorities(page);
	const rankedChart = chart(page, 'Ranked problems');
	await rankedChart.getByRole('button', { name: 'Show data table' }).click();
	const table = rankedChart.getByRole('table', { name: 'Ranked problems' });
	await expect(table.getByRole('row')).toHaveCount(11);
	const rowNames = await table.getByRole('rowheader').allInnerTexts();
	const markNames = await marks(page, 'Ranked problems').evaluateAll((els) =>
		els.map((el) => el.getAttribute('aria-label') ?? '')
	);
	expect(markNames.map((name, i) => name.startsWith(`${i + 1}. ${rowNames[i]}`))).toEqual(
		rowNames.map(() => true)
	);
	await expect(table.getByRole('row').nth(1)).toContainText('20');
	await expect(table.getByRole('row').nth(1)).toContainText('Critical');
});

test('opening a mark edits its frustration, and a changed rating moves the mark', async ({
	page
}) => {
	await openPriorities(page);
	const delays = marks(page, 'Priority matrix').and(page.getByRole('button', { name: DELAYS }));
	// The marks are one tab stop; the first is the highest priority.
	await delays.focus();
	await expect(chart(page, 'Priority matrix').getByText(DELAYS)).toBeVisible();
	await page.keyboard.press('Enter');

	const editor = page.getByRole('textbox', { name: 'Frustration' });
	await expect(editor).toHaveValue(new RegExp(DELAYS));
	await page.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio').first().focus();
	await page.keyboard.press('1');
	await expectSaved(page);

	await page.getByRole('link', { name: 'Priorities' }).click();
	const moved = marks(page, 'Priority matrix').and(page.getByRole('button', { name: DELAYS }));
	await expect(moved).toHaveAccessibleName(/Priority 5 · Medium/);
	await expect(async () => {
		const at = await centre(moved);
		expect(Math.abs(at.x - (await axisLabel(page, 'never')).x)).toBeLessThan(14);
	}).toPass();
	await expect(marks(page, 'Ranked problems').first()).not.toHaveAccessibleName(new RegExp(DELAYS));
});

test('a segment filter changes the marks and the URL, and survives a reload', async ({
	page,
	expectAccessible
}) => {
	await openPriorities(page);
	await expect(page.getByRole('status').filter({ hasText: '26 of 26' })).toBeVisible();
	await page.getByRole('combobox', { name: 'Segment' }).selectOption({ label: 'Tour groups' });
	await expect(page).toHaveURL(/[?&]segment=[0-9a-f-]{36}/);
	const shown = page.getByRole('status').filter({ hasText: /of 26 frustrations shown/ });
	await expect(shown).not.toHaveText(/^26 of/);
	const count = Number((await shown.innerText()).split(' ')[0]);
	expect(count).toBeGreaterThan(0);
	await expect(marks(page, 'Priority matrix')).toHaveCount(count);
	// The heat map keeps only that segment's row.
	await expect(
		chart(page, 'Journey heat map').getByRole('button', { name: /^Business travellers/ })
	).toHaveCount(0);
	await expectAccessible();

	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Segment' })).toHaveValue(/[0-9a-f-]{36}/);
	await expect(marks(page, 'Priority matrix')).toHaveCount(count);
	await page.getByRole('button', { name: 'Clear filters' }).click();
	await expect(marks(page, 'Priority matrix')).toHaveCount(26);
	await expect(page).not.toHaveURL(/segment=/);
});

test('a chart exports as an SVG that parses and carries its labels, and as a PNG', async ({
	page
}) => {
	await openPriorities(page);
	const rankedChart = chart(page, 'Ranked problems');
	const [svgDownload] = await Promise.all([
		page.waitForEvent('download'),
		rankedChart.getByRole('button', { name: 'Export SVG' }).click()
	]);
	expect(svgDownload.suggestedFilename()).toMatch(/\.svg$/);
	const svg = await readFile((await svgDownload.path())!, 'utf8');
	// Parsed on a blank page: under the app's policy the parser's style attributes are refused.
	const blank = await page.context().newPage();
	const parsed = await blank.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.nodeName,
			text: doc.documentElement.textContent ?? ''
		};
	}, svg);
	expect(parsed.error).toBeNull();
	expect(parsed.root).toBe('svg');
	expect(parsed.text).toContain('1. Delays are announced');
	expect(parsed.text).toContain('Order delivery · Usage');
	expect(parsed.text).toContain('Ranked problems');

	const [pngDownload] = await Promise.all([
		page.waitForEvent('download'),
		chart(page, 'Priority matrix').getByRole('button', { name: 'Export PNG' }).click()
	]);
	const png = await readFile((await pngDownload.path())!);
	expect([...png.subarray(1, 4)].map((c) => String.fromCharCode(c)).join('')).toBe('PNG');
});

test('Export PNG saves the chart at twice its size on screen, title band included', async ({
	page
}) => {
	await openPriorities(page);
	const matrix = chart(page, 'Priority matrix');
	const onScreen = (await matrix.getByRole('img', { name: 'Priority matrix' }).boundingBox())!;
	// The SVG export is the picture at screen size: the chart and the title band above it.
	const svgDownload = page.waitForEvent('download');
	await matrix.getByRole('button', { name: 'Export SVG' }).click();
	const svg = await readFile((await (await svgDownload).path())!, 'utf8');
	const svgSize = (name: string) =>
		Number(new RegExp(`<svg[^>]* ${name}="([\\d.]+)"`).exec(svg)![1]);
	expect(Math.abs(svgSize('width') - onScreen.width)).toBeLessThanOrEqual(1);
	expect(svgSize('height')).toBeGreaterThan(onScreen.height);

	const pngDownload = page.waitForEvent('download');
	await matrix.getByRole('button', { name: 'Export PNG' }).click();
	const png = await readFile((await (await pngDownload).path())!);
	// A PNG's width and height are the first fields of its IHDR chunk, big-endian.
	expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
	const size = { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
	expect(Math.abs(size.width - 2 * onScreen.width)).toBeLessThanOrEqual(1);
	expect(Math.abs(size.height - 2 * svgSize('height'))).toBeLessThanOrEqual(1);
});

test('the stage summary narrows the view, quick wins and the heat map show their data', async ({
	page
}) => {
	await openPriorities(page);
	await page
		.getByRole('combobox', { name: 'Colour by' })
		.selectOption({ label: 'Risk (lost sale or repurchase)' });
	await expect(page).toHaveURL(/colour=risk/);
	await expect(
		chart(page, 'Priority matrix').getByText('Lost repurchase', { exact: true })
	).toBeVisible();

	const pieces = marks(page, 'Stage summary');
	await expect(pieces.first()).toHaveAccessibleName(/^Purchase: \d+ (critical|high|medium|low)$/);
	const name = (await pieces.first().getAttribute('aria-label'))!;
	const count = Number(/: (\d+)/.exec(name)![1]);
	await pieces.first().click();
	await expect(page).toHaveURL(/stage=.*band=|band=.*stage=/);
	await expect(page.getByRole('combobox', { name: 'Stage' })).toHaveValue(/[0-9a-f-]{36}/);
	// The summary counts open frustrations; the view shows every status in that stage and band.
	await expect(
		page.getByRole('checkbox', { name: /^(Critical|High|Medium|Low)$/, checked: true })
	).toHaveCount(1);
	await expect.poll(() => marks(page, 'Priority matrix').count()).toBeLessThan(26);
	expect(await marks(page, 'Priority matrix').count()).toBeGreaterThanOrEqual(count);
	await page.getByRole('button', { name: 'Clear filters' }).click();

	const wins = marks(page, 'Quick wins');
	expect(await wins.count()).toBeGreaterThan(0);
	await expect(wins.first()).toHaveAccessibleName(/Effort \d$/);

	const heat = chart(page, 'Journey heat map');
	await heat.getByRole('button', { name: 'Show data table' }).click();
	const table = heat.getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(13);
	await expect(table.getByRole('columnheader', { name: 'Tour groups' })).toBeVisible();
	const delivery = table.getByRole('row', { name: /^7\. Order delivery/ });
	const allTotal = (await delivery.getByRole('cell').first().innerText()).trim();
	await expect(
		heat.getByRole('button', {
			name: new RegExp(`^All, 7\\. Order delivery: priority ${allTotal} from`)
		})
	).toBeAttached();
});

test('a mark is re-rated with Shift and an arrow key or by dragging it; undo takes it back, and a reload keeps it', async ({
	page,
	expectAccessible
}) => {
	await openPriorities(page);
	const delays = marks(page, 'Priority matrix').and(page.getByRole('button', { name: DELAYS }));
	await delays.focus();
	// Often (4) × critical (5) → sometimes (3) × critical: priority 15, still critical.
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(delays).toHaveAccessibleName(/Frequency 3 \(sometimes\).*Priority 15 · Critical/);
	// Focus stays on the mark it moved, so the next key moves it again.
	await expect(delays).toBeFocused();
	await page.keyboard.press('Shift+ArrowDown');
	await expect(delays).toHaveAccessibleName(/Severity 4 \(major\).*Priority 12 · High/);
	await expect(page.getByTestId('announcer')).toContainText(
		'Frequency 3 (sometimes) × Severity 4 (major). Priority 12 · High'
	);
	await expect(marks(page, 'Ranked problems').first()).not.toHaveAccessibleName(new RegExp(DELAYS));

	// Dragged onto never (1) × cosmetic (1), it lands there and opens nothing.
	const from = await centre(delays);
	const to = { x: (await axisLabel(page, 'never')).x, y: (await axisLabel(page, 'cosmetic')).y };
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	await page.mouse.move(to.x, to.y, { steps: 8 });
	await page.mouse.up();
	await expect(delays).toHaveAccessibleName(/Frequency 1 \(never\).*Priority 1 · Low/);
	await expect(page).toHaveURL(/\/priorities$/);
	await expect(async () => {
		const at = await centre(delays);
		expect(Math.abs(at.x - to.x)).toBeLessThan(14);
	}).toPass();
	await expectAccessible();

	await page.getByRole('button', { name: 'Undo' }).click();
	await expect(delays).toHaveAccessibleName(/Priority 12 · High/);
	await expectSaved(page);
	await page.reload();
	await expect(delays).toHaveAccessibleName(/Frequency 3 \(sometimes\).*Priority 12 · High/);
	await page.getByRole('link', { name: 'Map' }).click();
	await expect(
		page.getByRole('listitem').filter({ hasText: DELAYS }).getByText('Priority 12', { exact: true })
	).toBeVisible();
});

test('on a map of hundreds of marks, the one roving mark re-rates and keeps its focus; a workshop-rated one refuses and says why', async ({
	page
}) => {
	const roving = await openRatedOnTheMap(page, 400);
	await expect(roving).toHaveCount(1);
	// Focused, and moved at once: the top mark, always × critical.
	await roving.focus();
	await expect(roving).toHaveAccessibleName(/Frequency 5 \(always\) × Severity 5/);
	const text = (await roving.getAttribute('aria-label'))!.split('. ')[0]!;
	await page.keyboard.press('Shift+ArrowDown');
	// It moved down the ranking, and the roving mark went with it.
	await expect(roving).toHaveAccessibleName(
		new RegExp(`^${escapeRegExp(text)}.*Severity 4 \\(major\\).*Priority 20`)
	);
	await expect(roving).toBeFocused();
	await page.keyboard.press('Shift+ArrowLeft');
	await expect(roving).toHaveAccessibleName(
		new RegExp(`^${escapeRegExp(text)}.*Frequency 4 \\(often\\).*Priority 16`)
	);

	await expectSaved(page);
	await page.reload();
	const matrix = chart(page, 'Priority matrix');
	await matrix.getByRole('button', { name: 'Show data table' }).click();
	const cells = matrix.getByRole('row', { name: text }).getByRole('cell');
	// Frequency, severity and priority, after the rank and the place.
	await expect(cells.nth(3)).toHaveText('4');
	await expect(cells.nth(4)).toHaveText('4');
	await expect(cells.nth(5)).toHaveText('16');

	// On a workshop's map, a mark whose ratings are participants' means cannot be moved by hand.
	await openGeneratedSample(page, 400, 20);
	await page.getByRole('link', { name: 'Priorities' }).click();
	await roving.focus();
	for (let i = 0; i < 50; i++) {
		if (/Means of/.test((await roving.getAttribute('aria-label'))!)) break;
		await page.keyboard.press('ArrowRight');
	}
	const rated = (await roving.getAttribute('aria-label'))!;
	expect(rated).toMatch(/Means of \d+ participant/);
	await page.keyboard.press('Shift+ArrowUp');
	await expect(
		page.getByRole('status').getByText(/rated this frustration in the workshop/)
	).toBeVisible();
	await expect(roving).toHaveAccessibleName(rated);
});

test('on a map of over a thousand marks, drawn on a canvas, colouring by risk repaints every mark, moved or not', async ({
	page
}) => {
	const roving = await openRatedOnTheMap(page, 1100);
	await roving.focus();
	// The colour drawn at the centre of the mark in focus, as #rrggbb.
	const colourUnder = () =>
		roving.evaluate((mark) => {
			const canvas = mark
				.closest('section')!
				.querySelector<HTMLCanvasElement>('canvas[data-chart-marks]')!;
			const ratio = canvas.width / canvas.getBoundingClientRect().width;
			const x = Math.round(Number(mark.getAttribute('cx')) * ratio);
			const y = Math.round(Number(mark.getAttribute('cy')) * ratio);
			const [r, g, b] = canvas.getContext('2d')!.getImageData(x, y, 1, 1).data;
			return '#' + [r, g, b].map((c) => c!.toString(16).padStart(2, '0')).join('');
		});
	// The light theme's risk colours (app.css: --series-5 lost sale, --series-4 lost repurchase).
	const riskColours = ['#c14f00', '#0072b2'];
	const first = (await roving.getAttribute('aria-label'))!;
	expect(riskColours).not.toContain(await colourUnder());

	await chart(page, 'Priority matrix')
		.getByRole('combobox', { name: 'Colour by' })
		.selectOption({ label: 'Risk (lost sale or repurchase)' });
	await expect.poll(colourUnder).toMatch(new RegExp(riskColours.join('|')));

	// A move redraws only around the moved mark: the marks it left alone keep the new colours.
	await roving.focus();
	await page.keyboard.press('Shift+ArrowDown');
	await expect(roving).not.toHaveAccessibleName(first);
	expect(riskColours).toContain(await colourUnder());
	await page.keyboard.press('End');
	expect(riskColours).toContain(await colourUnder());
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
