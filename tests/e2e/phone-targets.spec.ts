import type { Page } from '@playwright/test';
import { expect, openJourneyList, test } from './fixtures';
import { expectFingerSized, FINGER } from './finger';
import { forEachPhoneSetting, type PhoneLanguage } from './phone';

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
