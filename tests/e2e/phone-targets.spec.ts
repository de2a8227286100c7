import type { Locator, Page } from '@playwright/test';
import { expect, openJourneyList, test } from './fixtures';
import { forEachPhoneSetting, type PhoneLanguage } from './phone';

const FINGER = 44;

/**
 * The area a tap on the control lands in: the control's own box, or for a checkbox or radio
 * the label around it (a tap on the label checks it). `reached` says whether a tap just inside
 * each edge's middle lands on it rather than on something drawn over it.
 */
async function hitArea(control: Locator) {
	// Mid-screen, clear of anything pinned to the top or bottom of the viewport.
	await control.evaluate((element) => element.scrollIntoView({ block: 'center' }));
	return control.evaluate((element) => {
		const area = (element instanceof HTMLInputElement && element.closest('label')) || element;
		const box = area.getBoundingClientRect();
		const middle = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
		const edges = [
			[box.left + 1, middle.y],
			[box.right - 1, middle.y],
			[middle.x, box.top + 1],
			[middle.x, box.bottom - 1]
		];
		const reached = edges.every(([x, y]) => {
			const hit = document.elementFromPoint(x!, y!);
			return hit !== null && area.contains(hit);
		});
		return { width: Math.round(box.width), height: Math.round(box.height), reached };
	});
}

async function expectFingerSized(control: Locator, what: string) {
	const area = await hitArea(control);
	expect(area.width, `${what}: width`).toBeGreaterThanOrEqual(FINGER);
	expect(area.height, `${what}: height`).toBeGreaterThanOrEqual(FINGER);
	expect(area.reached, `${what}: a tap at its edges reaches it`).toBe(true);
}

async function openAirline(page: Page, words: PhoneLanguage) {
	await openJourneyList(page);
	await page.getByRole('link', { name: words.example }).click();
	await expect(page.getByRole('heading', { level: 1, name: words.example })).toBeVisible();
}

forEachPhoneSetting(({ language: words }) => {
	test('on a phone the header, a card and a frustration offer targets a finger can hit', async ({
		page,
		expectAccessible
	}) => {
		await openAirline(page, words);
		await expectFingerSized(page.getByRole('link', { name: words.allJourneys }), 'All journeys');
		const views = page.getByRole('navigation', { name: words.views }).getByRole('link');
		for (const name of Object.values(words.tabs)) {
			await expectFingerSized(views.filter({ hasText: name }), `the ${name} tab`);
		}
		await expectFingerSized(page.getByRole('button', { name: words.undo, exact: true }), 'Undo');
		await expectFingerSized(page.getByRole('button', { name: words.redo, exact: true }), 'Redo');
		await expectFingerSized(
			page.getByRole('button', { name: words.dragToMove }).first(),
			'the drag handle'
		);

		const edit = page.getByRole('button', { name: words.editFrustration }).first();
		await expectFingerSized(edit, 'Edit frustration');
		await edit.click();
		for (const group of [words.frequency, words.severity]) {
			const radios = page.getByRole('radiogroup', { name: group }).first().getByRole('radio');
			await expect(radios).toHaveCount(5);
			for (let i = 0; i < 5; i++) await expectFingerSized(radios.nth(i), `${group} ${i + 1}`);
		}
		await expectAccessible();
	});

	test('on a phone the Priorities filters and the matrix marks offer targets a finger can hit', async ({
		page,
		expectAccessible
	}) => {
		await openAirline(page, words);
		await page.getByRole('link', { name: words.tabs.priorities, exact: true }).click();
		for (const name of words.filters) {
			await expectFingerSized(page.getByRole('checkbox', { name, exact: true }), `${name} filter`);
		}
		const marks = page
			.getByRole('region', { name: words.priorityMatrix, exact: true })
			.getByRole('group', { name: words.marksOf })
			.getByRole('button');
		await expect(marks).toHaveCount(26);
		// Marks may overlap one another, so their size alone is asked of them.
		for (let i = 0; i < 26; i++) {
			const box = (await marks.nth(i).boundingBox())!;
			expect(Math.round(box.width), `mark ${i + 1}: width`).toBeGreaterThanOrEqual(FINGER);
			expect(Math.round(box.height), `mark ${i + 1}: height`).toBeGreaterThanOrEqual(FINGER);
		}
		await expectAccessible();
	});
});
