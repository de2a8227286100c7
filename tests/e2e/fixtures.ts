/**
 * Every e2e test gets `expectAccessible`, an axe-core scan of the page as it is now; a
 * serious or critical violation fails the test. Each test runs in a fresh browser context,
 * so it starts with an empty IndexedDB, as on a first visit.
 *
 * Every test also guards the Content-Security-Policy: any `securitypolicyviolation` event or
 * console error naming the policy, on any page of the test's context, fails it. A test that
 * provokes violations on purpose reads and empties `cspViolations`.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base, type Page } from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
		__reportCspViolation?: (description: string) => void;
	}
}

export const test = base.extend<{
	expectAccessible: () => Promise<void>;
	cspViolations: string[];
}>({
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
	},
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__reportCspViolation', (_source, description: string) => {
				violations.push(description);
			});
			await context.addInitScript(() => {
				window.__cspViolations = [];
				document.addEventListener('securitypolicyviolation', (event) => {
					const description = `${event.effectiveDirective} refused ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber}) ${event.sample}`;
					window.__cspViolations?.push(description);
					window.__reportCspViolation?.(description);
				});
			});
			context.on('console', (message) => {
				if (message.type() === 'error' && /content[- ]security[- ]policy/i.test(message.text())) {
					violations.push(message.text());
				}
			});
			await use(violations);
			expect(violations, 'Content-Security-Policy violations').toEqual([]);
		},
		{ auto: true }
	]
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
