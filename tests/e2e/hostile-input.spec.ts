/**
 * Hostile text, typed into every field a person can type into and imported from a file, stays
 * text: no script runs, no dialog opens, and the strings show literally in every view, after a
 * reload, in print, in the exported SVG (as an image and as a document), the CSV, the share
 * link and the Markdown report. The CSP fixture fails the test on any refused inline script.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, expectSaved, openJourneyList, test } from './fixtures';
import { chooseFiles, downloadBy, exportJourney, jsonFile, openShareMenu } from './transfer';

declare global {
	interface Window {
		__pwned?: unknown;
	}
}

const NAME = '<img src=x onerror="window.__pwned=1">';
const STAGE = '"><svg onload=window.__pwned=1>';
const TOUCH_POINT = '<svg><script>window.__pwned=1</script></svg>';
const FRUSTRATION = '<script>window.__pwned=1</script>';
const LINK = 'javascript:window.__pwned=1';
const TEMPLATE = "{{constructor.constructor('window.__pwned=1')()}}";
const PROTO = '__proto__';
const FORMULA = '=HYPERLINK("http://example.invalid","x")';
const HOSTILE = [NAME, STAGE, TOUCH_POINT, FRUSTRATION, LINK, TEMPLATE, PROTO];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Fails on any dialog (alert, confirm, prompt) the page opens. */
function watchDialogs(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	return dialogs;
}

async function expectNothingRan(page: Page, dialogs: string[]) {
	expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
	expect(await page.evaluate(() => Object.keys(Object.prototype))).toEqual([]);
	expect(dialogs).toEqual([]);
}

/** Types like a person, then leaves the field so it commits. */
async function typeInto(field: Locator, text: string) {
	await field.click();
	await field.pressSequentially(text);
}

/** Every empty text field in `scope` gets a hostile string, then is left. */
async function fillEmptyFields(scope: Locator) {
	const fields = await scope.getByRole('textbox').all();
	for (const [i, field] of fields.entries()) {
		if ((await field.inputValue()) !== '') continue;
		await field.fill(HOSTILE[i % HOSTILE.length]!);
	}
	await scope.page().keyboard.press('Tab');
}

const literally = (page: Page | Locator, text: string) =>
	page.getByText(text, { exact: true }).first();

async function expectMapShowsText(page: Page) {
	await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
	await expect(page.getByRole('region', { name: STAGE })).toBeVisible();
	await expect(page.getByRole('article', { name: TOUCH_POINT })).toBeVisible();
	await expect(literally(page, FRUSTRATION)).toBeVisible();
	await expect(literally(page, TEMPLATE)).toBeVisible();
}

/** The exported SVG, checked as a file, then opened as an image and as a document. */
async function checkExportedSvg(page: Page, dialogs: string[]) {
	await page.getByRole('link', { name: 'Priorities' }).click();
	const ranked = page.getByRole('region', { name: 'Ranked problems', exact: true });
	const svg = await downloadBy(page, () =>
		ranked.getByRole('button', { name: 'Export SVG' }).click()
	);
	expect(svg.text).toContain('&lt;script&gt;window.__pwned=1&lt;/script&gt;');
	expect(svg.text).not.toMatch(/<script|javascript:/i);

	const blank = await page.context().newPage();
	const blankDialogs = watchDialogs(blank);
	const found = await blank.evaluate((text) => {
		const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
		const elements = [...doc.querySelectorAll('*')];
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			scripts: elements.filter((e) => ['script', 'foreignObject'].includes(e.localName)).length,
			handlers: elements.flatMap((e) =>
				[...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => a.name)
			),
			text: doc.documentElement.textContent
		};
	}, svg.text);
	expect(found).toMatchObject({ error: null, scripts: 0, handlers: [] });
	expect(found.text).toContain(FRUSTRATION);

	// As a picture, the way a slide or the PNG export shows it.
	await blank.setContent(
		`<img alt="chart" src="data:image/svg+xml;base64,${Buffer.from(svg.text).toString('base64')}">`
	);
	await expect
		.poll(() =>
			blank.evaluate(() => document.images[0]!.complete && document.images[0]!.naturalWidth)
		)
		.toBeGreaterThan(0);
	await expectNothingRan(blank, blankDialogs);
	// As a document of its own, where scripts would run if there were any.
	const file = join(tmpdir(), `hostile-${Date.now()}.svg`);
	writeFileSync(file, svg.text);
	await blank.goto(`file://${file}`);
	await expect(blank.getByText(FRUSTRATION).first()).toBeAttached();
	await expectNothingRan(blank, blankDialogs);
	await blank.close();
	await expectNothingRan(page, dialogs);
}

/** Builds a one-stage map by typing hostile text into every field, view by view. */
async function buildHostileJourney(page: Page) {
	await openJourneyList(page);
	await page.getByRole('button', { name: 'New journey' }).click();
	await typeInto(page.getByRole('textbox', { name: 'Name' }), NAME);
	await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: 'Blank' });
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();

	await page.getByRole('button', { name: 'Add stage' }).click();
	await typeInto(page.getByRole('textbox', { name: 'Stage name' }), STAGE);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	const stage = page.getByRole('region', { name: STAGE });
	await page.getByRole('button', { name: `Edit stage ${STAGE}` }).click();
	await stage.getByRole('button', { name: 'Add step' }).click();
	await typeInto(stage.getByRole('textbox', { name: 'Step name' }).last(), LINK);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: `Edit stage ${STAGE}` }).click();

	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await typeInto(stage.getByRole('textbox', { name: 'Touch point name' }), TOUCH_POINT);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	const card = page.getByRole('article', { name: TOUCH_POINT });
	await card.getByRole('button', { name: `Details of ${TOUCH_POINT}` }).click();
	await fillEmptyFields(card);
	await card.getByRole('button', { name: `Details of ${TOUCH_POINT}` }).click();

	await card.getByRole('button', { name: 'Add frustration' }).click();
	await typeInto(card.getByRole('textbox', { name: 'Frustration' }), FRUSTRATION);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	const item = card.getByRole('listitem').filter({ has: literally(page, FRUSTRATION) });
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	// A fix a spreadsheet would run as a formula, for the CSV export.
	await typeInto(item.getByRole('textbox', { name: 'Fix', exact: true }), FORMULA);
	await fillEmptyFields(item);
	// Rated, so the charts draw it (an unrated frustration is listed apart).
	await item.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio').first().focus();
	await page.keyboard.press('4');
	await item.getByRole('radiogroup', { name: 'Severity' }).getByRole('radio').first().focus();
	await page.keyboard.press('5');
	await item.getByRole('button', { name: 'Edit frustration' }).click();

	await page.getByRole('link', { name: 'Segments' }).click();
	await page.getByRole('button', { name: 'Add segment' }).click();
	await typeInto(page.getByRole('textbox', { name: 'Segment name' }), PROTO);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');
	const segment = page.getByRole('article', { name: PROTO });
	await typeInto(segment.getByRole('textbox', { name: 'Needs' }), TEMPLATE);
	await fillEmptyFields(segment);

	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Add participant' }).click();
	await typeInto(page.getByRole('textbox', { name: 'Name or initials' }), LINK);
	await page.keyboard.press('Enter');
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { level: 1, name: TOUCH_POINT })).toBeVisible();
	await typeInto(page.getByRole('textbox', { name: 'New frustration' }), TEMPLATE);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('listitem').filter({ hasText: TEMPLATE })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: FRUSTRATION })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Start walk-through' })).toBeVisible();
}

test('hostile text typed into every field stays text in every view, export, print and link', async ({
	page,
	browser,
	expectAccessible
}) => {
	test.setTimeout(240_000);
	const dialogs = watchDialogs(page);
	await buildHostileJourney(page);
	await expectNothingRan(page, dialogs);

	// Workshop grid, with the participant's columns.
	const grid = page.getByRole('grid', { name: 'Ratings by participant' });
	await expect(literally(grid, FRUSTRATION)).toBeVisible();
	await expect(literally(grid, TEMPLATE)).toBeVisible();
	await expect(literally(grid, LINK)).toBeVisible();
	await expectAccessible();
	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(page.getByRole('region', { name: 'Top priorities' })).toContainText(FRUSTRATION);
	// The walk-through's frustration nobody rated is listed apart, its text as typed.
	await expect(page.getByRole('region', { name: 'Not rated yet' })).toContainText(TEMPLATE);
	await expect(page.getByRole('region', { name: 'Who took part' })).toContainText(LINK);
	await expectAccessible();
	await page.getByRole('button', { name: 'Copy Markdown' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
	const markdown = await page.evaluate(() => navigator.clipboard.readText());
	// Markdown escapes every `<`, so no renderer takes the text for HTML; unescaped, it is whole.
	expect(markdown).not.toMatch(/(^|[^\\])</m);
	const unescaped = markdown.replace(/\\(.)/g, '$1');
	for (const text of [NAME, FRUSTRATION, TEMPLATE, LINK]) expect(unescaped).toContain(text);
	await expectNothingRan(page, dialogs);

	// Priorities: the tooltip and the table alternative.
	await page.getByRole('link', { name: 'Priorities' }).click();
	const ranked = page.getByRole('region', { name: 'Ranked problems', exact: true });
	await ranked
		.getByRole('group', { name: /^Marks of/ })
		.getByRole('button')
		.first()
		.focus();
	await expect(
		ranked.getByText(/<script>window.__pwned=1<\/script>|constructor\.constructor/).first()
	).toBeVisible();
	await ranked.getByRole('button', { name: 'Show data table' }).click();
	await expect(literally(ranked.getByRole('table'), FRUSTRATION)).toBeVisible();
	// The walk-through's frustration nobody rated: in the chart's list of those not rated yet.
	await ranked.getByRole('button', { name: '1 not rated yet' }).click();
	await expect(
		literally(ranked.getByRole('list', { name: '1 not rated yet' }), TEMPLATE)
	).toBeVisible();
	await expectAccessible();
	await page.getByRole('link', { name: 'Segments' }).click();
	await expect(page.getByRole('article', { name: PROTO })).toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Needs' })).toHaveValue(TEMPLATE);

	// The map, searched, reloaded and printed.
	await page.getByRole('link', { name: 'Map' }).click();
	await expectMapShowsText(page);
	await expectAccessible();
	await typeInto(page.getByRole('searchbox', { name: 'Search frustrations' }), FRUSTRATION);
	await expect(literally(page, FRUSTRATION)).toBeVisible();
	await expect(literally(page, TEMPLATE)).toBeHidden();
	await page.getByRole('searchbox', { name: 'Search frustrations' }).fill('');
	await expectSaved(page);
	await page.reload();
	await expectMapShowsText(page);
	await page.emulateMedia({ media: 'print' });
	await expectMapShowsText(page);
	await page.emulateMedia({ media: 'screen' });
	await expectNothingRan(page, dialogs);

	// CSV: the text as it is, a formula escaped.
	await openShareMenu(page);
	const csv = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export CSV' }).click()
	);
	expect(csv.text).toContain(FRUSTRATION);
	expect(csv.text).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
	expect(csv.text).not.toMatch(/(^|,)"?=/m);

	// The share link, opened in another browser.
	await openShareMenu(page);
	await page.getByRole('button', { name: 'Copy share link' }).click();
	await expect(page.getByText('Share link copied.')).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	const context = await browser.newContext();
	const other = await context.newPage();
	const otherDialogs = watchDialogs(other);
	await other.goto(link);
	const offer = other.getByRole('region', { name: 'A map was shared with you' });
	await expect(offer).toContainText(NAME);
	await expectAccessible(other);
	await offer.getByRole('button', { name: 'Import shared map' }).click();
	await other.getByRole('link', { name: NAME }).click();
	await expectMapShowsText(other);
	await expectNothingRan(other, otherDialogs);
	await context.close();

	await page.keyboard.press('Escape');
	await checkExportedSvg(page, dialogs);
});

/** Every free-text field of a file, whatever its depth, replaced by a hostile string. */
function hostileFile(text: string) {
	const file = JSON.parse(text);
	let n = 0;
	const visit = (value: unknown) => {
		if (Array.isArray(value)) value.forEach(visit);
		else if (value && typeof value === 'object') {
			const record = value as Record<string, unknown>;
			for (const [key, field] of Object.entries(record)) {
				if (typeof field === 'string' && TEXT_KEYS.has(key)) {
					record[key] = key === 'locale' ? PROTO : HOSTILE[n++ % HOSTILE.length]! + ` ${n}`;
				} else visit(field);
			}
		}
	};
	visit(file.document);
	return file;
}
const TEXT_KEYS = new Set(
	'name text description prompt ownerTeam notes source fix owner needs size templateId locale'.split(
		' '
	)
);

test('a file with hostile text in every field imports as text and runs nothing', async ({
	page,
	expectAccessible
}) => {
	test.setTimeout(120_000);
	const dialogs = watchDialogs(page);
	const exported = await exportJourney(page, 'Full-service airline');
	const file = hostileFile(exported.text);
	file.document.journey.id = '00000000-0000-4000-8000-00000000beef';
	// The example has no participants: one joins, so the rating grid has a column.
	const participant = { id: '00000000-0000-4000-8000-0000000000bb', updatedAt: 1, order: 0 };
	file.document.participants = [{ ...participant, name: TOUCH_POINT }];
	const name: string = file.document.journey.name;
	await openJourneyList(page);
	await chooseFiles(page, 'Import', [jsonFile('hostile.journey.json', file)]);
	await page.getByRole('link', { name }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	const frustration: string = file.document.frustrations[0].text;
	await expect(literally(page, frustration)).toBeVisible();
	await expect(literally(page, file.document.stages[0].name)).toBeVisible();
	await expectAccessible();
	for (const view of ['Segments', 'Priorities', 'Workshop']) {
		await page.getByRole('link', { name: view }).click();
		await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
		await expectNothingRan(page, dialogs);
		await expectAccessible();
	}
	await expect(
		page.getByRole('grid', { name: 'Ratings by participant' }).getByText(frustration)
	).toBeVisible();
	await page.getByRole('button', { name: 'Session report' }).click();
	await expect(page.getByRole('region', { name: 'Who took part' })).toContainText(TOUCH_POINT);
	await expect(page.getByRole('region', { name: 'Top priorities' })).toContainText('__pwned');
	await page.reload();
	await expect(page.getByRole('region', { name: 'Who took part' })).toBeVisible();
	await expectNothingRan(page, dialogs);
});
