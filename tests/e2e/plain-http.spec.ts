/**
 * Served over plain http from any host but localhost (`HOST=0.0.0.0 npm start` opened from
 * another machine, a phone on the workshop's Wi-Fi), the page is not a secure context: the
 * browser leaves out crypto.randomUUID, the service worker, persistent storage and the
 * clipboard. The app must work there all the same. One machine reproduces it: Chromium
 * resolves a made-up host name to this machine, and the page is opened by that name.
 */
import { existsSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/ensure.mjs';
import { expect, expectSaved, test as base } from './fixtures';

const HOST = 'workshop.test';
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The app by another name is an origin of its own: the guards count it as the app's.
const test = base.extend<{ lanUrl: string }>({
	lanUrl: async ({ baseURL }, use) => {
		const url = new URL(baseURL!);
		url.hostname = HOST;
		await use(url.href);
	},
	appOrigins: async ({ appOrigins, lanUrl }, use) => {
		await use([...appOrigins, new URL(lanUrl).origin]);
	}
});

// A browser of its own (this file runs in its own worker): the name must resolve at launch.
test.use({
	launchOptions: {
		executablePath: existsSync(chromium) ? chromium : undefined,
		args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`]
	},
	// As a person's browser is: the worker is missing here because of the context, not a test.
	serviceWorkers: 'allow'
});

/** What makes this an insecure context, checked so the test cannot pass for another reason. */
async function expectInsecureContext(page: Page) {
	expect(
		await page.evaluate(() => ({
			secure: isSecureContext,
			randomUUID: typeof crypto.randomUUID,
			serviceWorker: 'serviceWorker' in navigator,
			clipboard: typeof navigator.clipboard
		}))
	).toEqual({
		secure: false,
		randomUUID: 'undefined',
		serviceWorker: false,
		clipboard: 'undefined'
	});
}

test('over plain http on a LAN address the app starts on the example, and keeps a new frustration', async ({
	page,
	lanUrl,
	expectAccessible
}) => {
	await page.goto(lanUrl);
	await expectInsecureContext(page);
	const example = page.getByRole('list').getByRole('link', { name: /Full-service airline/ });
	await expect(example).toBeVisible();
	await expectAccessible();

	await example.click();
	const card = page.getByRole('article').first();
	const field = card.getByRole('textbox', { name: 'Frustration' });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	await field.fill('The Wi-Fi password is on a sticky note');
	await field.press('Enter');
	await field.press('Escape');
	await expect(card.getByText('The Wi-Fi password is on a sticky note')).toBeVisible();
	await expectSaved(page);

	await page.reload();
	await expect(
		page.getByRole('article').first().getByText('The Wi-Fi password is on a sticky note')
	).toBeVisible();
});

test('when start-up fails for another reason than the storage, the page names that error', async ({
	page,
	lanUrl,
	expectAccessible
}) => {
	// No random source at all: making the first-visit example cannot get its ids.
	await page.addInitScript(() => {
		const getRandomValues = Crypto.prototype.getRandomValues;
		Crypto.prototype.getRandomValues = () => {
			throw new TypeError('getRandomValues is switched off for this test');
		};
		// axe-core needs it back for the scan.
		(window as unknown as { restore: () => void }).restore = () =>
			(Crypto.prototype.getRandomValues = getRandomValues);
	});
	await page.goto(lanUrl);
	const alert = page.getByRole('alert');
	await expect(
		alert.getByRole('heading', { level: 1, name: 'Touchpoint could not start' })
	).toBeVisible();
	await expect(alert).toContainText('The storage is not the cause');
	// Shown in full, not only under Technical details.
	await expect(
		alert.getByText(/getRandomValues is switched off for this test/).first()
	).toBeVisible();
	await expect(alert).not.toContainText('refused to open the storage');
	await page.evaluate(() => (window as unknown as { restore: () => void }).restore());
	await expectAccessible();
});

test('over plain http, Copy Markdown has no clipboard and shows the Markdown to copy by hand', async ({
	page,
	lanUrl,
	expectAccessible
}) => {
	await page.goto(lanUrl);
	await page
		.getByRole('list')
		.getByRole('link', { name: /Full-service airline/ })
		.click();
	await page.getByRole('link', { name: 'Workshop', exact: true }).click();
	await page.getByRole('button', { name: 'Session report' }).click();
	await page.getByRole('button', { name: 'Copy Markdown' }).click();
	await expect(page.getByText('select the Markdown below and copy it')).toBeVisible();
	await expect(page.getByTestId('report-markdown')).toBeVisible();
	await expect(page.getByTestId('report-markdown')).toContainText('# Session report: ');
	await expectAccessible();
});
