/**
 * Journeys at the scale of a large team's map: a file over 20 MB (a journey of 50,000
 * frustrations exports about 21 MB) imports whole, and a heat map of hundreds of touch points,
 * drawn as it scrolls, still shows, lists and exports every touch point.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, exportJourney, jsonFile } from './transfer';
import { collections } from '../../src/lib/domain/format';

const AIRLINE = 'Full-service airline';
const chart = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** An id of this test's own, the same on every run. */
const idFor = (n: number) => `0000000${n.toString(16).padStart(5, '0')}`.slice(-8);
const uuid = (n: number) => `${idFor(n)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

test('a journey file over 20 MB imports whole, and its journey opens with every frustration after a reload', async ({
	page,
	expectAccessible
}) => {
	const { text } = await exportJourney(page, AIRLINE);
	const file = JSON.parse(text);
	const document = file.document;
	// The airline as another journey (its own ids), with 3,000 more frustrations on its first
	// touch point, laid out over 21 MB as an exported file of 50,000 frustrations is.
	document.journey = { ...document.journey, id: uuid(1), name: 'A large airline' };
	const ids = new Map<string, string>();
	let next = 2;
	const own = (id: string) => ids.get(id) ?? (ids.set(id, uuid(next++)), ids.get(id)!);
	const remap = (item: Record<string, unknown>) =>
		JSON.parse(
			JSON.stringify(item).replace(
				/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
				own
			)
		);
	for (const key of collections) {
		document[key] = document[key].map(remap);
	}
	const template = document.frustrations[0];
	const added = Array.from({ length: 3000 }, (_, i) => ({
		...template,
		id: uuid(100_000 + i),
		text: `Added frustration ${i + 1}`,
		order: 1000 + i
	}));
	document.frustrations.push(...added);
	const total = document.frustrations.length;
	const onTouchPoint = document.frustrations.filter(
		(f: { touchPointId: string }) => f.touchPointId === template.touchPointId
	).length;
	const laidOut = JSON.stringify(file, null, 1);
	const padded = laidOut.replace('\n', '\n' + ' '.repeat(21 * 1024 * 1024 - laidOut.length) + '\n');
	expect(Buffer.byteLength(padded)).toBeGreaterThan(21 * 1024 * 1024);

	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile('large.journey.json', padded)]);
	const link = page.getByRole('link', { name: 'A large airline', exact: true });
	const listed = page.getByRole('listitem').filter({ has: link });
	await expect(listed).toContainText(`${total} frustrations`);
	await expectAccessible();

	await page.reload();
	await expect(listed).toContainText(`${total} frustrations`);
	await link.click();
	await expect(page.getByRole('heading', { level: 1, name: 'A large airline' })).toBeVisible();
	// Every frustration of the touch point they were added to, behind its Show all.
	const touchPoint = document.touchPoints.find(
		(tp: { id: string }) => tp.id === template.touchPointId
	);
	const card = page.getByRole('article', { name: touchPoint.name, exact: true });
	await card.getByRole('button', { name: `Show all ${onTouchPoint}` }).click();
	// 3,027 come 250 a frame: on a busy machine a frame of this card alone can take 300 ms.
	await expect(card.getByText('Added frustration 3000', { exact: true })).toBeVisible({
		timeout: 20_000
	});
	await expect(card.getByText('Added frustration 1', { exact: true })).toBeVisible();
	// The airline it came from is still here, untouched.
	await openJourneyList(page);
	await expect(page.getByRole('link', { name: new RegExp(AIRLINE) })).toHaveCount(1);
});

test('a heat map of 400 touch points shows the last one once scrolled to, lists every one in its table and exports them all', async ({
	page,
	expectAccessible
}) => {
	await page.goto('/dev/generate?frustrations=1200&touchPoints=400&participants=0');
	await page.getByRole('status').getByRole('link').click();
	await page.getByRole('link', { name: 'Priorities' }).click();
	const heat = chart(page, 'Journey heat map');
	const drawing = heat.getByRole('img', { name: /^Journey heat map/ });
	const last = drawing.getByText('400. Touch point 400', { exact: true });
	const scroller = heat.getByRole('group', { name: /scrolls sideways/ });
	await scroller.scrollIntoViewIfNeeded();
	await expect(drawing.getByText('1. Touch point 1', { exact: true })).toBeInViewport();
	await expectAccessible();

	// Scrolled sideways to its end, as a person does with the wheel or the arrow keys.
	await scroller.hover();
	await page.mouse.wheel(1_000_000, 0);
	await expect(last).toBeInViewport();
	// And back: the first columns are drawn again.
	await page.mouse.wheel(-1_000_000, 0);
	await expect(drawing.getByText('1. Touch point 1', { exact: true })).toBeInViewport();

	await heat.getByRole('button', { name: 'Show data table' }).click();
	const table = heat.getByRole('table');
	await expect(table.getByRole('row')).toHaveCount(401);
	await expect(table.getByRole('rowheader', { name: /^400\. Touch point 400 · / })).toBeAttached();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		heat.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = await readFile((await download.path())!, 'utf8');
	for (const n of [1, 200, 400]) expect(svg).toContain(`${n}. Touch point ${n}<`);
	await expectSaved(page);
});

test('an experience curve of 400 touch points shows the last one once scrolled to, and exports them all', async ({
	page
}) => {
	await page.goto('/dev/generate?frustrations=1200&touchPoints=400&participants=0');
	await page.getByRole('status').getByRole('link').click();
	// Its feelings open the curve above the map by themselves.
	const curve = chart(page, 'Experience curve');
	const drawing = curve.getByRole('img', { name: /^Experience curve/ });
	const last = drawing.getByText('400. Touch point 400', { exact: true });
	const scroller = curve.getByRole('group', { name: /scrolls sideways/ });
	await scroller.scrollIntoViewIfNeeded();
	// (Its accessibility is checked on smaller maps: axe over 1,600 cards takes minutes.)
	await expect(drawing.getByText('1. Touch point 1', { exact: true })).toBeInViewport();

	await scroller.hover();
	await page.mouse.wheel(1_000_000, 0);
	await expect(last).toBeInViewport();
	await page.mouse.wheel(-1_000_000, 0);
	await expect(drawing.getByText('1. Touch point 1', { exact: true })).toBeInViewport();

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		curve.getByRole('button', { name: 'Export SVG' }).click()
	]);
	const svg = await readFile((await download.path())!, 'utf8');
	for (const n of [1, 200, 400]) expect(svg).toContain(`${n}. Touch point ${n}<`);
});
