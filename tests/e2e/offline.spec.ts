import type { Page } from '@playwright/test';
import {
	createJourneyNamed,
	expect,
	expectSaved,
	openJourneyList,
	refuseStorage,
	restoreStorage,
	test as base
} from './fixtures';
import { serveBuild, type AppServer } from './static-server';

// These tests are about the service worker, which the other specs block.
const test = base.extend<{ app: AppServer }>({
	serviceWorkers: 'allow',
	// eslint-disable-next-line no-empty-pattern
	app: async ({}, use) => {
		const app = await serveBuild();
		await use(app);
		await app.close();
	},
	// Some tests open the app from their own server, on an origin of its own.
	appOrigins: async ({ appOrigins, app }, use) => {
		await use([...appOrigins, new URL(app.url).origin]);
	}
});

/** Waits until the service worker has stored the app and controls this page. */
async function waitForOfflineReady(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	await expect
		.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
		.toBe(true);
}

/** Marks the page, so a reload (which loses the mark) is noticed. */
async function markPage(page: Page) {
	await page.evaluate(() => ((window as unknown as { marked: boolean }).marked = true));
}

function stillThisPage(page: Page) {
	return page.evaluate(() => (window as unknown as { marked?: boolean }).marked === true);
}

/** Looks for a new version now, as the app does when the tab comes back into view. */
async function checkForUpdate(page: Page) {
	await page.evaluate(async () => {
		await (await navigator.serviceWorker.getRegistration())?.update();
	});
}

async function addFrustration(page: Page, touchPoint: string, text: string) {
	const card = page.getByRole('article', { name: touchPoint });
	await card.getByRole('button', { name: 'Add frustration' }).click();
	await card.getByRole('textbox', { name: 'Frustration' }).fill(text);
	await card.getByRole('textbox', { name: 'Frustration' }).press('Enter');
	await card.getByRole('textbox', { name: 'Frustration' }).press('Escape');
	await expect(card.getByText(text)).toBeVisible();
}

test('after the first visit the app opens, reloads, follows deep links and saves with the network off', async ({
	page,
	context
}) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Offline workshop');
	const mapUrl = page.url();
	await waitForOfflineReady(page);

	await context.setOffline(true);
	const reloaded = await page.reload();
	expect(reloaded?.fromServiceWorker()).toBe(true);
	await expect(page.getByRole('heading', { level: 1, name: 'Offline workshop' })).toBeVisible();

	// The home page and deep links, opened afresh as from a bookmark.
	await page.goto('/');
	await expect(page.getByRole('link', { name: 'Offline workshop' })).toBeVisible();
	await page.goto(`${mapUrl}/priorities`);
	await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
	await page.goto(mapUrl);
	await expect(page.getByRole('heading', { level: 1, name: 'Offline workshop' })).toBeVisible();

	// IndexedDB needs no network: an edit is stored and survives a reload.
	await addFrustration(page, 'Order planning', 'Typed on a train without signal');
	await expectSaved(page);
	await page.reload();
	await expect(
		page
			.getByRole('article', { name: 'Order planning' })
			.getByText('Typed on a train without signal')
	).toBeVisible();
});

test('with the server gone, a reload still opens the app from its cache', async ({ page, app }) => {
	await page.goto(`${app.url}/`);
	await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
	await waitForOfflineReady(page);
	await page.getByRole('list').getByRole('link').first().click();
	// The list's own heading is a level-1 heading too: wait for the map's address.
	await expect(page).toHaveURL(/\/journeys\/[^/]+$/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const mapUrl = page.url();

	await app.close();
	await page.goto(`${app.url}/`);
	await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
	await page.goto(`${mapUrl}/priorities`);
	await expect(page.getByRole('heading', { level: 2, name: 'Priority matrix' })).toBeVisible();
});

test('a new version asks before reloading, and waits for edits to be stored', async ({
	page,
	app,
	expectAccessible
}) => {
	await page.goto(`${app.url}/`);
	await createJourneyNamed(page, 'Update during a workshop');
	await waitForOfflineReady(page);
	await markPage(page);

	const next = await app.deployNewVersion();
	await checkForUpdate(page);
	const prompt = page.getByRole('region', { name: 'App update' });
	await expect(prompt.getByText('A new version of Touchpoint is ready.')).toBeVisible();
	await expectAccessible();
	// Installed and waiting for the user, not in charge: this page has not been reloaded.
	await expect
		.poll(() =>
			page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)
		)
		.toBe(true);
	expect(await stillThisPage(page)).toBe(true);

	// Later: the prompt goes away and nothing reloads; the next visit offers it again.
	await prompt.getByRole('button', { name: 'Later' }).click();
	await expect(prompt).toHaveCount(0);
	expect(await stillThisPage(page)).toBe(true);
	await page.reload();
	await expect(prompt.getByRole('button', { name: 'Reload' })).toBeVisible();
	await markPage(page);

	// An edit the browser cannot store yet (as on a full disk): Reload waits for it.
	await refuseStorage(page);
	await addFrustration(page, 'Order planning', 'Typed just before the update');
	await expect(page.getByRole('status').filter({ hasText: 'Not saved yet' })).toBeVisible();
	await prompt.getByRole('button', { name: 'Reload' }).click();
	await expect(prompt.getByText('Reloading once your edits are saved…')).toBeVisible();
	expect(await stillThisPage(page)).toBe(true);

	const reloaded = page.waitForEvent('load');
	await restoreStorage(page);
	await reloaded;
	await expect(
		page.getByRole('article', { name: 'Order planning' }).getByText('Typed just before the update')
	).toBeVisible();
	await expect(prompt).toHaveCount(0);
	// The new version is in charge, with only its own cache left.
	expect(await page.evaluate(() => caches.keys())).toEqual([`touchpoint-${next}`]);
});

test('a new version stores its own page, where the host lets browsers keep the last one', async ({
	page,
	appOrigins
}) => {
	// Static hosts often let a browser keep every file for minutes without asking.
	const host = await serveBuild('max-age=600');
	appOrigins.push(new URL(host.url).origin);
	try {
		await page.goto(`${host.url}/`);
		await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
		await waitForOfflineReady(page);

		const next = await host.deployNewVersion();
		await checkForUpdate(page);
		const prompt = page.getByRole('region', { name: 'App update' });
		const reloaded = page.waitForEvent('load');
		await prompt.getByRole('button', { name: 'Reload' }).click();
		await reloaded;
		await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
		// The page now comes from the new version's store: the new deployment's, not the one
		// the browser kept from the first visit.
		await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', next);
		await page.reload();
		await expect(page.locator('meta[name="deployment"]')).toHaveAttribute('content', next);
	} finally {
		await host.close();
	}
});

test('Reload in one tab leaves another tab as it is, until it is reloaded there too', async ({
	context,
	app
}) => {
	const first = await context.newPage();
	await first.goto(`${app.url}/`);
	await createJourneyNamed(first, 'Two tabs');
	await waitForOfflineReady(first);
	const second = await context.newPage();
	await second.goto(first.url());
	await expect(second.getByRole('heading', { level: 1, name: 'Two tabs' })).toBeVisible();
	await markPage(second);

	await app.deployNewVersion();
	await checkForUpdate(first);
	const prompt = (page: Page) => page.getByRole('region', { name: 'App update' });
	await expect(prompt(second).getByRole('button', { name: 'Reload' })).toBeVisible();
	const firstReloaded = first.waitForEvent('load');
	await prompt(first).getByRole('button', { name: 'Reload' }).click();
	await firstReloaded;
	await expect(prompt(first)).toHaveCount(0);

	// The other tab still runs the old version: it keeps its page and keeps offering the reload.
	await expect(prompt(second).getByRole('button', { name: 'Reload' })).toBeVisible();
	expect(await stillThisPage(second)).toBe(true);
	const secondReloaded = second.waitForEvent('load');
	await prompt(second).getByRole('button', { name: 'Reload' }).click();
	await secondReloaded;
	await expect(prompt(second)).toHaveCount(0);
	await expect(second.getByRole('heading', { level: 1, name: 'Two tabs' })).toBeVisible();
});

test('the web app manifest names the app and its icons load at their sizes', async ({
	page,
	request
}) => {
	await page.goto('/');
	const href = await page.locator('link[rel="manifest"]').getAttribute('href');
	const response = await request.get(new URL(href!, page.url()).href);
	expect(response.status()).toBe(200);
	const manifest = (await response.json()) as {
		name: string;
		start_url: string;
		display: string;
		icons: { src: string; sizes: string; type: string; purpose?: string }[];
	};
	expect(manifest).toMatchObject({ name: 'Touchpoint', start_url: '/', display: 'standalone' });
	expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
	const pngSizes = manifest.icons.filter((i) => i.type === 'image/png').map((i) => i.sizes);
	expect(pngSizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

	for (const icon of manifest.icons) {
		const file = await request.get(new URL(icon.src, page.url()).href);
		expect(file.status(), icon.src).toBe(200);
		if (icon.type !== 'image/png') continue;
		// A PNG's width and height are the first fields of its IHDR chunk.
		const bytes = await file.body();
		expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes);
	}
});

test('Chromium finds the app installable', async ({ page }) => {
	await openJourneyList(page);
	await waitForOfflineReady(page);
	const cdp = await page.context().newCDPSession(page);
	const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
		installabilityErrors: { errorId: string }[];
	};
	// Test browser contexts are incognito ones, where Chromium never offers to install;
	// nothing else may stand in the way (manifest fields, icons, the service worker).
	const errors = installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito');
	expect(errors).toEqual([]);
});
