import type { Locator, Page } from '@playwright/test';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	journeyAction,
	openJourneyList,
	test
} from './fixtures';
import { downloadBy } from './transfer';

async function newJourney(page: Page, name: string, template: string) {
	await openJourneyList(page);
	await createJourneyNamed(page, name, template);
}

/** Types a frustration into a touch point's add field, adds it, and closes the field. */
async function addFrustration(touchPoint: Locator, text: string) {
	const field = touchPoint.getByRole('textbox', { name: 'Frustration' });
	await touchPoint.getByRole('button', { name: 'Add frustration' }).click();
	await field.fill(text);
	await field.press('Enter');
	await field.press('Escape');
}

const touchPoint = (page: Page, name: string) => page.getByRole('article', { name });
const frustration = (page: Page, text: string) =>
	page
		.getByRole('article')
		.getByRole('listitem')
		.filter({ has: page.getByText(text, { exact: true }) });

test('a small map is built from blank with the keyboard alone, and survives a reload', async ({
	page
}) => {
	await newJourney(page, 'Keyboard map', 'Blank');
	const type = async (text: string) => {
		await page.keyboard.type(text);
		await page.keyboard.press('Enter');
	};

	await page.getByRole('button', { name: 'Add stage' }).focus();
	await page.keyboard.press('Enter');
	await type('Purchase');
	await type('Usage');
	await page.keyboard.press('Escape');
	await expect(page.getByRole('button', { name: 'Add stage' })).toBeFocused();

	const purchase = page.getByRole('region', { name: 'Purchase' });
	await purchase.getByRole('button', { name: 'Add touch point' }).focus();
	await page.keyboard.press('Enter');
	await type('Order planning');
	await page.keyboard.press('Escape');

	const planning = touchPoint(page, 'Order planning');
	await planning.getByRole('button', { name: 'Add frustration' }).focus();
	await page.keyboard.press('Enter');
	await type('Nobody tells buyers the product exists');
	await page.keyboard.press('Escape');

	const item = frustration(page, 'Nobody tells buyers the product exists');
	await item.getByRole('button', { name: 'Edit frustration' }).focus();
	await page.keyboard.press('Enter');
	await item.getByRole('radiogroup', { name: 'Frequency' }).getByRole('radio').first().focus();
	await page.keyboard.press('4');
	await item.getByRole('radiogroup', { name: 'Severity' }).getByRole('radio').first().focus();
	await page.keyboard.press('5');
	await page.keyboard.press('Escape');

	await expect(item.getByText('Priority 20', { exact: true })).toBeVisible();
	await expect(item.getByText('Critical', { exact: true })).toBeVisible();
	await expect(item.getByText('Lost sale', { exact: true })).toBeVisible();

	await expectSaved(page);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Usage' })).toBeVisible();
	const reloaded = frustration(page, 'Nobody tells buyers the product exists');
	await expect(reloaded.getByText('Priority 20', { exact: true })).toBeVisible();
	await expect(reloaded.getByText('often × critical')).toBeVisible();
});

test('a touch point is dragged to another stage with the mouse, another moved with Alt+arrows', async ({
	page
}) => {
	// A projector-sized window, so the drag starts and ends on screen without scrolling.
	await page.setViewportSize({ width: 1600, height: 1000 });
	await newJourney(page, 'Moves', 'Order cycle (three stages)');
	const usage = page.getByRole('region', { name: 'Usage' });
	const replacement = page.getByRole('region', { name: 'Replacement' });
	const cards = (stage: typeof usage) =>
		stage.getByRole('article').getByRole('heading', { level: 3 });

	// A person's drag: press on the handle, move over the upper half of the first Usage card.
	await page.getByRole('button', { name: 'Drag Order planning to move it' }).hover();
	await page.mouse.down();
	const target = (await usage.getByRole('article').first().boundingBox())!;
	await page.mouse.move(target.x + target.width / 2, target.y + 20, { steps: 10 });
	await page.mouse.move(target.x + target.width / 2, target.y + 24, { steps: 2 });
	await page.mouse.up();
	await expect(cards(usage).first()).toHaveText('Order planning');
	await expect(page.getByTestId('announcer')).toContainText('Order planning moved to Usage');

	await page.getByRole('button', { name: 'Drag Customer invoice to move it' }).focus();
	await page.keyboard.press('Alt+ArrowRight');
	await expect(cards(replacement)).toContainText(['Customer invoice']);
	await expect(page.getByTestId('announcer')).toContainText(
		/Customer invoice moved to Replacement, position \d+ of \d+/
	);
	await expect(
		page.getByRole('button', { name: 'Drag Customer invoice to move it' })
	).toBeFocused();
	await page.keyboard.press('Alt+ArrowUp');
	await expect(page.getByTestId('announcer')).toContainText('moved to Replacement, position');

	await expectSaved(page);
	await page.reload();
	await expect(cards(usage).first()).toHaveText('Order planning');
	await expect(cards(replacement)).toContainText(['Customer invoice']);
});

test('touch point details, emotions and a frustration’s details are kept', async ({
	page,
	expectAccessible
}) => {
	await newJourney(page, 'Details', 'Full-service airline');
	const delivery = touchPoint(page, 'Order delivery');
	await delivery.getByRole('button', { name: 'Details of Order delivery' }).click();
	await delivery.getByRole('combobox', { name: 'Channel' }).selectOption({ label: 'Website' });
	await delivery.getByRole('textbox', { name: 'Owner team' }).fill('Digital');
	await delivery
		.getByRole('radiogroup', { name: /Tour groups/ })
		.getByRole('radio', { name: /delighted/ })
		.check();

	const first = delivery.getByRole('listitem').first();
	await first.getByRole('button', { name: 'Edit frustration' }).click();
	await first.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Fixed' });
	await first.getByRole('textbox', { name: 'Fix' }).fill('Announce delays by text message');
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	const reloaded = touchPoint(page, 'Order delivery');
	await reloaded.getByRole('button', { name: 'Details of Order delivery' }).click();
	await expect(reloaded.getByRole('combobox', { name: 'Channel' })).toHaveValue('website');
	await expect(reloaded.getByRole('textbox', { name: 'Owner team' })).toHaveValue('Digital');
	await expect(
		reloaded
			.getByRole('radiogroup', { name: /Tour groups/ })
			.getByRole('radio', { name: /delighted/ })
	).toBeChecked();
	await expect(
		reloaded.getByRole('listitem').first().getByText('Fixed', { exact: true })
	).toBeVisible();
});

test('a touch point’s approach, public channel and notes, and a frustration’s evidence, effort, owner and quality dimension are kept', async ({
	page,
	expectAccessible
}) => {
	await newJourney(page, 'More details', 'Order cycle (three stages)');
	const entry = touchPoint(page, 'Order entry');
	await entry.getByRole('button', { name: 'Details of Order entry' }).click();
	await expect(entry.getByRole('combobox', { name: 'Approach' })).toHaveValue('proactive');
	await entry.getByRole('combobox', { name: 'Approach' }).selectOption({ label: 'Reactive' });
	await expect(entry.getByText('Sensitive complaints are best answered privately.')).toHaveCount(0);
	await entry.getByRole('checkbox', { name: 'Public channel' }).check();
	// A public channel reminds whoever answers there to take complaints private.
	await expect(entry.getByText('Sensitive complaints are best answered privately.')).toBeVisible();
	await entry.getByRole('textbox', { name: 'Notes' }).fill('Orders come in by fax and e-mail');

	await addFrustration(entry, 'Forms ask twice');
	const item = frustration(page, 'Forms ask twice');
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await item.getByRole('radio', { name: '3 sometimes' }).check();
	await item.getByRole('radio', { name: '5 critical' }).check();
	await item.getByRole('combobox', { name: 'Evidence' }).selectOption({ label: 'Complaint' });
	await item.getByRole('textbox', { name: 'Fix' }).fill('One form for every channel');
	await item.getByRole('radiogroup', { name: 'Effort' }).getByRole('radio', { name: /^2/ }).check();
	await item.getByRole('textbox', { name: 'Owner' }).fill('Sales office');
	await item
		.getByRole('combobox', { name: 'Quality dimension' })
		.selectOption({ label: 'Process' });
	await expectAccessible();

	await expectSaved(page);
	await page.reload();
	const reloaded = touchPoint(page, 'Order entry');
	await reloaded.getByRole('button', { name: 'Details of Order entry' }).click();
	await expect(reloaded.getByRole('combobox', { name: 'Approach' })).toHaveValue('reactive');
	await expect(reloaded.getByRole('checkbox', { name: 'Public channel' })).toBeChecked();
	await expect(
		reloaded.getByText('Sensitive complaints are best answered privately.')
	).toBeVisible();
	await expect(reloaded.getByRole('textbox', { name: 'Notes' })).toHaveValue(
		'Orders come in by fax and e-mail'
	);
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await expect(item.getByRole('combobox', { name: 'Evidence' })).toHaveValue('complaint');
	await expect(
		item.getByRole('radiogroup', { name: 'Effort' }).getByRole('radio', { checked: true })
	).toHaveAccessibleName(/^2/);
	await expect(item.getByRole('textbox', { name: 'Owner' })).toHaveValue('Sales office');
	await expect(item.getByRole('combobox', { name: 'Quality dimension' })).toHaveValue('process');

	// The fix's effort places it on Quick wins; the owner goes out with the CSV.
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(
		page
			.getByRole('region', { name: 'Quick wins', exact: true })
			.getByRole('group', { name: /^Marks of/ })
			.getByRole('button', { name: /^Quick win\. Forms ask twice\..* Effort 2$/ })
	).toBeAttached();
	await page.getByRole('button', { name: 'Share', exact: true }).click();
	const csv = await downloadBy(page, () =>
		page.getByRole('button', { name: 'Export CSV' }).click()
	);
	const row = csv.text.split('\r\n').find((line) => line.startsWith('Order entry,'));
	expect(row).toMatch(/,One form for every channel,2,Sales office,/);
});

test('undo and redo walk back and forth through a chain of mixed edits', async ({ page }) => {
	await newJourney(page, 'Undo chain', 'Order cycle (three stages)');
	const entry = touchPoint(page, 'Order entry');
	await addFrustration(entry, 'Forms ask twice');
	const item = frustration(page, 'Forms ask twice');
	await item.getByRole('button', { name: 'Edit frustration' }).click();
	await item.getByRole('radio', { name: '3 sometimes' }).check();
	await item.getByRole('radio', { name: '5 critical' }).check();
	await item.getByRole('button', { name: 'Done' }).click();
	await page.getByRole('button', { name: 'Drag Order entry to move it' }).focus();
	await page.keyboard.press('Alt+ArrowUp');
	await entry.getByRole('button', { name: 'Details of Order entry' }).click();
	await entry.getByRole('button', { name: 'Remove touch point' }).click();
	await expect(touchPoint(page, 'Order entry')).toHaveCount(0);

	const undo = page.getByRole('button', { name: 'Undo' });
	const redo = page.getByRole('button', { name: 'Redo' });
	await undo.click(); // the removal: the touch point and its frustration return
	await expect(frustration(page, 'Forms ask twice')).toBeVisible();
	await undo.click(); // the move
	await undo.click(); // the severity: rated on one measure only, it is not rated yet
	await expect(frustration(page, 'Forms ask twice').getByText('Not rated')).toBeVisible();
	await undo.click(); // the frequency
	await undo.click(); // the new frustration
	await expect(frustration(page, 'Forms ask twice')).toHaveCount(0);

	await redo.click();
	await redo.click();
	await redo.click();
	await expect(
		frustration(page, 'Forms ask twice').getByText('sometimes × critical')
	).toBeVisible();
	await page.keyboard.press('Control+Shift+z');
	await page.keyboard.press('Control+Shift+z');
	await expect(touchPoint(page, 'Order entry')).toHaveCount(0);
	await expect(redo).toBeDisabled();

	await expectSaved(page);
	await page.reload();
	await expect(page.getByRole('region', { name: 'Purchase' })).toBeVisible();
	await expect(touchPoint(page, 'Order entry')).toHaveCount(0);
});

test('Ctrl+Y redoes, and ⌘ works as Ctrl: ⌘Z undoes, ⌘⇧Z and ⌘Y redo', async ({ page }) => {
	await newJourney(page, 'Shortcuts', 'Order cycle (three stages)');
	const entry = touchPoint(page, 'Order entry');
	await addFrustration(entry, 'Forms ask twice');
	const item = frustration(page, 'Forms ask twice');
	await expect(item).toBeVisible();

	const steps: [key: string, shown: boolean][] = [
		['Control+z', false],
		['Control+y', true],
		['Meta+z', false],
		['Meta+Shift+z', true],
		['Meta+z', false],
		['Meta+y', true]
	];
	for (const [key, shown] of steps) {
		await page.keyboard.press(key);
		await expect(item, `after ${key}`).toHaveCount(shown ? 1 : 0);
	}

	await expectSaved(page);
	await page.reload();
	await expect(frustration(page, 'Forms ask twice')).toBeVisible();
});

const templates = [
	{ label: 'Blank', touchPoints: 0 },
	{ label: 'Order cycle (three stages)', touchPoints: 12 },
	{ label: 'Personal selling (B2B)', touchPoints: 0 },
	{ label: 'Innovation adoption', touchPoints: 0 },
	{ label: 'Full-service airline', touchPoints: 12 },
	{ label: 'Spring-bed mattress maker (B2B)', touchPoints: 12 },
	{ label: 'IT infrastructure integrator (B2B)', touchPoints: 13 }
];

test('each template opens complete', async ({ page }) => {
	for (const template of templates) {
		await newJourney(page, `From ${template.label}`, template.label);
		if (template.label === 'Blank') {
			await expect(page.getByRole('region')).toHaveCount(0);
			continue;
		}
		await expect(page.getByRole('region').first()).toBeVisible();
		const articles = page.getByRole('article');
		if (template.touchPoints) await expect(articles).toHaveCount(template.touchPoints);
		else expect(await articles.count()).toBeGreaterThan(0);
		if (template.label.includes('airline') || template.label.includes('(B2B)')) {
			if (!template.label.startsWith('Personal')) {
				await expect(page.getByText(/^Priority \d+$/).first()).toBeVisible();
				await page.getByRole('link', { name: 'Segments' }).click();
				const segments = page.getByRole('article');
				expect(await segments.count()).toBeGreaterThan(1);
				for (const field of await page.getByRole('textbox', { name: 'Product' }).all()) {
					await expect(field).not.toHaveValue('');
				}
			}
		}
	}
});

test('duplicate gives an independent copy; search filters frustrations', async ({ page }) => {
	await newJourney(page, 'Original', 'Full-service airline');
	await journeyAction(page, 'Duplicate journey');
	await expect(page.getByRole('heading', { level: 1, name: 'Original (copy)' })).toBeVisible();
	await journeyAction(page, 'Rename journey');
	await page.getByRole('textbox', { name: 'Name' }).fill('Copy renamed');
	await page.getByRole('button', { name: 'Save' }).click();
	await expectSaved(page);
	await page.getByRole('link', { name: 'All journeys' }).click();
	await expect(page.getByRole('link', { name: 'Original', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Copy renamed' })).toBeVisible();

	await page.getByRole('link', { name: 'Original', exact: true }).click();
	await page.getByRole('searchbox', { name: 'Search frustrations' }).fill('refund');
	await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(
		/^[1-9]\d* frustrations? match/
	);
	for (const text of await page.getByRole('article').getByRole('listitem').allTextContents()) {
		expect(text.toLowerCase()).toContain('refund');
	}
});

test('bad input: empty names are refused, long and HTML-looking text is shown as text', async ({
	page
}) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	await newJourney(page, 'Bad input', 'Order cycle (three stages)');
	const planning = touchPoint(page, 'Order planning');
	await planning.getByRole('button', { name: 'Details of Order planning' }).click();
	await planning.getByRole('textbox', { name: 'Touch point name' }).fill('');
	await expect(planning.getByText('A name cannot be empty.')).toBeVisible();

	const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
	const long = 'Waiting '.repeat(1_250);
	const entry = touchPoint(page, 'Order entry');
	await entry.getByRole('button', { name: 'Add frustration' }).click();
	const field = entry.getByRole('textbox', { name: 'Frustration' });
	await field.fill(hostile);
	await field.press('Enter');
	await field.fill(long);
	await field.press('Enter');
	await field.press('Escape');

	await expect(entry.getByText(hostile, { exact: true })).toBeVisible();
	await expect(entry.locator('img')).toHaveCount(0);
	const overflow = await page.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(overflow).toBeLessThanOrEqual(0);
	const box = await entry.boundingBox();
	expect(box!.width).toBeLessThan(600);

	await expectSaved(page);
	await page.reload();
	await expect(touchPoint(page, 'Order entry').getByText(hostile, { exact: true })).toBeVisible();
	await expect(touchPoint(page, 'Order entry').getByText(long.trim())).toBeVisible();
	expect(dialogs).toBe(0);
});

test('a click elsewhere while an empty new-frustration field is open lands where it was aimed', async ({
	page
}) => {
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	// A card far down the map: its field is scrolled into view, away from the header.
	const card = page.getByRole('article').last();
	await card.getByRole('button', { name: 'Add frustration' }).click();
	await expect(card.getByRole('textbox', { name: 'Frustration' })).toBeFocused();
	await page.getByRole('link', { name: 'Priorities' }).click();
	await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
});
