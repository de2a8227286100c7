/**
 * Every e2e test gets `expectAccessible`, an axe-core scan of the page as it is now; a
 * serious or critical violation fails the test. Each test runs in a fresh browser context,
 * so it starts with an empty IndexedDB, as on a first visit.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

export const test = base.extend<{ expectAccessible: () => Promise<void> }>({
	expectAccessible: async ({ page }, use) => {
		await use(async () => {
			const results = await new AxeBuilder({ page }).analyze();
			const serious = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(
				serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)
			).toEqual([]);
		});
	}
});

export { expect };

/** Opens the app and waits for the journey list to be ready. */
export async function openJourneyList(page: Page) {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	await expect(page.getByRole('list').getByRole('link').first()).toBeVisible();
}

export async function createJourneyNamed(page: Page, name: string) {
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	await page.getByRole('button', { name: 'Create' }).click();
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

/**
 * Waits until the journey's save indicator says everything is stored, so a reload that
 * follows tests persistence rather than racing the write.
 */
export async function expectSaved(page: Page, options?: { timeout?: number }) {
	await expect(page.getByRole('status').filter({ hasText: /^\s*Saved\s*$/ })).toBeVisible(options);
}

/** Makes the browser's storage refuse every write, as it does when the disk is full. */
export async function refuseStorage(page: Page) {
	await page.evaluate(() => {
		const put = IDBObjectStore.prototype.put;
		const w = window as unknown as { restoreStorage: () => void };
		IDBObjectStore.prototype.put = function () {
			throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
		};
		w.restoreStorage = () => (IDBObjectStore.prototype.put = put);
	});
}

/** Undoes `refuseStorage`: writes work again. */
export async function restoreStorage(page: Page) {
	await page.evaluate(() => (window as unknown as { restoreStorage: () => void }).restoreStorage());
}
