/**
 * A live session joined over plain http by another host name, as a phone on the workshop's
 * Wi-Fi opens `http://<laptop>:4173/join#…` (`HOST=0.0.0.0 npm start`): not a secure context,
 * so no crypto.subtle, crypto.randomUUID or clipboard. Chromium resolves a made-up name to this
 * machine, and the joiner opens the link by that name (see plain-http.spec.ts).
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_ARGS } from '../../scripts/ensure.mjs';
import { test as guarded } from './fixtures';
import {
	addFrustrations,
	expect,
	frustration,
	join,
	liveJourney,
	liveStatus,
	withTouchpoint
} from './live';

const HOST = 'workshop.test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const test = withTouchpoint(guarded).extend({
	appOrigins: async ({ appOrigins, livePort }, use) => {
		await use([...appOrigins, `http://${HOST}:${livePort}`]);
	}
});

// A browser of its own: the name must resolve at launch.
test.use({
	launchOptions: {
		executablePath: existsSync(chromium) ? chromium : undefined,
		args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`]
	}
});

test('a link opened by the laptop’s LAN name over plain http joins the session, and edits go both ways', async ({
	page,
	browser,
	touchpoint,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const links = await liveJourney(page, touchpoint.url, 'Live on the LAN', ['From the laptop']);
	const lanLink = links.editor.replace('127.0.0.1', HOST);
	expect(new URL(lanLink).hostname).toBe(HOST);

	const phone = await join(browser, lanLink, 'Ana');
	try {
		expect(
			await phone.page.evaluate(() => ({
				secure: isSecureContext,
				subtle: typeof crypto.subtle,
				randomUUID: typeof crypto.randomUUID,
				clipboard: typeof navigator.clipboard
			}))
		).toEqual({
			secure: false,
			subtle: 'undefined',
			randomUUID: 'undefined',
			clipboard: 'undefined'
		});
		await expect(liveStatus(phone.page)).toHaveText('Live · 2 people');
		await expect(frustration(phone.page, 'From the laptop')).toBeVisible();

		await addFrustrations(phone.page, 'Order placement', ['From the phone']);
		await expect(frustration(page, 'From the phone')).toBeVisible();
		await addFrustrations(page, 'Order placement', ['Back to the phone']);
		await expect(frustration(phone.page, 'Back to the phone')).toBeVisible();

		await phone.page.reload();
		await expect(frustration(phone.page, 'From the phone')).toBeVisible();
		await expect(frustration(phone.page, 'Back to the phone')).toBeVisible();
		await expectAccessible(phone.page);
	} finally {
		await phone.context.close();
	}
});
