/**
 * The workshop's short link on phones of the room's Wi-Fi: opened by the laptop's LAN name over
 * plain http (not a secure context: no crypto.subtle, randomUUID or clipboard), the code in the
 * link's fragment or typed from the projector; the phone view in both languages and both themes.
 * Chromium resolves a made-up name to this machine (see live-lan.spec.ts).
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/ensure.mjs';
import { test as guarded } from './fixtures';
import { expect, smallJourney, addFrustrations, withTouchpoint, type Person } from './live';
import { PHONE } from './workshop-phones';
import { expectFingerSized } from './finger';

const HOST = 'workshop.test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const test = withTouchpoint(guarded).extend({
	appOrigins: async ({ appOrigins, livePort }, use) => {
		await use([...appOrigins, `http://${HOST}:${livePort}`]);
	}
});

test.use({
	launchOptions: {
		executablePath: existsSync(chromium) ? chromium : undefined,
		args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`]
	}
});

/** Every control on the phone view is a target a finger can hit, and nothing scrolls sideways. */
async function expectMadeForAPhone(phone: Page, setting: string) {
	const controls = phone.locator('main').getByRole('button').or(phone.getByRole('radio'));
	const count = await controls.count();
	expect(count, setting).toBeGreaterThan(10);
	for (let i = 0; i < count; i++) {
		const control = controls.nth(i);
		const name = (await control.getAttribute('aria-label')) ?? (await control.textContent());
		await expectFingerSized(control, `${setting}: ${name?.trim()}`);
	}
	await expectFingerSized(phone.locator('main').getByRole('textbox').first(), `${setting}: text`);
	const sideways = await phone.evaluate(
		() => document.documentElement.scrollWidth - document.documentElement.clientWidth
	);
	expect(sideways, `${setting}: scrolls sideways by`).toBe(0);
}

const SETTINGS = [
	{ locale: 'en-US', colorScheme: 'light', name: 'Your name', join: 'Join', code: 'Join code' },
	{ locale: 'en-US', colorScheme: 'dark', name: 'Your name', join: 'Join', code: 'Join code' },
	{ locale: 'id-ID', colorScheme: 'light', name: 'Nama Anda', join: 'Gabung', code: 'Kode gabung' },
	{ locale: 'id-ID', colorScheme: 'dark', name: 'Nama Anda', join: 'Gabung', code: 'Kode gabung' }
] as const;

const WORDS = {
	'en-US': { frequency: 'Frequency', always: '5 always', closed: 'Ratings are closed' },
	'id-ID': { frequency: 'Frekuensi', always: '5 selalu', closed: 'Penilaian ditutup' }
} as const;

test('phones on the LAN join by the short link or its typed code over plain http, and the phone view passes axe in both languages and both themes', async ({
	page,
	browser,
	touchpoint,
	livePort,
	expectAccessible
}) => {
	test.setTimeout(240_000);
	await smallJourney(page, touchpoint.url, 'Room on the LAN');
	await addFrustrations(page, 'Order placement', ['Checkout times out']);
	await page.getByRole('link', { name: 'Workshop' }).click();
	await page.getByRole('button', { name: 'Start live workshop' }).click();
	const screen = page.getByRole('dialog', { name: 'Join this workshop' });
	const shown = (await screen.getByText(/j#\w{5}-\w{5}/).textContent())!.replace(/\s/g, '');
	await screen.getByRole('button', { name: 'Hide join screen' }).click();
	const code = shown.split('#')[1]!;
	// The laptop's address as the phones on its Wi-Fi reach it.
	const shortLink = shown.replace('127.0.0.1', HOST);
	expect(new URL(shortLink).hostname).toBe(HOST);
	const phones: Person[] = [];
	try {
		for (const [i, setting] of SETTINGS.entries()) {
			const context = await browser.newContext({
				...PHONE,
				locale: setting.locale,
				colorScheme: setting.colorScheme
			});
			const phone = await context.newPage();
			phones.push({ context, page: phone });
			// The first scans the QR code (the code in the link); the others type it as they read
			// it off the projector, in lower case and with spaces.
			if (i === 0) {
				await phone.goto(shortLink);
				await expect(phone.getByRole('textbox', { name: setting.code })).toHaveValue(code);
			} else {
				await phone.goto(`http://${HOST}:${livePort}/j`);
				const typed = code.toLowerCase().replace('-', ' ');
				await phone.getByRole('textbox', { name: setting.code }).fill(typed);
			}
			await expectAccessible(phone);
			await phone.getByRole('textbox', { name: setting.name }).fill(`Phone ${i + 1}`);
			await phone.getByRole('button', { name: setting.join }).click();
			const words = WORDS[setting.locale];
			const always = phone
				.getByRole('radiogroup', { name: words.frequency })
				.getByRole('radio', { name: words.always });
			await expect(always).toBeVisible();
			await always.click();
			await expect(always).toBeChecked();
			await expectAccessible(phone);
			await expectMadeForAPhone(phone, `${setting.locale} ${setting.colorScheme}`);
		}
		expect(
			await phones[0]!.page.evaluate(() => ({
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
		// Every phone's rating reached the facilitator.
		await page.getByRole('button', { name: 'Reveal' }).click();
		for (let i = 1; i <= SETTINGS.length; i++) {
			await expect(
				page.getByRole('gridcell', {
					name: `Checkout times out, Phone ${i}, Frequency`,
					exact: true
				})
			).toHaveText('5');
		}
		// Locked, and revealed: the closed status and the room's answer pass axe too.
		await page.getByRole('button', { name: 'Lock ratings' }).click();
		for (const [i, setting] of SETTINGS.entries()) {
			const phone = phones[i]!.page;
			await expect(phone.getByText(WORDS[setting.locale].closed)).toBeVisible();
			await expect(phone.getByText(/5\.00/).first()).toBeVisible();
			await expectAccessible(phone);
		}
		// A typed code no workshop runs with is told apart from a mistyped one.
		const stray = phones[0]!.page;
		await stray.goto(`http://${HOST}:${livePort}/j`);
		await stray.getByRole('textbox', { name: 'Join code' }).fill('ABCDE');
		await stray.getByRole('textbox', { name: 'Your name' }).fill('Eko');
		await stray.getByRole('button', { name: 'Join' }).click();
		await expect(stray.getByText('This code is not complete')).toBeVisible();
		await stray.getByRole('textbox', { name: 'Join code' }).fill('ZZZZZ-ZZZZZ');
		await stray.getByRole('button', { name: 'Join' }).click();
		await expect(stray.getByRole('alert')).toContainText('No workshop runs with this code');
		await expectAccessible(stray);
	} finally {
		for (const phone of phones) await phone.context.close();
	}
});
