import { builtFile } from './built-files';
import { createJourneyNamed, expect, openJourneyList, test } from './fixtures';

test('switching to Bahasa Indonesia changes the interface and is remembered', async ({
	page,
	expectAccessible
}) => {
	await openJourneyList(page);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');

	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Perjalanan baru' })).toBeVisible();
	await expect(page.locator('html')).toHaveAttribute('lang', 'id');
	await expectAccessible();

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: 'Bahasa' })).toHaveValue('id');

	await page.getByRole('combobox', { name: 'Bahasa' }).selectOption('en');
	await expect(page.getByRole('heading', { level: 1, name: 'Journeys' })).toBeVisible();
});

test('a journey created in Bahasa Indonesia has its template content in that language', async ({
	page
}) => {
	await openJourneyList(page);
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	await page.getByRole('button', { name: 'Perjalanan baru' }).click();
	await page.getByRole('textbox', { name: 'Nama' }).fill('Peta kasur');
	await page.getByRole('button', { name: 'Buat' }).click();

	await expect(page.getByRole('heading', { level: 1, name: 'Peta kasur' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Pembelian' })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Penggunaan' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'Perencanaan pesanan' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Perjalanan', exact: true })).toBeVisible();
});

test('the example is created in the language of the first visit', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Maskapai layanan penuh' })).toBeVisible();
	await context.close();
});

test('a first visit in Indonesian shows the list without waiting for the rest of the words; a map opened then is all Indonesian', async ({
	browser
}) => {
	// The list waits only for its own words (id-core.ts); a journey opened from it waits for the
	// whole catalog (id.ts).
	const whole = await builtFile('src/lib/i18n/id.ts');
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	let release!: () => void;
	const released = new Promise<void>((resolve) => (release = resolve));
	await page.route(`**/${whole}`, async (route) => {
		await released;
		await route.continue();
	});
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Maskapai layanan penuh' })).toBeVisible();

	release();
	await page.getByRole('link', { name: 'Maskapai layanan penuh' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Maskapai layanan penuh' })
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Kurva pengalaman' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Prioritas' })).toBeVisible();
	await context.close();
});

test('in Indonesian, the journey list says what is wrong with an imported file in Indonesian', async ({
	browser
}) => {
	// The list downloads only its own words; the import's arrive with the import.
	const context = await browser.newContext({ locale: 'id-ID' });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1, name: 'Perjalanan' })).toBeVisible();
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Impor', exact: true }).click();
	await (
		await chooser
	).setFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('not json') });
	await expect(page.getByRole('alert')).toContainText('notes.json bukan berkas Touchpoint');
	await context.close();
});

test('a browser that refuses its local storage still opens the app, and a language chosen holds on the page', async ({
	page,
	expectAccessible
}) => {
	// Site data blocked for preferences: reading localStorage throws, as Chromium does then.
	await page.addInitScript(() => {
		Object.defineProperty(window, 'localStorage', {
			get() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			}
		});
	});
	await openJourneyList(page);
	await page.getByRole('link', { name: 'Full-service airline' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Full-service airline' })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Experience curve', exact: true }).getByRole('img')
	).toBeVisible();
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	await expect(page.getByRole('link', { name: 'Prioritas' })).toBeVisible();
	await expectAccessible();
});

test('English map content stays English after switching the interface', async ({ page }) => {
	await openJourneyList(page);
	await createJourneyNamed(page, 'Mixed');
	await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
	await expect(page.getByRole('button', { name: 'Perjalanan', exact: true })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Purchase' })).toBeVisible();
});
