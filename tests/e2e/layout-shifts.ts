/** What moved on a page by itself (the browser's layout-shift entries), for "nothing jumps" checks. */
import type { Page } from '@playwright/test';

/** From the next page load on, records each layout shift's score. */
export async function recordLayoutShifts(page: Page) {
	await page.addInitScript(() => {
		const shifts: number[] = [];
		(window as unknown as { shifts: number[] }).shifts = shifts;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
				shifts.push(entry.value);
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** Two frames on, so any shift has been reported. */
export const twoFrames = (page: Page) =>
	page.evaluate(
		() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
	);

/** The shifts recorded since the page loaded that a person would see (above 0.01). */
export async function visibleShifts(page: Page): Promise<number[]> {
	await twoFrames(page);
	const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
	return shifts.filter((value) => value > 0.01);
}
