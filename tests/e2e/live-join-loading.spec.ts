/**
 * A join page shows its form before joining's own code (Yjs, the provider, the journey's
 * storage) has arrived, and loads that code while the person types. When it cannot arrive
 * (the network dropped as the page loaded), Join says the server does not answer, and works
 * once the network is back; when it is only slow, what the person does meanwhile (pressing
 * again, another link pasted into the tab) must not leave the page stuck on "Joining…".
 */
import type { Browser, Route } from '@playwright/test';
import { expect, liveJourney, liveStatus, withTouchpoint } from './live';
import { builtFile } from './built-files';
import { test as guarded } from './fixtures';

const test = withTouchpoint(guarded);

/** A phone's page on its own browser whose requests for joining's code go through `handle`. */
async function phoneWithJoiningCode(browser: Browser, handle: (route: Route) => unknown) {
	const context = await browser.newContext();
	const phone = await context.newPage();
	await phone.route(`**/${await builtFile('src/lib/live/join-steps.ts')}`, handle);
	return { context, phone };
}

test('a join link whose joining code cannot load says the server does not answer, then joins', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live map');
	let blocked = true;
	const { context, phone } = await phoneWithJoiningCode(browser, (route) =>
		blocked ? route.abort() : route.continue()
	);
	await phone.goto(links.participant);
	await phone.getByRole('textbox', { name: 'Your name' }).fill('Rina');
	await phone.getByRole('button', { name: 'Join' }).click();
	await expect(phone.getByRole('alert')).toContainText('The Touchpoint server does not answer.');
	await expect(phone.getByRole('button', { name: 'Join' })).toBeEnabled();
	await expectAccessible(phone);

	blocked = false;
	await phone.getByRole('button', { name: 'Join' }).click();
	await expect(phone.getByRole('heading', { level: 1, name: 'Live map' })).toBeVisible();
	await expect(liveStatus(page)).toHaveText('Live · 2 people');
	await context.close();
});

test('a join link changed in the address bar while joining loads does not leave Join stuck', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live map');
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	const { context, phone } = await phoneWithJoiningCode(browser, async (route) => {
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
