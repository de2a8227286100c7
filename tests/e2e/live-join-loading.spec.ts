/**
 * A join page shows its form before joining's own code (Yjs, the provider, the journey's
 * storage) has arrived, and loads that code while the person types. When it cannot arrive
 * (the network dropped as the page loaded), Join says the server does not answer, and works
 * once the network is back.
 */
import { expect, liveJourney, liveStatus, withTouchpoint } from './live';
import { builtFile } from './built-files';
import { test as guarded } from './fixtures';

const test = withTouchpoint(guarded);

test('a join link whose joining code cannot load says the server does not answer, then joins', async ({
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
	let blocked = true;
	await phone.route(`**/${file}`, (route) => (blocked ? route.abort() : route.continue()));
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
