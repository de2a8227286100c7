/**
 * The facilitator presents from the walk-through (issue 21): Lock ratings / Unlock ratings and
 * Bring everyone here are there, as in the Workshop view's controls, and reach the phones.
 */
import { test as guarded } from './fixtures';
import { addFrustrations, expect, smallJourney, withTouchpoint, type Person } from './live';
import { joinPhone } from './workshop-phones';

const test = withTouchpoint(guarded);

test('the walk-through locks and unlocks the phones’ ratings and brings everyone to its touch point', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(150_000);
	await smallJourney(page, touchpoint.url, 'Presenting');
	await addFrustrations(page, 'Order placement', ['Checkout times out']);
	const stage = page.getByRole('region', { name: 'Purchase' });
	await stage.getByRole('button', { name: 'Add touch point' }).click();
	await stage.getByRole('textbox', { name: 'Touch point name' }).fill('Payment');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Enter');
	await stage.getByRole('textbox', { name: 'Touch point name' }).press('Escape');
	await page.getByRole('link', { name: 'Workshop' }).click();
	// Before a workshop runs the walk-through has no live controls.
	await page.getByRole('button', { name: 'Start walk-through' }).click();
	await expect(page.getByRole('heading', { name: 'Order placement' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lock ratings' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Bring everyone here' })).toHaveCount(0);
	await page.keyboard.press('Escape');

	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	const link = (await screen.getByText(/j#\w{5}-\w{5}/).textContent())!.replace(/\s/g, '');
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	let ana: Person | undefined;
	try {
		ana = await joinPhone(browser, link, 'Ana');
		const phone = ana.page;
		const onPhone = (name: string) => phone.getByRole('heading', { level: 1, name });
		await expect(onPhone('Order placement')).toBeVisible();

		await page.getByRole('button', { name: 'Start walk-through' }).click();
		await page.getByRole('button', { name: 'Next touch point' }).click();
		await expect(onPhone('Payment')).toBeVisible();
		await expectAccessible(page);

		// A participant browses away; the facilitator brings them back from the projector.
		await phone.getByRole('button', { name: 'Previous' }).click();
		await expect(onPhone('Order placement')).toBeVisible();
		await page.getByRole('button', { name: 'Bring everyone here' }).click();
		await expect(onPhone('Payment')).toBeVisible();

		await page.getByRole('button', { name: 'Lock ratings' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Ratings are closed' })).toBeVisible();
		await expect(phone.getByRole('status').filter({ hasText: 'Ratings are closed' })).toBeVisible();
		await expect(phone.getByRole('button', { name: 'Previous' })).toBeDisabled();
		await expectAccessible(page);
		await page.getByRole('button', { name: 'Unlock ratings' }).click();
		await expect(page.getByRole('button', { name: 'Lock ratings', exact: true })).toBeVisible();
		await expect(phone.getByRole('button', { name: 'Previous' })).toBeEnabled();
		await expect(phone.getByRole('status').filter({ hasText: 'Ratings are closed' })).toHaveCount(
			0
		);
		// The walk-through is still where it was: the controls do not move the projector.
		await expect(page.getByRole('heading', { name: 'Payment' })).toBeVisible();
	} finally {
		await ana?.context.close();
	}
});
