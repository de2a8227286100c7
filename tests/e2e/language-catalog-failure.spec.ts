/**
 * Bahasa Indonesia comes in two parts: the list's words (id-core.ts) and the rest (id.ts).
 * When the rest cannot be downloaded (the network dropped after the list had loaded), English
 * stands in for those words; nothing a person does may fail because of it.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function refuseWholeCatalog(page: Page) {
	const manifest = JSON.parse(
		await readFile(
			new URL('../../.svelte-kit/output/client/.vite/manifest.json', import.meta.url),
			'utf8'
		)
	) as Record<string, { file: string }>;
	await page.route(`**/${manifest['src/lib/i18n/id.ts']!.file}`, (route) => route.abort());
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
