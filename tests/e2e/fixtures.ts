/**
 * Every e2e test gets `expectAccessible`, an axe-core scan of the page as it is now; a
 * serious or critical violation fails the test. Every spec file calls it at the screens it
 * reaches (tests/unit/e2e-specs.test.ts checks that none forgets). Each test runs in a fresh browser context,
 * so it starts with an empty IndexedDB, as on a first visit.
 *
 * Every test is also guarded, in every browser context it opens (its own `context` and any
 * made with `browser.newContext` or `browser.newPage`):
 * - the Content-Security-Policy: any `securitypolicyviolation` event or console error naming
 *   the policy fails it. A test that provokes violations on purpose reads and empties
 *   `cspViolations`.
 * - "no request to any other site" (README, Security and privacy): any request from a page or
 *   worker to an origin other than the app's (`appOrigins`) fails it. A test that makes one on
 *   purpose reads and empties `offsiteRequests`.
 */
import AxeBuilder from '@axe-core/playwright';
import {
	expect,
	test as base,
	type Browser,
	type BrowserContext,
	type Page
} from '@playwright/test';

declare global {
	interface Window {
		__cspViolations?: string[];
		__reportCspViolation?: (description: string) => void;
	}
}

// Nothing on these leaves the machine; a file is what a test opened itself (an exported SVG).
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:', 'file:']);

interface Findings {
	cspViolations: string[];
	offsiteRequests: string[];
}

async function guardContext(context: BrowserContext, appOrigins: string[], found: Findings) {
	await context.exposeBinding('__reportCspViolation', (_source, description: string) => {
		found.cspViolations.push(description);
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
			found.cspViolations.push(message.text());
		}
	});
	context.on('request', (request) => {
		const url = new URL(request.url());
		if (!LOCAL_SCHEMES.has(url.protocol) && !appOrigins.includes(url.origin)) {
			found.offsiteRequests.push(`${request.method()} ${request.url()}`);
		}
	});
}

/**
 * Guards every context made through `browser` until the returned function is called. The
 * browser lives for the whole worker, so the original method must be put back after each test.
 * (`browser.newPage` makes its context through `this.newContext`, so it is covered too.)
 */
function guardNewContexts(browser: Browser, guard: (context: BrowserContext) => Promise<void>) {
	const newContext = browser.newContext;
	browser.newContext = async (...args) => {
		const context = await newContext.apply(browser, args);
		await guard(context);
		return context;
	};
	return () => {
		// Deleting the own property uncovers the prototype's method again.
		delete (browser as Partial<Browser>).newContext;
		expect(browser.newContext).toBe(newContext);
	};
}

export const test = base.extend<{
	/** Scans the test's page, or another one (a second tab or browser). */
	expectAccessible: (target?: Page) => Promise<void>;
	/** Origins the app is served from; requests to any other fail the test. */
	appOrigins: string[];
	cspViolations: string[];
	offsiteRequests: string[];
	guards: void;
}>({
	expectAccessible: async ({ page }, use) => {
		await use(async (target = page) => {
			const results = await new AxeBuilder({ page: target }).analyze();
			const serious = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			expect(
				serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)
			).toEqual([]);
		});
	},
	appOrigins: async ({ baseURL }, use) => {
		await use([new URL(baseURL!).origin]);
	},
	// eslint-disable-next-line no-empty-pattern
	cspViolations: async ({}, use) => {
		await use([]);
	},
	// eslint-disable-next-line no-empty-pattern
	offsiteRequests: async ({}, use) => {
		await use([]);
	},
	guards: [
		async ({ browser, context, appOrigins, cspViolations, offsiteRequests }, use) => {
			const found = { cspViolations, offsiteRequests };
			const guard = (c: BrowserContext) => guardContext(c, appOrigins, found);
			await guard(context);
			const restore = guardNewContexts(browser, guard);
			try {
				await use();
			} finally {
				restore();
			}
			expect(cspViolations, 'Content-Security-Policy violations').toEqual([]);
			expect(offsiteRequests, 'requests to other sites').toEqual([]);
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

/** Creates a journey from the list, from the picker's default template unless one is named. */
export async function createJourneyNamed(page: Page, name: string, template?: string) {
	await page.getByRole('button', { name: 'New journey' }).click();
	await page.getByRole('textbox', { name: 'Name' }).fill(name);
	if (template) {
		await page.getByRole('combobox', { name: 'Template' }).selectOption({ label: template });
	}
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

/** Runs one of the journey's own actions (Rename, Duplicate, Delete) from the header's Journey menu. */
export async function journeyAction(
	page: Page,
	name: 'Rename journey' | 'Duplicate journey' | 'Delete journey'
) {
	await page.getByRole('button', { name: 'Journey', exact: true }).click();
	await page.getByRole('button', { name, exact: true }).click();
}
