/**
 * Join pressed before joining's own code has arrived (a slow phone network): what the person
 * does meanwhile (pressing again, another link pasted into the tab) must not leave the page
 * stuck on "Joining…".
 */
import { expect, liveJourney, liveStatus, withTouchpoint } from './live';
import { builtFile } from './built-files';
import { test as guarded } from './fixtures';

const test = withTouchpoint(guarded);

test('a join link changed in the address bar while joining loads does not leave Join stuck', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live map');
	const file = await builtFile('src/lib/live/join-steps.ts');

	const context = await browser.newContext();
	const phone = await context.newPage();
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await phone.route(`**/${file}`, async (route) => {
		await released;
		await route.continue();
	});
	await phone.goto(links.participant);
	await phone.getByRole('textbox', { name: 'Your name' }).fill('Rina');
	await phone.getByRole('button', { name: 'Join' }).dblclick();
	await expect(phone.getByRole('button', { name: 'Joining…' })).toBeDisabled();

	// A mistyped link pasted while it loads, then the right one again.
	await phone.evaluate(() => (location.hash = '#not-a-link'));
	await expect(phone.getByRole('alert')).toBeVisible();
	release();
	await phone.evaluate((hash) => (location.hash = hash), new URL(links.participant).hash);

	await expect(phone.getByRole('heading', { level: 1, name: 'Live map' })).toBeVisible();
	await expectAccessible(phone);
	await expect(liveStatus(page)).toHaveText('Live · 2 people');
	await phone.reload();
	await expect(phone.getByRole('heading', { level: 1, name: 'Live map' })).toBeVisible();
	await context.close();
});
