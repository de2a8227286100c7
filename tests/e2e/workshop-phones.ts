/** Live workshop e2e: phones (390 px, touch) joining as participants. */
import { devices, type Browser } from '@playwright/test';
import type { Person } from './live';

/** A phone held upright: 390 px wide, touch, a mobile browser. */
export const PHONE = {
	...devices['Pixel 7'],
	viewport: { width: 390, height: 844 },
	isMobile: true,
	hasTouch: true
};

/** A new phone (its own IndexedDB) opens `link`, gives `name` and presses Join. */
export async function joinPhone(
	browser: Browser,
	link: string,
	name: string,
	options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}
): Promise<Person> {
	const context = await browser.newContext({ ...PHONE, ...options });
	const page = await context.newPage();
	await page.goto(link);
	await page.getByRole('textbox', { name: /^(Your name|Nama Anda)$/ }).fill(name);
	await page.getByRole('button', { name: /^(Join|Gabung)$/ }).click();
	return { context, page };
}
