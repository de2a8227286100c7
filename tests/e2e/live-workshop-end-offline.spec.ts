/**
 * A phone offline when the workshop ends (issue 21): once back, it shows the thank-you and says
 * how many of its ratings never reached the room (they stay on the phone); a phone that was
 * online at the end shows only the thank-you.
 */
import type { Page } from '@playwright/test';
import { test as guarded } from './fixtures';
import {
	addFrustrations,
	expect,
	goOffline,
	smallJourney,
	withTouchpoint,
	type Person
} from './live';
import { joinPhone } from './workshop-phones';

const test = withTouchpoint(guarded);

const LATE = 'Checkout times out';
const PRICES = 'Prices change';
const CARD = 'Card refused';

const option = (page: Page, text: string, measure: string, value: string) =>
	page
		.getByRole('article', { name: text })
		.getByRole('radiogroup', { name: measure })
		.getByRole('radio', { name: value });
const cell = (page: Page, text: string, person: string, measure: string) =>
	page.getByRole('gridcell', { name: `${text}, ${person}, ${measure}`, exact: true });

async function rate(page: Page, text: string) {
	await option(page, text, 'Frequency', '4 often').click();
	await option(page, text, 'Severity', '3 moderate').click();
	await expect(option(page, text, 'Severity', '3 moderate')).toBeChecked();
}

test('a phone offline when the workshop ends is told, once back, how many of its ratings did not reach the room; a phone online at the end only thanks', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(200_000);
	await smallJourney(page, touchpoint.url, 'Offline at the end');
	await addFrustrations(page, 'Order placement', [LATE, PRICES, CARD]);
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	const link = (await screen.getByText(/j#\w{5}-\w{5}/).textContent())!.replace(/\s/g, '');
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	const phones: Person[] = [];
	try {
		const ana = await joinPhone(browser, link, 'Ana');
		phones.push(ana);
		const budi = await joinPhone(browser, link, 'Budi');
		phones.push(budi);
		// One rating of Ana's reaches the room; two more are given offline.
		await rate(ana.page, LATE);
		await expect(cell(page, LATE, 'Ana', 'Severity')).toHaveText(/^rated/);
		await goOffline(ana);
		await rate(ana.page, PRICES);
		await rate(ana.page, CARD);
		await rate(budi.page, PRICES);
		await expect(cell(page, PRICES, 'Budi', 'Severity')).toHaveText(/^rated/);

		await page.getByRole('button', { name: 'End workshop' }).click();
		await page
			.getByRole('dialog', { name: 'End the workshop?' })
			.getByRole('button', { name: 'End workshop' })
			.click();
		const thanks = (phone: Page) =>
			phone.getByRole('heading', { name: 'Thank you — the workshop has ended' });
		await expect(thanks(budi.page)).toBeVisible();
		await expect(budi.page.getByText('Your ratings are in.', { exact: false })).toBeVisible();
		await expect(budi.page.getByText('did not reach', { exact: false })).toHaveCount(0);

		await ana.context.setOffline(false);
		await expect(thanks(ana.page)).toBeVisible();
		await expect(
			ana.page.getByText(
				'2 of your ratings did not reach the workshop before it ended; they are kept on this phone.'
			)
		).toBeVisible();
		await expect(ana.page.getByText('Your ratings are in.', { exact: false })).toHaveCount(0);
		await expectAccessible(ana.page);
		// The room has only what reached it.
		await expect(cell(page, LATE, 'Ana', 'Severity')).toHaveText(/^(rated|3)/);
		await expect(cell(page, PRICES, 'Ana', 'Severity')).toHaveText('not rated');
	} finally {
		for (const phone of phones) await phone.context.close();
	}
});
