/**
 * Bahasa Indonesia comes in two parts: the list's words (id-core.ts) and the rest (id.ts).
 * When the rest cannot be downloaded (the network dropped after the list had loaded), English
 * stands in for those words; nothing a person does may fail because of it. When it is only
 * slow, what a dialog says once it has arrived is in Indonesian.
 */
import type { Page } from '@playwright/test';
import { builtFile } from './built-files';
import { expect, test } from './fixtures';

async function refuseWholeCatalog(page: Page) {
	await page.route(`**/${await builtFile('src/lib/i18n/id.ts')}`, (route) => route.abort());
}

const DIAGRAM = `journey
    title Hari kerja
    section Berangkat
      Minum teh: 5: Saya
`;

test('in Indonesian, a file imported on the list while the rest of the words cannot load is imported all the same', async ({
	browser,
	expectAccessible
}) => {
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	await refuseWholeCatalog(page);
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();

	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Impor', exact: true }).click();
	await (
		await chooser
	).setFiles({ name: 'hari.mmd', mimeType: 'text/plain', buffer: Buffer.from(DIAGRAM) });
	await expect(page.getByRole('link', { name: 'Hari kerja' })).toBeVisible();
	await expectAccessible(page);

	await page.reload();
	await expect(page.getByRole('link', { name: 'Hari kerja' })).toBeVisible();
	await context.close();
});

test('in Indonesian, a journey opened from the list while the rest of the words cannot load still opens', async ({
	browser,
	expectAccessible
}) => {
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	await refuseWholeCatalog(page);
	await page.goto('/');
	await page.getByRole('link', { name: 'Maskapai layanan penuh' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Maskapai layanan penuh' })
	).toBeVisible();
	await expectAccessible(page);
	await context.close();
});

test('in Indonesian, a diagram refused by Import Mermaid while the rest of the words are on their way says why in Indonesian', async ({
	browser,
	expectAccessible
}) => {
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${await builtFile('src/lib/i18n/id.ts')}`, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/');
	await page.getByRole('button', { name: 'Impor Mermaid' }).click();
	const dialog = page.getByRole('dialog');
	await dialog.getByRole('textbox').fill('flowchart LR\n  A --> B\n');
	await dialog.getByRole('button', { name: 'Import', exact: true }).click();
	// The diagram's reader has arrived (and read it) before the words do.
	const reader = await builtFile('src/lib/io/mermaid-import.ts');
	await page.evaluate((file) => import(`/${file}`), reader);
	await page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);
	release();

	await expect(
		dialog.getByRole('heading', { name: 'Impor diagram journey Mermaid' })
	).toBeVisible();
	await expect(dialog.getByRole('alert')).toHaveText(
		'Baris 1 diawali “flowchart”: ini bukan diagram journey Mermaid (yang diawali “journey”). Tidak ada yang diimpor.'
	);
	await expectAccessible(page);
	await context.close();
});
